//! The debrief's chart: one key figure of the game over time, drawn against Qinzong's game of
//! the same seed (dashed) or against another line of the game the player set beside it, from
//! the series the rules sample every turn.

use super::history::HistoryTrack;
use super::lines::LineBeside;
use super::locale::UiLocale;
use crate::calendar::Date;
use crate::sim::series::{Sample, Series};
use bevy::prelude::World;
use bevy_egui::egui;
use egui_plot::{Legend, Line, LineStyle, Plot, PlotPoints};

type Pick = fn(&Sample) -> f64;

/// Each chart: its title (shared with the reports) and its figures, Song's first.
const CHARTS: [(&str, &[(&str, Pick)]); 6] = [
    ("report-chart-morale", &[("", |s| s.capital_morale.into())]),
    ("report-chart-authority", &[("", |s| s.authority.into())]),
    ("report-chart-near", &[("song", |s| s.song_near_capital.into()), ("jin", |s| s.jin_near_capital.into())]),
    ("report-chart-treasury", &[("", |s| s.treasury)]),
    ("report-chart-grievance", &[("", |s| s.grievance.into())]),
    ("report-chart-losses", &[("song", |s| s.song_lost as f64), ("jin", |s| s.jin_lost as f64)]),
];

/// Song and Jin, as on the map.
const COLOURS: [egui::Color32; 2] = [egui::Color32::from_rgb(213, 94, 0), egui::Color32::from_rgb(86, 180, 233)];

pub(super) fn debrief_chart(ui: &mut egui::Ui, world: &World) {
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let language = locale.language();
    let id = ui.id().with("debrief-chart");
    let mut picked = ui.data_mut(|d| *d.get_temp_mut_or_default::<usize>(id)).min(CHARTS.len() - 1);
    egui::ComboBox::from_id_salt(id).selected_text(t(CHARTS[picked].0, &[])).show_ui(ui, |ui| {
        for (i, (title, _)) in CHARTS.iter().enumerate() {
            ui.selectable_value(&mut picked, i, t(title, &[]));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, picked));
    let ours = world.resource::<Series>();
    // Another line set beside this one takes the place of Qinzong's game.
    let current = world.get_resource::<crate::sim::lines::Lines>().map(|l| l.current.clone());
    let line = world.get_resource::<LineBeside>().filter(|b| current.as_ref() == Some(&b.beside));
    let (theirs, theirs_name) = match line {
        Some(b) => (Some(&b.series), t("report-line-named", &[("line", b.name.clone())])),
        None => (world.resource::<HistoryTrack>().theirs.as_ref(), t("report-line-history", &[])),
    };
    let Some(start) = ours.0.first().map(|s| s.date) else { return };
    let points = |series: &Series, pick: Pick| -> PlotPoints<'static> {
        series.0.iter().map(|s| [f64::from(s.date.days_since(start)), pick(s)]).collect()
    };
    let name = |side: &str, line: String| {
        if side.is_empty() { line } else { t("report-line-side", &[("side", side.to_string()), ("line", line)]) }
    };
    Plot::new(id.with("plot"))
        .height(150.0)
        .legend(Legend::default())
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| date_label(language, start, mark.value))
        .show(ui, |plot| {
            for (i, (side, pick)) in CHARTS[picked].1.iter().enumerate() {
                let ours_name = name(side, t("report-line-game", &[]));
                plot.line(Line::new(ours_name, points(ours, *pick)).color(COLOURS[i]).width(2.0));
                if let Some(theirs) = &theirs {
                    let line = Line::new(name(side, theirs_name.clone()), points(theirs, *pick));
                    plot.line(line.color(COLOURS[i]).style(LineStyle::dashed_loose()));
                }
            }
        });
}

/// An axis mark: the English date, or in Chinese the lunar month and day of the era date
/// (the era and year would not fit under a mark; the ISO date past the calendar table).
fn date_label(language: crate::words::Language, start: Date, days: f64) -> String {
    let date = start.add_days(days.round() as i32);
    if !language.is_chinese() {
        return date.long();
    }
    let era = crate::words::locale::era_date_in(language, date);
    era.and_then(|e| e.split_once('年').map(|(_, day)| day.to_string())).unwrap_or_else(|| date.to_string())
}
