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
    /// The language of the window (`locale` follows it).
    pub language: crate::words::Language,
    pub message: String,
    /// The seed of the next new game: the same seed and the same choices give the same game.
    pub seed: u64,
    /// Draw the map with 4× multisampling.
    pub smooth_lines: bool,
    /// Whether the player chose `smooth_lines` (else the game picks by the graphics).
    pub smooth_lines_chosen: bool,
    /// The player asked to save over the quick save, and is asked whether to.
    confirm_save: bool,
    /// The UI scale shown while its slider is held: applied on release, since the window
    /// grows or shrinks with it and would move the slider under the pointer.
    scale_held: Option<f32>,
    /// The folders of mods given on the command line (the player's own is always looked in).
    pub mod_folders: Vec<std::path::PathBuf>,
    /// The built-in scenarios, then the mods' (read once).
    catalogue: Vec<Listing>,
    /// Mods and mod scenarios that cannot be played: the mod (its folder if it cannot be
    /// read), the scenario file, and why.
    broken: Vec<Broken>,
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
            language: crate::words::Language::English,
            message: String::new(),
            seed: 1,
            smooth_lines: true,
            smooth_lines_chosen: false,
            confirm_save: false,
            scale_held: None,
            mod_folders: Vec::new(),
            catalogue: Vec::new(),
            broken: Vec::new(),
            exercises: Vec::new(),
            saves: None,
        }
    }
}

/// A scenario the menu offers.
#[derive(Clone, Debug)]
struct Listing {
    /// How to open it: a built-in id, or a mod scenario's path.
    scenario: String,
    title: String,
    summary: String,
    /// The name of the mod it comes from.
    from_mod: Option<String>,
}

/// The built-in scenarios, then every playable scenario of the mods found; and what of the
/// mods cannot be played, with why (a broken mod never keeps the others from the menu).
/// A mod or a mod's scenario that cannot be played: its name, the file (for a scenario),
/// and the first of its problems with how many more there are.
#[derive(Clone, Debug)]
struct Broken {
    name: String,
    file: Option<String>,
    why: String,
    more: usize,
}

/// The most problems of one mod the menu lists; `jingkang validate` lists them all.
const MOST_REASONS: usize = 8;

fn catalogue(mods: Vec<scenario::mods::Found>, locale: &Locale) -> (Vec<Listing>, Vec<Broken>) {
    // Each scenario's title and summary in the window's language, as written if it has none.
    let in_language = |reference: &str| {
        let opened = scenario::open(reference).ok()?;
        let s = locale.scenario(&opened).unwrap_or(opened);
        Some((s.def.title, s.def.summary))
    };
    let mut listed: Vec<Listing> = BUILTIN_SCENARIOS
        .iter()
        .filter_map(|id| in_language(id).map(|words| (id, words)))
        .map(|(id, (title, summary))| Listing { scenario: id.to_string(), title, summary, from_mod: None })
        .collect();
    let mut broken = Vec::new();
    let mut add = |name: String, file: Option<String>, problems: Vec<&scenario::Diagnostic>| {
        let errors: Vec<String> = problems.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        let more = errors.len().saturating_sub(MOST_REASONS);
        let why = errors.into_iter().take(MOST_REASONS).collect::<Vec<_>>().join("\n");
        broken.push(Broken { name, file, why, more });
    };
    for found in mods {
        let folder = found.folder().display().to_string();
        match &found {
            scenario::mods::Found::Broken { .. } => add(folder, None, found.problems()),
            scenario::mods::Found::Mod { manifest, scenarios, .. } => {
                for s in scenarios {
                    match &s.loaded {
                        Ok(card) => {
                            let scenario = s.path.display().to_string();
                            let english = || (card.title.clone(), card.summary.clone());
                            let (title, summary) = match locale.language() {
                                crate::words::Language::English => english(),
                                _ => in_language(&scenario).unwrap_or_else(english),
                            };
                            listed.push(Listing { scenario, title, summary, from_mod: Some(manifest.name.clone()) })
                        }
                        Err(d) => add(manifest.name.clone(), Some(s.file.clone()), d.0.iter().collect()),
                    }
                }
            }
        }
    }
    (listed, broken)
}

