//! Branching: the same game up to a decision, another option taken there, and play on. The
//! game keeps every line it has branched into ([`crate::sim::lines`]).

use crate::scenario::Scenario;
use crate::scenario::schema::Id;
use crate::sim::Sim;
use crate::sim::commands::{Command, CommandError, CommandLog};
use crate::sim::lines::{BranchPoint, Lines, SavedLine};
use crate::sim::script::flow::Locks;
use crate::sim::script::record::Record;
use crate::sim::world::Clock;
use bevy::prelude::World;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Why a branch cannot be made.
#[derive(Clone, Debug, PartialEq)]
pub enum BranchError {
    /// The decision was never settled in this line.
    NotDecided { decision: Id },
    /// The line already took that option there.
    SameOption { decision: Id, option: Id },
    /// The option cannot be taken at that moment.
    Refused(CommandError),
}

/// The line a branch leaves: its game's scenario and seed, the choices an exercise fixes in
/// it (empty outside exercises), its commands and its name.
pub struct Origin<'a> {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub locks: BTreeMap<Id, Id>,
    pub log: &'a [(u32, Command)],
    pub line: &'a str,
}

impl Origin<'_> {
    /// The line's game on its first day, under the same fixed choices.
    fn new_game(&self) -> Sim {
        let mut sim = Sim::new(self.scenario.clone(), self.seed);
        sim.world_mut().insert_resource(Locks(self.locks.clone()));
        sim
    }
}

/// A new game that plays the line up to the moment `decision` was settled in it (chosen, or
/// left to lapse), and there takes `option` instead. The new game's own log is the shared part
/// and the new choice; returns it with where it branched. A choice an exercise fixes cannot be
/// branched (`ChoiceError::Locked`).
pub fn branch(from: &Origin, decision: &str, option: &str) -> Result<(Sim, BranchPoint), BranchError> {
    let (shared, was) = settled_at(from, decision)?;
    if was == option {
        return Err(BranchError::SameOption { decision: decision.into(), option: option.into() });
    }
    let mut sim = from.new_game();
    for (_, command) in &from.log[..shared] {
        sim.execute(command).map_err(BranchError::Refused)?;
    }
    let date = sim.world().resource::<Clock>().date;
    let choose = Command::Choose { decision: decision.into(), option: option.into() };
    sim.execute(&choose).map_err(BranchError::Refused)?;
    let point = BranchPoint {
        line: from.line.to_string(),
        decision: decision.into(),
        was,
        option: option.into(),
        date,
        shared,
    };
    Ok((sim, point))
}

/// The number of commands of the line played before `decision` was settled (the command that
/// settled it is the next: the choice, or the end of the turn in which it lapsed), and the
/// option it was settled with.
fn settled_at(from: &Origin, decision: &str) -> Result<(usize, Id), BranchError> {
    let mut sim = from.new_game();
    let taken = |world: &World| {
        world.resource::<Record>().choices.iter().find(|c| c.decision == decision).map(|c| c.option.clone())
    };
    for (i, (_, command)) in from.log.iter().enumerate() {
        sim.execute(command).map_err(BranchError::Refused)?;
        if let Some(option) = taken(sim.world()) {
            return Ok((i, option));
        }
    }
    Err(BranchError::NotDecided { decision: decision.into() })
}

/// The lines of a game after it branches from its current line into `name`: the current line
/// kept among the others, the new one current.
pub fn after_branch(world: &World, name: &str, point: BranchPoint) -> Lines {
    let mut lines = world.get_resource::<Lines>().cloned().unwrap_or_default();
    let clock = world.resource::<Clock>();
    let kept = SavedLine {
        name: lines.current.clone(),
        date: clock.date.to_string(),
        turn: clock.turn,
        commands: world.resource::<CommandLog>().0.clone(),
        from: lines.from.take(),
    };
    lines.others.push(kept);
    lines.current = lines.unused_name(name);
    lines.from = Some(point);
    lines
}
