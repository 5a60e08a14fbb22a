//! Where data files come from: the built-in set compiled into the binary, or the disk.

use super::locate::{Index, Seg};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest data file read from disk. The biggest shipped file is under 100 KB; a file
/// bigger than this is not a scenario, and reading it whole could exhaust memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Data files embedded under their paths in the source tree (relative to the crate root),
/// each with its translations (`X.zh-Hant.ron`, `X.zh-Hans.ron`), so that `jingkang` runs
/// from any directory and speaks every language there: `translated!["dir/", "a", "b"]`.
macro_rules! translated {
    ($dir:literal, $($stem:literal),* $(,)?) => {
        &[$(
            (concat!($dir, $stem, ".ron"), include_str!(concat!("../../", $dir, $stem, ".ron"))),
            (concat!($dir, $stem, ".zh-Hant.ron"), include_str!(concat!("../../", $dir, $stem, ".zh-Hant.ron"))),
            (concat!($dir, $stem, ".zh-Hans.ron"), include_str!(concat!("../../", $dir, $stem, ".zh-Hans.ron"))),
        )*]
    };
}

/// The scenarios shipped with the game and the libraries they include.
const BUILTIN: &[(&str, &str)] = translated![
    "",
    "scenarios/first_siege",
    "scenarios/second_siege",
    "scenarios/campaign",
    "scenarios/common/northern_china_1126",
    "scenarios/common/people",
    "scenarios/common/sources",
    "scenarios/common/offices_1126",
    "scenarios/start/accession",
    "scenarios/chapters/first_siege",
    "scenarios/chapters/interlude",
    "scenarios/chapters/second_siege",
    "scenarios/chapters/end_of_reign",
];

/// The shipped policies, each named once: the list of names and the embedded files.
macro_rules! policies {
    ($($name:literal),* $(,)?) => {
        /// The shipped policies, by name (the file name without `.ron`), in the order the
        /// outcome table lists them: each scenario's historical policy first.
        pub const BUILTIN_POLICIES: &[&str] = &[$($name),*];
        /// Each with its translations, as the scenarios ([`translated`]).
        const POLICY_FILES: &[(&str, &str)] = translated!["scenarios/policies/", $($name),*];
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
const EXERCISE_FILES: &[(&str, &str)] = translated!["exercises/", "li_gang", "taiyuan"];

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
    /// The folder the files it names must stay inside: the folder of the file first opened,
    /// which its includes and the files they name inherit. `None` for built-in and in-memory text.
    root: Option<PathBuf>,
    /// Where its values sit, worked out the first time a problem is reported in it.
    index: std::sync::Arc<std::sync::OnceLock<Index>>,
}

impl SourceText {
    /// Text that did not come from a file (tests, the editor); includes resolve on disk.
    pub fn in_memory(name: impl Into<String>, text: impl Into<String>) -> SourceText {
        SourceText { name: name.into(), text: text.into(), builtin: false, root: None, index: Default::default() }
    }

    /// The 1-based line and column of the value at `path` (or of the deepest part of it found).
    pub fn locate(&self, path: &[Seg]) -> (usize, usize) {
        let index = self.index.get_or_init(|| Index::of(&self.text));
        index.line_col(&self.text, index.offset_of(&self.text, path))
    }

    /// Where the file lies on disk, if it was read from there (not built in, not in memory).
    pub fn on_disk(&self) -> Option<&Path> {
        self.root.as_ref().map(|_| Path::new(&self.name))
    }

    /// The 1-based line and column of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.index.get_or_init(|| Index::of(&self.text)).line_col(&self.text, offset)
    }

    /// Resolves `relative` against this file's folder, in the same store (built-in or disk).
    /// On disk the file named must lie inside the folder the first file was opened from: a
    /// path that is absolute, climbs out with `..` or leads out through a link is refused
    /// before anything is read, so a downloaded scenario cannot read a player's files.
    pub fn sibling(&self, relative: &str) -> Result<SourceText, String> {
        if let Some(shipped) = relative.strip_prefix(GAME_PREFIX) {
            return game_file(shipped);
        }
        if Path::new(relative).has_root() || Path::new(relative).components().any(|c| matches!(c, Component::Prefix(_)))
        {
            return Err(format!("`{relative}` is an absolute path: name files by their path from this file's folder"));
        }
        let base = Path::new(&self.name).parent().unwrap_or(Path::new(""));
        let joined = normalize(&base.join(relative));
        let name = joined.to_string_lossy().replace('\\', "/");
        if let Some(shipped) = self.name.strip_prefix(GAME_PREFIX) {
            let base = Path::new(shipped).parent().unwrap_or(Path::new(""));
            return game_file(&base.join(relative).to_string_lossy());
        }
        if self.builtin {
            return builtin(&name).ok_or_else(|| format!("no built-in file `{name}`"));
        }
        let folder = folder_of(Path::new(&self.name))?;
        let root = self.root.clone().unwrap_or_else(|| folder.clone());
        let target = confined(&root, &folder.join(relative), relative)?;
        let mut file = read_disk(&target)?;
        // Reported under the name it was given by, not the resolved one.
        file.name = joined.display().to_string();
        file.root = Some(root);
        Ok(file)
    }

    /// The file `relative` beside this one, if there is one (a translation, which a file may
    /// or may not have); read with the same confinement as [`SourceText::sibling`].
    pub fn optional_sibling(&self, relative: &str) -> Result<Option<SourceText>, String> {
        if self.builtin || self.name.starts_with(GAME_PREFIX) {
            return Ok(self.sibling(relative).ok());
        }
        let base = Path::new(&self.name).parent().unwrap_or(Path::new(""));
        if std::fs::symlink_metadata(base.join(relative)).is_err() {
            return Ok(None);
        }
        self.sibling(relative).map(Some)
    }
}

