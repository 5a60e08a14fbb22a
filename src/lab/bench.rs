//! Throughput of the simulation: playouts per second of each built-in scenario under the
//! random policy, on every core. Run with `jingkang bench` or `cargo bench`.

use super::{PolicyKind, run_batch};
use crate::scenario::{self, files::BUILTIN_SCENARIOS};
use std::sync::Arc;
use std::time::Instant;

/// One line per built-in scenario.
pub fn measure(runs: usize) -> Result<Vec<String>, String> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut lines = Vec::new();
    for id in BUILTIN_SCENARIOS {
        let s = Arc::new(scenario::open(id).map_err(|d| d.to_string())?);
        let start = Instant::now();
        let (summary, _) = run_batch(s, 1, runs, &PolicyKind::Random);
        let secs = start.elapsed().as_secs_f64();
        lines.push(format!(
            "{id:<14} {runs} playouts in {secs:.2} s: {:.0} playouts/s on {threads} threads ({:.2} ms each per thread, {} distinct outcomes)",
            runs as f64 / secs,
            secs * 1000.0 * threads as f64 / runs as f64,
            summary.outcomes.len()
        ));
    }
    Ok(lines)
}
