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
        assert!(
            jingkang::scenario::files::BUILTIN_POLICIES.contains(&name.as_str()),
            "{name} is not in BUILTIN_POLICIES: it would be missing from the table and from `--policy {name}`"
        );
    }
}
