//! Applying the effects of decisions and events to the world, each change chronicled with the
//! cause that brought it. One module per kind of effect: the court, diplomacy, armies and
//! cities.
//!
//! Small numeric consequences (influence, authority, morale, grievance) of one decision or
//! event are gathered into a single chronicle line that lists them.

mod court;
pub use court::escort_for;
pub use military::levies_men;
mod diplomacy;
pub mod military;

use super::super::chronicle::{Cause, Chronicle, Entry, Phrase};
use super::super::rng::SimRng;
use super::super::world::*;
use super::conditions::{holds, say};
use crate::scenario::schema::{Effect, OrderDef};
use bevy::prelude::*;

pub use military::order_entry;

/// The numeric consequences gathered while effects apply, said in one line at the end.
#[derive(Resource, Clone, Debug, Default)]
pub struct ChangeBatch {
    depth: u32,
    changes: Vec<Phrase>,
}

fn note(world: &mut World, entry: Entry) {
    let clock = world.resource::<Clock>().clone();
    world.resource_mut::<Chronicle>().record(&clock, entry);
}

fn name_of_place(world: &World, id: &str) -> String {
    world.resource::<Map>().name_of(id)
}

/// A value that moved from `before` to `after`, for the consolidated line; nothing if the
/// change does not show once rounded.
fn changed(world: &mut World, phrase: Phrase, before: f32, after: f32) {
    if before.round() == after.round() {
        return;
    }
    let mut batch = world.resource_mut::<ChangeBatch>();
    // Two changes to the same value in one decision read as one.
    let same = |p: &Phrase| {
        p.key == phrase.key
            && p.args.iter().all(|(k, v)| matches!(*k, "before" | "after") || phrase.args.get(k) == Some(v))
    };
    if let Some(earlier) = batch.changes.iter_mut().find(|p| same(p)) {
        earlier.args.insert("after", after.round().into());
        return;
    }
    batch.changes.push(phrase.arg("before", before.round()).arg("after", after.round()));
}

fn change(value: &mut f32, delta: f32) -> (f32, f32) {
    let before = *value;
    *value = (*value + delta).clamp(0.0, 100.0);
    (before, *value)
}

/// Applies effects in order.
pub fn apply(world: &mut World, effects: &[Effect], cause: &Cause) {
    world.get_resource_or_insert_with(ChangeBatch::default).depth += 1;
    for effect in effects {
        apply_one(world, effect, cause);
    }
    let mut batch = world.resource_mut::<ChangeBatch>();
    batch.depth -= 1;
    if batch.depth == 0 && !batch.changes.is_empty() {
        let changes = std::mem::take(&mut batch.changes);
        note(world, Entry::new("consequences", cause.clone()).arg("changes", changes));
    }
}

fn apply_one(world: &mut World, effect: &Effect, cause: &Cause) {
    use Effect::*;
    match effect {
        Appoint { .. }
        | Dismiss(_)
        | Exile(_)
        | SetStatus { .. }
        | Influence { .. }
        | Authority(_)
        | CityMorale { .. }
        | SetGovernor { .. }
        | MoveCourt { .. } => court::apply(world, effect, cause),
        Treasury(_)
        | Confiscate { .. }
        | DemandTerms(_)
        | AcceptTerms
        | ScaleTerms { .. }
        | RejectTerms
        | PayIndemnity(_)
        | Cede(_)
        | CedeTerms
        | BreakTreaty
        | SendHostage(_)
        | ReleaseHostage(_)
        | Grievance(_) => diplomacy::apply(world, effect, cause),
        ArmyMorale { .. }
        | SpawnArmy(_)
        | Reinforce { .. }
        | Levy { .. }
        | Discharge { .. }
        | Garrison { .. }
        | Muster { .. }
        | Disband(_)
        | Join { .. }
        | Order { .. }
        | Command { .. }
        | ResumePlan(_)
        | Plan { .. }
        | StartSiege { .. }
        | EndSiege(_)
        | Assault { .. }
        | Sally { .. }
        | Capture { .. } => military::apply(world, effect, cause),
        SetFlag(f) => {
            world.resource_mut::<Flags>().insert(f.clone());
        }
        ClearFlag(f) => {
            world.resource_mut::<Flags>().remove(f);
        }
        OpenDecision(d) => {
            let Some(def) = super::flow::decision_def(world, d).filter(|def| super::flow::may_open(world, def)) else {
                return;
            };
            let mut r = world.resource_mut::<super::record::Record>();
            if r.choice(d).is_none() && !r.pending.contains(d) {
                r.pending.push(d.clone());
                r.offered.insert(d.clone());
                note(
                    world,
                    super::flow::deciding(world, &def, Entry::new("decision-arises", cause.clone()))
                        .arg("decision", def.title.clone()),
                );
            }
        }
        Chance { p, then, otherwise } => {
            let hit = world.resource_mut::<SimRng>().chance(p.get());
            apply(world, if hit { then } else { otherwise }, cause);
        }
        If { when, then, otherwise } => {
            let branch = if holds(world, when) { then } else { otherwise };
            apply(world, branch, cause);
        }
        Chronicle(text) => {
            let text = say(world, text);
            if !text.is_empty() {
                note(world, Entry::new("narrative", cause.clone()).arg("text", text));
            }
        }
    }
}

/// Gives an army a new order, clearing a camp it no longer needs.
pub fn give_order(world: &mut World, army: Entity, order: OrderDef, source: OrderSource) {
    if let Some(mut orders) = world.get_mut::<Orders>(army) {
        orders.camp = None;
        orders.order = order;
        orders.source = source;
        orders.by_player = false;
    }
}
