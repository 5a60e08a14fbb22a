//! Readable reports of headless games, and the chronicle as data for `--json`.

use crate::lab::{RunResult, Summary};
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::chronicle::Chronicle;
use crate::words::{Locale, date_with_era};
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

pub fn chronicle_lines(sim: &Sim) -> Vec<ChronicleLine> {
    let locale = Locale::english();
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

pub fn run_report(scenario: &Scenario, result: &RunResult, sim: &Sim) -> String {
    let locale = Locale::english();
    let mut out = String::new();
    let _ = writeln!(out, "{} — seed {}, policy: {}", scenario.def.title, result.seed, result.policy);
    let _ = writeln!(
        out,
        "Outcome: {} ({}) on {}, after {} turns",
        result.outcome_title,
        result.outcome,
        result.end_date.long(),
        result.turns
    );
    if !result.milestones.is_empty() {
        let _ = writeln!(out, "\nMilestones:");
        for m in &result.milestones {
            let title = scenario.def.milestones.iter().find(|d| d.id == m.id).map_or("", |d| d.title.as_str());
            let _ = writeln!(out, "  {}  {title} ({})", date_with_era(m.date), m.id);
        }
    }
    match result.capital_fall_date {
        Some(d) => {
            let _ = writeln!(out, "The capital fell on {}.", d.long());
        }
        None => {
            let _ = writeln!(out, "The capital did not fall.");
        }
    }
    let _ = writeln!(out, "\nDecisions:");
    for c in &result.decisions {
        let title =
            scenario.def.decisions.iter().find(|d| d.id == c.decision).map_or(c.decision.as_str(), |d| &d.title);
        let mark = if c.historical { "as in history" } else { "NOT as in history" };
        let _ = writeln!(out, "  {}  {title}: {} ({mark})", date_with_era(c.date), c.label);
    }
    if !result.refused_orders.is_empty() {
        let _ = writeln!(out, "\nOrders of the policy that the game refused:");
        for r in &result.refused_orders {
            let _ = writeln!(out, "  {}  {}: {}", date_with_era(r.date), r.army, r.reason);
        }
    }
    let _ = writeln!(out, "\nChronicle:");
    for e in &sim.world().resource::<Chronicle>().entries {
        let _ = writeln!(out, "  {}  {}", date_with_era(e.date), locale.entry(e));
        let _ = writeln!(out, "        why: {}", locale.cause(&e.cause, sim.world()));
    }
    out
}

pub fn batch_report(scenario: &Scenario, summary: &Summary, _results: &[RunResult]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} runs from seed {}, policy: {}",
        scenario.def.title, summary.runs, summary.first_seed, summary.policy
    );
    let _ = writeln!(out, "Capital fallen in {:.0}% of runs", summary.capital_fallen_rate * 100.0);
    if let Some(d) = summary.median_capital_fall_date {
        let _ = writeln!(out, "Median fall of the capital: {}", d.long());
    }
    let _ = writeln!(out, "Median end: {}\nOutcomes:", summary.median_end_date.long());
    for (id, n) in &summary.outcomes {
        let title = scenario.def.outcomes.iter().find(|o| &o.id == id).map_or("", |o| o.title.as_str());
        let _ = writeln!(out, "  {n:>5}  {id}  {title}");
    }
    if !summary.milestones.is_empty() {
        let _ = writeln!(out, "Milestones (share of runs, median date, in history; — where the sources give no day):");
    }
    for (m, def) in summary.milestones.iter().zip(&scenario.def.milestones) {
        let median = m.median_date.map_or_else(|| "—".to_string(), |d| d.long());
        let history = def.history.map_or_else(|| "—".to_string(), |d| d.long());
        let _ = writeln!(out, "  {:>4.0}%  {:<24} {median:<18} {history}", m.share * 100.0, m.id);
    }
    out
}