/// "The First Siege of Bianjing, turn 7, 1126-01-31", or why the save cannot be read.
fn save_summary(locale: &Locale, path: &std::path::Path, catalogue: &[Listing]) -> Option<String> {
    if !path.exists() {
        return None;
    }
    Some(match save::read(path) {
        Ok(s) => {
            let title =
                catalogue.iter().find(|c| c.scenario == s.scenario).map_or(s.scenario.as_str(), |c| c.title.as_str());
            let args = [
                ("title", title.to_string()),
                ("turn", s.turn.to_string()),
                ("date", crate::calendar::Date::parse(&s.date).map_or(s.date.clone(), |d| locale.date(d))),
            ];
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
    New(String),
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
        let locale = &world.non_send::<super::locale::UiLocale>().0;
        (menu.catalogue, menu.broken) = catalogue(scenario::mods::discover(&menu.mod_folders), locale);
        menu.exercises = crate::scenario::files::BUILTIN_EXERCISES
            .iter()
            .filter_map(|name| super::exercise::open(name).ok().map(|e| (name, e)))
            .map(|(name, mut e)| {
                locale.exercise(&e.file, &mut e.def);
                (*name, e.def.title, e.def.introduction)
            })
            .collect();
    }
    let fullscreen = world
        .query_filtered::<&Window, With<PrimaryWindow>>()
        .iter(world)
        .next()
        .is_some_and(|w| !matches!(w.mode, WindowMode::Windowed));
    let locale = &world.non_send::<super::locale::UiLocale>().0;
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
            for listing in menu.catalogue.iter().filter(|l| l.from_mod.is_none()) {
                if ui.button(&listing.title).on_hover_text(&listing.summary).clicked() {
                    pick = Some(Pick::New(listing.scenario.clone()));
                }
                ui.small(&listing.summary);
            }
            let from_mods: Vec<&Listing> = menu.catalogue.iter().filter(|l| l.from_mod.is_some()).collect();
            if !from_mods.is_empty() || !menu.broken.is_empty() {
                ui.heading(t("menu-mods"));
            }
            // However many mods there are, the menu's own buttons stay on the screen.
            egui::ScrollArea::vertical().id_salt("mods").max_height(150.0).show(ui, |ui| {
                for listing in from_mods {
                    let name = listing.from_mod.clone().unwrap_or_default();
                    let label = locale.text("menu-mod-scenario", &[("title", listing.title.clone()), ("mod", name)]);
                    if ui.button(label).on_hover_text(&listing.summary).clicked() {
                        pick = Some(Pick::New(listing.scenario.clone()));
                    }
                    ui.small(&listing.summary);
                }
                for broken in &menu.broken {
                    let name = broken.name.clone();
                    let label = match &broken.file {
                        Some(file) => locale.text("menu-mod-file-broken", &[("mod", name), ("file", file.clone())]),
                        None => locale.text("menu-mod-broken", &[("mod", name)]),
                    };
                    let mut why = broken.why.clone();
                    if broken.more > 0 {
                        let more = [("count", broken.more.to_string())];
                        why = format!("{why}\n{}", locale.text("menu-mod-more-problems", &more));
                    }
                    ui.add_enabled(false, egui::Button::new(label)).on_disabled_hover_text(&why);
                    ui.small(why);
                }
            });
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
                // There is one quick save: a game in it is not thrown away unasked.
                match &quicksave {
                    Some(_) => menu.confirm_save = true,
                    None => pick = Some(Pick::Save),
                }
            }
            if let (true, Some(held)) = (menu.confirm_save, &quicksave) {
                ui.label(locale.text("menu-save-overwrite", &[("save", held.clone())]));
                ui.horizontal(|ui| {
                    if ui.button(t("menu-save-overwrite-yes")).clicked() {
                        pick = Some(Pick::Save);
                        menu.confirm_save = false;
                    }
                    if ui.button(t("menu-save-overwrite-no")).clicked() {
                        menu.confirm_save = false;
                    }
                });
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
            language_choice(ui, &mut menu.language, &t("menu-language"));
            let mut scale = menu.scale_held.unwrap_or(menu.ui_scale);
            let slider =
                ui.add(egui::Slider::new(&mut scale, super::settings::SCALES).step_by(0.05).text(t("menu-ui-scale")));
            if slider.dragged() {
                menu.scale_held = Some(scale);
            } else {
                (menu.ui_scale, menu.scale_held) = (scale, None);
            }
            let smooth = ui.checkbox(&mut menu.smooth_lines, t("menu-smooth-lines"));
            if smooth.on_hover_text(t("menu-smooth-lines-help")).changed() {
                menu.smooth_lines_chosen = true;
            }
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
        (menu.saves, menu.confirm_save) = (None, false);
    }
    *world.resource_mut::<Menu>() = menu;
}

/// Makes the menu read the scenarios, mods and saves again when it next opens: a file has
/// changed, or the language.
pub(super) fn forget_catalogue(world: &mut World) {
    let mut menu = world.resource_mut::<Menu>();
    menu.catalogue.clear();
    menu.broken.clear();
    menu.saves = None;
}

/// A seed for a new game nobody asked to repeat.
/// The languages, each named in itself so a player lost in another language finds their own.
fn language_choice(ui: &mut egui::Ui, language: &mut crate::words::Language, label: &str) {
    ui.horizontal(|ui| {
        ui.label(label);
        egui::ComboBox::from_id_salt("menu-language").selected_text(language.own_name()).show_ui(ui, |ui| {
            for choice in crate::words::Language::ALL {
                ui.selectable_value(language, choice, choice.own_name());
            }
        });
    });
}

fn fresh_seed() -> u64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (now.as_nanos() % 1_000_000) as u64
}

