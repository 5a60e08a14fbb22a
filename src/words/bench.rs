//! The benchmark's figures in words, for `jingkang bench` and `cargo bench`.

use crate::lab::bench::Throughput;
use crate::words::Locale;

/// A heading and one line per scenario.
pub fn report(figures: &[Throughput], locale: &Locale) -> Vec<String> {
    let Some(first) = figures.first() else { return Vec::new() };
    let heading =
        locale.text("bench-heading", &[("runs", first.runs.to_string()), ("threads", first.threads.to_string())]);
    let lines = figures.iter().map(|t| {
        locale.text(
            "bench-line",
            &[
                ("scenario", t.scenario.clone()),
                ("rate", format!("{:.0}", t.playouts_per_second())),
                ("thousand", format!("{:.2}", t.seconds_per_thousand())),
                ("ms", format!("{:.3}", t.ms_per_playout())),
                ("turns", format!("{:.1}", t.turns_per_playout())),
                ("turn_us", format!("{:.1}", t.us_per_turn())),
                ("ratio", format!("{:.1}", t.playout_over_setup())),
                ("outcomes", t.outcomes.to_string()),
            ],
        )
    });
    std::iter::once(heading).chain(lines).collect()
}
