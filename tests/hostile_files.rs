//! What a hostile or careless data file can make the loader do: read outside its folder,
//! block on a pipe, swallow a device or a huge file. Each is refused with a message that
//! names the file and says what to do, before anything is read.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

fn fixture_text() -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A fresh folder for one test, holding a `mod/` folder the scenario is written in.
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jingkang-hostile-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("mod")).unwrap();
    dir
}

/// The fixture with an `include` of `path`, written as `mod/scenario.ron`.
fn scenario_including(dir: &Path, path: &str) -> PathBuf {
    let text = fixture_text().replacen("Scenario(\n", &format!("Scenario(\n    include: [\"{path}\"],\n"), 1);
    let file = dir.join("mod/scenario.ron");
    std::fs::write(&file, text).unwrap();
    file
}

/// The messages of loading the scenario at `path`, or none if it loads.
fn load_messages(path: &Path) -> String {
    match jingkang::scenario::open(&path.display().to_string()) {
        Ok(_) => String::new(),
        Err(d) => d.to_string(),
    }
}

fn validate(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jingkang")).arg("validate").arg(path).output().expect("the binary runs")
}

/// A library holding a secret, beside the mod folder (outside it).
fn secret_beside(dir: &Path) -> PathBuf {
    let secret = dir.join("secret.ron");
    std::fs::write(&secret, "Library(\n    // SECRET-TOKEN\n)\n").unwrap();
    secret
}

#[test]
fn an_include_that_climbs_out_of_the_folder_is_refused_without_reading_it() {
    let dir = folder("climb");
    secret_beside(&dir);
    let found = load_messages(&scenario_including(&dir, "../secret.ron"));
    assert!(found.contains("`../secret.ron` lies outside the folder"), "{found}");
    assert!(!found.contains("SECRET"), "{found}");
    // However many `..`: the same refusal, and no word of whether the file exists.
    let found = load_messages(&scenario_including(&dir, "../../../../../../etc/passwd"));
    assert!(found.contains("lies outside the folder"), "{found}");
    assert!(!found.contains("root"), "{found}");
}