/// Does what was picked; returns an error message, or nothing when the menu can close.
/// The session of a game just begun.
fn new_session(world: &mut World, scenario: &str, seed: u64) {
    let status = world.non_send::<super::locale::UiLocale>().0.text("status-new-game", &[]);
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
        Pick::New(id) => match scenario::open(&id) {
            Ok(s) => {
                let seed = world.resource::<Menu>().seed;
                crate::sim::start(world, Arc::new(s), seed);
                // A new game is no longer the exercise that may have been on the table.
                world.remove_resource::<super::exercise::ExerciseView>();
                new_session(world, &id, seed);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder holding one playable mod and one whose manifest is wrong.
    fn mods_folder() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("jingkang-menu-mods-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let manifest = |id: &str| {
            format!(
                "Mod(id: \"{id}\", name: \"The crossing\", version: \"1.0.0\", authors: [\"A Teacher\"], \
                 licence: \"CC-BY-4.0\", game: \"0.1\", scenarios: [\"crossing.ron\"])"
            )
        };
        for (folder, id) in [("good", "crossing"), ("bad", "Not An Id")] {
            std::fs::create_dir_all(dir.join(folder)).unwrap();
            std::fs::write(dir.join(folder).join("mod.ron"), manifest(id)).unwrap();
            let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/crossing.ron");
            std::fs::copy(fixture, dir.join(folder).join("crossing.ron")).unwrap();
        }
        dir
    }

    #[test]
    fn the_picker_offers_the_built_in_scenarios_then_the_mods_and_lists_a_broken_mod_with_why() {
        // Only the folder given: not whatever mods the machine running the test has.
        let (listed, broken) = catalogue(scenario::mods::discover_in(&[mods_folder()]), &Locale::english());
        let titles: Vec<&str> = listed.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles.len(), BUILTIN_SCENARIOS.len() + 1, "listed: {}", titles.join(" | "));
        assert!(listed[..BUILTIN_SCENARIOS.len()].iter().all(|l| l.from_mod.is_none()));
        let from_mod = listed.last().unwrap();
        assert_eq!(
            (from_mod.title.as_str(), from_mod.from_mod.as_deref()),
            ("Test: the crossing", Some("The crossing"))
        );
        assert!(scenario::open(&from_mod.scenario).is_ok(), "{}", from_mod.scenario);
        let whys: Vec<&str> = broken.iter().map(|b| b.why.as_str()).collect();
        assert_eq!(broken.len(), 1, "broken: {}", whys.join(" | "));
        let Broken { name: folder, file, why, more } = &broken[0];
        assert!(folder.ends_with("bad") && file.is_none() && why.contains("the mod id `Not An Id`"), "{folder}: {why}");
        assert_eq!(*more, 0);
    }
}
