//! Mods: folders of data files with a manifest (`mod.ron`), found in the player's data
//! folder and in folders given on the command line. A mod is data only: its manifest names
//! the scenarios it brings, and every file it names is read from inside its folder with the
//! limits of [`super::files`]. A mod that cannot be read is listed as broken, with why.

use super::diagnostic::{Diagnostic, Diagnostics};
use super::files::{self, SourceText};
use super::locate::Seg;
use super::read::{at, parse};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The manifest's file name in a mod's folder.
pub const MANIFEST: &str = "mod.ron";

/// The most mods looked at in one folder of mods, and the most scenarios one mod may list.
pub const MOST_MODS: usize = 200;
pub const MOST_SCENARIOS: usize = 50;

/// What a mod says of itself.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Mod")]
pub struct Manifest {
    /// Lower-case letters, digits and `_`: how saves and other mods name it.
    pub id: String,
    pub name: String,
    /// The mod's own version, `MAJOR.MINOR.PATCH`.
    pub version: String,
    pub authors: Vec<String>,
    /// The licence its files are shared under (an SPDX name such as `CC-BY-4.0`).
    pub licence: String,
    /// The version of the game it was written for, `MAJOR.MINOR`: a mod for another minor
    /// version may use fields this game does not know.
    pub game: String,
    /// Ids of the mods it needs.
    #[serde(default)]
    pub depends: Vec<String>,
    /// Its scenario files, by path from the mod's folder.
    pub scenarios: Vec<String>,
}

/// A scenario a mod brings: where it is, and what it is called or why it cannot be played.
#[derive(Debug)]
pub struct ModScenario {
    /// As the manifest names it.
    pub file: String,
    /// The path to open it by.
    pub path: PathBuf,
    pub loaded: Result<ScenarioCard, Diagnostics>,
}

/// What the menu shows of a scenario.
#[derive(Clone, Debug)]
pub struct ScenarioCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// What `validate` would say of it that does not stop play: warnings and notes.
    pub warnings: Vec<Diagnostic>,
}

/// A mod found on disk: readable, or broken with the reasons.
#[derive(Debug)]
pub enum Found {
    /// The manifest and its text are boxed: they are far larger than a broken mod's entry.
    Mod {
        folder: PathBuf,
        manifest: Box<Manifest>,
        file: Box<SourceText>,
        scenarios: Vec<ModScenario>,
    },
    Broken {
        folder: PathBuf,
        problems: Diagnostics,
    },
}

impl Found {
    pub fn folder(&self) -> &Path {
        match self {
            Found::Mod { folder, .. } | Found::Broken { folder, .. } => folder,
        }
    }

    /// Every problem of the mod: its own, then its scenarios' (with their warnings and notes).
    pub fn problems(&self) -> Vec<&Diagnostic> {
        match self {
            Found::Broken { problems, .. } => problems.0.iter().collect(),
            Found::Mod { scenarios, .. } => scenarios
                .iter()
                .flat_map(|s| match &s.loaded {
                    Ok(card) => card.warnings.iter(),
                    Err(problems) => problems.0.iter(),
                })
                .collect(),
        }
    }
}

/// The player's own folder of mods: `$JINGKANG_MODS_DIR`, else `mods` in the platform's data
/// folder for the game (`~/.local/share/jingkang/mods` on Linux).
pub fn user_folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("JINGKANG_MODS_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "jingkang").map(|p| p.data_dir().join("mods"))
}

/// The example mods that come with the game: `$JINGKANG_SHIPPED_MODS`, else `mods` beside
/// the executable (an installed game), else the source tree's (`cargo run`).
pub fn shipped_folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("JINGKANG_SHIPPED_MODS") {
        return Some(PathBuf::from(dir));
    }
    let beside = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.join("mods")));
    beside.into_iter().chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("mods")]).find(|dir| dir.is_dir())
}

