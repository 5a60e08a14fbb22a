//! Commands: the only way the player (or a policy) changes the world. The log of commands,
//! with the scenario and the seed, replays a game exactly.

use super::TurnSchedule;
use super::script::effects::give_order;
use super::script::flow::{ChoiceError, choose};
use super::script::record::Record;
use super::world::*;
use crate::scenario::schema::{Id, OrderDef};
use bevy::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Message, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// Take a pending decision.
    Choose { decision: Id, option: Id },
    /// Give an order to one of the player's armies.
    Order { army: Id, order: OrderDef },
    /// End the turn: the world moves on by the scenario's turn length.
    EndTurn,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Choice(#[from] ChoiceError),
    #[error("no army `{0}`")]
    NoSuchArmy(String),
    #[error("army `{0}` does not take orders from the emperor")]
    NotYours(String),
    #[error("army `{0}` is no longer in the field")]
    ArmyGone(String),
    #[error("no place `{0}`")]
    NoSuchPlace(String),
    #[error("the game is over")]
    GameOver,
}

/// Every command carried out, in order, with the turn it was given in.
#[derive(Resource, Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct CommandLog(pub Vec<(u32, Command)>);

/// Commands refused when they came in as messages, for the UI to show.
#[derive(Resource, Clone, Debug, Default)]
pub struct RefusedCommands(pub Vec<(Command, CommandError)>);

/// Carries out one command, logging it if it was accepted.
pub fn execute(world: &mut World, command: &Command) -> Result<(), CommandError> {
    if world.resource::<Record>().is_over() {
        return Err(CommandError::GameOver);
    }
    match command {
        Command::Choose { decision, option } => choose(world, decision, option, false)?,
        Command::Order { army, order } => {
            let e = *world.resource::<Armies>().get(army).ok_or_else(|| CommandError::NoSuchArmy(army.clone()))?;
            let a = world.get::<Army>(e).expect("army");
            if !a.player_controlled {
                return Err(CommandError::NotYours(army.clone()));
            }
            if !a.is_in_play() {
                return Err(CommandError::ArmyGone(army.clone()));
            }
            if let Some(place) = order.place()
                && world.resource::<Map>().index(place).is_none()
            {
                return Err(CommandError::NoSuchPlace(place.clone()));
            }
            if let OrderDef::Pursue(target) = order
                && !world.resource::<Armies>().contains_key(target)
            {
                return Err(CommandError::NoSuchArmy(target.clone()));
            }
            give_order(world, e, order.clone());
            let clock = world.resource::<Clock>().clone();
            let name = world.get::<Army>(e).expect("army").name.clone();
            let cause = super::chronicle::Cause::Order { army: army.clone() };
            let entry = super::script::effects::order_entry(world, name, order, cause);
            world.resource_mut::<super::chronicle::Chronicle>().record(&clock, entry);
        }
        Command::EndTurn => world.run_schedule(TurnSchedule),
    }
    let turn = world.resource::<Clock>().turn;
    let turn = if *command == Command::EndTurn { turn - 1 } else { turn };
    world.resource_mut::<CommandLog>().0.push((turn, command.clone()));
    Ok(())
}

/// Carries out commands sent as messages (the desktop game sends them this way).
pub fn process_commands(world: &mut World) {
    let commands: Vec<Command> = world.resource_mut::<Messages<Command>>().drain().collect();
    for command in commands {
        if let Err(e) = execute(world, &command) {
            world.resource_mut::<RefusedCommands>().0.push((command, e));
        }
    }
}

/// Chronicle entries that stop "advance until something happens".
const NOTEWORTHY: &[&str] = &[
    "decision-arises",
    "battle",
    "siege-begins",
    "siege-lifted",
    "walls-fall",
    "city-surrenders",
    "assault-carries",
    "army-routed",
    "raid-succeeded",
    "raid-failed",
    "event",
    "outcome",
    "withdraw-satisfied",
    "withdraw-hungry",
    "withdraw-threatened",
];

/// Ends turns until something worth the player's attention happens (a decision, a battle, a
/// siege begun or lifted, a city lost, an event, the end), at most `max_turns`. Returns the
/// number of turns ended.
pub fn advance_until_something_happens(world: &mut World, max_turns: u32) -> Result<u32, CommandError> {
    for turn in 1..=max_turns {
        let seen = world.resource::<super::chronicle::Chronicle>().entries.len();
        execute(world, &Command::EndTurn)?;
        let entries = &world.resource::<super::chronicle::Chronicle>().entries[seen..];
        if entries.iter().any(|e| NOTEWORTHY.contains(&e.key)) || world.resource::<Record>().is_over() {
            return Ok(turn);
        }
    }
    Ok(max_turns)
}