#[test]
fn an_absolute_include_is_refused() {
    let dir = folder("absolute");
    let found = load_messages(&scenario_including(&dir, "/etc/passwd"));
    assert!(found.contains("`/etc/passwd` is an absolute path"), "{found}");
    assert!(!found.contains("root:"), "{found}");
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_refused_and_a_link_inside_it_is_followed() {
    let dir = folder("link");
    let secret = secret_beside(&dir);
    std::os::unix::fs::symlink(&secret, dir.join("mod/looks_inside.ron")).unwrap();
    let found = load_messages(&scenario_including(&dir, "looks_inside.ron"));
    assert!(found.contains("`looks_inside.ron` lies outside the folder"), "{found}");
    assert!(!found.contains("SECRET"), "{found}");
    // A link to a file inside the folder is an ordinary include.
    std::fs::write(dir.join("mod/library.ron"), "Library()\n").unwrap();
    std::os::unix::fs::symlink(dir.join("mod/library.ron"), dir.join("mod/alias.ron")).unwrap();
    assert_eq!(load_messages(&scenario_including(&dir, "alias.ron")), "");
}

#[cfg(unix)]
#[test]
fn a_loop_of_links_is_called_a_loop() {
    let dir = folder("loop");
    std::os::unix::fs::symlink(dir.join("mod/b.ron"), dir.join("mod/a.ron")).unwrap();
    std::os::unix::fs::symlink(dir.join("mod/a.ron"), dir.join("mod/b.ron")).unwrap();
    let found = load_messages(&scenario_including(&dir, "a.ron"));
    assert!(found.contains("loop"), "{found}");
}

#[cfg(unix)]
#[test]
fn a_device_is_not_read() {
    let o = validate(Path::new("/dev/zero"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("`/dev/zero`") && err.contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_pipe_does_not_block() {
    let dir = folder("fifo");
    let fifo = dir.join("mod/pipe.ron");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let (send, receive) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || send.send(validate(&path)).unwrap());
    let o = receive.recv_timeout(Duration::from_secs(60)).expect("validate returns instead of waiting on the pipe");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("not a regular file"), "{err}");
    // And as an include.
    let (send, receive) = std::sync::mpsc::channel();
    let scenario = scenario_including(&dir, "pipe.ron");
    std::thread::spawn(move || send.send(load_messages(&scenario)).unwrap());
    let found = receive.recv_timeout(Duration::from_secs(60)).expect("loading returns");
    assert!(found.contains("not a regular file"), "{found}");
}

#[test]
fn a_file_over_the_limit_is_refused_without_reading_it_whole() {
    let dir = folder("huge");
    let huge = dir.join("mod/huge.ron");
    let limit = jingkang::scenario::files::MAX_FILE_BYTES as usize;
    std::fs::write(&huge, " ".repeat(limit + 1)).unwrap();
    let found = load_messages(&scenario_including(&dir, "huge.ron"));
    assert!(found.contains("huge.ron") && found.contains("larger than 4 MB"), "{found}");
    let o = validate(&huge);
    assert!(String::from_utf8_lossy(&o.stderr).contains("larger than 4 MB"));
}

#[test]
fn a_byte_order_mark_is_read_past() {
    let dir = folder("bom");
    let file = dir.join("mod/scenario.ron");
    std::fs::write(&file, format!("\u{feff}{}", fixture_text())).unwrap();
    assert_eq!(load_messages(&file), "");
    let o = validate(&file);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn a_file_that_is_not_utf8_is_refused_at_its_first_bad_byte() {
    let dir = folder("utf8");
    let policy = dir.join("mod/policy.ron");
    std::fs::write(&policy, b"Policy(\n    scenario: \"crossing\", \xff\xfe\n)\n").unwrap();
    let o = validate(&policy);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("not UTF-8 text") && err.contains("line 2, column 27"), "{err}");
}

#[test]
fn a_scenario_whose_historical_policy_cannot_be_read_does_not_validate() {
    let dir = folder("policy");
    let text =
        fixture_text().replacen("Scenario(\n", "Scenario(\n    historical_policy: \"policies/missing.ron\",\n", 1);
    let file = dir.join("mod/scenario.ron");
    std::fs::write(&file, text).unwrap();
    let o = validate(&file);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    assert!(err.contains("policies/missing.ron") && err.contains("no such file"), "{err}");
    // And one that climbs out of the folder is refused like an include.
    let text = fixture_text().replacen("Scenario(\n", "Scenario(\n    historical_policy: \"../../policy.ron\",\n", 1);
    std::fs::write(&file, text).unwrap();
    let err = String::from_utf8_lossy(&validate(&file).stderr).into_owned();
    assert!(err.contains("lies outside the folder"), "{err}");
}

#[test]
fn a_scenario_with_more_places_than_the_limit_is_refused_before_its_distances_are_worked_out() {
    let places: String = (0..2_001)
        .map(|i| format!("        Place(id: \"p{i}\", name: \"P{i}\", kind: Region, lon: 114.0, lat: 35.0),\n"))
        .collect();
    let text = fixture_text().replacen("    places: [\n", &format!("    places: [\n{places}"), 1);
    let dir = folder("places");
    let file = dir.join("mod/scenario.ron");
    std::fs::write(&file, text).unwrap();
    let found = load_messages(&file);
    assert!(found.contains("the scenario has 2007 places: the most a scenario may have is 2000"), "{found}");
}

/// The fixture with `edit` applied, written as `mod/scenario.ron` in a fresh folder.
fn written(test: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let file = folder(test).join("mod/scenario.ron");
    std::fs::write(&file, edit(fixture_text())).unwrap();
    file
}

#[test]
fn conditions_nested_deeper_than_the_limit_are_refused_at_the_deepest_with_what_to_do() {
    for depth in [40, 100_000] {
        let nested = format!("{}Always{}", "All([".repeat(depth), "])".repeat(depth));
        let file = written(&format!("deep-{depth}"), |t| {
            t.replacen(r#"when: WallsFallen("south_city")"#, &format!("when: {nested}"), 1)
        });
        let found = load_messages(&file);
        // The outcome's `when` is 3 brackets deep and each `All([` opens two more: the `[` of
        // the 15th is the 33rd.
        let col =
            r#"        (id: "fallen", title: "Fallen", text: "", when: "#.len() + "All([".len() * 14 + "All([".len();
        assert!(
            found.contains(&format!("scenario.ron:86:{col}: brackets are nested more than 32 deep here")),
            "{found}"
        );
        assert!(!found.contains("serde_stacker"), "no advice meant for programmers: {found}");
    }
    // Nesting inside the limit is fine, and so are brackets in strings and comments.
    let nested = format!("{}WallsFallen(\"south_city\"){}\n        // (((((\n", "All([".repeat(14), "])".repeat(14));
    let file = written("deep-ok", |t| {
        let t = t.replacen(r#"title: "Fallen""#, &format!("title: \"{}\"", "([{".repeat(40)), 1);
        t.replacen(r#"when: WallsFallen("south_city")"#, &format!("when: {nested}"), 1)
    });
    assert_eq!(load_messages(&file), "");
}

#[test]
fn a_list_longer_than_the_limit_is_refused_at_the_first_item_over() {
    let effects = |n: usize| vec![r#"SetFlag("paid")"#; n].join(", ");
    for (n, refused) in [(500, false), (501, true), (200_000, true)] {
        let file = written(&format!("long-{n}"), |t| {
            t.replacen("effects: [AcceptTerms,", &format!("effects: [{}, AcceptTerms,", effects(n - 3)), 1)
        });
        let found = load_messages(&file);
        assert_eq!(
            found.contains("this list has more than 500 items, the most a list may hold"),
            refused,
            "{n}: {found}"
        );
    }
}

#[test]
fn a_library_included_again_and_again_is_refused_before_it_fills_memory() {
    let library = format!(
        "Library(sources: [{}])",
        "Source(id: \"s\", title: \"A source\", url: \"https://example.org\"),".repeat(20_000)
    );
    let includes = vec!["\"big.ron\""; 30].join(", ");
    let file =
        written("includes", |t| t.replacen("Scenario(\n", &format!("Scenario(\n    include: [{includes}],\n"), 1));
    std::fs::write(file.parent().unwrap().join("big.ron"), &library).unwrap();
    let found = load_messages(&file);
    assert!(found.contains("with `big.ron` the scenario's files come to more than 16 MB"), "{found}");
    let includes = vec!["\"big.ron\""; 65].join(", ");
    let file =
        written("includes-many", |t| t.replacen("Scenario(\n", &format!("Scenario(\n    include: [{includes}],\n"), 1));
    std::fs::write(file.parent().unwrap().join("big.ron"), "Library()").unwrap();
    assert!(load_messages(&file).contains("a scenario may include at most 64 files"), "{}", load_messages(&file));
}

#[test]
fn a_file_with_thousands_of_mistakes_lists_them_all_and_draws_the_first_fifty() {
    let routes = "        Route(from: \"nowhere\", to: \"camp\", kind: Road),\n".repeat(5_000);
    let file = written("many-mistakes", |t| t.replacen("    routes: [\n", &format!("    routes: [\n{routes}"), 1));
    let o = validate(&file);
    let err = String::from_utf8_lossy(&o.stderr);
    let heads = err.lines().filter(|l| l.contains(": unknown place `nowhere`")).count();
    assert_eq!(heads, 5_000, "every mistake is listed");
    let drawn = err.lines().filter(|l| l.trim_start().starts_with(':') && l.contains("^^^")).count();
    assert_eq!(drawn, 50, "the first fifty with their source lines");
    assert!(
        err.contains("5000 problems found") || err.contains("5,000 problems found"),
        "{}",
        err.lines().last().unwrap_or("")
    );
}
