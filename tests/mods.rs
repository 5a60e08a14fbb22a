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
        // The example mods that come with the game are listed too; these tests set their own.
        .env("JINGKANG_SHIPPED_MODS", user.join("no-shipped-mods"))
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
    assert!(text(&o).0.contains("ok (the mod's manifest, every scenario it lists, and the policies"));
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
    assert!(
        out.contains("You have no mods of your own. Put a mod's folder in") && out.contains("jingkang-mods-"),
        "{out}"
    );
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

/// A first-siege variant that reuses the game's own files by `game:` and gives one army of
/// them again, larger.
const BIGGER_HORDE: &str = r#"Scenario(
    id: "bigger_horde",
    title: "A bigger horde",
    summary: "The first siege with twice the Eastern Army.",
    description: "What if Zongwang had brought twice the men?",
    include: ["game:common/northern_china_1126.ron", "game:common/people.ron", "game:common/sources.ron",
        "game:start/accession.ron", "game:chapters/first_siege.ron"],
    start: "1126-01-19",
    end: "1126-04-15",
    turn_days: 2,
    capital: "kaifeng",
    ruler: "qinzong",
    armies: [
        (id: "eastern_army", name: "Jin Eastern Army", side: Jin, commander: "wanyan_zongwang", location: "xingzhou",
         troops: (cavalry: 80000, infantry: 40000), training: 85, morale: 85, supply: 20,
         plan: [WaitUntil(DateFrom("1126-01-21")), Invest(capital: "kaifeng", camp: "mutuo_gang")]),
    ],
    timeout_outcome: "held",
    outcomes: [
        (id: "fallen", title: "Bianjing falls", text: "The Jin are on the walls.", when: WallsFallen("kaifeng")),
        (id: "held", title: "Bianjing holds", text: "The city holds.", when: Never),
    ],
)
"#;

#[test]
fn a_mod_reuses_the_games_files_by_name_and_overrides_an_army_by_id_and_validate_says_so() {
    let dir = mods_folder("override");
    std::fs::write(dir.join("bigger_horde.ron"), BIGGER_HORDE).unwrap();
    let path = dir.join("bigger_horde.ron").display().to_string();
    let o = jingkang(&dir, &["validate", &path]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(
        err.contains("bigger_horde.ron:14:14: note: overrides army `eastern_army` of `game:start/accession.ron`"),
        "{err}"
    );
    assert!(err.contains(r#" 14 |         (id: "eastern_army""#), "the note shows the overriding line: {err}");
    // The game plays the mod's army, in the place of the base one, and nothing else changed.
    let scenario = jingkang::scenario::open(&path).unwrap();
    let base = jingkang::scenario::open("first_siege").unwrap();
    let ours: Vec<_> = scenario.def.armies.iter().map(|a| (a.id.as_str(), a.troops.total())).collect();
    let theirs: Vec<_> = base.def.armies.iter().map(|a| (a.id.as_str(), a.troops.total())).collect();
    assert_eq!(ours[0], ("eastern_army", 120_000));
    assert_eq!(ours[1..], theirs[1..]);
    assert_eq!(scenario.def.places.len(), base.def.places.len());
    let o = jingkang(&dir, &["simulate", &path, "--policy", "random", "--seed", "3"]);
    assert!(o.status.success(), "{}", printed(&o));
}

#[test]
fn a_game_file_is_named_only_inside_the_games_scenarios() {
    let dir = mods_folder("game-escape");
    for (i, name) in ["game:../exercises/li_gang.ron", "game:/etc/passwd", "game:common/nowhere.ron"].iter().enumerate()
    {
        let file = dir.join(format!("s{i}.ron"));
        std::fs::write(&file, BIGGER_HORDE.replace("game:common/people.ron", name)).unwrap();
        let o = jingkang(&dir, &["validate", &file.display().to_string()]);
        let (_, err) = text(&o);
        assert!(!o.status.success(), "{err}");
        assert!(err.contains(&format!("the game has no file `{name}`; its libraries are: game:common/")), "{err}");
        assert!(!err.contains("root:"), "nothing of the disk is read: {err}");
    }
}

#[test]
fn a_second_mod_with_the_id_of_one_found_before_is_broken_and_says_which() {
    let user = mods_folder("twins");
    let extra = mods_folder("twins-extra");
    write_mod(&user, "crossing", str::to_string);
    write_mod(&extra, "crossing_copy", str::to_string);
    // The same folder given twice is one mod, not two.
    let user_arg = user.display().to_string();
    let o = jingkang(&user, &["mods", "--mods", &extra.display().to_string(), "--mods", &user_arg]);
    let (out, err) = text(&o);
    assert_eq!(out.matches("(crossing 1.0.0").count(), 1, "{out}");
    assert!(out.contains("crossing_copy: broken"), "{out}");
    assert!(
        err.contains("crossing_copy/mod.ron:2:9: another mod with the id `crossing` was found first, in "),
        "{err}"
    );
}

#[test]
fn a_manifest_with_several_mistakes_reports_them_all_at_once() {
    let user = mods_folder("many");
    let dir = write_mod(&user, "many", |m| {
        m.replace("id: \"crossing\"", "id: \"Many\"").replace("\"crossing.ron\"", "\"crosing.ron\"")
    });
    let o = jingkang(&user, &["validate", &dir.display().to_string()]);
    let err = text(&o).1;
    assert!(err.contains("the mod id `Many` is not one word") && err.contains("crosing.ron"), "{err}");
}
