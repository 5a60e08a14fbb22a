//! Mods as folders: found in the player's folder and in `--mods` folders, listed with their
//! scenarios, and listed as broken with the reason when they cannot be played.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MANIFEST: &str = r#"Mod(
    id: "crossing",
    name: "The crossing",
    version: "1.0.0",
    authors: ["A Teacher"],
    licence: "CC-BY-4.0",
    game: "0.1",
    scenarios: ["crossing.ron"],
)
"#;

/// A folder of mods for one test, empty.
fn mods_folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jingkang-mods-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes a mod named `name` into `folder`: the manifest (edited) and the test scenario.
fn write_mod(folder: &Path, name: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let dir = folder.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("mod.ron"), edit(MANIFEST)).unwrap();
    std::fs::copy(format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR")), dir.join("crossing.ron"))
        .unwrap();
    dir
}

/// The binary, with the player's own mods folder pointed at `user`.
fn jingkang(user: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jingkang"))
        .args(args)
        .env("JINGKANG_MODS_DIR", user)
        .output()
        .expect("the binary runs")
}

/// What the command printed, its standard output then its errors, for a failed assertion.
fn printed(o: &Output) -> String {
    let (out, err) = text(o);
    format!("{out}{err}")
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn a_mod_in_the_players_folder_is_listed_with_its_scenarios_and_validates() {
    let user = mods_folder("user");
    let dir = write_mod(&user, "crossing", str::to_string);
    let o = jingkang(&user, &["mods"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(out.contains("The crossing (crossing 1.0.0, by A Teacher, CC-BY-4.0)"), "{out}");
    assert!(out.contains("crossing: Test: the crossing (jingkang play "), "{out}");
    let o = jingkang(&user, &["validate", &dir.display().to_string()]);
    assert!(o.status.success(), "{}", printed(&o));
    assert!(text(&o).0.contains("ok (the mod's manifest and every scenario it lists)"));
    // And the scenario it lists plays.
    let scenario = dir.join("crossing.ron").display().to_string();
    let o = jingkang(&user, &["simulate", &scenario, "--policy", "random"]);
    assert!(o.status.success(), "{}", printed(&o));
}

#[test]
fn a_broken_mod_is_listed_as_broken_with_the_reason_at_its_line_and_the_others_still_play() {
    let user = mods_folder("broken-user");
    let extra = mods_folder("broken-extra");
    write_mod(&extra, "good", |m| m.replace("\"crossing\",\n    name", "\"good\",\n    name"));
    write_mod(&extra, "bad_id", |m| m.replace("id: \"crossing\"", "id: \"Bad Id\""));
    write_mod(&extra, "old", |m| m.replace("game: \"0.1\"", "game: \"0.0\""));
    write_mod(&extra, "escapes", |m| m.replace("\"crossing.ron\"", "\"../good/crossing.ron\""));
    write_mod(&extra, "typo", |m| m.replace("licence", "license"));
    let o = jingkang(&user, &["mods", "--mods", &extra.display().to_string()]);
    let (out, err) = text(&o);
    assert!(!o.status.success());
    assert!(out.contains("(good 1.0.0"), "{out}");
    assert!(out.contains("bad_id: broken"), "{out}");
    assert!(err.contains("bad_id/mod.ron:2:9: the mod id `Bad Id` is not one word"), "{err}");
    assert!(err.contains("old/mod.ron:7:11: the mod is for Jingkang 0.0, and this is Jingkang 0.1"), "{err}");
    assert!(err.contains("`../good/crossing.ron` lies outside the folder"), "{err}");
    assert!(err.contains("typo/mod.ron:6:5") && err.contains("license"), "{err}");
}

#[test]
fn no_mods_says_where_to_put_them() {
    let user = mods_folder("none");
    let o = jingkang(&user, &["mods"]);
    let (out, _) = text(&o);
    assert!(o.status.success());
    assert!(out.contains("No mods found. Put a mod's folder in") && out.contains("jingkang-mods-"), "{out}");
}

#[test]
fn a_mod_whose_dependency_is_missing_is_broken_and_one_whose_dependency_is_there_is_not() {
    let user = mods_folder("depends");
    write_mod(&user, "base", |m| m.replace("\"crossing\",\n    name", "\"base\",\n    name"));
    write_mod(&user, "needs_base", |m| m.replace("scenarios:", "depends: [\"base\"],\n    scenarios:"));
    write_mod(&user, "needs_other", |m| {
        m.replace("\"crossing\",\n    name", "\"other\",\n    name")
            .replace("scenarios:", "depends: [\"nowhere\"],\n    scenarios:")
    });
    let o = jingkang(&user, &["mods"]);
    let (out, err) = text(&o);
    assert!(out.contains("(crossing 1.0.0") && out.contains("needs_other: broken"), "{out}");
    assert!(err.contains("needs_other/mod.ron:8:15: the mod needs the mod `nowhere`, which is not installed"), "{err}");
}

#[test]
fn new_scenario_writes_a_mod_that_validates_plays_and_is_listed_and_never_overwrites() {
    let user = mods_folder("new");
    let o = jingkang(&user, &["new-scenario", "river_test", "--into", &user.display().to_string()]);
    assert!(o.status.success(), "{}", printed(&o));
    let dir = user.join("river_test");
    let (out, _) = text(&o);
    assert!(out.contains("Wrote the mod `river_test`") && out.contains("jingkang validate"), "{out}");
    let policies = dir.join("policies/river_test_historical.ron").display().to_string();
    let o = jingkang(&user, &["validate", &dir.display().to_string(), &policies]);
    assert!(o.status.success(), "{}", printed(&o));
    let scenario = dir.join("river_test.ron").display().to_string();
    let o = jingkang(&user, &["simulate", &scenario]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("policy: The historical choices") && out.contains("Outcome: The Jin go home"), "{out}");
    let (out, _) = text(&jingkang(&user, &["mods"]));
    assert!(out.contains("The River Town (river_test 0.1.0") && out.contains("river_test: The River Town"), "{out}");
    // Written once: a second time would overwrite the modder's work.
    let o = jingkang(&user, &["new-scenario", "river_test", "--into", &user.display().to_string()]);
    assert!(!o.status.success() && text(&o).1.contains("already exists"), "{}", printed(&o));
    let o = jingkang(&user, &["new-scenario", "../escape", "--into", &user.display().to_string()]);
    assert!(!o.status.success() && text(&o).1.contains("cannot name a mod"), "{}", printed(&o));
}