/// How a data file names one of the game's own files (`game:common/people.ron` is the
/// shipped `scenarios/common/people.ron`), so that a mod reuses the base data without copying it.
pub const GAME_PREFIX: &str = "game:";

/// The game's map of northern China in 1126, which scenarios and mods include.
pub const BASE_MAP: &str = "game:common/northern_china_1126.ron";

/// The shipped map file ([`BASE_MAP`]).
pub fn base_map() -> SourceText {
    builtin(BASE_MAP).expect("the base map is embedded")
}

/// A file the game ships, by its path under `scenarios/`. Read from the binary, never the disk.
fn game_file(shipped: &str) -> Result<SourceText, String> {
    let path = normalize(Path::new(shipped)).to_string_lossy().replace('\\', "/");
    // The libraries lie in folders (`common/`, `chapters/`, `start/`); the files beside them
    // are the game's scenarios, which a file cannot include.
    let library = path.contains('/') && !path.starts_with("..") && !Path::new(&path).has_root();
    if !library && BUILTIN_SCENARIOS.iter().any(|id| path == format!("{id}.ron")) {
        let made_of = builtin(&format!("scenarios/{path}")).map(|s| libraries_of(&s.text)).unwrap_or_default();
        return Err(format!(
            "`{GAME_PREFIX}{shipped}` is one of the game's scenarios, which cannot be included: include the libraries it is made of ({}) and write what it gives itself (its court, cities, armies, endings) in your own file",
            made_of.join(", ")
        ));
    }
    library.then(|| builtin(&format!("{GAME_PREFIX}{path}"))).flatten().ok_or_else(|| {
        let known: Vec<String> = BUILTIN
            .iter()
            .filter_map(|(n, _)| n.strip_prefix("scenarios/").filter(|n| n.contains('/')))
            .map(|n| format!("{GAME_PREFIX}{n}"))
            .collect();
        format!("the game has no file `{GAME_PREFIX}{shipped}`; its libraries are: {}", known.join(", "))
    })
}

