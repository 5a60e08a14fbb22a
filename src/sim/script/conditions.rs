//! Evaluating the conditions of triggers, options and outcomes against the world.

use super::super::rules::siege::is_besieging;
use super::super::world::*;
use super::record::Record;
use crate::scenario::schema::{ArmyState, Condition, Measure, OrderDef, Side, Status, TreatyState};
use bevy::prelude::*;

pub fn holds(world: &World, c: &Condition) -> bool {
    use Condition::*;
    // Looked up only by the conditions that need them: `holds` runs for every trigger every turn.
    let map = || world.resource::<Map>();
    let city = |id: &str| city(world, id);
    let record = || world.resource::<Record>();
    let date = || world.resource::<Clock>().date;
    match c {
        Always => true,
        Never => false,
        Flag(f) => world.resource::<Flags>().contains(f),
        Chose { decision, option } => record().choice(decision) == Some(option.as_str()),
        Decided(d) => record().choice(d).is_some(),
        Happened(e) => record().happened.contains_key(e),
        Reached(o) => record().outcomes.iter().any(|(id, _)| id == o),
        DateFrom(d) => date() >= *d,
        DateBefore(d) => date() < *d,
        Controls { place, side } => city(place).is_some_and(|c| c.controller == *side),
        Besieged(p) => city(p).is_some_and(|c| c.siege.is_some()),
        WallsFallen(p) => city(p).is_some_and(|c| c.walls_fallen),
        ArmyAt { army, place } => army_entity(world, army)
            .and_then(|e| world.get::<Location>(e))
            .is_some_and(|l| l.standing_at().is_some_and(|p| Some(p) == map().index(place))),
        ArmyIs { army, state } => army_entity(world, army).is_some_and(|e| army_state_is(world, e, *state)),
        TroopsNear { side, place, km, cmp } => {
            map().index(place).is_some_and(|p| cmp.holds(troops_near(world, *side, p, *km) as f32))
        }
        Status { character, status } => character_status(world, character) == Some(*status),
        Influence { faction, cmp } => {
            cmp.holds(world.resource::<Court>().influence.get(faction).copied().unwrap_or(0.0))
        }
        Authority(cmp) => cmp.holds(world.resource::<Court>().authority),
        CityMorale { city: id, cmp } => city(id).is_some_and(|c| cmp.holds(c.morale)),
        FoodDays { city: id, cmp } => city(id).is_some_and(|c| cmp.holds(c.food_days)),
        Grievance(cmp) => cmp.holds(world.resource::<Diplomacy>().grievance),
        Treaty(state) => world.resource::<Diplomacy>().treaty == *state,
        TreatyMade => world.resource::<Diplomacy>().treaty_made,
        TermsOnTable => world.resource::<Diplomacy>().terms.is_some(),
        PaidFraction(cmp) => cmp.holds(world.resource::<Diplomacy>().paid_fraction()),
        Ceded(p) => world.resource::<Diplomacy>().ceded.contains(p),
        Hostage(ch) => character_status(world, ch) == Some(crate::scenario::schema::Status::Hostage),
        CourtAt(p) => {
            let court = world.resource::<Court>();
            court.journey.is_none() && map().index(p) == Some(court.seat)
        }
        SiegeDays { city: id, cmp } => {
            let days = city(id).and_then(|c| c.siege.as_ref()).map_or(0, |s| date().days_since(s.since));
            cmp.holds(days as f32)
        }
        BattleAt(p) => record().battles.contains_key(p),
        ArmyFought(a) => army_entity(world, a).and_then(|e| world.get::<Army>(e)).is_some_and(|a| a.battles > 0),
        Unordered(a) => {
            army_entity(world, a).and_then(|e| world.get::<Orders>(e)).is_some_and(|o| o.source == OrderSource::Plan)
        }
        HostagesHeld(cmp) => cmp.holds(world.resource::<Diplomacy>().hostages.len() as f32),
        CessionsPending => {
            let d = world.resource::<Diplomacy>();
            d.terms.as_ref().is_some_and(|t| t.cede.iter().any(|c| !d.ceded.contains(c)))
        }
        HandedOver(p) => world.resource::<Diplomacy>().handed_over.contains(p),
        ArmySupply { army, cmp } => {
            army_entity(world, army).and_then(|e| world.get::<Army>(e)).is_some_and(|a| cmp.holds(a.supply))
        }
        Measure { of, cmp } => cmp.holds(measure(world, of)),
        All(list) => list.iter().all(|c| holds(world, c)),
        Any(list) => list.iter().any(|c| holds(world, c)),
        Not(inner) => !holds(world, inner),
    }
}

