//! One headless game from start to end.

use super::policy::{Driver, PolicyKind, RefusedOrder};
use crate::calendar::Date;
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::commands::Command;
use crate::sim::losses::Losses;
use crate::sim::script::record::Choice;
use crate::sim::world::{Clock, Court, Diplomacy, city, value};
use serde::Serialize;
use std::sync::Arc;

/// No scenario may run longer than this many turns (a guard against endless data).
const MAX_TURNS: u32 = 5000;

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct RunResult {
    pub scenario: String,
    pub seed: u64,
    pub policy: String,
    /// Stable snake_case id of the outcome that ended the game.
    pub outcome: String,
    pub outcome_title: String,
    pub capital_fallen: bool,
    pub capital_fall_date: Option<Date>,
    /// Julian calendar, ISO format.
    pub end_date: Date,
    pub turns: u32,
    pub decisions: Vec<Choice>,
    /// Every decision that came before the emperor, taken or not.
    pub offered: Vec<String>,
    /// Every outcome recorded on the way, in order.
    pub outcomes_reached: Vec<String>,
    /// The scenario's milestones that were reached, each with the first day it held.
    pub milestones: Vec<Dated>,
    /// The chapters played, each with the day it began.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chapters: Vec<Dated>,
    /// Orders of the policy the game refused, with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused_orders: Vec<RefusedOrder>,
    pub final_state: FinalState,
}

impl RunResult {
    /// The day a milestone was reached in this run, if it was.
    pub fn milestone(&self, id: &str) -> Option<Date> {
        self.milestones.iter().find(|d| d.id == id).map(|d| d.date)
    }
}

/// The days a milestone was reached, in the runs that reached it.
pub fn milestone_dates(runs: &[RunResult], id: &str) -> Vec<Date> {
    runs.iter().filter_map(|r| r.milestone(id)).collect()
}

/// Something that happened on a day: a milestone reached, a chapter begun.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Dated {
    pub id: String,
    /// Julian calendar, ISO format.
    pub date: Date,
}

fn dated(list: &[(String, Date)]) -> Vec<Dated> {
    list.iter().map(|(id, date)| Dated { id: id.clone(), date: *date }).collect()
}

/// A few numbers of the world at the end, for comparisons across runs.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FinalState {
    pub authority: f32,
    pub capital_morale: f32,
    pub capital_food_days: f32,
    pub grievance: f32,
    pub indemnity_paid_silver_equivalent: f64,
    pub treasury_silver_equivalent: f64,
    pub treaty: String,
    /// The men each side lost, by cause.
    pub losses: Losses,
}

/// Plays a scenario to its end under a policy. Returns the result and the finished game.
pub fn play_out(scenario: Arc<Scenario>, seed: u64, policy: &PolicyKind) -> (RunResult, Sim) {
    let mut sim = Sim::new(scenario.clone(), seed);
    let result = play_to_end(&mut sim, &scenario, seed, policy);
    (result, sim)
}

/// As [`play_out`], in the game of an earlier playout set back to the start, if there is one:
/// building a Bevy app and its schedule costs more than a short siege takes to play.
pub fn play_out_again(game: &mut Option<Sim>, scenario: &Arc<Scenario>, seed: u64, policy: &PolicyKind) -> RunResult {
    let sim = match game {
        Some(sim) => {
            sim.restart(scenario.clone(), seed);
            sim
        }
        None => game.insert(Sim::new(scenario.clone(), seed)),
    };
    play_to_end(sim, scenario, seed, policy)
}

fn play_to_end(sim: &mut Sim, scenario: &Scenario, seed: u64, policy: &PolicyKind) -> RunResult {
    let refused = play_on(sim, seed, policy);
    let mut result = summarize(sim, scenario, seed, policy.name());
    result.refused_orders = refused;
    result
}

/// Plays a game from where it stands to its end under a policy; returns the policy's orders
/// the game refused.
pub fn play_on(sim: &mut Sim, seed: u64, policy: &PolicyKind) -> Vec<RefusedOrder> {
    play_until(sim, seed, policy, MAX_TURNS)
}

/// The game Qinzong's choices give from `seed`, played until its turn `turn` begins or it
/// ends (`u32::MAX`: to its end); none where the scenario has no historical policy.
pub fn historical_game(scenario: &Arc<Scenario>, seed: u64, turn: u32) -> Option<Sim> {
    let policy = PolicyKind::Scripted(Box::new(crate::scenario::historical_policy(scenario).ok()?));
    let mut sim = Sim::new(scenario.clone(), seed);
    play_until(&mut sim, seed, &policy, turn);
    Some(sim)
}

/// Plays a game under a policy until its turn `turn` begins, or it ends.
pub fn play_until(sim: &mut Sim, seed: u64, policy: &PolicyKind, turn: u32) -> Vec<RefusedOrder> {
    let mut driver = Driver::new(policy, seed);
    while !sim.is_over() && sim.world().resource::<Clock>().turn < turn.min(MAX_TURNS) {
        if driver.act(sim).is_err() || sim.is_over() {
            break;
        }
        if sim.execute(&Command::EndTurn).is_err() {
            break;
        }
    }
    driver.refused
}

/// The result of a game as it stands.
pub fn summarize(sim: &Sim, scenario: &Scenario, seed: u64, policy: String) -> RunResult {
    let world = sim.world();
    let record = sim.record();
    let clock = world.resource::<Clock>();
    let (outcome, end_date) = record.ended.clone().unwrap_or(("unfinished".into(), clock.date));
    let outcome_title =
        scenario.def.outcomes.iter().find(|o| o.id == outcome).map(|o| o.title.clone()).unwrap_or_default();
    let capital = city(world, &scenario.def.capital);
    let court = world.resource::<Court>();
    let diplomacy = world.resource::<Diplomacy>();
    RunResult {
        scenario: scenario.def.id.clone(),
        seed,
        policy,
        outcome,
        outcome_title,
        capital_fallen: record.capital_fell.is_some(),
        capital_fall_date: record.capital_fell,
        end_date,
        turns: clock.turn - 1,
        decisions: record.choices.clone(),
        offered: record.offered.iter().cloned().collect(),
        outcomes_reached: record.outcomes.iter().map(|(id, _)| id.clone()).collect(),
        milestones: dated(&record.milestones),
        chapters: dated(&record.chapters),
        refused_orders: Vec::new(),
        final_state: FinalState {
            authority: court.authority.round(),
            capital_morale: capital.map_or(0.0, |c| c.morale.round()),
            capital_food_days: capital.map_or(0.0, |c| c.food_days.round()),
            grievance: diplomacy.grievance.round(),
            indemnity_paid_silver_equivalent: value(&diplomacy.paid).round(),
            treasury_silver_equivalent: value(&court.treasury).round(),
            treaty: diplomacy.treaty.id().to_string(),
            losses: world.resource::<Losses>().clone(),
        },
    }
}
