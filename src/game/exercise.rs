//! A teacher's exercise in the window: its introduction and questions in a window of their
//! own, its fixed choices enforced by the rules (`flow::Locks`), and the historical track
//! open or closed as the exercise says.

use super::locale::UiLocale;
use crate::scenario::Exercise;
use crate::scenario::schema::ExerciseFile;
use crate::sim::script::flow::{ExerciseInPlay, Locks};
use bevy::prelude::*;
use bevy_egui::egui;

/// Whether the exercise's window is open (the exercise itself is the game's: `ExerciseInPlay`),
/// the file it was read from (for its translations), and its words as last shown.
#[derive(Resource)]
pub(super) struct ExerciseView {
    pub open: bool,
    file: Option<crate::scenario::files::SourceText>,
    shown: Option<(crate::words::Language, ExerciseFile)>,
}

impl ExerciseView {
    fn of(file: Option<crate::scenario::files::SourceText>) -> ExerciseView {
        ExerciseView { open: true, file, shown: None }
    }
}

/// Sets the exercise's game up in the world (already started on its scenario and seed): its
/// fixed choices, and its window open.
pub(super) fn start(world: &mut World, exercise: &Exercise) {
    world.insert_resource(Locks(exercise.def.locked.clone()));
    world.insert_resource(ExerciseInPlay(exercise.def.clone()));
    world.insert_resource(ExerciseView::of(Some(exercise.file.clone())));
}

/// After a game was loaded: its exercise's window, open, if it is played under one.
pub(super) fn loaded(world: &mut World) {
    if let Some(ExerciseInPlay(def)) = world.get_resource::<ExerciseInPlay>() {
        // A save keeps the exercise, not its file: a shipped one is known by its title.
        let shipped = crate::scenario::files::BUILTIN_EXERCISES.iter().filter_map(|name| open(name).ok());
        let file = shipped.into_iter().find(|e| e.def.title == def.title).map(|e| e.file);
        world.insert_resource(ExerciseView::of(file));
    } else {
        world.remove_resource::<ExerciseView>();
    }
}

/// Puts the exercise's words into the window's language, when they are not in it yet.
fn words_in_language(world: &mut World) {
    let words = {
        let locale = &world.non_send::<UiLocale>().0;
        let language = locale.language();
        let Some(ExerciseInPlay(def)) = world.get_resource::<ExerciseInPlay>() else { return };
        let view = world.resource::<ExerciseView>();
        if view.shown.as_ref().is_some_and(|(l, _)| *l == language) {
            return;
        }
        let mut words = def.clone();
        if let Some(file) = &view.file {
            locale.exercise(file, &mut words);
        }
        (language, words)
    };
    world.resource_mut::<ExerciseView>().shown = Some(words);
}

/// A shipped exercise by name, or an exercise file by path.
pub fn open(name_or_path: &str) -> Result<Exercise, String> {
    let file = crate::scenario::files::builtin_exercise(name_or_path)
        .map(Ok)
        .unwrap_or_else(|| crate::scenario::files::open_file(name_or_path))
        .map_err(|m| format!("{name_or_path}: {m}"))?;
    crate::scenario::load_exercise(file).map_err(|d| d.to_string())
}

/// Whether the class may open the historical track.
pub(super) fn history_shown(world: &World) -> bool {
    world.get_resource::<ExerciseInPlay>().is_none_or(|e| e.0.history)
}

pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    if !world.get_resource::<ExerciseView>().is_some_and(|v| v.open) {
        return;
    }
    words_in_language(world);
    let Some((_, def)) = world.resource::<ExerciseView>().shown.as_ref() else { return };
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str| locale.text(key, &[]);
    let mut open = true;
    egui::Window::new(&def.title).open(&mut open).default_width(420.0).show(ctx, |ui| {
        if !def.introduction.is_empty() {
            ui.label(&def.introduction);
            ui.add_space(6.0);
        }
        if !def.locked.is_empty() {
            ui.strong(t("exercise-fixed"));
            let scenario = &world.resource::<crate::sim::script::record::LoadedScenario>().def;
            for (decision, option) in &def.locked {
                let d = scenario.decisions.iter().find(|d| &d.id == decision);
                let label = d.and_then(|d| d.options.iter().find(|o| &o.id == option));
                let args = [
                    ("decision", d.map_or(decision.clone(), |d| d.title.clone())),
                    ("option", label.map_or(option.clone(), |o| o.label.render(|_| false))),
                ];
                ui.label(locale.text("exercise-fixed-choice", &args));
            }
            ui.add_space(6.0);
        }
        ui.strong(t("exercise-questions"));
        for (i, q) in def.questions.iter().enumerate() {
            ui.label(locale.text("exercise-question", &[("n", (i + 1).to_string()), ("question", q.clone())]));
        }
    });
    if !open {
        world.resource_mut::<ExerciseView>().open = false;
    }
}
