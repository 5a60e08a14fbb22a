//! Commands: the only way the player (or a policy) changes the world. The log of commands,
//! with the scenario and the seed, replays a game exactly.

use super::TurnSchedule;
use super::chronicle::{Cause, Chronicle};
use super::orders::{Refusal, check_order};
use super::script::effects::{apply, give_order, order_entry};
use super::script::flow::{ChoiceError, choose};
use super::script::record::Record;
use super::world::*;
use crate::scenario::schema::{Effect, Id, OrderDef};
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

/// Why a command was refused. Its words are in the locale (`crate::words`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandError {
    Choice(ChoiceError),
    NoSuchArmy(String),
    NotYours(String),
    ArmyGone(String),
    NoSuchPlace(String),
    /// The rules cannot carry the order out.
    Refused {
        army: String,
        reason: Refusal,
    },
    GameOver,
}

impl From<ChoiceError> for CommandError {
    fn from(e: ChoiceError) -> Self {
        CommandError::Choice(e)
    }
}

impl std::error::Error for CommandError {}

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
            let a = world.get::<Army>(e).expect("army").clone();
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
            check_order(world, e, order).map_err(|reason| CommandError::Refused { army: a.name.clone(), reason })?;
            let cause = Cause::Order { army: army.clone() };
            if *order == OrderDef::Disband {
                apply(world, &[Effect::Disband(army.clone())], &cause);
            } else {
                give_order(world, e, order.clone(), OrderSource::Given);
                world.get_mut::<Orders>(e).expect("orders").by_player = true;
                let clock = world.resource::<Clock>().clone();
                let a = world.get::<Army>(e).expect("army").clone();
                let entry = order_entry(world, &a, order, cause);
                world.resource_mut::<Chronicle>().record(&clock, entry);
            }
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
    "city-stormed",
    "city-surrenders",
    "capital-surrenders",
    "city-handed-over",
    "assault-carries",
    "army-routed",
    "army-flees-before",
    "army-melts-away",
    "raid-succeeded",
    "raid-failed",
    "event",
    "outcome",
    "chapter-begins",
    "court-overtaken",
    "court-overtaken-battle",
    "court-escort-scattered",
    "court-arrives",
    "withdraw-satisfied",
    "withdraw-hungry",
    "withdraw-threatened",
];

/// Ends turns until something worth the player's attention happens (a decision, a battle, a
/// siege begun or lifted, a city lost, an event, the end), at most `max_turns`. Returns the
/// number of turns ended.
pub fn advance_until_something_happens(world: &mut World, max_turns: u32) -> Result<u32, CommandError> {
    for turn in 1..=max_turns {
        let seen = world.resource::<Chronicle>().entries.len();
        execute(world, &Command::EndTurn)?;
        let entries = &world.resource::<Chronicle>().entries[seen..];
        if entries.iter().any(|e| NOTEWORTHY.contains(&e.key)) || world.resource::<Record>().is_over() {
            return Ok(turn);
        }
    }
    Ok(max_turns)
}
