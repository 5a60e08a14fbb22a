//! The main menu: new game (with the scenario picker), continue, load, settings, quit. Shown
//! at launch when the game is started without a scenario, and on Escape.

use super::{Session, autosave_path, quicksave_path};
use crate::save;
use crate::scenario::{self, files::BUILTIN_SCENARIOS};
use bevy::prelude::*;
use bevy::window::{PrimaryWindow, WindowMode};
use bevy_egui::egui;
use std::sync::Arc;

/// Whether the menu is open, and the settings it controls.
#[derive(Resource, Clone, Debug)]
pub struct Menu {
    pub open: bool,
    pub ui_scale: f32,
    pub message: String,
}

impl Default for Menu {
    fn default() -> Self {
        Menu { open: false, ui_scale: 1.0, message: String::new() }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Menu>().add_systems(Update, toggle);
}

fn toggle(keys: Res<ButtonInput<KeyCode>>, mut menu: ResMut<Menu>) {
    if keys.just_pressed(KeyCode::Escape) {
        menu.open = !menu.open;
    }
}

/// What the player picked in the menu.
enum Pick {
    New(&'static str),
    Continue,
    Load,
    Fullscreen(bool),
    Quit,
}

/// Draws the menu if it is open and carries out what was picked.
pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    let mut menu = world.resource::<Menu>().clone();
    ctx.set_zoom_factor(menu.ui_scale);
    if !menu.open {
        return;
    }
    let scenarios: Vec<(&'static str, String, String)> = BUILTIN_SCENARIOS
        .iter()
        .filter_map(|id| scenario::open(id).ok().map(|s| (*id, s.def.title.clone(), s.def.summary.clone())))
        .collect();
    let fullscreen = world
        .query_filtered::<&Window, With<PrimaryWindow>>()
        .iter(world)
        .next()
        .is_some_and(|w| !matches!(w.mode, WindowMode::Windowed));
    let mut pick = None;
    egui::Window::new("Jingkang")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.heading("New game");
            for (id, title, summary) in &scenarios {
                if ui.button(title).on_hover_text(summary).clicked() {
                    pick = Some(Pick::New(id));
                }
                ui.small(summary);
            }
            ui.separator();
            if ui.add_enabled(autosave_path().exists(), egui::Button::new("Continue (autosave)")).clicked() {
                pick = Some(Pick::Continue);
            }
            if ui.add_enabled(quicksave_path().exists(), egui::Button::new("Load (quick save)")).clicked() {
                pick = Some(Pick::Load);
            }
            ui.separator();
            ui.heading("Settings");
            ui.add(egui::Slider::new(&mut menu.ui_scale, 0.75..=2.0).text("UI scale"));
            let mut full = fullscreen;
            if ui.checkbox(&mut full, "Fullscreen").changed() {
                pick = Some(Pick::Fullscreen(full));
            }
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button("Back to the game").clicked() {
                    menu.open = false;
                }
                if ui.button("Quit").clicked() {
                    pick = Some(Pick::Quit);
                }
            });
            if !menu.message.is_empty() {
                ui.label(&menu.message);
            }
        });
    if let Some(pick) = pick {
        let stay = matches!(pick, Pick::Fullscreen(_));
        menu.message = carry_out(world, pick);
        menu.open = stay || !menu.message.is_empty();
    }
    *world.resource_mut::<Menu>() = menu;
}

/// Does what was picked; returns an error message, or nothing when the menu can close.
fn carry_out(world: &mut World, pick: Pick) -> String {
    let loaded = |world: &mut World, path: std::path::PathBuf| match save::load_into(world, &path) {
        Ok(s) => {
            let mut session = world.resource_mut::<Session>();
            session.scenario = s.scenario;
            session.seed = s.seed;
            session.status = format!("Loaded {}", path.display());
            String::new()
        }
        Err(e) => e.to_string(),
    };
    match pick {
        Pick::New(id) => match scenario::open(id) {
            Ok(s) => {
                let seed = world.resource::<Session>().seed;
                crate::sim::start(world, Arc::new(s), seed);
                let mut session = world.resource_mut::<Session>();
                session.scenario = id.to_string();
                session.status = "New game".into();
                String::new()
            }
            Err(d) => d.to_string(),
        },
        Pick::Continue => loaded(world, autosave_path()),
        Pick::Load => loaded(world, quicksave_path()),
        Pick::Fullscreen(on) => {
            for mut w in world.query_filtered::<&mut Window, With<PrimaryWindow>>().iter_mut(world) {
                w.mode =
                    if on { WindowMode::BorderlessFullscreen(MonitorSelection::Current) } else { WindowMode::Windowed };
            }
            String::new()
        }
        Pick::Quit => {
            world.write_message(AppExit::Success);
            String::new()
        }
    }
}
