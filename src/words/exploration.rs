//! An exploration in words: each arm's shares with their intervals, dates and casualties,
//! and the plain-words verdict of each comparison. The command line prints it; the reports
//! take its pieces.

use crate::lab::explore::{Arm, Comparison, DecisionStats, Exploration};
use crate::lab::stats::{Quartiles, Share};
use crate::scenario::Scenario;
use crate::sim::chronicle::{Arg, Phrase};
use crate::words::Locale;
use std::fmt::Write;

fn percent(x: f64) -> String {
    format!("{:.0}", x * 100.0)
}

pub fn share_args(s: &Share) -> Vec<(&'static str, String)> {
    vec![("share", percent(s.share)), ("low", percent(s.low)), ("high", percent(s.high))]
}

/// Dates as their median and the middle half of them.
pub fn dates_text(locale: &Locale, q: &Option<Quartiles>) -> String {
    match q {
        Some(q) if q.q1 == q.q3 => locale.text("explore-date", &[("median", locale.date(q.median))]),
        Some(q) => locale.text(
            "explore-dates",
            &[("median", locale.date(q.median)), ("q1", locale.date(q.q1)), ("q3", locale.date(q.q3))],
        ),
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
        let _ = writeln!(out, "\n{}", verdict(c, locale));
    }
    out
}

/// "Fleeing raises the chance that the capital falls by 9 points against staying (95% CI 5
/// to 14)."
pub fn verdict(c: &Comparison, locale: &Locale) -> String {
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
    locale.phrase(&verdict)
}

/// "The Song lose 14,459 men (median; …)", for each side that lost any.
pub fn casualties(arm: &Arm, locale: &Locale) -> Vec<String> {
    let sides = [("song", &arm.casualties.song), ("jin", &arm.casualties.jin)];
    sides
        .into_iter()
        .filter_map(|(side, c)| {
            let total = c.total?;
            let n = |x: u64| crate::words::format_number(x as f64);
            let args = [
                ("side", side.to_string()),
                ("median", n(total.median)),
                ("q1", n(total.q1)),
                ("q3", n(total.q3)),
                ("fighting", n(c.fighting)),
                ("hardship", n(c.hardship)),
                ("desertion", n(c.desertion)),
                ("captured", n(c.captured)),
            ];
            Some(locale.text("explore-casualties", &args))
        })
        .collect()
}

pub fn decision_title(d: &DecisionStats, scenario: &Scenario) -> String {
    scenario.def.decisions.iter().find(|x| x.id == d.id).map_or(d.id.clone(), |x| x.title.clone())
}

/// "Stay in the capital 120; Flee south 80": the options taken and in how many runs.
pub fn taken_text(d: &DecisionStats, scenario: &Scenario, locale: &Locale) -> String {
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
    locale.items(&taken)
}

/// "hold_out (my policy)", or for one option of a varied decision "into_luoyang at
/// the_north_bank, the rest as The historical choices".
pub fn arm_name(arm: &Arm, locale: &Locale) -> String {
    let (label, policy) = (arm.label.clone(), arm.policy.clone());
    match &arm.varies {
        Some(decision) => {
            locale.text("explore-arm-varied", &[("label", label), ("decision", decision.clone()), ("policy", policy)])
        }
        None => locale.text("explore-arm", &[("label", label), ("policy", policy)]),
    }
}

fn arm_report(out: &mut String, arm: &Arm, scenario: &Scenario, locale: &Locale) {
    let _ = writeln!(out, "\n{}", arm_name(arm, locale));
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
        let mut args = share_args(&d.reached);
        args.extend([("title", decision_title(d, scenario)), ("taken", taken_text(d, scenario, locale))]);
        let _ = writeln!(out, "    {}", locale.text("explore-decision", &args));
    }
    let money = [
        ("treasury", crate::words::format_number(arm.median_treasury)),
        ("paid", crate::words::format_number(arm.median_indemnity_paid)),
    ];
    let _ = writeln!(out, "  {}", locale.text("explore-money", &money));
    for line in casualties(arm, locale) {
        let _ = writeln!(out, "  {line}");
    }
}
