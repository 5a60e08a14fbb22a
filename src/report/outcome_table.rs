//! The outcome table in words, as Markdown between its markers (`crate::lab::table` plays
//! it).

use crate::lab::table::{END, Row, START};
use crate::sim::chronicle::Phrase;
use crate::words::Locale;

fn percent(n: usize, of: usize) -> f64 {
    (100.0 * n as f64 / of.max(1) as f64).round()
}

/// The table as Markdown, between its markers.
pub fn markdown(rows: &[Row], runs: usize) -> String {
    let l = Locale::english();
    let text = |key: &'static str| l.phrase(&Phrase::new(key));
    let mut out = format!("{START}\n");
    out += &l.phrase(&Phrase::new("table-intro").arg("runs", runs as f64));
    out += "\n\n";
    out += &format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        text("table-policy"),
        text("table-fell"),
        text("table-outcomes"),
        text("table-median")
    );
    for r in rows {
        let outcomes: Vec<Phrase> = r
            .outcomes
            .iter()
            .map(|(title, n)| {
                Phrase::new("table-share").arg("outcome", title.clone()).arg("share", percent(*n, r.runs))
            })
            .collect();
        let (fell, date) = r.median;
        let median = Phrase::new(if fell { "table-falls" } else { "table-ends" }).arg("date", date);
        out += &format!(
            "| {} | {}% | {} | {} |\n",
            l.phrase(&Phrase::new("table-row").arg("scenario", r.scenario.clone()).arg("policy", r.policy.clone())),
            percent(r.capital_fallen, r.runs),
            l.list(&outcomes),
            l.phrase(&median)
        );
    }
    out += &format!("{END}\n");
    out
}
