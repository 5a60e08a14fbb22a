//! Saved games. A save is the scenario, the seed and the command log: loading replays the
//! commands, so a loaded game continues exactly as the saved one would have. Writes are
//! atomic (a temporary file renamed over the old save), so a crash during a save never
//! leaves a broken or lost save.

use crate::scenario::{self, Scenario};
use crate::sim::Sim;
use crate::sim::commands::{Command, CommandLog};
use crate::sim::script::record::LoadedScenario;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const FORMAT: u32 = 1;

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
    pub commands: Vec<(u32, Command)>,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write the save {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot read the save {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}:{col}: the save is damaged ({message}); load an older save or the autosave")]
    Corrupt { path: PathBuf, line: usize, col: usize, message: String },
    #[error("{path}: saved with format {found}, this version reads format {FORMAT}")]
    Format { path: PathBuf, found: u32 },
    #[error("{path}: the save's scenario `{scenario}` cannot be loaded:\n{details}")]
    Scenario { path: PathBuf, scenario: String, details: String },
    #[error("{path}: command {index} of the save no longer applies ({reason}); the scenario changed since the save")]
    Replay { path: PathBuf, index: usize, reason: String },
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
        scenario: scenario_ref.to_string(),
        scenario_fingerprint: fingerprint(scenario),
        seed,
        date: clock.date.to_string(),
        turn: clock.turn,
        commands: world.resource::<CommandLog>().0.clone(),
    }
}

/// Writes a save atomically: to a temporary file beside it, flushed to disk, then renamed.
pub fn write(save: &SaveFile, path: &Path) -> Result<(), SaveError> {
    let err = |source| SaveError::Write { path: path.to_path_buf(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let text = ron::ser::to_string_pretty(save, ron::ser::PrettyConfig::default()).expect("saves serialize");
    let partial = path.with_extension("ron.partial");
    let mut file = std::fs::File::create(&partial).map_err(err)?;
    file.write_all(text.as_bytes()).map_err(err)?;
    file.sync_all().map_err(err)?;
    drop(file);
    std::fs::rename(&partial, path).map_err(err)
}

/// Reads a save file.
pub fn read(path: &Path) -> Result<SaveFile, SaveError> {
    let text = std::fs::read_to_string(path).map_err(|source| SaveError::Read { path: path.to_path_buf(), source })?;
    let save: SaveFile = ron::from_str(&text).map_err(|e| SaveError::Corrupt {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })?;
    if save.format != FORMAT {
        return Err(SaveError::Format { path: path.to_path_buf(), found: save.format });
    }
    Ok(save)
}

/// Loads a save into a new headless game.
pub fn load(path: &Path) -> Result<(Sim, SaveFile), SaveError> {
    let save = read(path)?;
    let scenario = open_scenario(&save, path)?;
    let mut sim = Sim::new(scenario, save.seed);
    replay(sim.world_mut(), &save, path)?;
    Ok((sim, save))
}

/// Loads a save into a running app's world, replacing the game in it. On an error the world
/// is left as it was.
pub fn load_into(world: &mut bevy::prelude::World, path: &Path) -> Result<SaveFile, SaveError> {
    let save = read(path)?;
    // Check the whole save headless first, so a bad one never half-replaces the game.
    let (checked, _) = load(path)?;
    drop(checked);
    let scenario = open_scenario(&save, path)?;
    crate::sim::start(world, scenario, save.seed);
    replay(world, &save, path)?;
    Ok(save)
}

fn open_scenario(save: &SaveFile, path: &Path) -> Result<Arc<Scenario>, SaveError> {
    scenario::open(&save.scenario).map(Arc::new).map_err(|d| SaveError::Scenario {
        path: path.to_path_buf(),
        scenario: save.scenario.clone(),
        details: d.to_string(),
    })
}

fn replay(world: &mut bevy::prelude::World, save: &SaveFile, path: &Path) -> Result<(), SaveError> {
    for (index, (_, command)) in save.commands.iter().enumerate() {
        crate::sim::commands::execute(world, command).map_err(|e| SaveError::Replay {
            path: path.to_path_buf(),
            index,
            reason: e.to_string(),
        })?;
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
