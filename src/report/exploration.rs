//! The report of an exploration: each policy's shares with their 95% intervals, the verdict of
//! each comparison, a chart of the capital's fall in each policy, one table a policy, and the
//! command and the CSV of every run to check it.

use super::chart::{Bar, Chart, Plot};
use super::document::{Document, Report};
use crate::lab::explore::{Arm, Exploration, runs_csv};
use crate::lab::stats::Share;
use crate::scenario::Scenario;
use crate::words::Locale;
use crate::words::exploration::{arm_name, casualties, dates_text, decision_title, share_args, taken_text, verdict};

pub fn report(e: &Exploration, scenario: &Scenario, command: &str, locale: &Locale) -> Report {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let title_args = [("scenario", scenario.def.title.clone()), ("runs", e.runs.to_string())];
    let mut doc = Document::new(t("report-explore-title", &title_args));
    let last_seed = e.first_seed + e.runs.saturating_sub(1) as u64;
    let intro = [("runs", e.runs.to_string()), ("first", e.first_seed.to_string()), ("last", last_seed.to_string())];
    doc.paragraph(t("report-explore-intro", &intro));
    doc.heading(2, t("report-explore-capital", &[]));
    let header = ["report-col-policy", "report-col-falls", "report-col-fall-dates", "report-col-ends"];
    let rows = e
        .arms
        .iter()
        .map(|a| {
            vec![
                arm_name(a, locale),
                share(&a.capital_fallen, locale),
                dates_text(locale, &a.capital_fall_date),
                dates_text(locale, &a.end_date),
            ]
        })
        .collect();
    doc.table(header.iter().map(|k| t(k, &[])).collect(), rows);
    let chart = falls_chart(e, locale);
    doc.image(&chart);
    doc.list(e.comparisons.iter().map(|c| verdict(c, locale)).collect());
    for arm in &e.arms {
        arm_section(&mut doc, arm, scenario, locale);
    }
    doc.heading(2, t("report-reproduce-heading", &[]));
    doc.paragraph(t("report-explore-reproduce", &[]));
    doc.code(command);
    Report { document: doc, charts: vec![chart], files: vec![("runs.csv".to_string(), runs_csv(e, scenario))] }
}

/// "34% (28–41%)".
fn share(s: &Share, locale: &Locale) -> String {
    locale.text("report-share", &share_args(s))
}

fn falls_chart(e: &Exploration, locale: &Locale) -> Chart {
    let bars = e
        .arms
        .iter()
        .map(|a| Bar {
            label: a.label.clone(),
            share: a.capital_fallen.share * 100.0,
            low: a.capital_fallen.low * 100.0,
            high: a.capital_fallen.high * 100.0,
        })
        .collect();
    Chart { file: "capital_falls.png".into(), title: locale.text("report-chart-falls", &[]), plot: Plot::Shares(bars) }
}

fn arm_section(doc: &mut Document, arm: &Arm, scenario: &Scenario, locale: &Locale) {
    let t = |key: &str| locale.text(key, &[]);
    doc.heading(2, arm_name(arm, locale));
    let rows = arm.outcomes.iter().map(|o| vec![o.title.clone(), share(&o.share, locale)]).collect();
    doc.table(vec![t("report-col-outcome"), t("report-col-share")], rows);
    let rows: Vec<Vec<String>> = arm
        .milestones
        .iter()
        .filter(|m| m.share.count > 0)
        .map(|m| {
            let def = scenario.def.milestones.iter().find(|d| d.id == m.id);
            let history = def.and_then(|d| d.history).map_or(t("report-not-in-history"), |d| locale.date(d));
            let title = def.map_or(m.id.clone(), |d| d.title.clone());
            vec![title, share(&m.share, locale), dates_text(locale, &m.dates), history]
        })
        .collect();
    if !rows.is_empty() {
        let header = ["report-col-milestone", "report-col-share", "report-col-when", "report-col-history"];
        doc.table(header.iter().map(|k| t(k)).collect(), rows);
    }
    let rows = arm
        .decisions
        .iter()
        .map(|d| vec![decision_title(d, scenario), share(&d.reached, locale), taken_text(d, scenario, locale)])
        .collect();
    let header = ["report-col-decision", "report-col-reached", "report-col-taken"];
    doc.table(header.iter().map(|k| t(k)).collect(), rows);
    let money = [
        ("treasury", crate::words::format_number(arm.median_treasury)),
        ("paid", crate::words::format_number(arm.median_indemnity_paid)),
    ];
    doc.paragraph(locale.text("explore-money", &money));
    doc.list(casualties(arm, locale));
}
