//! The historical track: at any moment, what happened in history around this date, which of
//! the player's choices differ from Qinzong's, and how the world differs from the game
//! Qinzong's choices give from the same seed on the same turn. That game is played headless
//! when the window opens and again only when the player's game has moved on.

use super::Session;
use super::locale::UiLocale;
use crate::lab::playout::historical_game;
use crate::sim::commands::CommandLog;
use crate::sim::script::record::LoadedScenario;
use crate::sim::series::Series;
use crate::sim::world::Clock;
use crate::words::compare::{differences, track};
use crate::words::debrief::{self, Verdict};
use bevy::prelude::*;
use bevy_egui::egui;

#[derive(Resource, Default)]
pub(super) struct HistoryTrack {
    pub open: bool,
    /// The game the differences were worked out for: its turn and how many commands it has.
    for_game: Option<(u32, usize)>,
    /// None where the scenario has no historical policy.
    differences: Option<Vec<String>>,
    /// The key figures of Qinzong's game to this turn, for the debrief's charts.
    pub theirs: Option<Series>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HistoryTrack>();
}

pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    if !world.resource::<HistoryTrack>().open {
        return;
    }
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let mut open = true;
    egui::Window::new(t("history-title", &[])).open(&mut open).default_width(460.0).show(ctx, |ui| {
        egui::ScrollArea::vertical().max_height(480.0).show(ui, |ui| {
            let track = track(world);
            ui.strong(t("history-coming", &[("date", locale.date(track.date))]));
            if track.coming.is_empty() {
                ui.label(t("history-nothing-coming", &[]));
            }
            for (date, title) in &track.coming {
                ui.label(t("report-chronicle-line", &[("date", locale.date(*date)), ("text", title.clone())]));
            }
            if !track.passed.is_empty() {
                ui.add_space(6.0);
                ui.strong(t("history-passed", &[]));
            }
            for (date, title, reached) in &track.passed {
                let args = [("date", locale.date(*date)), ("title", title.clone()), ("reached", yes(*reached))];
                ui.label(t("history-passed-line", &args));
            }
            ui.add_space(6.0);
            let differing: Vec<_> = debrief::decisions(world, locale)
                .into_iter()
                .filter_map(|r| match r.history {
                    Verdict::Differs { qinzong, .. } => Some((r.title, r.chosen, qinzong)),
                    _ => None,
                })
                .collect();
            if differing.is_empty() {
                ui.strong(t("history-same-choices", &[]));
            } else {
                ui.strong(t("history-choices", &[]));
            }
            for (title, chosen, qinzong) in differing {
                ui.label(egui::RichText::new(title).strong());
                ui.label(t("debrief-you", &[("label", chosen)]));
                ui.label(t("debrief-qinzong", &[("label", qinzong)]));
            }
            ui.add_space(6.0);
            match &world.resource::<HistoryTrack>().differences {
                None => {
                    ui.label(t("history-no-track", &[]));
                }
                Some(list) => {
                    ui.strong(t("history-world", &[]));
                    if list.is_empty() {
                        ui.label(t("history-world-same", &[]));
                    }
                    for line in list {
                        ui.label(line);
                    }
                }
            }
        });
    });
    if !open {
        world.resource_mut::<HistoryTrack>().open = false;
    }
}

fn yes(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// Plays Qinzong's game of the same seed to this turn, if the player's game has moved on.
pub(super) fn refresh(world: &mut World) {
    let here = (world.resource::<Clock>().turn, world.resource::<CommandLog>().0.len());
    if world.resource::<HistoryTrack>().for_game == Some(here) {
        return;
    }
    let scenario = world.resource::<LoadedScenario>().0.clone();
    let seed = world.resource::<Session>().seed;
    let found = historical_game(&scenario, seed, here.0).map(|theirs| {
        let said = differences(world, theirs.world(), &world.non_send::<UiLocale>().0);
        (said, theirs.world().resource::<Series>().clone())
    });
    let mut track = world.resource_mut::<HistoryTrack>();
    track.for_game = Some(here);
    (track.differences, track.theirs) = found.map_or((None, None), |(d, s)| (Some(d), Some(s)));
}
