//! The desktop game: the simulation in a window, with the map drawn in Bevy 2D and the panels
//! in egui. The game only shows the world and sends commands; the rules are `sim`'s.

mod camera;
mod map;
mod panels;
mod screenshot;

use crate::scenario::Scenario;
use crate::sim::SimPlugin;
use crate::sim::commands::Command;
use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use std::path::PathBuf;
use std::sync::Arc;

/// How to start the game.
#[derive(Clone, Debug, Default)]
pub struct PlayOptions {
    pub seed: u64,
    /// Render, write a PNG of the window here, and exit.
    pub screenshot: Option<PathBuf>,
    /// With `screenshot`: end this many turns first.
    pub after_turns: u32,
}

pub fn run(scenario: Arc<Scenario>, options: PlayOptions) -> Result<(), String> {
    let mut app = App::new();
    app.insert_resource(ClearColor(map::SEA))
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: format!("Jingkang — {}", scenario.def.title),
                resolution: WindowResolution::new(1280, 720),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .add_plugins(SimPlugin { scenario, seed: options.seed })
        .add_plugins((camera::plugin, map::plugin, panels::plugin));
    for _ in 0..options.after_turns {
        crate::sim::commands::execute(app.world_mut(), &Command::EndTurn).map_err(|e| e.to_string())?;
    }
    if let Some(path) = options.screenshot {
        app.add_plugins(screenshot::plugin(path));
    }
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(code) => Err(format!("the game stopped with error code {code}")),
    }
}
