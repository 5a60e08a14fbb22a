//! The main menu: new game (with the scenario picker), continue, load, settings, quit. Shown
//! at launch when the game is started without a scenario, and on Escape.

use super::{Session, autosave_path, quicksave_path};
use crate::save;
use crate::scenario::{self, files::BUILTIN_SCENARIOS};
use crate::words::Locale;
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
    /// The seed of the next new game: the same seed and the same choices give the same game.
    pub seed: u64,
    /// Draw the map with 4× multisampling.
    pub smooth_lines: bool,
    /// The built-in scenarios: id, title and summary (read once).
    catalogue: Vec<(&'static str, String, String)>,
    /// The shipped exercises: name, title and introduction (read once).
    exercises: Vec<(&'static str, String, String)>,
    /// What the autosave and the quick save hold, read when the menu opens.
    saves: Option<[Option<String>; 2]>,
}

impl Default for Menu {
    fn default() -> Self {
        Menu {
            open: false,
            ui_scale: 1.0,
            message: String::new(),
            seed: 1,
            smooth_lines: true,
            catalogue: Vec::new(),
            exercises: Vec::new(),
            saves: None,
        }
    }
}

/// "The First Siege of Bianjing, turn 7, 1126-01-31", or why the save cannot be read.
fn save_summary(
    locale: &Locale,
    path: &std::path::Path,
    catalogue: &[(&'static str, String, String)],
) -> Option<String> {
    if !path.exists() {
        return None;
    }
    Some(match save::read(path) {
        Ok(s) => {
            let title = catalogue.iter().find(|c| c.0 == s.scenario).map_or(s.scenario.as_str(), |c| c.1.as_str());
            let args = [("title", title.to_string()), ("turn", s.turn.to_string()), ("date", s.date.to_string())];
            locale.text("menu-save-summary", &args)
        }
        Err(e) => locale.text("menu-save-unreadable", &[("error", e.to_string())]),
    })
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
    Exercise(&'static str),
    Save,
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
    if menu.catalogue.is_empty() {
        menu.catalogue = BUILTIN_SCENARIOS
            .iter()
            .filter_map(|id| scenario::open(id).ok().map(|s| (*id, s.def.title.clone(), s.def.summary.clone())))
            .collect();
        menu.exercises = crate::scenario::files::BUILTIN_EXERCISES
            .iter()
            .filter_map(|name| super::exercise::open(name).ok().map(|e| (*name, e.def.title, e.def.introduction)))
            .collect();
    }
    let fullscreen = world
        .query_filtered::<&Window, With<PrimaryWindow>>()
        .iter(world)
        .next()
        .is_some_and(|w| !matches!(w.mode, WindowMode::Windowed));
    let locale = &world.non_send::<super::panels::UiLocale>().0;
    let t = |key: &str| locale.text(key, &[]);
    let [autosave, quicksave] = menu
        .saves
        .get_or_insert_with(|| {
            [
                save_summary(locale, &autosave_path(), &menu.catalogue),
                save_summary(locale, &quicksave_path(), &menu.catalogue),
            ]
        })
        .clone();
    let mut pick = None;
    egui::Window::new(t("menu-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.heading(t("menu-new-game"));
            for (id, title, summary) in &menu.catalogue {
                if ui.button(title).on_hover_text(summary).clicked() {
                    pick = Some(Pick::New(id));
                }
                ui.small(summary);
            }
            ui.heading(t("menu-exercises"));
            for (name, title, introduction) in &menu.exercises {
                if ui.button(title).on_hover_text(introduction).clicked() {
                    pick = Some(Pick::Exercise(name));
                }
            }
            ui.horizontal(|ui| {
                ui.label(t("menu-seed"));
                ui.add(egui::DragValue::new(&mut menu.seed)).on_hover_text(t("menu-seed-help"));
                if ui.button(t("menu-another-seed")).clicked() {
                    menu.seed = fresh_seed();
                }
            });
            ui.separator();
            if ui.button(t("menu-save")).on_hover_text(t("menu-save-help")).clicked() {
                pick = Some(Pick::Save);
            }
            let none_yet = t("menu-no-save");
            for (label, summary, what) in
                [(t("menu-continue"), &autosave, Pick::Continue), (t("menu-load"), &quicksave, Pick::Load)]
            {
                ui.horizontal(|ui| {
                    if ui.add_enabled(summary.is_some(), egui::Button::new(label)).clicked() {
                        pick = Some(what);
                    }
                    ui.small(summary.as_deref().unwrap_or(none_yet.as_str()));
                });
            }
            ui.separator();
            ui.heading(t("menu-settings"));
            ui.add(egui::Slider::new(&mut menu.ui_scale, 0.75..=2.0).text(t("menu-ui-scale")));
            ui.checkbox(&mut menu.smooth_lines, t("menu-smooth-lines")).on_hover_text(t("menu-smooth-lines-help"));
            let mut full = fullscreen;
            if ui.checkbox(&mut full, t("menu-fullscreen")).changed() {
                pick = Some(Pick::Fullscreen(full));
            }
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t("menu-back")).clicked() {
                    menu.open = false;
                }
                if ui.button(t("menu-quit")).clicked() {
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
    if !menu.open {
        menu.saves = None;
    }
    *world.resource_mut::<Menu>() = menu;
}

/// A seed for a new game nobody asked to repeat.
fn fresh_seed() -> u64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (now.as_nanos() % 1_000_000) as u64
}

/// Does what was picked; returns an error message, or nothing when the menu can close.
/// The session of a game just begun.
fn new_session(world: &mut World, scenario: &str, seed: u64) {
    let status = world.non_send::<super::panels::UiLocale>().0.text("status-new-game", &[]);
    let mut session = world.resource_mut::<Session>();
    session.scenario = scenario.to_string();
    session.seed = seed;
    session.status = status;
    session.chapters_seen = 1;
    session.chronicle_chapter = None;
}

fn carry_out(world: &mut World, pick: Pick) -> String {
    let loaded = |world: &mut World, path: std::path::PathBuf| {
        super::load_game(world, &path, crate::save::Trust::Unchanged).err().unwrap_or_default()
    };
    match pick {
        Pick::New(id) => match scenario::open(id) {
            Ok(s) => {
                let seed = world.resource::<Menu>().seed;
                crate::sim::start(world, Arc::new(s), seed);
                // A new game is no longer the exercise that may have been on the table.
                world.remove_resource::<super::exercise::ExerciseView>();
                new_session(world, id, seed);
                String::new()
            }
            Err(d) => d.to_string(),
        },
        Pick::Exercise(name) => match super::exercise::open(name) {
            Ok(e) => {
                crate::sim::start(world, e.scenario.clone(), e.def.seed);
                super::exercise::start(world, &e);
                new_session(world, &e.def.scenario, e.def.seed);
                String::new()
            }
            Err(e) => e,
        },
        Pick::Save => super::quicksave(world).err().unwrap_or_default(),
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
