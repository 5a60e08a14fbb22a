//! A teacher's exercise in the window: its introduction and questions in a window of their
//! own, its fixed choices enforced by the rules (`flow::Locks`), and the historical track
//! open or closed as the exercise says.

use super::panels::UiLocale;
use crate::scenario::Exercise;
use crate::scenario::schema::ExerciseFile;
use crate::sim::script::flow::Locks;
use bevy::prelude::*;
use bevy_egui::egui;

#[derive(Resource)]
pub(super) struct ExerciseView {
    pub def: ExerciseFile,
    pub open: bool,
}

/// Sets the exercise's game up in the world (already started on its scenario and seed): its
/// fixed choices, and its window open.
pub(super) fn start(world: &mut World, exercise: &Exercise) {
    world.insert_resource(Locks(exercise.def.locked.clone()));
    world.insert_resource(ExerciseView { def: exercise.def.clone(), open: true });
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
    world.get_resource::<ExerciseView>().is_none_or(|e| e.def.history)
}

pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    let Some(view) = world.get_resource::<ExerciseView>().filter(|v| v.open) else { return };
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str| locale.text(key, &[]);
    let mut open = true;
    egui::Window::new(&view.def.title).open(&mut open).default_width(420.0).show(ctx, |ui| {
        if !view.def.introduction.is_empty() {
            ui.label(&view.def.introduction);
            ui.add_space(6.0);
        }
        if !view.def.locked.is_empty() {
            ui.strong(t("exercise-fixed"));
            let def = &world.resource::<crate::sim::script::record::LoadedScenario>().def;
            for (decision, option) in &view.def.locked {
                let d = def.decisions.iter().find(|d| &d.id == decision);
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
        for (i, q) in view.def.questions.iter().enumerate() {
            ui.label(locale.text("exercise-question", &[("n", (i + 1).to_string()), ("question", q.clone())]));
        }
    });
    if !open {
        world.resource_mut::<ExerciseView>().open = false;
    }
}
