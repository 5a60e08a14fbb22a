//! The desktop game: the simulation in a window, with the map drawn in Bevy 2D and the panels
//! in egui. The game only shows the world and sends commands; the rules are `sim`'s.

pub(crate) mod camera;
mod chapter_card;
mod charts;
pub mod exercise;
mod export;
mod fonts;
pub mod frames;
mod history;
mod idle;
mod lab;
mod lines;
mod load_prompt;
mod locale;
mod map;
mod menu;
mod panels;
pub mod reload;
mod screenshot;
mod select;
pub mod settings;
mod shortcuts;

use crate::scenario::Scenario;
use crate::sim::SimPlugin;
use crate::sim::commands::Command;
use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use std::path::PathBuf;
use std::sync::Arc;

/// The game being played: what a save must name, and the last message for the status line.
#[derive(Resource, Clone, Debug)]
pub struct Session {
    /// Built-in scenario id or scenario path.
    pub scenario: String,
    pub seed: u64,
    pub status: String,
    /// The turn of the last autosave.
    autosaved: u32,
    /// Chapters whose card the player has seen (the opening one needs none).
    pub chapters_seen: usize,
    /// The chapter the chronicle shows, or all of them.
    pub chronicle_chapter: Option<usize>,
    /// A save refused because its scenario changed since it was made: the player is asked
    /// whether to replay it anyway.
    pub changed_save: Option<PathBuf>,
}

/// How to start the game.
#[derive(Clone, Debug, Default)]
pub struct PlayOptions {
    pub seed: u64,
    /// Render, write a PNG of the window here, and exit.
    pub screenshot: Option<PathBuf>,
    /// With `screenshot`: end up to this many turns first (fewer if the scenario ends).
    pub after_turns: u32,
    /// Start from this save instead of the scenario's first day, trusting it so far.
    pub load: Option<(PathBuf, crate::save::Trust)>,
    /// Run this many frames, print frame times and memory, and exit.
    pub bench_frames: Option<u32>,
    /// Open the main menu at launch.
    pub show_menu: bool,
    /// Folders of mods whose scenarios the menu offers, besides the player's own mods folder.
    pub mods: Vec<PathBuf>,
    /// Play this teacher's exercise (its scenario is the one given to `run`).
    pub exercise: Option<crate::scenario::Exercise>,
    /// Speak this language for this run, whatever the settings say.
    pub language: Option<crate::words::Language>,
}

pub fn run(scenario_ref: &str, scenario: Arc<Scenario>, options: PlayOptions) -> Result<(), String> {
    // A save that cannot be played is said before a window opens; the game checked here is
    // the one put into the window.
    let checked = match &options.load {
        Some((path, trust)) => Some(crate::save::load_with(path, *trust).map_err(|e| e.to_string())?),
        None => None,
    };
    let language = options.language.unwrap_or_else(settings::remembered_language);
    let words = crate::words::Locale::new(language);
    // Begun in the window's language (a translation that cannot be read is said by `locale`).
    let scenario = words.scenario(&scenario).map(Arc::new).unwrap_or(scenario);
    if cfg!(target_os = "linux") && ["DISPLAY", "WAYLAND_DISPLAY"].iter().all(|v| std::env::var_os(v).is_none()) {
        return Err(words.text("window-no-display", &[]));
    }
    let mut app = App::new();
    app.insert_resource(ClearColor(map::SEA))
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: words.text("window-title", &[("scenario", scenario.def.title.clone())]),
                resolution: WindowResolution::new(1280, 720),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .add_plugins(idle::plugin(options.screenshot.is_some() || options.bench_frames.is_some()))
        .add_plugins(SimPlugin { scenario, seed: options.seed })
        .add_plugins((
            fonts::plugin,
            locale::plugin(language),
            camera::plugin,
            map::plugin,
            panels::plugin,
            select::plugin,
            menu::plugin,
            settings::plugin(options.language),
            history::plugin,
            lab::plugin,
            reload::plugin,
            shortcuts::plugin,
        ))
        .insert_resource(Session {
            scenario: scenario_ref.to_string(),
            seed: options.seed,
            status: String::new(),
            autosaved: 1,
            chapters_seen: 1,
            chronicle_chapter: None,
            changed_save: None,
        })
        .add_systems(Update, autosave.after(crate::sim::commands::process_commands));
    if let Some(e) = &options.exercise {
        exercise::start(app.world_mut(), e);
    }
    let mut menu = app.world_mut().resource_mut::<menu::Menu>();
    menu.open = options.show_menu;
    menu.seed = options.seed;
    menu.mod_folders = options.mods.clone();
    if let (Some((path, trust)), Some(checked)) = (&options.load, checked) {
        let save = crate::save::put_into(app.world_mut(), checked, path, *trust).map_err(|e| e.to_string())?;
        loaded(app.world_mut(), path, save);
    }
    // Up to `after_turns` turns: the scenario may end first.
    for _ in 0..options.after_turns {
        if app.world().resource::<crate::sim::script::record::Record>().is_over() {
            break;
        }
        crate::sim::commands::execute(app.world_mut(), &Command::EndTurn).map_err(|e| e.to_string())?;
    }
    if let Some(path) = options.screenshot {
        app.add_plugins(screenshot::plugin(path));
    }
    if let Some(frames) = options.bench_frames {
        app.add_plugins(frames::plugin(frames));
    }
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(code) => Err(format!("the game stopped with error code {code}")),
    }
}

