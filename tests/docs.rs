//! The docs cannot drift from the model: the outcome table in the README and in
//! docs/model.md is what `jingkang table` gives, every rule number is in the modding reference,
//! and every policy file is shipped.

use jingkang::lab::table::{block, outcome_table};
use jingkang::report::outcome_table::markdown;
use jingkang::scenario::rules::Rules;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn the_outcome_tables_in_the_docs_are_what_the_model_gives() {
    let table = markdown(&outcome_table(100).unwrap(), 100);
    for path in ["README.md", "docs/model.md"] {
        let text = read(path);
        let written = block(&text).unwrap_or_else(|| panic!("{path} has no outcome table"));
        assert_eq!(
            written.trim(),
            table.trim(),
            "{path} is out of date: run `cargo run --release -- table --write README.md --write docs/model.md`"
        );
    }
}

#[test]
fn every_rule_number_is_in_the_modding_reference() {
    let reference = read("docs/modding.md");
    for (group, fields) in Rules::GROUPS {
        assert!(reference.contains(&format!("`{group}`")), "the group `{group}` is not in docs/modding.md");
        for field in *fields {
            assert!(reference.contains(&format!("`{field}`")), "rules.{group}.{field} is not in docs/modding.md");
        }
    }
}

#[test]
fn every_policy_file_is_shipped() {
    let dir = format!("{}/scenarios/policies", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().trim_end_matches(".ron").to_string();
        // A policy's translations lie beside it (`X.zh-Hant.ron`).
        if name.contains('.') {
            continue;
        }
        assert!(
            jingkang::scenario::files::BUILTIN_POLICIES.contains(&name.as_str()),
            "{name} is not in BUILTIN_POLICIES: it would be missing from the table and from `--policy {name}`"
        );
    }
}

/// The ```ron blocks of the tutorial (section 2 of docs/modding.md), in order.
fn tutorial_blocks() -> Vec<String> {
    let docs = read("docs/modding.md");
    let start = docs.find("## 2. Tutorial").expect("the tutorial");
    let end = docs[start..].find("## 3. Reference").map_or(docs.len(), |e| start + e);
    docs[start..end].split("```ron\n").skip(1).map(|b| b.split("```").next().unwrap().to_string()).collect()
}

fn simulate(args: &[&str]) -> String {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_jingkang")).args(args).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_tutorials_scenario_plays_as_the_tutorial_says_and_new_scenario_writes_the_same_game() {
    let blocks = tutorial_blocks();
    let dir = std::env::temp_dir().join(format!("jingkang-tutorial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("mymod/policies")).unwrap();
    // Steps 2 to 7 make the scenario; step 8 its historical policy and an exercise.
    std::fs::write(dir.join("mymod/river_town.ron"), blocks[..6].concat()).unwrap();
    std::fs::write(dir.join("mymod/policies/river_town_historical.ron"), &blocks[6]).unwrap();
    std::fs::write(dir.join("mymod/policies/hold_out.ron"), &blocks[7]).unwrap();
    let scenario = dir.join("mymod/river_town.ron").display().to_string();
    let played = simulate(&["simulate", &scenario]);
    assert!(played.contains("Outcome: The Jin go home (withdrew) on 17 Jan 1126, after 8 turns"), "{played}");
    let held = simulate(&[
        "simulate",
        &scenario,
        "--policy",
        &dir.join("mymod/policies/hold_out.ron").display().to_string(),
        "--runs",
        "20",
    ]);
    // "     20  fallen  The city falls": every one of the twenty games.
    let all_fall = held.lines().any(|l| l.split_whitespace().take(2).eq(["20", "fallen"]));
    assert!(all_fall, "{held}");
    // `new-scenario` writes the tutorial's scenario: with the tutorial's id, the same game.
    let into = dir.display().to_string();
    simulate(&["new-scenario", "river_town", "--into", &into]);
    let template = dir.join("river_town/river_town.ron").display().to_string();
    let json = |path: &str| simulate(&["simulate", path, "--json"]);
    assert_eq!(json(&template), json(&scenario), "the template and the tutorial have drifted apart");
}
