//! An exploration: one or more policies ("arms") played on the same seeds, each summarised
//! with intervals, and each arm after the first compared with the first.

use super::playout::RunResult;
use super::policy::PolicyKind;
use super::stats::{Difference, Quartiles, Share, difference, quartiles, wilson};
use super::summary::run_batch_with;
use crate::scenario::{Diagnostic, Diagnostics, Scenario};
use serde::Serialize;
use std::sync::Arc;

/// What to explore.
pub struct Plan {
    pub scenario: Arc<Scenario>,
    pub first_seed: u64,
    pub runs: usize,
    /// Each arm: its label and its policy. The first is the baseline of the comparisons.
    pub arms: Vec<(String, PolicyKind)>,
}

impl Plan {
    /// One arm per option of `decision`, each the `base` policy with that choice fixed.
    pub fn varying(
        scenario: Arc<Scenario>,
        base: &PolicyKind,
        decision: &str,
        first_seed: u64,
        runs: usize,
    ) -> Result<Plan, Diagnostics> {
        let def = scenario.def.decisions.iter().find(|d| d.id == decision).ok_or_else(|| {
            let known: Vec<&str> = scenario.def.decisions.iter().map(|d| d.id.as_str()).collect();
            let hint = crate::scenario::diagnostic::did_you_mean(decision, known.iter().copied())
                .unwrap_or_else(|| format!("the decisions are: {}", known.join(", ")));
            Diagnostics(vec![
                Diagnostic::error(decision, 0, 0, format!("no decision `{decision}` in `{}`", scenario.def.id))
                    .with_help(hint),
            ])
        })?;
        let arms =
            def.options.iter().map(|o| (o.id.clone(), base.choosing(&scenario, decision, &o.id))).collect::<Vec<_>>();
        Ok(Plan { scenario, first_seed, runs, arms })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Exploration {
    pub scenario: String,
    pub first_seed: u64,
    pub runs: usize,
    pub arms: Vec<Arm>,
    /// Each arm after the first against the first.
    pub comparisons: Vec<Comparison>,
    /// Every run of every arm, in arm and seed order (for `--csv`).
    #[serde(skip)]
    pub results: Vec<Vec<RunResult>>,
}

/// One policy's runs, summarised.
#[derive(Clone, Debug, Serialize)]
pub struct Arm {
    pub label: String,
    pub policy: String,
    pub capital_fallen: Share,
    pub capital_fall_date: Option<Quartiles>,
    pub end_date: Option<Quartiles>,
    pub outcomes: Vec<OutcomeShare>,
    pub milestones: Vec<MilestoneStats>,
    pub decisions: Vec<DecisionStats>,
    /// Median silver-equivalent left in the treasury and paid to the Jin at the end.
    pub median_treasury: f64,
    pub median_indemnity_paid: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct OutcomeShare {
    pub id: String,
    pub title: String,
    pub share: Share,
}

#[derive(Clone, Debug, Serialize)]
pub struct MilestoneStats {
    pub id: String,
    pub share: Share,
    pub dates: Option<Quartiles>,
}

/// How often a decision came before the emperor, and what was chosen.
#[derive(Clone, Debug, Serialize)]
pub struct DecisionStats {
    pub id: String,
    pub reached: Share,
    /// Option id → runs that took it.
    pub taken: Vec<(String, usize)>,
}

/// An arm against the baseline: the difference in the share of games the capital fell.
#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    pub arm: String,
    pub baseline: String,
    pub capital_fallen: Difference,
}

/// Plays every arm on the same seeds, on every core; `progress` is called after each run.
pub fn explore(plan: &Plan, progress: &(dyn Fn() + Sync)) -> Exploration {
    let results: Vec<Vec<RunResult>> = plan
        .arms
        .iter()
        .map(|(_, policy)| run_batch_with(plan.scenario.clone(), plan.first_seed, plan.runs, policy, progress).1)
        .collect();
    let arms: Vec<Arm> = plan
        .arms
        .iter()
        .zip(&results)
        .map(|((label, policy), runs)| arm(&plan.scenario, label, policy, runs))
        .collect();
    let comparisons = arms
        .iter()
        .skip(1)
        .map(|a| Comparison {
            arm: a.label.clone(),
            baseline: arms[0].label.clone(),
            capital_fallen: difference(&a.capital_fallen, &arms[0].capital_fallen),
        })
        .collect();
    Exploration {
        scenario: plan.scenario.def.id.clone(),
        first_seed: plan.first_seed,
        runs: plan.runs,
        arms,
        comparisons,
        results,
    }
}

fn arm(scenario: &Scenario, label: &str, policy: &PolicyKind, runs: &[RunResult]) -> Arm {
    let n = runs.len();
    let count = |f: &dyn Fn(&RunResult) -> bool| runs.iter().filter(|r| f(r)).count();
    let outcomes = scenario
        .def
        .outcomes
        .iter()
        .map(|o| OutcomeShare {
            id: o.id.clone(),
            title: o.title.clone(),
            share: wilson(count(&|r| r.outcome == o.id), n),
        })
        .filter(|o| o.share.count > 0)
        .collect();
    let milestones = scenario
        .def
        .milestones
        .iter()
        .map(|m| {
            let dates = super::playout::milestone_dates(runs, &m.id);
            MilestoneStats { id: m.id.clone(), share: wilson(dates.len(), n), dates: quartiles(dates) }
        })
        .collect();
    let decisions = scenario
        .def
        .decisions
        .iter()
        .map(|d| {
            let taken = d
                .options
                .iter()
                .map(|o| {
                    let chose = |r: &RunResult| r.decisions.iter().any(|c| c.decision == d.id && c.option == o.id);
                    (o.id.clone(), count(&chose))
                })
                .collect();
            DecisionStats { id: d.id.clone(), reached: wilson(count(&|r| r.offered.contains(&d.id)), n), taken }
        })
        .filter(|d| d.reached.count > 0)
        .collect();
    let median = |f: &dyn Fn(&RunResult) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    Arm {
        label: label.to_string(),
        policy: policy.name(),
        capital_fallen: wilson(count(&|r| r.capital_fallen), n),
        capital_fall_date: quartiles(runs.iter().filter_map(|r| r.capital_fall_date).collect()),
        end_date: quartiles(runs.iter().map(|r| r.end_date).collect()),
        outcomes,
        milestones,
        decisions,
        median_treasury: median(&|r| r.final_state.treasury_silver_equivalent),
        median_indemnity_paid: median(&|r| r.final_state.indemnity_paid_silver_equivalent),
    }
}
