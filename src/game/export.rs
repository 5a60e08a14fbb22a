//! The report of the game in the window, written as `jingkang export` writes it, into a folder
//! of its own beside the saves.

use super::Session;
use crate::report::game::from_save;
use crate::sim::lines::Lines;
use crate::sim::script::record::LoadedScenario;
use bevy::prelude::World;

/// Writes the report of the game being played beside Qinzong's game of the same seed; returns
/// the status bar's line.
pub(super) fn write_report(world: &World) -> Result<String, String> {
    let locale = super::locale::of_window(world);
    let session = world.resource::<Session>();
    let save = crate::save::snapshot_world(world, &session.scenario, session.seed);
    let scenario_id = world.resource::<LoadedScenario>().def.id.clone();
    let line = world.get_resource::<Lines>().map_or(String::new(), |l| l.current.clone());
    // One folder a game and line: writing again replaces the report of the same game.
    let dir = report_dir(&format!("{scenario_id}-seed{}-{line}", save.seed));
    crate::report::write(&from_save(world, &save, &locale), &dir)?;
    Ok(locale.text("report-written", &[("path", dir.join("report.html").display().to_string())]))
}

/// The folder of a report beside the saves, named after what it reports, made safe as a folder
/// name on every system (letters, digits, `-` and `_`): writing again replaces it.
pub(super) fn report_dir(name: &str) -> std::path::PathBuf {
    let name: String =
        name.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    crate::save::save_dir().join("reports").join(name)
}