/// The libraries a shipped scenario includes, by their `game:` names.
fn libraries_of(scenario: &str) -> Vec<String> {
    /// Only the list of includes; the rest of the scenario is skipped.
    #[derive(serde::Deserialize)]
    #[serde(rename = "Scenario")]
    struct Includes {
        #[serde(default)]
        include: Vec<String>,
    }
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options
        .from_str::<Includes>(scenario)
        .map_or_else(|_| Vec::new(), |i| i.include.into_iter().map(|name| format!("{GAME_PREFIX}{name}")).collect())
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

/// A shipped file by its path in the source tree, or by its `game:` name (reported under the
/// name it was asked by, so that its own includes resolve the same way).
fn builtin(name: &str) -> Option<SourceText> {
    let path = match name.strip_prefix(GAME_PREFIX) {
        Some(shipped) => format!("scenarios/{shipped}"),
        None => name.to_string(),
    };
    BUILTIN.iter().chain(POLICY_FILES).chain(EXERCISE_FILES).find(|(n, _)| *n == path).map(|(_, text)| SourceText {
        name: name.to_string(),
        text: text.to_string(),
        builtin: true,
        root: None,
        index: Default::default(),
    })
}

/// The folder a file on disk lies in, with its links resolved.
fn folder_of(file: &Path) -> Result<PathBuf, String> {
    let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    folder.canonicalize().map_err(|e| format!("cannot open the folder of `{}`: {e}", file.display()))
}

/// The file at `path` (named `relative` in the data), if it lies inside `root`: first by
/// its name, before the disk is asked anything about it, then once every link on the way is
/// followed.
fn confined(root: &Path, path: &Path, relative: &str) -> Result<PathBuf, String> {
    let outside = || {
        let root = root.display();
        format!("`{relative}` lies outside the folder `{root}`: a data file may name only files inside its folder")
    };
    if !normalize(path).starts_with(root) {
        return Err(outside());
    }
    let resolved = path.canonicalize().map_err(|e| read_error(path, &e))?;
    if resolved.starts_with(root) { Ok(resolved) } else { Err(outside()) }
}

fn read_error(path: &Path, e: &std::io::Error) -> String {
    // ELOOP (Linux 40, macOS and the BSDs 62): the links lead back to themselves. The
    // standard library's `FilesystemLoop` kind is not stable yet.
    const ELOOP: i32 = if cfg!(target_os = "linux") { 40 } else { 62 };
    if cfg!(unix) && e.raw_os_error() == Some(ELOOP) {
        return format!("cannot read `{}`: its links lead round in a loop", path.display());
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("cannot read `{}`: no such file", path.display()),
        _ => format!("cannot read `{}`: {e}", path.display()),
    }
}

/// Reads a data file, refusing what is not one before reading it: a folder, a device such
/// as `/dev/zero`, a pipe that would block for ever, a file over [`MAX_FILE_BYTES`]. A
/// UTF-8 byte-order mark (Windows Notepad writes one) is dropped.
fn read_disk(path: &Path) -> Result<SourceText, String> {
    let text = read_text(path, MAX_FILE_BYTES)?;
    let root = folder_of(path).ok();
    Ok(SourceText { name: path.display().to_string(), text, builtin: false, root, index: Default::default() })
}

/// The text of an ordinary file of at most `most` bytes, refused before it is read if it is
/// not one (a folder, a device, a pipe) or is larger; the messages name the file.
pub fn read_text(path: &Path, most: u64) -> Result<String, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| read_error(path, &e))?;
    if !meta.is_file() {
        let what = if meta.is_dir() { "a folder" } else { "not a regular file (a device or a pipe)" };
        return Err(format!("cannot read `{shown}`: it is {what}; give the path of a .ron file"));
    }
    let too_big = || format!("`{shown}` is larger than {} MB, the most a data file may be", most / (1024 * 1024));
    if meta.len() > most {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let file = std::fs::File::open(path).map_err(|e| read_error(path, &e))?;
    // The file may grow while it is read: never take more than the limit.
    file.take(most + 1).read_to_end(&mut bytes).map_err(|e| read_error(path, &e))?;
    if bytes.len() as u64 > most {
        return Err(too_big());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let last = before.iter().rposition(|b| *b == b'\n').map_or(before, |i| &before[i + 1..]);
        let col = String::from_utf8_lossy(last).chars().count() + 1;
        format!(
            "`{shown}` is not UTF-8 text (the first byte that is not is at line {line}, column {col}): save it as UTF-8"
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
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
