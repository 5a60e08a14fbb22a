//! Readable reports of headless games.

use crate::lab::{RunResult, Summary};
use crate::locale::Locale;
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::chronicle::Chronicle;
use std::fmt::Write;

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
        let def = scenario.def.decisions.iter().find(|d| d.id == c.decision);
        let title = def.map_or(c.decision.as_str(), |d| d.title.as_str());
        let label = def
            .and_then(|d| d.options.iter().find(|o| o.id == c.option))
            .map_or(c.option.as_str(), |o| o.label.as_str());
        let mark = if c.historical { "as in history" } else { "NOT as in history" };
        let _ = writeln!(out, "  {}  {title}: {label} ({mark})", c.date);
    }
    let _ = writeln!(out, "\nChronicle:");
    for e in &sim.world().resource::<Chronicle>().entries {
        let _ = writeln!(out, "  {}  {}", e.date, locale.entry(e));
        let _ = writeln!(out, "              why: {}", locale.cause(&e.cause, scenario));
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
    out
}
