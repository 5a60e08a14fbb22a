//! `jingkang explore`: many seeded playouts of one or more policies, with 95% intervals, as
//! words, JSON or one CSV row a run.

use super::diagnostics;
use crate::lab::PolicyKind;
use crate::lab::explore::{Arm, Exploration, Plan, explore};
use crate::lab::stats::{Quartiles, Share};
use crate::scenario::{self, Scenario};
use crate::sim::chronicle::{Arg, Phrase};
use crate::words::Locale;
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;

/// What the command line asked for.
pub struct Request<'a> {
    pub scenario: &'a str,
    pub policy: &'a str,
    pub vs: Option<&'a str>,
    pub vary: Option<&'a str>,
    pub runs: usize,
    pub seed: u64,
    pub json: bool,
    pub csv: Option<&'a Path>,
}

pub fn run(request: &Request) -> Result<(), String> {
    let scenario = Arc::new(scenario::open(request.scenario).map_err(diagnostics)?);
    let policy = PolicyKind::resolve(request.policy, &scenario).map_err(diagnostics)?;
    let plan = match (request.vary, request.vs) {
        (Some(decision), _) => {
            Plan::varying(scenario.clone(), &policy, decision, request.seed, request.runs).map_err(diagnostics)?
        }
        (None, vs) => {
            let mut arms = vec![(request.policy.to_string(), policy)];
            if let Some(other) = vs {
                arms.push((other.to_string(), PolicyKind::resolve(other, &scenario).map_err(diagnostics)?));
            }
            Plan { scenario: scenario.clone(), first_seed: request.seed, runs: request.runs, arms }
        }
    };
    let bar = indicatif::ProgressBar::new((plan.runs * plan.arms.len()) as u64);
    // Only figures, no words: the bar is drawn on a terminal and nowhere else.
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len}  {elapsed} (~{eta})") {
        bar.set_style(style);
    }
    let exploration = explore(&plan, &|| bar.inc(1));
    bar.finish_and_clear();
    if let Some(path) = request.csv {
        write_csv(&exploration, &scenario, path)?;
    }
    if request.json {
        println!("{}", serde_json::to_string_pretty(&exploration).expect("explorations serialize"));
    } else {
        print!("{}", report(&exploration, &scenario, &Locale::english()));
    }
    Ok(())
}

fn percent(x: f64) -> String {
    format!("{:.0}", x * 100.0)
}

fn share_args(s: &Share) -> Vec<(&'static str, String)> {
    vec![("share", percent(s.share)), ("low", percent(s.low)), ("high", percent(s.high))]
}

fn dates_text(locale: &Locale, q: &Option<Quartiles>) -> String {
    match q {
        Some(q) if q.q1 == q.q3 => locale.text("explore-date", &[("median", q.median.long())]),
        Some(q) => {
            locale.text("explore-dates", &[("median", q.median.long()), ("q1", q.q1.long()), ("q3", q.q3.long())])
        }
        None => String::new(),
    }
}

/// The exploration in words.
pub fn report(e: &Exploration, scenario: &Scenario, locale: &Locale) -> String {
    let mut out = String::new();
    let args =
        [("title", scenario.def.title.clone()), ("runs", e.runs.to_string()), ("seed", e.first_seed.to_string())];
    let _ = writeln!(out, "{}", locale.text("explore-heading", &args));
    for arm in &e.arms {
        arm_report(&mut out, arm, scenario, locale);
    }
    for c in &e.comparisons {
        let d = &c.capital_fallen;
        let direction = if !d.is_clear() {
            "same"
        } else if d.difference > 0.0 {
            "raises"
        } else {
            "lowers"
        };
        let points = |x: f64| Arg::Count((x * 100.0).round() as i64);
        // A fall is given as how much it lowers the chance, the interval turned round with it;
        // an unclear difference keeps its sign.
        let (size, low, high) =
            if direction == "lowers" { (-d.difference, -d.high, -d.low) } else { (d.difference, d.low, d.high) };
        let verdict = Phrase::new("explore-verdict")
            .arg("arm", c.arm.as_str())
            .arg("baseline", c.baseline.as_str())
            .arg("direction", direction)
            .arg("points", points(size))
            .arg("low", points(low))
            .arg("high", points(high));
        let _ = writeln!(out, "\n{}", locale.phrase(&verdict));
    }
    out
}

