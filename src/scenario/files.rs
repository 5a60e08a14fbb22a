//! Where data files come from: the built-in set compiled into the binary, or the disk.

use std::path::{Component, Path, PathBuf};

/// Data files embedded under their paths in the source tree (relative to the crate root).
macro_rules! embedded {
    ($($path:literal),* $(,)?) => { &[$(($path, include_str!(concat!("../../", $path)))),*] };
}

/// The scenarios shipped with the game and the libraries they include, embedded so that
/// `jingkang` runs from any directory.
const BUILTIN: &[(&str, &str)] = embedded![
    "scenarios/first_siege.ron",
    "scenarios/second_siege.ron",
    "scenarios/campaign.ron",
    "scenarios/common/northern_china_1126.ron",
    "scenarios/common/people.ron",
    "scenarios/common/sources.ron",
    "scenarios/common/offices_1126.ron",
    "scenarios/start/accession.ron",
    "scenarios/chapters/first_siege.ron",
    "scenarios/chapters/interlude.ron",
    "scenarios/chapters/second_siege.ron",
    "scenarios/chapters/end_of_reign.ron",
];

/// The shipped policies, each named once: the list of names and the embedded files.
macro_rules! policies {
    ($($name:literal),* $(,)?) => {
        /// The shipped policies, by name (the file name without `.ron`), in the order the
        /// outcome table lists them: each scenario's historical policy first.
        pub const BUILTIN_POLICIES: &[&str] = &[$($name),*];
        const POLICY_FILES: &[(&str, &str)] = &[$((
            concat!("scenarios/policies/", $name, ".ron"),
            include_str!(concat!("../../scenarios/policies/", $name, ".ron")),
        )),*];
    };
}

policies![
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

/// The teachers' exercises shipped with the game, by name (the file name in `exercises/`).
pub const BUILTIN_EXERCISES: &[&str] = &["li_gang", "taiyuan"];
const EXERCISE_FILES: &[(&str, &str)] = embedded!["exercises/li_gang.ron", "exercises/taiyuan.ron"];

/// A shipped exercise by name (`li_gang`).
pub fn builtin_exercise(name: &str) -> Option<SourceText> {
    BUILTIN_EXERCISES.contains(&name).then(|| builtin(&format!("exercises/{name}.ron"))).flatten()
}

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
    BUILTIN.iter().chain(POLICY_FILES).chain(EXERCISE_FILES).find(|(n, _)| *n == name).map(|(n, text)| SourceText {
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

/// The kind of a RON file, from the name of its outer structure: `Scenario`, `Policy`,
/// `Exercise`, `Library`.
pub fn kind_of(text: &str) -> String {
    let body = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.starts_with("#!") && !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    body.split('(').next().unwrap_or("").trim().to_string()
}
