//! Many seeded playouts on all cores, summarised.

use super::playout::{RunResult, play_out_again};
use super::policy::PolicyKind;
use crate::scenario::Scenario;
use crate::sim::Sim;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Summary {
    pub scenario: String,
    pub policy: String,
    pub runs: usize,
    pub first_seed: u64,
    /// Outcome id → number of runs.
    pub outcomes: BTreeMap<String, usize>,
    pub capital_fallen_rate: f64,
    /// Median day the capital fell, among runs where it fell.
    pub median_capital_fall_date: Option<crate::calendar::Date>,
    pub median_end_date: crate::calendar::Date,
    /// Decision id → option id → number of runs that chose it.
    pub choices: BTreeMap<String, BTreeMap<String, usize>>,
    /// Every milestone of the scenario, in its order: how often and when it was reached.
    pub milestones: Vec<MilestoneShare>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct MilestoneShare {
    pub id: String,
    /// Share of runs that reached it, 0–1.
    pub share: f64,
    /// Median day it was reached, among the runs that reached it.
    pub median_date: Option<crate::calendar::Date>,
}

/// Plays seeds `first_seed..first_seed + runs` on every core. Results come back in seed order,
/// so the summary is the same however the threads run.
pub fn run_batch(
    scenario: Arc<Scenario>,
    first_seed: u64,
    runs: usize,
    policy: &PolicyKind,
) -> (Summary, Vec<RunResult>) {
    run_batch_with(scenario, first_seed, runs, policy, &|| {})
}

/// As `run_batch`, calling `progress` after each run (from whichever thread played it).
pub fn run_batch_with(
    scenario: Arc<Scenario>,
    first_seed: u64,
    runs: usize,
    policy: &PolicyKind,
    progress: &(dyn Fn() + Sync),
) -> (Summary, Vec<RunResult>) {
    let seeds: Vec<u64> = (0..runs as u64).map(|i| first_seed + i).collect();
    let mut results = on_every_core(&seeds, |game, seed| {
        let result = play_out_again(game, &scenario, seed, policy);
        progress();
        result
    });
    results.sort_by_key(|r| r.seed);
    (summarize(&scenario, first_seed, policy, &results), results)
}

/// Runs `work` for every seed, the seeds dealt out to one thread per core; each thread keeps
/// one game (`None` until its first seed) for `work` to set back and play again. Results come
/// back thread by thread.
pub fn on_every_core<R: Send>(seeds: &[u64], work: impl Fn(&mut Option<Sim>, u64) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(seeds.len().max(1));
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let seeds: Vec<u64> = seeds.iter().copied().skip(t).step_by(threads).collect();
                scope.spawn(move || {
                    let mut game = None;
                    seeds.into_iter().map(|seed| work(&mut game, seed)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("a playout thread panicked")).collect()
    })
}

fn median<T: Ord + Copy>(mut values: Vec<T>) -> Option<T> {
    values.sort();
    values.get(values.len() / 2).copied()
}

pub fn summarize(scenario: &Scenario, first_seed: u64, policy: &PolicyKind, results: &[RunResult]) -> Summary {
    let mut outcomes = BTreeMap::new();
    let mut choices: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for r in results {
        *outcomes.entry(r.outcome.clone()).or_default() += 1;
        for c in &r.decisions {
            *choices.entry(c.decision.clone()).or_default().entry(c.option.clone()).or_default() += 1;
        }
    }
    let fallen = results.iter().filter(|r| r.capital_fallen).count();
    let share = |n: usize| if results.is_empty() { 0.0 } else { n as f64 / results.len() as f64 };
    let milestones = scenario
        .def
        .milestones
        .iter()
        .map(|m| {
            let dates = super::playout::milestone_dates(results, &m.id);
            MilestoneShare { id: m.id.clone(), share: share(dates.len()), median_date: median(dates) }
        })
        .collect();
    Summary {
        scenario: scenario.def.id.clone(),
        policy: policy.name(),
        runs: results.len(),
        first_seed,
        outcomes,
        capital_fallen_rate: share(fallen),
        median_capital_fall_date: median(results.iter().filter_map(|r| r.capital_fall_date).collect()),
        median_end_date: median(results.iter().map(|r| r.end_date).collect()).unwrap_or(scenario.def.start),
        choices,
        milestones,
    }
}
