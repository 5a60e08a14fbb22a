//! Decisions arising and expiring, events firing, outcomes reached.

use super::super::chronicle::{Cause, Chronicle, Entry, Phrase};
use super::super::rng::SimRng;
use super::super::world::*;
use super::conditions::{Facts, holds, say};
use super::effects::apply;
use super::record::{Choice, LoadedScenario, Record};
use crate::scenario::schema::{
    DecisionDef, EventDef, Id, MilestoneDef, OddsDef, OptionDef, OutcomeDef, Side, TriggerDef,
};
use bevy::prelude::*;
use std::collections::BTreeMap;

/// Whether the day falls within the trigger's dates: the cheapest test, so the first.
fn in_dates(trigger: &TriggerDef, date: crate::calendar::Date) -> bool {
    trigger.from.is_none_or(|from| date >= from) && trigger.until.is_none_or(|until| date <= until)
}

/// The first of `items` from `from` on that is due in the world as it is now. One reading
/// of the world serves the whole scan: nothing changes until a due item is acted on.
fn next_due<T>(world: &World, items: &[T], from: usize, due: impl Fn(&Facts, &T) -> bool) -> Option<usize> {
    let facts = Facts::of(world);
    (from..items.len()).find(|&i| due(&facts, &items[i]))
}

fn note(world: &mut World, entry: Entry) {
    let clock = world.resource::<Clock>().clone();
    world.resource_mut::<Chronicle>().record(&clock, entry);
}

/// Why a choice was refused. Its words are in the locale (`crate::words`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    NotPending(String),
    NoSuchOption {
        decision: String,
        option: String,
    },
    /// Offered, but its `requires` does not hold.
    NotAllowed {
        decision: String,
        option: String,
    },
    /// Its `when` does not hold: it is not on the card.
    NotOffered {
        decision: String,
        option: String,
    },
    /// The exercise being played fixes another option here.
    Locked {
        decision: String,
        option: String,
        fixed: String,
    },
    GameOver,
}

impl std::error::Error for ChoiceError {}

/// The decision's definition.
pub fn decision_def(world: &World, id: &str) -> Option<Decision> {
    let scenario = world.resource::<LoadedScenario>().0.clone();
    let index = scenario.def.decisions.iter().position(|d| d.id == id)?;
    Some(Decision { scenario, index })
}

/// A decision of the scenario being played, shared with it rather than copied out of it.
pub struct Decision {
    scenario: std::sync::Arc<crate::scenario::Scenario>,
    index: usize,
}

impl std::ops::Deref for Decision {
    type Target = DecisionDef;
    fn deref(&self) -> &DecisionDef {
        &self.scenario.def.decisions[self.index]
    }
}

/// Options on the card of a pending decision: those whose `when` holds.
pub fn offered_options<'a>(world: &World, decision: &'a DecisionDef) -> Vec<&'a OptionDef> {
    decision.options.iter().filter(|o| holds(world, &o.when)).collect()
}

/// Options of a pending decision that can be chosen now: offered, and their `requires` holds.
pub fn allowed_options(world: &World, decision: &DecisionDef) -> Vec<String> {
    let fixed = locked(world, &decision.id);
    offered_options(world, decision)
        .into_iter()
        .filter(|o| holds(world, &o.requires) && fixed.is_none_or(|f| f == o.id))
        .map(|o| o.id.clone())
        .collect()
}

/// Choices an exercise fixes: decision → the one option the class may take there. A fixed
/// decision left to lapse takes that option too.
#[derive(Resource, Clone, Debug, Default, PartialEq, Eq)]
pub struct Locks(pub BTreeMap<Id, Id>);

/// The exercise the game is played under, if any: kept with the game and in its saves, so a
/// class that loads its game finds its questions again.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct ExerciseInPlay(pub crate::scenario::schema::ExerciseFile);