/// The autosave, overwritten at the end of every turn.
pub fn autosave_path() -> PathBuf {
    crate::save::save_dir().join("autosave.ron")
}

/// The quick save of the Save and Load buttons.
pub fn quicksave_path() -> PathBuf {
    crate::save::save_dir().join("quicksave.ron")
}

/// Saves the game being played to `path`.
fn save_game(world: &World, path: &std::path::Path) -> Result<(), crate::save::SaveError> {
    let session = world.resource::<Session>();
    let (scenario, seed) = (session.scenario.clone(), session.seed);
    crate::save::write(&crate::save::snapshot_world(world, &scenario, seed), path)
}

/// Writes the quick save; returns the line for the status bar.
fn quicksave(world: &mut World) -> Result<String, String> {
    let path = quicksave_path();
    save_game(world, &path).map_err(|e| e.to_string())?;
    let status = locale::say(world, "save-saved", &[("path", path.display().to_string())]);
    world.resource_mut::<Session>().status = status.clone();
    Ok(status)
}

/// Loads a save into the running game; returns the line for the status bar. A save whose
/// scenario has changed is not loaded: the player is asked first (`load_prompt`).
fn load_game(world: &mut World, path: &std::path::Path, trust: crate::save::Trust) -> Result<String, String> {
    let save = match crate::save::load_into(world, path, trust) {
        Ok(save) => save,
        Err(crate::save::SaveError::ScenarioChanged { .. }) => {
            // The prompt says the rest; the status line only points to it.
            world.resource_mut::<Session>().changed_save = Some(path.to_path_buf());
            return Err(locale::say(world, "load-changed-title", &[]));
        }
        Err(e) => return Err(e.to_string()),
    };
    Ok(loaded(world, path, save))
}

/// The session after a save has been put into the world; returns the line for the status bar.
fn loaded(world: &mut World, path: &std::path::Path, save: crate::save::SaveFile) -> String {
    exercise::loaded(world);
    // The file's name is enough in the status bar; the menu shows where saves live.
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let status = locale::say(world, "save-loaded", &[("path", name)]);
    let chapters = world.resource::<crate::sim::script::record::Record>().chapters.len();
    let mut session = world.resource_mut::<Session>();
    session.chapters_seen = chapters;
    session.chronicle_chapter = None;
    session.scenario = save.scenario;
    session.seed = save.seed;
    session.autosaved = save.turn;
    session.status = status.clone();
    status
}

fn autosave(world: &mut World) {
    let turn = world.resource::<crate::sim::world::Clock>().turn;
    if turn == world.resource::<Session>().autosaved {
        return;
    }
    let status = match save_game(world, &autosave_path()) {
        Ok(()) => locale::say(world, "save-autosaved", &[("turn", turn.to_string())]),
        Err(e) => locale::say(world, "save-autosave-failed", &[("error", e.to_string())]),
    };
    let mut session = world.resource_mut::<Session>();
    session.autosaved = turn;
    session.status = status;
}
