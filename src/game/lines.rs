//! Branching and switching lines in the window: the headless branch (`crate::lab::branch`)
//! is made and checked first, then put into the running game, which is replaced only when
//! all went well.

use super::{Session, autosave_path, loaded};
use crate::lab::branch::after_branch;
use crate::save::{self, Trust};
use crate::sim::lines::Lines;
use crate::sim::script::record::LoadedScenario;
use bevy::prelude::World;

/// Replays the game being played to `decision`, takes `option` there and plays the new line
/// on from that moment; the line left is kept. Returns the status bar's line.
pub(super) fn branch(world: &mut World, decision: &str, option: &str) -> Result<String, String> {
    let locale = super::locale::of_window(world);
    let scenario = world.resource::<LoadedScenario>().0.clone();
    let (scenario_ref, seed) = session_game(world);
    let log = world.resource::<crate::sim::commands::CommandLog>().0.clone();
    let from = world.get_resource::<Lines>().map_or(crate::sim::lines::FIRST_LINE.into(), |l| l.current.clone());
    let locks = world.get_resource::<crate::sim::script::flow::Locks>().map(|l| l.0.clone()).unwrap_or_default();
    let origin = crate::lab::branch::Origin { scenario: scenario.clone(), seed, locks, log: &log, line: &from };
    let (sim, point) = crate::lab::branch::branch(&origin, decision, option)
        .map_err(|e| locale.text("branch-refused", &[("reason", locale.phrase(&e.message()))]))?;
    let date = locale.date(point.date);
    let label = scenario
        .def
        .decisions
        .iter()
        .find(|d| d.id == decision)
        .and_then(|d| d.options.iter().find(|o| o.id == option))
        .map_or(option.to_string(), |o| crate::sim::script::conditions::say(sim.world(), &o.label));
    // A line made in the window is named as the player read the option.
    let lines = after_branch(world, &label, point);
    let name = lines.current.clone();
    let mut file = save::snapshot(&sim, &scenario_ref, seed);
    file.lines = lines;
    put(world, sim, file)?;
    let args = [("line", name), ("from", from), ("date", date), ("option", label)];
    Ok(locale.text("branch-made", &args))
}

/// Plays another line of the game; the one being played is kept.
pub(super) fn switch(world: &mut World, name: &str) -> Result<String, String> {
    let (_, sim, file) = replay_line(world, name)?;
    put(world, sim, file)?;
    Ok(super::locale::say(world, "line-switched", &[("line", name.to_string())]))
}

/// Another line of the game, played headless beside the one in the window: its figures for
/// the debrief's chart, kept while the window plays the line it was set beside.
#[derive(bevy::prelude::Resource)]
pub(super) struct LineBeside {
    pub name: String,
    /// The line in the window when it was set beside it.
    pub beside: String,
    pub series: crate::sim::series::Series,
}

/// Sets the line `name` beside the one being played: the debrief's chart draws it, and the
/// report of the two lines (as `jingkang export --against`) is written beside the saves.
/// Returns the status bar's line.
pub(super) fn compare(world: &mut World, name: &str) -> Result<String, String> {
    let locale = super::locale::of_window(world);
    let (here, other, _) = replay_line(world, name)?;
    let report = crate::report::game::against_line(world, other.world(), &here, &locale);
    let scenario_id = &world.resource::<LoadedScenario>().def.id;
    let dir =
        super::export::report_dir(&format!("{scenario_id}-seed{}-{}-against-{name}", here.seed, here.lines.current));
    crate::report::write(&report, &dir)?;
    let series = other.world().resource::<crate::sim::series::Series>().clone();
    world.insert_resource(LineBeside { name: name.to_string(), beside: here.lines.current.clone(), series });
    let path = dir.join("report.html").display().to_string();
    Ok(locale.text("lines-compared", &[("line", name.to_string()), ("path", path)]))
}

/// The save's reference to the scenario and the seed of the game being played.
fn session_game(world: &World) -> (String, u64) {
    let session = world.resource::<Session>();
    (session.scenario.clone(), session.seed)
}

/// The game being played as a save, and its line `name` replayed headless, with its save.
fn replay_line(world: &World, name: &str) -> Result<(save::SaveFile, crate::sim::Sim, save::SaveFile), String> {
    let (scenario_ref, seed) = session_game(world);
    let here = save::snapshot_world(world, &scenario_ref, seed);
    let there = save::line_of(&here, name).ok_or_else(|| name.to_string())?;
    let (sim, file) = save::replay_save(there, &autosave_path(), Trust::Unchanged).map_err(|e| e.to_string())?;
    Ok((here, sim, file))
}

/// Puts a checked game into the window, as loading a save does.
fn put(world: &mut World, sim: crate::sim::Sim, file: save::SaveFile) -> Result<(), String> {
    let path = autosave_path();
    let file = save::put_into(world, (sim, file), &path, Trust::Unchanged).map_err(|e| e.to_string())?;
    loaded(world, &path, file);
    Ok(())
}