/// The mods that come with the game, those in the player's folder and those in `extra`
/// folders, as [`discover_in`].
pub fn discover(extra: &[PathBuf]) -> Vec<Found> {
    let roots: Vec<PathBuf> = shipped_folder().into_iter().chain(user_folder()).chain(extra.iter().cloned()).collect();
    discover_in(&roots)
}

/// The mods in `roots`, each either a mod (it holds a `mod.ron`) or a folder of mods; in
/// the order given, each folder's mods by name. A root that does not exist has none.
pub fn discover_in(roots: &[PathBuf]) -> Vec<Found> {
    let mut found = Vec::new();
    for root in roots {
        if root.join(MANIFEST).exists() {
            found.push(open(root));
            continue;
        }
        let Ok(entries) = std::fs::read_dir(root) else { continue };
        let mut folders: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.join(MANIFEST).exists()).take(MOST_MODS).collect();
        folders.sort();
        found.extend(folders.iter().map(|f| open(f)));
    }
    let found = one_of_each(found);
    let ids: Vec<String> = found
        .iter()
        .filter_map(|f| if let Found::Mod { manifest, .. } = f { Some(manifest.id.clone()) } else { None })
        .collect();
    found.into_iter().map(|f| needs_met(f, &ids)).collect()
}

/// The mods found, each folder once (it may be given twice); a mod with the id of one found
/// before it is broken, as saves and other mods name a mod by its id.
fn one_of_each(found: Vec<Found>) -> Vec<Found> {
    let mut folders = std::collections::BTreeSet::new();
    let mut ids: std::collections::BTreeMap<String, PathBuf> = Default::default();
    let mut out = Vec::new();
    for f in found {
        if !folders.insert(f.folder().canonicalize().unwrap_or_else(|_| f.folder().to_path_buf())) {
            continue;
        }
        let Found::Mod { folder, manifest, file, .. } = &f else {
            out.push(f);
            continue;
        };
        match ids.get(&manifest.id) {
            Some(first) => {
                let message = format!(
                    "another mod with the id `{}` was found first, in `{}`: the game offers that one",
                    manifest.id,
                    first.display()
                );
                let d = at(std::slice::from_ref(&**file), 0, &[Seg::Field("id")], message)
                    .with_help("give each mod its own id (and folder name)");
                out.push(Found::Broken { folder: folder.clone(), problems: Diagnostics(vec![d]) });
            }
            None => {
                ids.insert(manifest.id.clone(), folder.clone());
                out.push(f);
            }
        }
    }
    out
}

/// The mod, or the mod broken for want of a mod it depends on.
fn needs_met(found: Found, installed: &[String]) -> Found {
    let Found::Mod { folder, manifest, file, .. } = &found else { return found };
    let files = std::slice::from_ref(&**file);
    let missing: Vec<Diagnostic> = manifest
        .depends
        .iter()
        .enumerate()
        .filter(|(_, id)| !installed.contains(id))
        .map(|(i, id)| {
            at(
                files,
                0,
                &[Seg::Field("depends"), Seg::Index(i)],
                format!("the mod needs the mod `{id}`, which is not installed"),
            )
            .with_help("put that mod's folder beside this one, or name it with --mods")
        })
        .collect();
    if missing.is_empty() { found } else { Found::Broken { folder: folder.clone(), problems: Diagnostics(missing) } }
}

/// Reads the mod in `folder`: its manifest and every scenario it lists.
pub fn open(folder: &Path) -> Found {
    let broken =
        |problems: Vec<Diagnostic>| Found::Broken { folder: folder.to_path_buf(), problems: Diagnostics(problems) };
    let manifest_path = folder.join(MANIFEST).to_string_lossy().into_owned();
    let file = match files::open_file(&manifest_path) {
        Ok(file) => file,
        Err(message) => return broken(vec![Diagnostic::error(manifest_path.as_str(), 0, 0, message)]),
    };
    let manifest: Manifest = match parse(&file) {
        Ok(m) => m,
        Err(d) => return broken(vec![d]),
    };
    let mut problems = check(&manifest, &file);
    let scenarios: Vec<ModScenario> =
        manifest.scenarios.iter().take(MOST_SCENARIOS).enumerate().map(|(i, name)| scenario(&file, i, name)).collect();
    if !problems.is_empty() {
        // All that is wrong at once: the manifest's mistakes, then its scenarios'.
        problems.extend(scenarios.into_iter().filter_map(|s| s.loaded.err()).flat_map(|d| d.0));
        return broken(problems);
    }
    Found::Mod { folder: folder.to_path_buf(), manifest: Box::new(manifest), file: Box::new(file), scenarios }
}

