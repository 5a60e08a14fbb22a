//! The desktop game in a real window under Xvfb (Mesa's software renderer): start a scenario,
//! play a few turns, take a screenshot, and look at the pixels.
//!
//! Needs `xvfb-run` (Debian package `xvfb`) and Mesa (`mesa-vulkan-drivers`); `.ci/run`
//! installs them. Set `JINGKANG_SKIP_WINDOW_TESTS=1` to skip on a machine without them.

use std::path::PathBuf;
use std::process::Command;

fn screenshot(scenario: &str, after_turns: u32) -> Option<image::RgbImage> {
    screenshot_with(&[scenario, "--after-turns", &after_turns.to_string()], &save_dir(scenario))
}

fn save_dir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("jingkang-window-saves-{name}-{}", std::process::id()))
}

/// Runs `jingkang play ARGS --screenshot ...` under Xvfb with saves in `saves`.
fn screenshot_with(args: &[&str], saves: &std::path::Path) -> Option<image::RgbImage> {
    if std::env::var_os("JINGKANG_SKIP_WINDOW_TESTS").is_some() {
        eprintln!("window test skipped: JINGKANG_SKIP_WINDOW_TESTS is set");
        return None;
    }
    let path: PathBuf = saves.with_extension("png");
    let _ = std::fs::remove_file(&path);
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x720x24", env!("CARGO_BIN_EXE_jingkang"), "play"])
        .args(args)
        .args(["--screenshot", path.to_str().unwrap()])
        .env("JINGKANG_SAVE_DIR", saves)
        // The player's own settings (UI scale, fullscreen) must not change what is drawn.
        .env("JINGKANG_CONFIG_DIR", saves.join("config"))
        .output()
        .expect("xvfb-run is installed (Debian package xvfb); or set JINGKANG_SKIP_WINDOW_TESTS=1");
    assert!(output.status.success(), "the game failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let image = image::open(&path).expect("a PNG was written").to_rgb8();
    let _ = std::fs::remove_file(&path);
    Some(image)
}

fn distinct_colours(image: &image::RgbImage, x: std::ops::Range<u32>, y: std::ops::Range<u32>) -> usize {
    let mut seen = std::collections::BTreeSet::new();
    for yy in y {
        for xx in x.clone() {
            seen.insert(image.get_pixel(xx, yy).0);
        }
    }
    seen.len()
}

#[test]
fn the_first_siege_shows_the_map_and_the_panels() {
    let Some(image) = screenshot("first_siege", 6) else { return };
    assert_eq!(image.dimensions(), (1280, 720));
    // Not a blank or single-colour picture.
    assert!(distinct_colours(&image, 0..1280, 0..720) > 200);
    // The map in the middle has routes, cities and labels drawn on it.
    assert!(distinct_colours(&image, 400..800, 150..450) > 50, "the map area is nearly empty");
    // The panels (dark egui frames) at the top, left, right and bottom differ from the map.
    let dark = |x: u32, y: u32| {
        let [r, g, b] = image.get_pixel(x, y).0;
        (r as u32 + g as u32 + b as u32) < 150
    };
    for (x, y, panel) in [(640, 3, "top bar"), (5, 400, "court"), (1275, 400, "decisions"), (640, 715, "chronicle")] {
        assert!(dark(x, y), "no {panel} panel at ({x}, {y})");
    }
    assert!(!dark(600, 300), "the middle of the window should show the map, not a panel");
    // Red Song city markers are on the map.
    let red = image.pixels().filter(|p| p.0[0] > 150 && p.0[1] < 80 && p.0[2] < 80).count();
    assert!(red > 30, "only {red} red pixels: no Song cities drawn?");
}

#[test]
fn the_second_siege_starts_too() {
    let Some(image) = screenshot("second_siege", 0) else { return };
    assert!(distinct_colours(&image, 0..1280, 0..720) > 200);
}

#[test]
fn the_autosave_of_a_windowed_game_loads_again() {
    let saves = save_dir("autosave");
    if screenshot_with(&["first_siege", "--after-turns", "4"], &saves).is_none() {
        return;
    }
    let autosave = saves.join("autosave.ron");
    let save = jingkang::save::read(&autosave).expect("the game autosaved");
    assert_eq!(save.turn, 5);
    assert_eq!(save.commands.len(), 4);
    let image = screenshot_with(&["first_siege", "--load", autosave.to_str().unwrap()], &saves).unwrap();
    assert!(distinct_colours(&image, 0..1280, 0..720) > 200);
    let _ = std::fs::remove_dir_all(&saves);
}

/// The bright (text) pixels of a dark panel's region.
fn ink(image: &image::RgbImage, x: std::ops::Range<u32>, y: std::ops::Range<u32>) -> Vec<(u32, u32)> {
    let mut found = Vec::new();
    for yy in y {
        for xx in x.clone() {
            let [r, g, b] = image.get_pixel(xx, yy).0;
            if r as u32 + g as u32 + b as u32 > 400 {
                found.push((xx, yy));
            }
        }
    }
    found
}

#[test]
fn each_chinese_interface_draws_its_own_script_where_english_draws_english() {
    let Some(english) = screenshot_with(&["first_siege", "--after-turns", "4"], &save_dir("lang-en")) else { return };
    for language in ["zh-Hans", "zh-Hant"] {
        let saves = save_dir(&format!("lang-{language}"));
        let image = screenshot_with(&["first_siege", "--lang", language, "--after-turns", "4"], &saves).unwrap();
        assert!(distinct_colours(&image, 400..800, 150..450) > 50, "{language}: the map area is nearly empty");
        // The date and the chronicle: text is drawn there, and not the English text.
        for (x, y, what) in [(0..170, 2..26, "the date"), (0..600, 585..720, "the chronicle")] {
            let (ours, theirs) = (ink(&image, x.clone(), y.clone()), ink(&english, x, y));
            assert!(ours.len() > 150, "{language}: {what} shows only {} text pixels", ours.len());
            let theirs: std::collections::BTreeSet<_> = theirs.into_iter().collect();
            let same = ours.iter().filter(|p| theirs.contains(p)).count();
            assert!(
                same * 2 < ours.len(),
                "{language}: {what} looks like the English ({same} of {} alike)",
                ours.len()
            );
        }
    }
}
