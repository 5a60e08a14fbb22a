//! Throughput of the simulation: playouts a second of each built-in scenario under the random
//! policy, on every core, against a baseline measured in the same run on the same threads —
//! setting the world of the scenario up, which every playout does once. A machine that is
//! busy or slow slows both alike, so the ratio between them is what to compare across runs.
//! Run with `jingkang bench` or `cargo bench`.

use super::PolicyKind;
use super::playout::play_out_again;
use super::summary::on_every_core;
use crate::scenario::{self, Scenario, files::BUILTIN_SCENARIOS};
use crate::sim::Sim;
use serde::Serialize;
use std::sync::Arc;
use std::time::Instant;

/// One scenario's figures.
#[derive(Clone, Debug, Serialize)]
pub struct Throughput {
    pub scenario: String,
    pub runs: usize,
    pub threads: usize,
    /// Wall-clock seconds for the `runs` playouts on all threads.
    pub seconds: f64,
    /// Turns played in all of them.
    pub turns: u64,
    /// Wall-clock seconds for setting up the scenario's world `runs` times on the same threads
    /// (timed over at least as many set-ups as asked, and scaled).
    pub setup_seconds: f64,
    /// Distinct outcomes among the runs (a check that the games are games).
    pub outcomes: usize,
}

impl Throughput {
    pub fn playouts_per_second(&self) -> f64 {
        self.runs as f64 / self.seconds
    }

    /// Seconds a thousand playouts take on this machine.
    pub fn seconds_per_thousand(&self) -> f64 {
        self.seconds * 1000.0 / self.runs as f64
    }

    /// Milliseconds of one thread's time one playout takes.
    pub fn ms_per_playout(&self) -> f64 {
        self.seconds * 1000.0 * self.threads as f64 / self.runs as f64
    }

    /// Microseconds of one thread's time one turn takes, set-up left out.
    pub fn us_per_turn(&self) -> f64 {
        (self.seconds - self.setup_seconds) * 1e6 * self.threads as f64 / self.turns.max(1) as f64
    }

    pub fn turns_per_playout(&self) -> f64 {
        self.turns as f64 / self.runs as f64
    }

    /// How many set-ups of the world one playout costs: the figure to compare across machines.
    pub fn playout_over_setup(&self) -> f64 {
        self.seconds / self.setup_seconds.max(1e-9)
    }
}

/// Measures every built-in scenario: `runs` playouts of each, and at least `setups` set-ups
/// of its world for the baseline.
pub fn measure(runs: usize, setups: usize) -> Result<Vec<Throughput>, String> {
    BUILTIN_SCENARIOS
        .iter()
        .map(|id| scenario::open(id).map(|s| measure_one(Arc::new(s), runs, setups)).map_err(|d| d.to_string()))
        .collect()
}

/// Set-ups timed for the baseline by default, at the least: a set-up is short, and a few
/// thousand of them take too little time to measure steadily.
pub const SETUPS: usize = 20_000;

/// Measures one scenario: the baseline first, then the playouts, on the same seeds.
pub fn measure_one(scenario: Arc<Scenario>, runs: usize, setups: usize) -> Throughput {
    let seeds: Vec<u64> = (1..=runs as u64).collect();
    let setups: Vec<u64> = (1..=runs.max(setups) as u64).collect();
    let setup_seconds = timed(|| {
        on_every_core(&setups, |game, seed| match game {
            Some(sim) => sim.restart(scenario.clone(), seed),
            None => *game = Some(Sim::new(scenario.clone(), seed)),
        });
    })
    .1 * runs as f64
        / setups.len() as f64;
    let (results, seconds) =
        timed(|| on_every_core(&seeds, |game, seed| play_out_again(game, &scenario, seed, &PolicyKind::Random)));
    let outcomes: std::collections::BTreeSet<&str> = results.iter().map(|r| r.outcome.as_str()).collect();
    Throughput {
        scenario: scenario.def.id.clone(),
        runs,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()).min(runs.max(1)),
        seconds,
        turns: results.iter().map(|r| r.turns as u64).sum(),
        setup_seconds,
        outcomes: outcomes.len(),
    }
}

fn timed<R>(f: impl FnOnce() -> R) -> (R, f64) {
    let start = Instant::now();
    let r = f();
    (r, start.elapsed().as_secs_f64())
}