pub fn army_entity(world: &World, id: &str) -> Option<Entity> {
    world.resource::<Armies>().get(id).copied()
}

pub fn character_status(world: &World, id: &str) -> Option<Status> {
    character(world, id).map(|c| c.status)
}

pub fn army_state_is(world: &World, e: Entity, state: ArmyState) -> bool {
    let (Some(army), Some(orders)) = (world.get::<Army>(e), world.get::<Orders>(e)) else { return false };
    match state {
        ArmyState::Gone => !army.is_in_play(),
        ArmyState::Destroyed => army.state == ArmyStatus::Destroyed,
        ArmyState::Dispersed => army.state == ArmyStatus::Dispersed,
        ArmyState::Routed => army.is_routed(),
        ArmyState::Withdrawing => army.is_in_play() && matches!(orders.order, OrderDef::Withdraw(_)),
        ArmyState::Besieging => army.is_in_play() && is_besieging(world, e),
        ArmyState::Active => army.is_in_play() && !matches!(orders.order, OrderDef::Withdraw(_)),
    }
}

/// A number read off the world, for weighing odds.
pub fn measure(world: &World, m: &Measure) -> f32 {
    let map = world.resource::<Map>();
    let city = |id: &str| city(world, id);
    let diplomacy = world.resource::<Diplomacy>();
    match m {
        Measure::Grievance => diplomacy.grievance,
        Measure::Authority => world.resource::<Court>().authority,
        Measure::PaidFraction => diplomacy.paid_fraction(),
        Measure::Unpaid => {
            if diplomacy.terms.is_some() {
                1.0 - diplomacy.paid_fraction()
            } else {
                0.0
            }
        }
        Measure::HeldBy { side, cities } => {
            let held = cities.iter().filter(|c| city(c).is_some_and(|c| c.controller == *side)).count();
            held as f32 / cities.len().max(1) as f32
        }
        Measure::Troops { side, place, km } => {
            map.index(place).map_or(0.0, |p| troops_near(world, *side, p, *km) as f32)
        }
        Measure::CityMorale(c) => city(c).map_or(0.0, |c| c.morale),
        Measure::FoodDays(c) => city(c).map_or(0.0, |c| c.food_days),
        Measure::SiegeDays(c) => city(c)
            .and_then(|c| c.siege.as_ref())
            .map_or(0.0, |s| world.resource::<Clock>().date.days_since(s.since) as f32),
        Measure::DaysSince(event) => world
            .resource::<Record>()
            .happened
            .get(event)
            .map_or(0.0, |d| world.resource::<Clock>().date.days_since(*d) as f32),
        Measure::Influence(f) => world.resource::<Court>().influence.get(f).copied().unwrap_or(0.0),
    }
}

/// Men of a side in field armies (not routed) within `km` of a place.
pub fn troops_near(world: &World, side: Side, place: usize, km: f32) -> u32 {
    let map = world.resource::<Map>();
    world
        .resource::<Armies>()
        .values()
        .filter_map(|e| Some((world.get::<Army>(*e)?, world.get::<Location>(*e)?)))
        .filter(|(a, l)| a.side == side && a.state == ArmyStatus::Active && map.km_between(l.at, place) <= km)
        .map(|(a, _)| a.troops.total())
        .sum()
}

/// How content the Jin are with what they have extracted: a quarter each for the treaty, the
/// hostages, the cessions and the money (a fifth of the sum counting as all of it, since
/// nobody expected the whole to be paid). Where the terms ask for no hostages, no cities or no
/// money, that quarter counts as the treaty does.
pub fn jin_satisfaction(world: &World) -> f32 {
    let d = world.resource::<Diplomacy>();
    let Some(terms) = &d.terms else { return 0.0 };
    let treaty = if d.treaty == TreatyState::Accepted { 1.0 } else { 0.0 };
    let hostages =
        if terms.hostages == 0 { treaty } else { (d.hostages.len() as f32 / terms.hostages as f32).min(1.0) };
    let cessions = if terms.cede.is_empty() {
        treaty
    } else {
        terms.cede.iter().filter(|c| d.ceded.contains(*c)).count() as f32 / terms.cede.len() as f32
    };
    let money = if value(&terms.indemnity) <= 0.0 {
        treaty
    } else {
        (d.paid_fraction() / world.resource::<RuleBook>().diplomacy.money_satisfies_at).min(1.0)
    };
    0.25 * (treaty + hostages + cessions + money)
}

/// A scenario text as it reads in the world now: each conditional part chosen by the world.
pub fn say(world: &World, text: &crate::scenario::schema::Text) -> String {
    text.render(|c| holds(world, c))
}