fn scenario(manifest: &SourceText, index: usize, name: &str) -> ModScenario {
    let files = std::slice::from_ref(manifest);
    let text = manifest
        .sibling(name)
        .map_err(|message| Diagnostics(vec![at(files, 0, &[Seg::Field("scenarios"), Seg::Index(index)], message)]));
    let path = text.as_ref().map_or_else(|_| PathBuf::from(name), |t| PathBuf::from(&t.name));
    let loaded = text.and_then(super::load_playable).map(|s| ScenarioCard {
        id: s.def.id.clone(),
        title: s.def.title.clone(),
        summary: s.def.summary.clone(),
        warnings: s.warnings,
    });
    ModScenario { file: name.to_string(), path, loaded }
}

/// What is wrong with a manifest, each at its field.
fn check(m: &Manifest, file: &SourceText) -> Vec<Diagnostic> {
    let files = std::slice::from_ref(file);
    let mut out = Vec::new();
    let mut problem = |field: &'static str, message: String, help: &str| {
        out.push(at(files, 0, &[Seg::Field(field)], message).with_help(help));
    };
    if !is_id(&m.id) {
        problem(
            "id",
            format!("the mod id `{}` is not one word of lower-case letters, digits and `_`", m.id),
            "for example `siege_of_taiyuan`",
        );
    }
    if m.name.trim().is_empty() {
        problem("name", "the mod has no name".into(), "give the name the menu shows");
    }
    if !numbers(&m.version, 3) {
        problem("version", format!("version `{}` is not MAJOR.MINOR.PATCH", m.version), "for example \"1.0.0\"");
    }
    if m.authors.iter().all(|a| a.trim().is_empty()) {
        problem("authors", "the mod names no author".into(), "name who wrote it: [\"Your Name\"]");
    }
    if m.licence.trim().is_empty() {
        problem("licence", "the mod gives no licence".into(), "say how others may use it, for example \"CC-BY-4.0\"");
    }
    let ours = game_version();
    if !numbers(&m.game, 2) {
        problem(
            "game",
            format!("game version `{}` is not MAJOR.MINOR", m.game),
            "the version of Jingkang it was written for",
        );
    } else if m.game != ours {
        problem(
            "game",
            format!("the mod is for Jingkang {}, and this is Jingkang {ours}", m.game),
            "check it against this version's docs/modding.md, then set `game` to it",
        );
    }
    if m.scenarios.is_empty() {
        problem("scenarios", "the mod lists no scenario".into(), "list its scenario files: [\"my_scenario.ron\"]");
    }
    if m.scenarios.len() > MOST_SCENARIOS {
        problem(
            "scenarios",
            format!("the mod lists {} scenarios: the most a mod may list is {MOST_SCENARIOS}", m.scenarios.len()),
            "split it into several mods",
        );
    }
    out
}

/// Whether `text` can be a mod's id (and its folder's name): one word of lower-case letters,
/// digits and `_`, at most 64 long.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `text` is `count` dot-separated whole numbers.
fn numbers(text: &str, count: usize) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == count && parts.iter().all(|p| !p.is_empty() && p.len() <= 9 && p.chars().all(|c| c.is_ascii_digit()))
}

/// This game's version as mods name it: `MAJOR.MINOR`.
pub fn game_version() -> String {
    let mut parts = env!("CARGO_PKG_VERSION").split('.');
    format!("{}.{}", parts.next().unwrap_or("0"), parts.next().unwrap_or("0"))
}
