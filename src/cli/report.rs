//! Readable reports of headless games, and the chronicle as data for `--json`.

use crate::lab::{RunResult, Summary};
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::chronicle::Chronicle;
use crate::words::Locale;
use serde::Serialize;
use std::fmt::Write;

/// One chronicle entry as words, for `--json`.
#[derive(Serialize)]
pub struct ChronicleLine {
    /// Julian calendar, ISO format.
    pub date: crate::calendar::Date,
    /// The era date: 靖康元年正月初一.
    pub chinese_date: String,
    pub key: &'static str,
    pub text: String,
    pub why: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

pub fn chronicle_lines(sim: &Sim, locale: &Locale) -> Vec<ChronicleLine> {
    sim.world()
        .resource::<Chronicle>()
        .entries
        .iter()
        .map(|e| ChronicleLine {
            date: e.date,
            chinese_date: crate::calendar::era::era_date(e.date).map(|(_, c)| c).unwrap_or_default(),
            key: e.key,
            text: locale.entry(e),
            why: locale.cause(&e.cause, sim.world()),
            place: e.place.clone(),
        })
        .collect()
}

pub fn run_report(scenario: &Scenario, result: &RunResult, sim: &Sim, locale: &Locale) -> String {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let mut out = String::new();
    let mut line = |indent: &str, text: String| {
        let _ = writeln!(out, "{indent}{text}");
    };
    let heading =
        [("title", scenario.def.title.clone()), ("seed", result.seed.to_string()), ("policy", result.policy.clone())];
    line("", t("sim-heading", &heading));
    let outcome = [
        ("outcome", result.outcome_title.clone()),
        ("id", result.outcome.clone()),
        ("date", locale.date(result.end_date)),
        ("turns", result.turns.to_string()),
    ];
    line("", t("sim-outcome", &outcome));
    let dated = |date, text: String| format!("{}  {text}", locale.date_with_era(date));
    if !result.milestones.is_empty() {
        line("\n", t("sim-milestones", &[]));
        for m in &result.milestones {
            let title = scenario.def.milestones.iter().find(|d| d.id == m.id).map_or("", |d| d.title.as_str());
            line("  ", dated(m.date, t("sim-milestone", &[("title", title.to_string()), ("id", m.id.clone())])));
        }
    }
    match result.capital_fall_date {
        Some(d) => line("", t("sim-capital-fell", &[("date", locale.date(d))])),
        None => line("", t("sim-capital-held", &[])),
    }
    line("\n", t("sim-decisions", &[]));
    for c in &result.decisions {
        let title =
            scenario.def.decisions.iter().find(|d| d.id == c.decision).map_or(c.decision.as_str(), |d| &d.title);
        let args = [
            ("title", title.to_string()),
            ("label", c.label.clone()),
            ("historical", if c.historical { "yes" } else { "no" }.to_string()),
        ];
        line("  ", dated(c.date, t("sim-decision", &args)));
    }
    if !result.refused_orders.is_empty() {
        line("\n", t("sim-refused-heading", &[]));
        for r in &result.refused_orders {
            line("  ", dated(r.date, t("sim-refused", &[("army", r.army.clone()), ("reason", r.reason.clone())])));
        }
    }
    line("\n", t("sim-chronicle", &[]));
    for e in &sim.world().resource::<Chronicle>().entries {
        line("  ", dated(e.date, locale.entry(e)));
        line("        ", t("sim-why", &[("why", locale.cause(&e.cause, sim.world()))]));
    }
    out
}

pub fn batch_report(scenario: &Scenario, summary: &Summary, locale: &Locale) -> String {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let mut out = String::new();
    let mut line = |text: String| {
        let _ = writeln!(out, "{text}");
    };
    let heading = [
        ("title", scenario.def.title.clone()),
        ("runs", summary.runs.to_string()),
        ("seed", summary.first_seed.to_string()),
        ("policy", summary.policy.clone()),
    ];
    line(t("batch-heading", &heading));
    line(t("batch-fallen", &[("share", format!("{:.0}", summary.capital_fallen_rate * 100.0))]));
    if let Some(d) = summary.median_capital_fall_date {
        line(t("batch-median-fall", &[("date", locale.date(d))]));
    }
    line(t("batch-median-end", &[("date", locale.date(summary.median_end_date))]));
    line(t("batch-outcomes", &[]));
    for (id, n) in &summary.outcomes {
        let title = scenario.def.outcomes.iter().find(|o| &o.id == id).map_or("", |o| o.title.as_str());
        line(format!("  {n:>5}  {id}  {title}"));
    }
    if !summary.milestones.is_empty() {
        line(t("batch-milestones", &[]));
    }
    let none = t("batch-no-date", &[]);
    for (m, def) in summary.milestones.iter().zip(&scenario.def.milestones) {
        let median = m.median_date.map_or_else(|| none.clone(), |d| locale.date(d));
        let history = def.history.map_or_else(|| none.clone(), |d| locale.date(d));
        line(format!("  {:>4.0}%  {:<24} {median:<18} {history}", m.share * 100.0, m.id));
    }
    out
}
