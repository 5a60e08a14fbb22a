//! Decisions arising and expiring, events firing, outcomes reached.

use super::super::chronicle::{Cause, Chronicle, Entry};
use super::super::rng::SimRng;
use super::super::world::*;
use super::conditions::holds;
use super::effects::apply;
use super::record::{Choice, LoadedScenario, Record};
use crate::scenario::schema::{DecisionDef, Side, TriggerDef};
use bevy::prelude::*;

fn in_window(trigger: &TriggerDef, world: &World) -> bool {
    let date = world.resource::<Clock>().date;
    trigger.from.is_none_or(|from| date >= from)
        && trigger.until.is_none_or(|until| date <= until)
        && holds(world, &trigger.when)
}

fn note(world: &mut World, entry: Entry) {
    let clock = world.resource::<Clock>().clone();
    world.resource_mut::<Chronicle>().record(&clock, entry);
}

/// Why a choice was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChoiceError {
    #[error("decision `{0}` is not on the table")]
    NotPending(String),
    #[error("decision `{decision}` has no option `{option}`")]
    NoSuchOption { decision: String, option: String },
    #[error("option `{option}` of `{decision}` cannot be chosen now: its conditions do not hold")]
    NotAllowed { decision: String, option: String },
    #[error("the game is over")]
    GameOver,
}

/// The decision's definition.
pub fn decision_def(world: &World, id: &str) -> Option<DecisionDef> {
    world.resource::<LoadedScenario>().def.decisions.iter().find(|d| d.id == id).cloned()
}

/// Options of a pending decision that can be chosen now.
pub fn allowed_options(world: &World, decision: &DecisionDef) -> Vec<String> {
    decision.options.iter().filter(|o| holds(world, &o.requires)).map(|o| o.id.clone()).collect()
}

/// Takes a decision: records it, chronicles it, applies the option's effects.
pub fn choose(world: &mut World, decision: &str, option: &str, by_default: bool) -> Result<(), ChoiceError> {
    if world.resource::<Record>().is_over() {
        return Err(ChoiceError::GameOver);
    }
    if !world.resource::<Record>().pending.iter().any(|d| d == decision) {
        return Err(ChoiceError::NotPending(decision.to_string()));
    }
    let def = decision_def(world, decision).ok_or_else(|| ChoiceError::NotPending(decision.to_string()))?;
    let Some(opt) = def.options.iter().find(|o| o.id == option) else {
        return Err(ChoiceError::NoSuchOption { decision: decision.into(), option: option.into() });
    };
    if !by_default && !holds(world, &opt.requires) {
        return Err(ChoiceError::NotAllowed { decision: decision.into(), option: option.into() });
    }
    let date = world.resource::<Clock>().date;
    let mut record = world.resource_mut::<Record>();
    record.pending.retain(|d| d != decision);
    record.choices.push(Choice {
        decision: decision.into(),
        option: option.into(),
        date,
        by_default,
        historical: opt.historical,
    });
    let cause = if by_default {
        Cause::Default { decision: decision.into(), option: option.into() }
    } else {
        Cause::Decision { decision: decision.into(), option: option.into() }
    };
    let key = if by_default { "decision-lapses" } else { "decision-taken" };
    note(world, Entry::new(key, cause.clone()).arg("decision", def.title.clone()).arg("option", opt.label.clone()));
    apply(world, &opt.effects.clone(), &cause);
    Ok(())
}

/// Pending decisions whose moment has passed take their default option.
pub fn expire_overdue(world: &mut World) {
    let date = world.resource::<Clock>().date;
    let pending = world.resource::<Record>().pending.clone();
    for id in pending {
        let Some(def) = decision_def(world, &id) else { continue };
        if def.trigger.until.is_some_and(|until| date > until) {
            let _ = choose(world, &id, &def.default, true);
        }
    }
}

/// Puts on the table every decision whose trigger now holds.
pub fn raise_decisions(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    for def in &scenario.def.decisions {
        if world.resource::<Record>().offered.contains(&def.id) || !in_window(&def.trigger, world) {
            continue;
        }
        let mut record = world.resource_mut::<Record>();
        record.offered.insert(def.id.clone());
        record.pending.push(def.id.clone());
        note(
            world,
            Entry::new("decision-arises", Cause::Event { event: def.id.clone() }).arg("decision", def.title.clone()),
        );
    }
}

/// Fires every event whose trigger holds (and whose chance comes up).
pub fn fire_events(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    for def in &scenario.def.events {
        let done = world.resource::<Record>().happened.contains_key(&def.id);
        if (done && !def.repeatable) || !in_window(&def.trigger, world) {
            continue;
        }
        if !world.resource_mut::<SimRng>().chance(def.chance.get()) {
            continue;
        }
        let date = world.resource::<Clock>().date;
        world.resource_mut::<Record>().happened.insert(def.id.clone(), date);
        let cause = Cause::Event { event: def.id.clone() };
        let mut entry =
            Entry::new("event", cause.clone()).arg("title", def.title.clone()).arg("text", def.text.clone());
        entry.place = def.place.clone();
        note(world, entry);
        apply(world, &def.effects, &cause);
    }
}

/// Records the fall of the capital and the outcomes reached; ends the game when one ends it
/// or time runs out.
pub fn check_outcomes(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    let date = world.resource::<Clock>().date;
    let capital = world.resource::<Map>().entity(&scenario.def.capital).and_then(|e| world.get::<City>(e)).cloned();
    if let Some(city) = capital
        && (city.walls_fallen || city.controller == Side::Jin)
        && world.resource::<Record>().capital_fell.is_none()
    {
        world.resource_mut::<Record>().capital_fell = Some(date);
    }
    for outcome in &scenario.def.outcomes {
        if world.resource::<Record>().is_over() {
            return;
        }
        let reached = world.resource::<Record>().outcomes.iter().any(|(id, _)| *id == outcome.id);
        if reached || !holds(world, &outcome.when) {
            continue;
        }
        let mut record = world.resource_mut::<Record>();
        record.outcomes.push((outcome.id.clone(), date));
        if outcome.ends_game {
            record.ended = Some((outcome.id.clone(), date));
            record.pending.clear();
        }
        note(
            world,
            Entry::new("outcome", Cause::Event { event: outcome.id.clone() }).arg("title", outcome.title.clone()),
        );
    }
    if date >= scenario.def.end && !world.resource::<Record>().is_over() {
        let id = scenario.def.timeout_outcome.clone();
        let mut record = world.resource_mut::<Record>();
        record.outcomes.push((id.clone(), date));
        record.ended = Some((id.clone(), date));
        record.pending.clear();
        let title = scenario.def.outcomes.iter().find(|o| o.id == id).map(|o| o.title.clone()).unwrap_or(id);
        note(world, Entry::new("outcome", Cause::Scenario).arg("title", title));
    }
}
