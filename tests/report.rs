//! Exported reports through the binary, as a student makes them: `simulate --save` then
//! `export`, and `explore --report`; then the HTML opened in headless Chromium and its
//! screenshot looked at.
//!
//! The browser test needs `chromium` (Debian package `chromium`); `.ci/run` installs it. On a
//! machine without it the test says so and passes, except under `CI=true`, where it fails.

use std::path::{Path, PathBuf};
use std::process::Command;

fn jingkang(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_jingkang")).args(args).output().expect("the binary runs");
    assert!(out.status.success(), "jingkang {} failed:\n{}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jingkang-report-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fled court's game, exported: returns the report's folder.
fn exported_flight(name: &str) -> PathBuf {
    let dir = fresh_dir(name);
    let save = dir.join("fled.ron");
    jingkang(&[
        "simulate",
        "first_siege",
        "--policy",
        "first_siege_flight",
        "--seed",
        "3",
        "--save",
        save.to_str().unwrap(),
    ]);
    let out = dir.join("report");
    jingkang(&["export", save.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    out
}

/// Pixels of a colour (within a small tolerance) in an image.
fn count_colour(image: &image::RgbImage, colour: [u8; 3]) -> usize {
    let close = |a: u8, b: u8| a.abs_diff(b) <= 12;
    image.pixels().filter(|p| (0..3).all(|i| close(p.0[i], colour[i]))).count()
}

const VERMILLION: [u8; 3] = [213, 94, 0];
const BLUE: [u8; 3] = [0, 114, 178];

#[test]
fn an_exported_game_sets_the_choices_beside_history_and_replays() {
    let out = exported_flight("game");
    let md = read(&out.join("report.md"));
    // The decision the policy changed, beside Qinzong's, with his choice named and the rest
    // the same.
    let flee = md.lines().find(|l| l.starts_with("| Flee or stay |")).expect("the flight is in the table");
    assert!(
        flee.contains("Take the court to Xiangyang") && flee.contains("Stay, and give Li Gang the defence"),
        "{flee}"
    );
    assert!(md.lines().any(|l| l.starts_with("| The Jin terms |") && l.ends_with("| The same |")), "{md}");
    // What followed the flight in this game, and the sources of the moment.
    assert!(md.contains("The court leaves Bianjing (Kaifeng) for Xiangyang"), "{md}");
    assert!(md.contains("https://ancientwarhistory.com/?p=9525"), "{md}");
    // Milestones against the historical dates.
    assert!(
        md.contains("| The Jin cross the Yellow River | 27 Jan 1126 | 27 Jan 1126 | 26 Jan 1126 | 1 day later |"),
        "{md}"
    );
    for chart in ["capital_morale", "authority", "near_capital", "treasury", "grievance", "losses"] {
        assert!(md.contains(&format!("({chart}.png)")), "{chart} is not in the report");
        let png = image::open(out.join(format!("{chart}.png"))).expect("a PNG").to_rgb8();
        assert_eq!(png.dimensions(), (900, 420));
        // The game's line and the historical run's are both drawn.
        assert!(count_colour(&png, VERMILLION) > 500, "{chart}: no line of the first colour");
    }
    let near = image::open(out.join("near_capital.png")).expect("a PNG").to_rgb8();
    assert!(count_colour(&near, BLUE) > 500, "the Jin lines are missing");

    // The series: both games, day by day, from the scenario's first day.
    let csv = read(&out.join("series.csv"));
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(rows[0][..3], ["line", "date", "capital_morale"]);
    let game: Vec<_> = rows.iter().filter(|r| r[0] == "game").collect();
    let history: Vec<_> = rows.iter().filter(|r| r[0] == "historical_policy").collect();
    assert!(game.len() > 20 && history.len() > 20, "{} and {} days", game.len(), history.len());
    assert_eq!(game[0][1], "1126-01-19");
    // The flight costs the capital men the historical game keeps: fewer Song near it at the end.
    let song_near = |r: &&Vec<&str>| r[4].parse::<u32>().expect("a count");
    assert!(song_near(game.last().unwrap()) < song_near(history.last().unwrap()), "{csv}");

    // The report carries its save, and the save replays to the same report.
    let again = fresh_dir("game-again");
    jingkang(&["export", out.join("game.ron").to_str().unwrap(), "--out", again.to_str().unwrap()]);
    assert_eq!(read(&again.join("report.md")), md);
    assert_eq!(read(&again.join("series.csv")), csv);
}

#[test]
fn an_exploration_report_gives_the_shares_their_intervals_and_the_command() {
    let dir = fresh_dir("explore");
    let text = jingkang(&[
        "explore",
        "first_siege",
        "--vs",
        "first_siege_flight",
        "--runs",
        "30",
        "--report",
        dir.to_str().unwrap(),
    ]);
    let md = read(&dir.join("report.md"));
    assert!(md.contains("| Policy | The capital falls | When it falls | When the game ends |"), "{md}");
    // The verdict printed is the verdict reported.
    let verdict = text.lines().rev().find(|l| l.contains("the capital falls")).expect("a verdict");
    assert!(md.contains(verdict.trim()), "{verdict}\n{md}");
    assert!(md.contains("jingkang explore first_siege --policy historical --vs first_siege_flight --runs 30 --seed 1"));
    let csv = read(&dir.join("runs.csv"));
    assert_eq!(csv.lines().count(), 1 + 2 * 30);
    let chart = image::open(dir.join("capital_falls.png")).expect("a PNG").to_rgb8();
    assert!(count_colour(&chart, [0, 0, 0]) > 50, "no interval whiskers");
}

fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success()));
    if found.is_none() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI=true but Chromium is not installed: `.ci/run` installs the Debian package `chromium`"
        );
        eprintln!("\n*** browser test SKIPPED: Chromium is not installed (Debian: apt install chromium) ***\n");
    }
    found
}

#[test]
fn the_html_report_renders_in_a_real_browser() {
    let Some(browser) = chromium() else { return };
    let out = exported_flight("browser");
    let shot = out.join("screenshot.png");
    let profile = out.join("chromium-profile");
    let page = format!("file://{}", out.join("report.html").display());
    let status = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .args(["--hide-scrollbars", "--window-size=1280,3200"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&page)
        .output()
        .expect("Chromium runs");
    assert!(status.status.success(), "Chromium failed:\n{}", String::from_utf8_lossy(&status.stderr));
    let image = image::open(&shot).expect("Chromium wrote a screenshot").to_rgb8();
    assert_eq!(image.width(), 1280);
    // The title's dark red rule and the section headings.
    assert!(count_colour(&image, [139, 30, 30]) > 2000, "no title rule or headings");
    // The table's header cells.
    assert!(count_colour(&image, [239, 230, 212]) > 20_000, "no table header");
    // The charts were loaded beside the page and drawn: their lines' colours are on screen.
    assert!(count_colour(&image, VERMILLION) > 1000, "no chart line drawn");
    assert!(count_colour(&image, BLUE) > 500, "the Jin lines are missing");
    // Text: many dark pixels, in a page of light background.
    let dark = image.pixels().filter(|p| p.0.iter().all(|c| *c < 90)).count();
    assert!(dark > 20_000, "{dark} dark pixels: the text is missing");
}
