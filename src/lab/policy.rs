//! Policies answer decisions and give orders in place of a player.

use crate::scenario::schema::Fallback;
use crate::scenario::{Diagnostic, Diagnostics, Policy, Scenario, files, historical_policy, load_policy};
use crate::sim::Sim;
use crate::sim::commands::{Command, CommandError};
use crate::sim::script::flow::{allowed_options, decision_def};
use crate::sim::world::Clock;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

/// What plays the emperor in a headless game.
#[derive(Clone, Debug)]
pub enum PolicyKind {
    /// A policy file (the historical track, or a teacher's exercise).
    /// Boxed: a policy with its file is much larger than the other kinds.
    Scripted(Box<Policy>),
    /// Every decision taken uniformly at random among the allowed options.
    Random,
}

impl PolicyKind {
    pub fn name(&self) -> String {
        match self {
            PolicyKind::Scripted(p) if !p.def.title.is_empty() => p.def.title.clone(),
            PolicyKind::Scripted(p) => p.file.name.clone(),
            PolicyKind::Random => "random".into(),
        }
    }
}

impl PolicyKind {
    /// This policy with one choice fixed: `decision` is answered with `option`. A random
    /// emperor stays random in everything else.
    pub fn choosing(&self, scenario: &Scenario, decision: &str, option: &str) -> PolicyKind {
        let mut policy = match self {
            PolicyKind::Scripted(p) => (**p).clone(),
            PolicyKind::Random => Policy {
                def: crate::scenario::schema::PolicyFile {
                    scenario: scenario.def.id.clone(),
                    title: String::new(),
                    description: String::new(),
                    choices: Default::default(),
                    otherwise: Fallback::Random,
                    orders: Vec::new(),
                },
                file: files::SourceText::in_memory("random", ""),
            },
        };
        policy.def.choices.insert(decision.to_string(), option.to_string());
        PolicyKind::Scripted(Box::new(policy))
    }

    /// `historical` (the scenario's own), `random`, a shipped policy by name
    /// (`first_siege_flight`, or `flight` when playing the first siege), or the path of a
    /// policy file.
    pub fn resolve(name: &str, scenario: &Scenario) -> Result<PolicyKind, Diagnostics> {
        match name {
            "historical" => Ok(PolicyKind::Scripted(Box::new(historical_policy(scenario)?))),
            "random" => Ok(PolicyKind::Random),
            _ => {
                let prefix = format!("{}_", scenario.def.id);
                let file = files::builtin_policy(name)
                    .or_else(|| files::builtin_policy(&format!("{prefix}{name}")))
                    .map(Ok)
                    .unwrap_or_else(|| files::open_file(name))
                    .map_err(|message| {
                        let shipped: Vec<&str> =
                            files::BUILTIN_POLICIES.iter().filter_map(|p| p.strip_prefix(prefix.as_str())).collect();
                        Diagnostics(vec![Diagnostic::error(name, 0, 0, message).with_help(format!(
                            "give `historical`, `random`, the path of a policy file or a shipped policy: {}",
                            shipped.join(", ")
                        ))])
                    })?;
                if files::kind_of(&file.text) == "Exercise" {
                    return exercise_policy(file, scenario);
                }
                Ok(PolicyKind::Scripted(Box::new(load_policy(file, scenario)?)))
            }
        }
    }
}

/// An exercise played by the lab: its fixed choices, and Qinzong's everywhere else.
fn exercise_policy(file: files::SourceText, scenario: &Scenario) -> Result<PolicyKind, Diagnostics> {
    let name = file.name.clone();
    let exercise = crate::scenario::load_exercise(file.clone())?;
    if exercise.scenario.def.id != scenario.def.id {
        let message = format!("this exercise plays `{}`, not `{}`", exercise.scenario.def.id, scenario.def.id);
        return Err(Diagnostics(vec![
            Diagnostic::error(&name, 0, 0, message).with_help("explore the exercise's own scenario"),
        ]));
    }
    let def = crate::scenario::schema::PolicyFile {
        scenario: scenario.def.id.clone(),
        title: exercise.def.title,
        description: exercise.def.introduction,
        choices: exercise.def.locked,
        otherwise: Fallback::Historical,
        orders: Vec::new(),
    };
    Ok(PolicyKind::Scripted(Box::new(Policy { def, file })))
}

/// A policy in play: its own generator (so its draws never disturb the world's) and the
/// orders it has already given.
pub struct Driver<'a> {
    policy: &'a PolicyKind,
    rng: ChaCha8Rng,
    /// The policy's orders, by date (a file may list them in any order).
    orders: Vec<&'a crate::scenario::schema::PolicyOrder>,
    orders_given: usize,
    /// Orders the game refused, with the reason.
    pub refused: Vec<RefusedOrder>,
}

/// A policy order the game refused: an army not (or no longer) in the field, an order the
/// rules cannot carry out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RefusedOrder {
    pub date: crate::calendar::Date,
    pub army: String,
    pub reason: String,
}

impl<'a> Driver<'a> {
    pub fn new(policy: &'a PolicyKind, seed: u64) -> Self {
        let mut orders: Vec<_> = match policy {
            PolicyKind::Scripted(p) => p.def.orders.iter().collect(),
            PolicyKind::Random => Vec::new(),
        };
        orders.sort_by_key(|o| o.date);
        Driver {
            policy,
            rng: ChaCha8Rng::seed_from_u64(seed ^ 0x9e37_79b9_7f4a_7c15),
            orders,
            orders_given: 0,
            refused: Vec::new(),
        }
    }

    /// Answers every pending decision and gives the orders now due.
    pub fn act(&mut self, sim: &mut Sim) -> Result<(), CommandError> {
        while let Some(decision) = sim.record().pending.first().cloned() {
            let def = decision_def(sim.world(), &decision).expect("pending decisions are defined");
            let allowed = allowed_options(sim.world(), &def);
            let historical = def.options.iter().find(|o| o.historical).map(|o| o.id.clone());
            let random = |rng: &mut ChaCha8Rng| allowed.get(rng.random_range(0..allowed.len().max(1))).cloned();
            let option = match self.policy {
                PolicyKind::Random => random(&mut self.rng),
                PolicyKind::Scripted(p) => p.def.choices.get(&decision).cloned().or_else(|| match p.def.otherwise {
                    Fallback::Historical => historical.clone(),
                    Fallback::Default => Some(def.default.clone()),
                    Fallback::Random => random(&mut self.rng),
                }),
            };
            // A choice that is not allowed now falls back to the decision's default.
            let option = option.filter(|o| allowed.contains(o)).unwrap_or(def.default.clone());
            sim.execute(&Command::Choose { decision, option })?;
        }
        {
            let today = sim.world().resource::<Clock>().date;
            while let Some(order) = self.orders.get(self.orders_given).filter(|o| o.date <= today) {
                self.orders_given += 1;
                let command = Command::Order { army: order.army.clone(), order: order.order.clone() };
                if let Err(e) = sim.execute(&command) {
                    self.refused.push(RefusedOrder { date: today, army: order.army.clone(), reason: e.to_string() });
                }
            }
        }
        Ok(())
    }
}