fn arm_report(out: &mut String, arm: &Arm, scenario: &Scenario, locale: &Locale) {
    let _ = writeln!(
        out,
        "\n{}",
        locale.text("explore-arm", &[("label", arm.label.clone()), ("policy", arm.policy.clone())])
    );
    let _ = writeln!(out, "  {}", locale.text("explore-fallen", &share_args(&arm.capital_fallen)));
    if arm.capital_fall_date.is_some() {
        let _ = writeln!(
            out,
            "    {}",
            locale.text("explore-falls", &[("dates", dates_text(locale, &arm.capital_fall_date))])
        );
    }
    let _ = writeln!(out, "    {}", locale.text("explore-ends", &[("dates", dates_text(locale, &arm.end_date))]));
    let _ = writeln!(out, "  {}", locale.text("explore-outcomes", &[]));
    for o in &arm.outcomes {
        let mut args = share_args(&o.share);
        args.push(("title", o.title.clone()));
        let _ = writeln!(out, "    {}", locale.text("explore-outcome", &args));
    }
    let reached: Vec<_> = arm.milestones.iter().filter(|m| m.share.count > 0).collect();
    if !reached.is_empty() {
        let _ = writeln!(out, "  {}", locale.text("explore-milestones", &[]));
    }
    for m in reached {
        let title = scenario.def.milestones.iter().find(|d| d.id == m.id).map_or(m.id.clone(), |d| d.title.clone());
        let mut args = share_args(&m.share);
        args.extend([("title", title), ("dates", dates_text(locale, &m.dates))]);
        let _ = writeln!(out, "    {}", locale.text("explore-milestone", &args));
    }
    let _ = writeln!(out, "  {}", locale.text("explore-decisions", &[]));
    for d in &arm.decisions {
        let def = scenario.def.decisions.iter().find(|x| x.id == d.id);
        let label = |o: &str| {
            let option = def.and_then(|x| x.options.iter().find(|y| y.id == o));
            option.map_or(o.to_string(), |y| y.label.render(|_| false))
        };
        let taken: Vec<String> = d
            .taken
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(o, n)| locale.text("explore-taken", &[("option", label(o)), ("runs", n.to_string())]))
            .collect();
        let mut args = share_args(&d.reached);
        args.extend([("title", def.map_or(d.id.clone(), |x| x.title.clone())), ("taken", taken.join("; "))]);
        let _ = writeln!(out, "    {}", locale.text("explore-decision", &args));
    }
    let money = [
        ("treasury", crate::words::format_number(arm.median_treasury)),
        ("paid", crate::words::format_number(arm.median_indemnity_paid)),
    ];
    let _ = writeln!(out, "  {}", locale.text("explore-money", &money));
}

/// One row a run: the arm, the seed, the outcome, the capital, the end, and the day each
/// milestone was reached (empty where it was not).
fn write_csv(e: &Exploration, scenario: &Scenario, path: &Path) -> Result<(), String> {
    let err = |x: csv::Error| format!("{}: {x}", path.display());
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    let mut header = vec!["arm", "seed", "outcome", "capital_fallen", "capital_fall_date", "end_date", "turns"];
    header.extend(scenario.def.milestones.iter().map(|m| m.id.as_str()));
    w.write_record(&header).map_err(err)?;
    for (arm, runs) in e.arms.iter().zip(&e.results) {
        for r in runs {
            let mut row = vec![
                arm.label.clone(),
                r.seed.to_string(),
                r.outcome.clone(),
                r.capital_fallen.to_string(),
                r.capital_fall_date.map(|d| d.to_string()).unwrap_or_default(),
                r.end_date.to_string(),
                r.turns.to_string(),
            ];
            row.extend(
                scenario.def.milestones.iter().map(|m| r.milestone(&m.id).map(|d| d.to_string()).unwrap_or_default()),
            );
            w.write_record(&row).map_err(err)?;
        }
    }
    w.flush().map_err(|x| format!("{}: {x}", path.display()))
}
