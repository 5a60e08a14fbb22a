//! The question put when a save's scenario has changed since the game was saved: replay it on
//! the scenario as it is now, or keep the game on the table. Nothing is loaded unasked.

use super::Session;
use super::locale::UiLocale;
use crate::save::Trust;
use bevy::prelude::*;
use bevy_egui::egui;

/// Asks about the save `Session::changed_save` names, if any.
pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    let Some(path) = world.resource::<Session>().changed_save.clone() else { return };
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let (mut anyway, mut keep) = (false, false);
    egui::Window::new(t("load-changed-title", &[]))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(t("load-changed-text", &[("save", name)]));
            ui.horizontal(|ui| {
                anyway = ui.button(t("load-changed-anyway", &[])).clicked();
                keep = ui.button(t("load-changed-keep", &[])).clicked();
            });
        });
    if anyway || keep {
        world.resource_mut::<Session>().changed_save = None;
    }
    if anyway {
        let status = super::load_game(world, &path, Trust::Anyway).unwrap_or_else(|e| e);
        world.resource_mut::<Session>().status = status;
    } else if keep {
        let status = world.non_send::<UiLocale>().0.text("load-changed-kept", &[]);
        world.resource_mut::<Session>().status = status;
    }
}
