//! Where data files come from: the built-in set compiled into the binary, or the disk.

use std::path::{Component, Path, PathBuf};

/// The scenarios shipped with the game, embedded so that `jingkang` runs from any directory.
/// Paths are relative to the crate root, as in the source tree.
const BUILTIN: &[(&str, &str)] = &[
    ("scenarios/first_siege.ron", include_str!("../../scenarios/first_siege.ron")),
    ("scenarios/second_siege.ron", include_str!("../../scenarios/second_siege.ron")),
    ("scenarios/campaign.ron", include_str!("../../scenarios/campaign.ron")),
    ("scenarios/chapters/interlude.ron", include_str!("../../scenarios/chapters/interlude.ron")),
    ("scenarios/chapters/end_of_reign.ron", include_str!("../../scenarios/chapters/end_of_reign.ron")),
    ("scenarios/policies/campaign_historical.ron", include_str!("../../scenarios/policies/campaign_historical.ron")),
    (
        "scenarios/policies/campaign_hand_over_the_towns.ron",
        include_str!("../../scenarios/policies/campaign_hand_over_the_towns.ron"),
    ),
    (
        "scenarios/policies/campaign_keep_the_armies.ron",
        include_str!("../../scenarios/policies/campaign_keep_the_armies.ron"),
    ),
    (
        "scenarios/policies/campaign_li_gang_kept.ron",
        include_str!("../../scenarios/policies/campaign_li_gang_kept.ron"),
    ),
    ("scenarios/policies/campaign_go_west.ron", include_str!("../../scenarios/policies/campaign_go_west.ron")),
    (
        "scenarios/policies/campaign_refuse_the_second_summons.ron",
        include_str!("../../scenarios/policies/campaign_refuse_the_second_summons.ron"),
    ),
    ("scenarios/common/northern_china_1126.ron", include_str!("../../scenarios/common/northern_china_1126.ron")),
    ("scenarios/common/people.ron", include_str!("../../scenarios/common/people.ron")),
    ("scenarios/common/sources.ron", include_str!("../../scenarios/common/sources.ron")),
    ("scenarios/start/accession.ron", include_str!("../../scenarios/start/accession.ron")),
    ("scenarios/chapters/first_siege.ron", include_str!("../../scenarios/chapters/first_siege.ron")),
    ("scenarios/chapters/second_siege.ron", include_str!("../../scenarios/chapters/second_siege.ron")),
    (
        "scenarios/policies/first_siege_historical.ron",
        include_str!("../../scenarios/policies/first_siege_historical.ron"),
    ),
    ("scenarios/policies/first_siege_flight.ron", include_str!("../../scenarios/policies/first_siege_flight.ron")),
    ("scenarios/policies/first_siege_li_gang.ron", include_str!("../../scenarios/policies/first_siege_li_gang.ron")),
    (
        "scenarios/policies/first_siege_peace_party.ron",
        include_str!("../../scenarios/policies/first_siege_peace_party.ron"),
    ),
    (
        "scenarios/policies/second_siege_historical.ron",
        include_str!("../../scenarios/policies/second_siege_historical.ron"),
    ),
    (
        "scenarios/policies/second_siege_call_the_armies.ron",
        include_str!("../../scenarios/policies/second_siege_call_the_armies.ron"),
    ),
    (
        "scenarios/policies/second_siege_keep_the_peace.ron",
        include_str!("../../scenarios/policies/second_siege_keep_the_peace.ron"),
    ),
    (
        "scenarios/policies/second_siege_no_guo_jing.ron",
        include_str!("../../scenarios/policies/second_siege_no_guo_jing.ron"),
    ),
    (
        "scenarios/policies/second_siege_man_the_crossings.ron",
        include_str!("../../scenarios/policies/second_siege_man_the_crossings.ron"),
    ),
    (
        "scenarios/policies/second_siege_no_letter.ron",
        include_str!("../../scenarios/policies/second_siege_no_letter.ron"),
    ),
];

/// The shipped policies, by name (the file name without `.ron`), in the order the outcome
/// table lists them: each scenario's historical policy first.
pub const BUILTIN_POLICIES: &[&str] = &[
    "first_siege_historical",
    "first_siege_flight",
    "first_siege_li_gang",
    "first_siege_peace_party",
    "second_siege_historical",
    "second_siege_no_guo_jing",
    "second_siege_no_letter",
    "second_siege_call_the_armies",
    "second_siege_man_the_crossings",
    "second_siege_keep_the_peace",
    "campaign_historical",
    "campaign_hand_over_the_towns",
    "campaign_keep_the_armies",
    "campaign_li_gang_kept",
    "campaign_go_west",
    "campaign_refuse_the_second_summons",
];

/// A shipped policy by name (`first_siege_flight`).
pub fn builtin_policy(name: &str) -> Option<SourceText> {
    BUILTIN_POLICIES.contains(&name).then(|| builtin(&format!("scenarios/policies/{name}.ron"))).flatten()
}

/// Ids of the built-in scenarios, in the order a player meets them.
pub const BUILTIN_SCENARIOS: &[&str] = &["first_siege", "second_siege", "campaign"];

/// A data file's text and the name it is reported under.
#[derive(Clone, Debug)]
pub struct SourceText {
    pub name: String,
    pub text: String,
    builtin: bool,
}

impl SourceText {
    /// Text that did not come from a file (tests, the editor); includes resolve on disk.
    pub fn in_memory(name: impl Into<String>, text: impl Into<String>) -> SourceText {
        SourceText { name: name.into(), text: text.into(), builtin: false }
    }

    /// Resolves `relative` against this file's folder, in the same store (built-in or disk).
    pub fn sibling(&self, relative: &str) -> Result<SourceText, String> {
        let base = Path::new(&self.name).parent().unwrap_or(Path::new(""));
        let joined = normalize(&base.join(relative));
        let name = joined.to_string_lossy().replace('\\', "/");
        if self.builtin {
            builtin(&name).ok_or_else(|| format!("no built-in file `{name}`"))
        } else {
            read_disk(&joined)
        }
    }
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir if out.components().next_back().is_some_and(|c| matches!(c, Component::Normal(_))) => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn builtin(name: &str) -> Option<SourceText> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(n, text)| SourceText {
        name: n.to_string(),
        text: text.to_string(),
        builtin: true,
    })
}

fn read_disk(path: &Path) -> Result<SourceText, String> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceText { name: path.display().to_string(), text, builtin: false }),
            Err(_) => Err(format!("`{}` is not UTF-8 text: save it as UTF-8", path.display())),
        },
        Err(e) => Err(format!("cannot read `{}`: {e}", path.display())),
    }
}

/// A scenario by built-in id (`first_siege`) or by path to a `.ron` file.
pub fn open_scenario(id_or_path: &str) -> Result<SourceText, String> {
    if BUILTIN_SCENARIOS.contains(&id_or_path) {
        return Ok(builtin(&format!("scenarios/{id_or_path}.ron")).expect("built-in scenario is embedded"));
    }
    let path = Path::new(id_or_path);
    if path.exists() {
        return read_disk(path);
    }
    let known = BUILTIN_SCENARIOS.join(", ");
    Err(format!("no scenario `{id_or_path}`: give a built-in id ({known}) or the path of a .ron file"))
}

/// A file on disk, or a built-in file by its path in the source tree.
pub fn open_file(path: &str) -> Result<SourceText, String> {
    let on_disk = Path::new(path);
    if on_disk.exists() {
        read_disk(on_disk)
    } else {
        builtin(path).ok_or_else(|| format!("cannot read `{path}`: no such file"))
    }
}