/// The option an exercise fixes for a decision, if it fixes one.
pub fn locked<'w>(world: &'w World, decision: &str) -> Option<&'w str> {
    world.get_resource::<Locks>().and_then(|l| l.0.get(decision)).map(String::as_str)
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
    if let Some(fixed) = locked(world, decision).filter(|f| *f != option) {
        let fixed = fixed.to_string();
        return Err(ChoiceError::Locked { decision: decision.into(), option: option.into(), fixed });
    }
    if !by_default && !holds(world, &opt.when) {
        return Err(ChoiceError::NotOffered { decision: decision.into(), option: option.into() });
    }
    if !by_default && !holds(world, &opt.requires) {
        return Err(ChoiceError::NotAllowed { decision: decision.into(), option: option.into() });
    }
    let date = world.resource::<Clock>().date;
    let label = say(world, &opt.label);
    let mut record = world.resource_mut::<Record>();
    record.pending.retain(|d| d != decision);
    record.choices.push(Choice {
        decision: decision.into(),
        option: option.into(),
        label: label.clone(),
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
    let entry = deciding(world, &def, Entry::new(key, cause.clone()));
    note(world, entry.arg("decision", def.title.clone()).arg("option", label));
    apply(world, &opt.effects.clone(), &cause);
    Ok(())
}

/// Pending decisions whose moment has passed take their default option.
///
/// A pending decision raised by its trigger whose situation no longer holds (the Jin have
/// gone, the walls have fallen) is withdrawn instead: the question no longer arises, and
/// nothing is decided.
pub fn expire_overdue(world: &mut World) {
    let date = world.resource::<Clock>().date;
    let pending = world.resource::<Record>().pending.clone();
    for id in pending {
        let Some(def) = decision_def(world, &id) else { continue };
        if def.trigger.until.is_some_and(|until| date > until) {
            // Taking the default cannot fail for a pending decision while the game is on.
            let default = locked(world, &id).unwrap_or(&def.default).to_string();
            let _ = choose(world, &id, &default, true);
        } else if !may_open(world, &def) {
            world.resource_mut::<Record>().pending.retain(|d| *d != id);
            note(
                world,
                Entry::new("decision-withdrawn", Cause::Trigger { decision: id.clone() })
                    .arg("decision", def.title.clone()),
            );
        }
    }
}

/// Whether the situation a decision asks about holds now, so that an effect may put it on the
/// table before its window opens. A card whose trigger is `Never` arises only that way, and
/// then whenever it is opened.
pub fn may_open(world: &World, def: &DecisionDef) -> bool {
    matches!(def.trigger.when, crate::scenario::schema::Condition::Never) || holds(world, &def.trigger.when)
}

/// Puts on the table every decision whose trigger now holds.
pub fn raise_decisions(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    let date = world.resource::<Clock>().date;
    let decisions = &scenario.def.decisions;
    let due = |facts: &Facts, def: &DecisionDef| {
        in_dates(&def.trigger, date) && !facts.record().offered.contains(&def.id) && facts.holds(&def.trigger.when)
    };
    let mut from = 0;
    while let Some(i) = next_due(world, decisions, from, due) {
        from = i + 1;
        let def = &decisions[i];
        let mut record = world.resource_mut::<Record>();
        record.offered.insert(def.id.clone());
        record.pending.push(def.id.clone());
        let entry = Entry::new("decision-arises", Cause::Trigger { decision: def.id.clone() });
        let entry = deciding(world, def, entry).arg("decision", def.title.clone());
        note(world, entry);
    }
}

/// The entry with who takes the decision: the ruler (`ruler: yes`), or its `decider`
/// (`decider`, his name).
pub fn deciding(world: &World, def: &DecisionDef, entry: Entry) -> Entry {
    match def.decider.as_deref().and_then(|id| crate::sim::world::character(world, id)) {
        Some(who) => entry.arg("ruler", "no").arg("decider", who.name.clone()),
        None => entry.arg("ruler", "yes").arg("decider", ""),
    }
}

/// Fires every event whose trigger holds (and whose chance comes up).
pub fn fire_events(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    // Events move no clock: the day is the same for all of them.
    let date = world.resource::<Clock>().date;
    let events = &scenario.def.events;
    let due = |facts: &Facts, def: &EventDef| {
        in_dates(&def.trigger, date)
            && (def.repeatable || !facts.record().happened.contains_key(&def.id))
            && facts.holds(&def.trigger.when)
    };
    let mut from = 0;
    while let Some(i) = next_due(world, events, from, due) {
        from = i + 1;
        let def = &events[i];
        let fires = match &def.odds {
            None => world.resource_mut::<SimRng>().chance(def.chance.get()),
            Some(odds) => match weigh(world, def, odds) {
                Some(fires) => fires,
                None => continue,
            },
        };
        if !fires {
            continue;
        }
        world.resource_mut::<Record>().happened.insert(def.id.clone(), date);
        let cause = Cause::Event { event: def.id.clone() };
        let text = say(world, &def.text);
        let mut entry = Entry::new("event", cause.clone()).arg("title", def.title.clone()).arg("text", text);
        entry.place = def.place.clone();
        note(world, entry);
        apply(world, &def.effects, &cause);
    }
}

/// The points each factor of the odds adds in the world now, as (label, points), leaving out
/// those that add nothing; and their sum.
pub fn factors(world: &World, odds: &OddsDef) -> (Vec<(String, f32)>, f32) {
    let facts = Facts::of(world);
    let mut out = Vec::new();
    let mut sum = 0.0;
    for f in &odds.factors {
        if !facts.holds(&f.when) {
            continue;
        }
        let points = f.weight * f.per.as_ref().map_or(1.0, |m| facts.measure(m));
        sum += points;
        if points.abs() >= 0.5 {
            out.push((f.label.clone(), points));
        }
    }
    (out, sum)
}

/// The chance the odds give for a sum of points: 50% at `even`, smoothly more or less.
pub fn chance_of(odds: &OddsDef, points: f32) -> f32 {
    super::super::rng::rising_chance(points, odds.even, odds.spread)
}

/// Weighs an event's odds, if it is time to: draws whether it happens and chronicles what
/// weighed how much (at every weighing of a periodic question, and whenever it happens).
/// `None` when the question does not come up this turn.
fn weigh(world: &mut World, def: &EventDef, odds: &OddsDef) -> Option<bool> {
    let date = world.resource::<Clock>().date;
    let last = world.resource::<Record>().weighed.get(&def.id).copied();
    if odds.every_days > 0 && last.is_some_and(|d| date.days_since(d) < odds.every_days as i32) {
        return None;
    }
    world.resource_mut::<Record>().weighed.insert(def.id.clone(), date);
    let (list, points) = factors(world, odds);
    let chance = chance_of(odds, points);
    let fires = world.resource_mut::<SimRng>().chance(chance);
    if odds.every_days > 0 || fires {
        let factors: Vec<Phrase> = list
            .into_iter()
            .map(|(label, points)| Phrase::new("factor").arg("label", label).arg("points", points.round()))
            .collect();
        let entry = Entry::new("weighed", Cause::Event { event: def.id.clone() })
            .arg("title", def.title.clone())
            .arg("factors", factors)
            .arg("points", points.round())
            // Under 1% is said as such: "a 0% chance, and it comes to pass" would be false.
            .arg("chance", (chance * 100.0).round())
            .arg("slight", if chance > 0.0 && chance < 0.005 { "yes" } else { "no" })
            .arg("decided", if fires { "yes" } else { "no" });
        note(world, entry);
    }
    Some(fires)
}

/// Begins the furthest chapter after the current one whose `begins` holds (skipping those
/// between: a siege that ends the reign early leaves no months between the sieges), and
/// sets the length of turns to the chapter's.
pub fn advance_chapter(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    let next = world.resource::<Record>().chapter_index(&scenario.def.chapters).map_or(0, |c| c + 1);
    let Some(index) =
        (next..scenario.def.chapters.len()).rev().find(|&i| holds(world, &scenario.def.chapters[i].begins))
    else {
        return;
    };
    let chapter = &scenario.def.chapters[index];
    let date = world.resource::<Clock>().date;
    world.resource_mut::<Record>().chapters.push((chapter.id.clone(), date));
    if let Some(days) = chapter.turn_days {
        world.resource_mut::<Clock>().turn_days = days;
    }
    // The opening chapter needs no announcing: the scenario's first line does that.
    if date != world.resource::<Clock>().start {
        note(world, Entry::new("chapter-begins", Cause::Scenario).arg("title", chapter.title.clone()));
    }
}

/// Dates the milestones that hold for the first time.
pub fn record_milestones(world: &mut World) {
    let scenario = world.resource::<LoadedScenario>().clone();
    let date = world.resource::<Clock>().date;
    let milestones = &scenario.def.milestones;
    let due = |facts: &Facts, m: &MilestoneDef| {
        !facts.record().milestones.iter().any(|(id, _)| *id == m.id) && facts.holds(&m.when)
    };
    let mut from = 0;
    while let Some(i) = next_due(world, milestones, from, due) {
        from = i + 1;
        world.resource_mut::<Record>().milestones.push((milestones[i].id.clone(), date));
    }
}

/// Whether the game has ended (systems after an ending do not run).
pub fn game_is_on(record: Res<Record>) -> bool {
    !record.is_over()
}

/// After the rules of the turn: outcomes reached, and the end of time.
pub fn outcomes_after_rules(world: &mut World) {
    check_outcomes(world, true);
}

/// After the events of the turn: outcomes they brought about.
pub fn outcomes_after_events(world: &mut World) {
    check_outcomes(world, false);
}

/// Records the fall of the capital and the outcomes reached; ends the game when one ends it
/// or time runs out (then the first `at_end` outcome that holds, else the timeout outcome).
pub fn check_outcomes(world: &mut World, with_timeout: bool) {
    let scenario = world.resource::<LoadedScenario>().clone();
    let date = world.resource::<Clock>().date;
    let fallen = city(world, &scenario.def.capital).is_some_and(|c| c.walls_fallen || c.controller == Side::Jin);
    if fallen && world.resource::<Record>().capital_fell.is_none() {
        world.resource_mut::<Record>().capital_fell = Some(date);
    }
    let outcomes = &scenario.def.outcomes;
    let due = |facts: &Facts, o: &OutcomeDef| {
        !o.at_end && !facts.record().outcomes.iter().any(|(id, _)| *id == o.id) && facts.holds(&o.when)
    };
    let mut from = 0;
    loop {
        if world.resource::<Record>().is_over() {
            return;
        }
        let Some(i) = next_due(world, outcomes, from, due) else { break };
        from = i + 1;
        let outcome = &outcomes[i];
        let mut record = world.resource_mut::<Record>();
        record.outcomes.push((outcome.id.clone(), date));
        if outcome.ends_game {
            record.ended = Some((outcome.id.clone(), date));
            record.pending.clear();
        }
        note(
            world,
            Entry::new("outcome", Cause::Ending { outcome: outcome.id.clone() }).arg("title", outcome.title.clone()),
        );
    }
    if with_timeout && date >= scenario.def.end && !world.resource::<Record>().is_over() {
        let at_end = scenario.def.outcomes.iter().find(|o| o.at_end && holds(world, &o.when));
        let id = at_end.map_or(scenario.def.timeout_outcome.clone(), |o| o.id.clone());
        let mut record = world.resource_mut::<Record>();
        record.outcomes.push((id.clone(), date));
        record.ended = Some((id.clone(), date));
        record.pending.clear();
        let title = scenario.def.outcomes.iter().find(|o| o.id == id).map(|o| o.title.clone()).unwrap_or(id);
        note(world, Entry::new("outcome", Cause::Scenario).arg("title", title));
    }
}
