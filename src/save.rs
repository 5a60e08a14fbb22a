//! Saved games. A save is the scenario, the seed and the command log: loading replays the
//! commands, so a loaded game continues exactly as the saved one would have. Writes are
//! atomic (a temporary file renamed over the old save), so a crash during a save never
//! leaves a broken or lost save.
//!
//! A save is trusted only as far as it can be checked: its scenario must be the one it was
//! made with (the fingerprint), or the player must choose to replay it on the scenario as it
//! is now; its header must be where its commands lead; a scenario file is named by its
//! absolute path, so a save opens the same game from any folder. Each format this version
//! reads is migrated to the current one as it is read.

use crate::scenario::{self, Scenario};
use crate::sim::Sim;
use crate::sim::commands::{Command, CommandLog};
use crate::sim::lines::Lines;
use crate::sim::script::flow::{ExerciseInPlay, Locks};
use crate::sim::script::record::LoadedScenario;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The format this version writes. 1: a scenario file named as given on the command line
/// (relative to wherever the game was started); 2: by its absolute path; 3: with every line
/// of the game (one line, `main`, in the older formats).
pub const FORMAT: u32 = 3;
const OLDEST_FORMAT: u32 = 1;

/// The largest save read. A save is its header and its command log: a whole campaign with
/// its other lines is under 100 KB.
pub const MOST_SAVE_BYTES: u64 = 16 * 1024 * 1024;

/// Whether to load a save whose scenario has changed since it was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// Refuse it with `SaveError::ScenarioChanged`, so the player can choose.
    Unchanged,
    /// Replay it on the scenario as it is now: the player has been told, and chose to.
    Anyway,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Save")]
pub struct SaveFile {
    pub format: u32,
    /// Built-in scenario id or the path of the scenario file.
    pub scenario: String,
    /// Fingerprint of the scenario's text, to notice a scenario changed since the save.
    pub scenario_fingerprint: String,
    pub seed: u64,
    /// The date of the game when saved, for the load menu.
    pub date: String,
    pub turn: u32,
    /// The commands of the line being played.
    pub commands: Vec<(u32, Command)>,
    /// The line being played, and every other line of the game.
    #[serde(default)]
    pub lines: Lines,
    /// The choices an exercise fixes (decision → option), replayed with the game.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub locks: BTreeMap<String, String>,
    /// The exercise the game is played under: its questions and settings, as they were when
    /// the game began (the exercise's file may have moved or changed since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<crate::scenario::schema::ExerciseFile>,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write the save {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot read the save: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("{path}:{line}:{col}: the save is damaged ({message}); load an older save or the autosave")]
    Corrupt { path: PathBuf, line: usize, col: usize, message: String },
    #[error(
        "{path}: saved with format {found}, and this version reads formats {OLDEST_FORMAT} to {FORMAT}; open it with the version of Jingkang that saved it"
    )]
    Format { path: PathBuf, found: u32 },
    #[error("{path}: the save's scenario `{scenario}` cannot be loaded:\n{details}")]
    Scenario { path: PathBuf, scenario: String, details: String },
    #[error(
        "{path}: the scenario `{scenario}` has changed since this game was saved, so it may not replay as it was played; load it anyway to replay it on the scenario as it is now (`--anyway` on the command line)"
    )]
    ScenarioChanged { path: PathBuf, scenario: String },
    #[error(
        "{path}: command {index} of the save is refused on replay ({reason}); its scenario is unchanged, so the save was edited or damaged: load the autosave or an older save"
    )]
    Replay { path: PathBuf, index: usize, reason: String },
    #[error("{path}: command {index} of the save no longer applies ({reason}): the scenario changed since the save")]
    ReplayChanged { path: PathBuf, index: usize, reason: String },
    #[error(
        "{path}: the save says turn {turn} ({date}) but its commands lead to turn {replayed_turn} ({replayed_date}): it was edited or damaged; load the autosave or an older save"
    )]
    Header { path: PathBuf, turn: u32, date: String, replayed_turn: u32, replayed_date: String },
}

