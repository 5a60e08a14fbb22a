//! An exploration: one or more policies ("arms") played on the same seeds, each summarised
//! with intervals, and each arm after the first compared with the first.

use super::playout::RunResult;
use super::policy::PolicyKind;
use super::stats::{Difference, Quartiles, Share, difference, quartiles, wilson};
use super::summary::run_batch_with;
use crate::scenario::schema::Side;
use crate::scenario::{Diagnostic, Diagnostics, Scenario};
use crate::sim::losses::SideLosses;
use serde::Serialize;
use std::sync::Arc;

/// What to explore.
pub struct Plan {
    pub scenario: Arc<Scenario>,
    pub first_seed: u64,
    pub runs: usize,
    /// Each arm: its label and its policy. The first is the baseline of the comparisons.
    pub arms: Vec<(String, PolicyKind)>,
    /// The decision whose options the arms are ([`Plan::varying`]): each arm is its base
    /// policy with that one choice changed, and is named so.
    pub varied: Option<String>,
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
        Ok(Plan { scenario, first_seed, runs, arms, varied: Some(decision.to_string()) })
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
    /// The decision this arm answers with `label`, the rest as `policy` (for `--vary`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub varies: Option<String>,
    pub capital_fallen: Share,
    pub capital_fall_date: Option<Quartiles>,
    pub end_date: Option<Quartiles>,
    pub outcomes: Vec<OutcomeShare>,
    pub milestones: Vec<MilestoneStats>,
    pub decisions: Vec<DecisionStats>,
    /// Median silver-equivalent left in the treasury and paid to the Jin at the end.
    pub median_treasury: f64,
    pub median_indemnity_paid: f64,
    pub casualties: Casualties,
}

/// The men each side lost in a game, over the runs.
#[derive(Clone, Debug, Serialize)]
pub struct Casualties {
    pub song: SideCasualties,
    pub jin: SideCasualties,
}

#[derive(Clone, Debug, Serialize)]
pub struct SideCasualties {
    /// All the men lost, whatever the cause.
    pub total: Option<Quartiles<u64>>,
    /// The median of each cause on its own (medians do not add up to the median total).
    pub fighting: u64,
    pub hardship: u64,
    pub desertion: u64,
    pub captured: u64,
}

fn side_casualties(runs: &[RunResult], side: Side) -> SideCasualties {
    let median = |f: &dyn Fn(&SideLosses) -> u64| {
        quartiles(runs.iter().map(|r| f(r.final_state.losses.of(side))).collect()).map_or(0, |q| q.median)
    };
    SideCasualties {
        total: quartiles(runs.iter().map(|r| r.final_state.losses.of(side).total()).collect()),
        fighting: median(&|l| l.fighting),
        hardship: median(&|l| l.hardship),
        desertion: median(&|l| l.desertion),
        captured: median(&|l| l.captured),
    }
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
        .map(|((label, policy), runs)| Arm { varies: plan.varied.clone(), ..arm(&plan.scenario, label, policy, runs) })
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
        varies: None,
        capital_fallen: wilson(count(&|r| r.capital_fallen), n),
        capital_fall_date: quartiles(runs.iter().filter_map(|r| r.capital_fall_date).collect()),
        end_date: quartiles(runs.iter().map(|r| r.end_date).collect()),
        outcomes,
        milestones,
        decisions,
        median_treasury: median(&|r| r.final_state.treasury_silver_equivalent),
        median_indemnity_paid: median(&|r| r.final_state.indemnity_paid_silver_equivalent),
        casualties: Casualties { song: side_casualties(runs, Side::Song), jin: side_casualties(runs, Side::Jin) },
    }
}

/// Writing CSV to memory cannot fail.
const WRITES: &str = "CSV writes to memory";

const LOSS_COLUMNS: [&str; 8] = [
    "song_lost_fighting",
    "song_lost_hardship",
    "song_lost_desertion",
    "song_lost_captured",
    "jin_lost_fighting",
    "jin_lost_hardship",
    "jin_lost_desertion",
    "jin_lost_captured",
];

/// One row a run: the arm, the seed, the outcome, the capital, the end, the men each side
/// lost by cause, and the day each milestone was reached (empty where it was not).
pub fn runs_csv(e: &Exploration, scenario: &Scenario) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["arm", "seed", "outcome", "capital_fallen", "capital_fall_date", "end_date", "turns"];
    header.extend(LOSS_COLUMNS);
    header.extend(scenario.def.milestones.iter().map(|m| m.id.as_str()));
    w.write_record(&header).expect(WRITES);
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
            for l in [&r.final_state.losses.song, &r.final_state.losses.jin] {
                row.extend([l.fighting, l.hardship, l.desertion, l.captured].map(|x| x.to_string()));
            }
            row.extend(
                scenario.def.milestones.iter().map(|m| r.milestone(&m.id).map(|d| d.to_string()).unwrap_or_default()),
            );
            w.write_record(&row).expect(WRITES);
        }
    }
    String::from_utf8(w.into_inner().expect(WRITES)).expect("the fields are UTF-8")
}
