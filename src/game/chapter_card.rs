//! The card between chapters: the chapter that begins, what carries over into it, and what
//! the months just played held in history. The words come from the headless layer
//! ([`crate::words::chapter`]); this only lays them out.

use super::Session;
use super::locale::UiLocale;
use crate::sim::script::record::Record;
use crate::words::chapter;
use bevy::prelude::*;
use bevy_egui::egui;

/// Whether a chapter has begun whose card the player has not yet put away.
pub(super) fn waiting(world: &World) -> bool {
    world.resource::<Record>().chapters.len() > world.resource::<Session>().chapters_seen
}

/// Shows the card of a chapter the player has not seen yet; "Continue" puts it away.
pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    if !waiting(world) {
        return;
    }
    let begun = world.resource::<Record>().chapters.len();
    let locale = &world.non_send::<UiLocale>().0;
    let Some(card) = chapter::current(world, locale) else { return };
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let mut done = false;
    egui::Window::new(t("card-heading", &[]))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.heading(t("card-title", &[("title", card.title.clone()), ("chinese", card.chinese.clone())]).trim());
            ui.label(t("card-begins", &[("date", locale.date(card.date))]));
            ui.separator();
            // Its own scroll state for each chapter's card: every card opens at its top.
            egui::ScrollArea::vertical().id_salt(("chapter card", begun)).max_height(420.0).show(ui, |ui| {
                ui.strong(t("card-carried-heading", &[]));
                for line in &card.carried_over {
                    ui.label(line);
                }
                if let Some((title, history)) = &card.after
                    && !history.is_empty()
                {
                    ui.add_space(8.0);
                    ui.strong(t("card-history-heading", &[("chapter", title.clone())]));
                    ui.label(history);
                }
            });
            ui.separator();
            done = ui.button(t("card-continue", &[])).clicked();
        });
    if done {
        world.resource_mut::<Session>().chapters_seen = begun;
    }
}