/// A short fingerprint of every file of a scenario (64-bit FNV-1a: stable across versions).
pub fn fingerprint(scenario: &Scenario) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in scenario.files.iter().flat_map(|f| f.text.bytes().chain([0])) {
        h = (h ^ byte as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The save of a game in progress.
pub fn snapshot(sim: &Sim, scenario_ref: &str, seed: u64) -> SaveFile {
    snapshot_world(sim.world(), scenario_ref, seed)
}

/// The save of the game in a world.
pub fn snapshot_world(world: &bevy::prelude::World, scenario_ref: &str, seed: u64) -> SaveFile {
    let scenario = world.resource::<LoadedScenario>();
    let clock = world.resource::<crate::sim::world::Clock>();
    SaveFile {
        format: FORMAT,
        scenario: lasting_ref(scenario_ref),
        scenario_fingerprint: fingerprint(scenario),
        seed,
        date: clock.date.to_string(),
        turn: clock.turn,
        commands: world.resource::<CommandLog>().0.clone(),
        lines: world.get_resource::<Lines>().cloned().unwrap_or_default(),
        locks: world.get_resource::<Locks>().map(|l| l.0.clone()).unwrap_or_default(),
        exercise: world.get_resource::<ExerciseInPlay>().map(|e| e.0.clone()),
    }
}

/// How a save names its scenario: a built-in id as it is, a file by its absolute path, so the
/// save opens the same file from any folder.
fn lasting_ref(scenario_ref: &str) -> String {
    if crate::scenario::files::BUILTIN_SCENARIOS.contains(&scenario_ref) {
        return scenario_ref.to_string();
    }
    std::fs::canonicalize(scenario_ref).map_or_else(|_| scenario_ref.to_string(), |p| p.display().to_string())
}

/// Writes a save atomically ([`write_atomically`]).
pub fn write(save: &SaveFile, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, &to_text(save)).map_err(|source| SaveError::Write { path: path.to_path_buf(), source })
}

/// Writes `text` to `path` so that a crash never leaves half a file: to a temporary file
/// beside it, flushed to disk, then renamed over the old one. Makes the folder if need be.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let partial = path.with_extension("ron.partial");
    let mut file = std::fs::File::create(&partial)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&partial, path)
}

/// A save as the RON a save file holds.
pub fn to_text(save: &SaveFile) -> String {
    ron::ser::to_string_pretty(save, ron::ser::PrettyConfig::default()).expect("saves serialize")
}

/// Reads a save file.
pub fn read(path: &Path) -> Result<SaveFile, SaveError> {
    let text = crate::scenario::files::read_text(path, MOST_SAVE_BYTES)
        .map_err(|reason| SaveError::Read { path: path.to_path_buf(), reason })?;
    let save: SaveFile = ron::from_str(&text).map_err(|e| SaveError::Corrupt {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })?;
    if !(OLDEST_FORMAT..=FORMAT).contains(&save.format) {
        return Err(SaveError::Format { path: path.to_path_buf(), found: save.format });
    }
    Ok(migrate(save, path))
}

/// Brings a save of an older format to the current one.
fn migrate(mut save: SaveFile, path: &Path) -> SaveFile {
    if save.format == 1 && !crate::scenario::files::BUILTIN_SCENARIOS.contains(&save.scenario.as_str()) {
        // Format 1 named the file as typed, relative to where the game was started: look
        // beside the save first, then in the current folder, as format 1 did.
        let beside = path.parent().map(|dir| dir.join(&save.scenario)).filter(|p| p.exists());
        let found = beside.unwrap_or_else(|| PathBuf::from(&save.scenario));
        save.scenario = lasting_ref(&found.display().to_string());
    }
    save.format = FORMAT;
    save
}

/// Loads a save into a new headless game, refusing one whose scenario has changed.
pub fn load(path: &Path) -> Result<(Sim, SaveFile), SaveError> {
    load_with(path, Trust::Unchanged)
}

/// Loads a save into a new headless game.
pub fn load_with(path: &Path, trust: Trust) -> Result<(Sim, SaveFile), SaveError> {
    replay_save(read(path)?, path, trust)
}

/// The save of another line of a saved game: that line being played, this one kept.
pub fn line_of(save: &SaveFile, name: &str) -> Option<SaveFile> {
    let i = save.lines.others.iter().position(|l| l.name == name)?;
    let mut lines = save.lines.clone();
    let line = lines.others.remove(i);
    lines.others.insert(
        i,
        crate::sim::lines::SavedLine {
            name: lines.current.clone(),
            date: save.date.clone(),
            turn: save.turn,
            commands: save.commands.clone(),
            from: lines.from.take(),
        },
    );
    lines.current = line.name;
    lines.from = line.from;
    Some(SaveFile { date: line.date, turn: line.turn, commands: line.commands, lines, ..save.clone() })
}

/// Replays a save already read from `path` (named in its errors) into a new headless game.
pub fn replay_save(save: SaveFile, path: &Path, trust: Trust) -> Result<(Sim, SaveFile), SaveError> {
    let scenario = open_scenario(&save, path, trust)?;
    let mut sim = Sim::new(scenario, save.seed);
    replay(sim.world_mut(), &save, path, trust)?;
    Ok((sim, save))
}

/// Loads a save into a running app's world, replacing the game in it. On an error the world
/// is left as it was.
pub fn load_into(world: &mut bevy::prelude::World, path: &Path, trust: Trust) -> Result<SaveFile, SaveError> {
    // Check the whole save headless first, so a bad one never half-replaces the game.
    put_into(world, load_with(path, trust)?, path, trust)
}

/// Puts a save already checked headless (by `load_with`) into a running app's world, on the
/// scenario the check opened.
pub fn put_into(
    world: &mut bevy::prelude::World,
    (checked, save): (Sim, SaveFile),
    path: &Path,
    trust: Trust,
) -> Result<SaveFile, SaveError> {
    let scenario = checked.world().resource::<LoadedScenario>().0.clone();
    drop(checked);
    crate::sim::start(world, scenario, save.seed);
    replay(world, &save, path, trust)?;
    Ok(save)
}

/// The game in `world` played again, command for command, on `scenario`: the same files with
/// their texts in another language give the same game in other words (the rules read no text).
pub fn replay_on(world: &mut bevy::prelude::World, scenario: Arc<Scenario>, seed: u64) -> Result<(), SaveError> {
    let save = snapshot_world(world, "", seed);
    crate::sim::start(world, scenario, seed);
    replay(world, &save, Path::new(""), Trust::Anyway)
}

fn open_scenario(save: &SaveFile, path: &Path, trust: Trust) -> Result<Arc<Scenario>, SaveError> {
    let scenario = scenario::open(&save.scenario).map(Arc::new).map_err(|d| SaveError::Scenario {
        path: path.to_path_buf(),
        scenario: save.scenario.clone(),
        details: d.to_string(),
    })?;
    if trust == Trust::Unchanged && !unchanged(save, &scenario) {
        return Err(SaveError::ScenarioChanged { path: path.to_path_buf(), scenario: save.scenario.clone() });
    }
    Ok(scenario)
}

fn unchanged(save: &SaveFile, scenario: &Scenario) -> bool {
    save.scenario_fingerprint == fingerprint(scenario)
}

/// Replays the log. On a scenario the save was made with, every command must be accepted
/// and lead to the turn and date the header names; on a changed one (loaded anyway) the log
/// only has to apply.
fn replay(world: &mut bevy::prelude::World, save: &SaveFile, path: &Path, trust: Trust) -> Result<(), SaveError> {
    let changed = !unchanged(save, &world.resource::<LoadedScenario>().0);
    world.insert_resource(Locks(save.locks.clone()));
    if let Some(exercise) = &save.exercise {
        world.insert_resource(ExerciseInPlay(exercise.clone()));
    }
    for (index, (_, command)) in save.commands.iter().enumerate() {
        crate::sim::commands::execute(world, command).map_err(|e| {
            let (path, reason) = (path.to_path_buf(), e.to_string());
            if changed {
                SaveError::ReplayChanged { path, index, reason }
            } else {
                SaveError::Replay { path, index, reason }
            }
        })?;
    }
    world.insert_resource(save.lines.clone());
    let clock = world.resource::<crate::sim::world::Clock>();
    let header = (save.turn, save.date.as_str());
    if !changed && trust == Trust::Unchanged && header != (clock.turn, clock.date.to_string().as_str()) {
        return Err(SaveError::Header {
            path: path.to_path_buf(),
            turn: save.turn,
            date: save.date.clone(),
            replayed_turn: clock.turn,
            replayed_date: clock.date.to_string(),
        });
    }
    Ok(())
}

/// Where saves go: `$JINGKANG_SAVE_DIR`, else `$XDG_DATA_HOME/jingkang/saves`, else
/// `~/.local/share/jingkang/saves`, else `./saves`.
pub fn save_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("JINGKANG_SAVE_DIR") {
        return PathBuf::from(dir);
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
    data.map_or_else(|| PathBuf::from("saves"), |d| d.join("jingkang").join("saves"))
}
