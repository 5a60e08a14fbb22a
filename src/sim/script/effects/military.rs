//! Effects on armies and cities: raising, reinforcing, garrisoning and disbanding armies,
//! orders and commanders, sieges, assaults, sallies and captures.

use super::super::super::chronicle::{Cause, Entry, Phrase};
use super::super::super::rules::siege;
use super::super::super::rules::strength::{add, split};
use super::super::super::setup::spawn_army;
use super::super::super::world::*;
use super::super::conditions::army_entity;
use super::{change, changed, give_order, name_of_place, note};
use crate::scenario::schema::{Effect, OrderDef, Side, Troops};
use bevy::prelude::*;

pub(super) fn apply(world: &mut World, effect: &Effect, cause: &Cause) {
    match effect {
        Effect::ArmyMorale { army, delta } => {
            let Some(e) = army_entity(world, army) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            let (before, after) = change(&mut a.morale, delta.get());
            let name = a.name.clone();
            changed(world, Phrase::new("change-army-morale").arg("army", name), before, after);
        }
        Effect::SpawnArmy(def) => {
            if let Some(&old) = world.resource::<Armies>().get(&def.id) {
                if world.get::<Army>(old).is_some_and(Army::is_in_play) {
                    return;
                }
                // The army that left the field takes it again, as a new force.
                world.despawn(old);
            }
            spawn_army(world, def);
            let place = name_of_place(world, &def.location);
            let e = world.resource::<Armies>()[&def.id];
            let army = world.get::<Army>(e).expect("spawned").clone();
            note(
                world,
                Entry::new("army-appears", cause.clone())
                    .army(&army)
                    .arg("place", place)
                    .arg("troops", def.troops.total())
                    .at(def.location.clone()),
            );
            if let Some(commander) = &def.commander {
                super::court::leave_armies_without(world, commander, Some(e), cause);
            }
        }
        Effect::Reinforce { army, troops } => {
            let Some(e) = army_entity(world, army) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            if !a.is_in_play() || troops.is_empty() {
                return;
            }
            add(&mut a.troops, troops);
            let a = a.clone();
            note(world, Entry::new("army-reinforced", cause.clone()).army(&a).arg("troops", troops.total()));
        }
        Effect::Levy { city, troops } => {
            if !levies_men(world, city) {
                return;
            }
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            add(&mut c.garrison, troops);
            let name = name_of_place(world, city);
            note(
                world,
                Entry::new("levy", cause.clone()).arg("city", name).arg("troops", troops.total()).at(city.clone()),
            );
        }
        Effect::Discharge { city, troops } => {
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            let gone = split(&mut c.garrison, troops).total();
            let name = name_of_place(world, city);
            note(world, Entry::new("discharge", cause.clone()).arg("city", name).arg("troops", gone).at(city.clone()));
        }
        Effect::Join { army, into } => {
            let (Some(from), Some(to)) = (army_entity(world, army), army_entity(world, into)) else { return };
            if from == to || !world.get::<Army>(to).is_some_and(Army::is_in_play) {
                return;
            }
            let Some((a, moved)) = take_all_men(world, from) else { return };
            let mut b = world.get_mut::<Army>(to).expect("army");
            add(&mut b.troops, &moved);
            let b = b.clone();
            note(
                world,
                Entry::new("army-joins-army", cause.clone()).army(&a).arg("into", b.name).arg("troops", moved.total()),
            );
        }
        Effect::Garrison { army, city } => {
            garrison(world, army, city, cause, "army-joins-garrison");
        }
        Effect::Muster { city, army, troops } => muster(world, city, army, troops, cause),
        Effect::Disband(army) => {
            let Some(e) = army_entity(world, army) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            if !a.is_in_play() {
                return;
            }
            a.state = ArmyStatus::Gone;
            let a = a.clone();
            note(world, Entry::new("army-disbanded", cause.clone()).army(&a));
        }
        Effect::Order { army, order } => {
            let Some(e) = army_entity(world, army) else { return };
            if !world.get::<Army>(e).is_some_and(|a| a.is_in_play()) {
                return;
            }
            give_order(world, e, order.clone(), OrderSource::Given);
            let a = world.get::<Army>(e).expect("army").clone();
            note(world, order_entry(world, &a, order, cause.clone()));
        }
        Effect::Command { army, commander } => {
            let Some(e) = army_entity(world, army) else { return };
            world.get_mut::<Army>(e).expect("army").commander = commander.clone();
            if let Some(commander) = commander {
                super::court::leave_armies_without(world, commander, Some(e), cause);
            }
        }
        Effect::Plan { army, plan } => {
            let Some(e) = army_entity(world, army) else { return };
            world.entity_mut(e).insert(Plan { goals: plan.as_slice().into(), current: 0 });
            if let Some(mut o) = world.get_mut::<Orders>(e) {
                o.source = OrderSource::Plan;
            }
        }
        Effect::ResumePlan(army) => {
            let Some(e) = army_entity(world, army) else { return };
            if let Some(mut o) = world.get_mut::<Orders>(e) {
                o.source = OrderSource::Plan;
            }
        }
        Effect::StartSiege { city, army } => {
            let Some(e) = army_entity(world, army) else { return };
            give_order(world, e, OrderDef::Besiege(city.clone()), OrderSource::Given);
        }
        Effect::EndSiege(city) => {
            let Some(c) = world.resource::<Map>().entity(city) else { return };
            if let Some(mut c) = world.get_mut::<City>(c) {
                c.siege = None;
            }
            let armies: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
            for e in armies {
                if world.get::<Orders>(e).is_some_and(|o| o.order == OrderDef::Besiege(city.clone())) {
                    give_order(world, e, OrderDef::Hold, OrderSource::Given);
                }
            }
        }
        Effect::Assault { army, city, modifier } => {
            let (Some(e), Some(place)) = (army_entity(world, army), world.resource::<Map>().index(city)) else {
                return;
            };
            if world.get::<Army>(e).is_some_and(|a| a.is_in_play()) {
                siege::assault(world, place, &[e], *modifier, cause.clone());
            }
        }
        Effect::Sally { city, troops, modifier } => {
            let Some(place) = world.resource::<Map>().index(city) else { return };
            siege::sally(world, place, *troops, *modifier, cause.clone());
        }
        Effect::Capture { city, side } => {
            let Some(place) = world.resource::<Map>().index(city) else { return };
            let name = name_of_place(world, city);
            siege::capture(world, place, *side, Entry::new("city-taken", cause.clone()).arg("city", name));
        }
        _ => unreachable!("not a military effect: {effect:?}"),
    }
}

/// Takes every man out of an army still in the field, which leaves the map; returns the army
/// as it was named and the men taken.
fn take_all_men(world: &mut World, e: Entity) -> Option<(Army, Troops)> {
    let mut a = world.get_mut::<Army>(e)?;
    if !a.is_in_play() {
        return None;
    }
    let all = a.troops;
    let moved = split(&mut a.troops, &all);
    a.state = ArmyStatus::Gone;
    Some((a.clone(), moved))
}

/// Puts an army's men into a city's garrison, chronicled with the message `key`. Returns
/// false, and leaves the army as it is, where the place is not a city with walls to man.
pub fn garrison(world: &mut World, army: &str, city: &str, cause: &Cause, key: &'static str) -> bool {
    let (Some(e), Some(c)) = (army_entity(world, army), world.resource::<Map>().entity(city)) else { return false };
    if world.get::<City>(c).is_none() {
        return false;
    }
    let Some((a, moved)) = take_all_men(world, e) else { return false };
    add(&mut world.get_mut::<City>(c).expect("checked").garrison, &moved);
    let place = name_of_place(world, city);
    note(
        world,
        Entry::new(key, cause.clone()).army(&a).arg("city", place).arg("troops", moved.total()).at(city.to_string()),
    );
    true
}

/// Men of `city`'s garrison join `army`, if it stands in the city and is of its side; else
/// the chronicle says why they could not.
fn muster(world: &mut World, city: &str, army: &str, troops: &Troops, cause: &Cause) {
    let (Some(e), Some(c)) = (army_entity(world, army), world.resource::<Map>().entity(city)) else { return };
    let (Some(a), Some(town)) = (world.get::<Army>(e), world.get::<City>(c)) else { return };
    if !a.is_in_play() || troops.is_empty() {
        return;
    }
    let here = world.resource::<Map>().index(city);
    let standing_there = world.get::<Location>(e).is_some_and(|l| Some(l.at) == here && l.path.is_empty());
    let (a, side) = (a.clone(), town.controller);
    let place = name_of_place(world, city);
    if !standing_there || side != a.side {
        let entry = Entry::new("muster-missed", cause.clone()).army(&a).arg("city", place);
        note(world, entry.at(city.to_string()));
        return;
    }
    let moved = split(&mut world.get_mut::<City>(c).expect("checked").garrison, troops);
    add(&mut world.get_mut::<Army>(e).expect("checked").troops, &moved);
    let entry = Entry::new("muster", cause.clone()).army(&a).arg("city", place).arg("troops", moved.total());
    note(world, entry.at(city.to_string()));
}

/// The chronicle entry of an army given an order: the kind of order and what it points at.
pub fn order_entry(world: &World, army: &Army, order: &OrderDef, cause: Cause) -> Entry {
    let target = match order {
        OrderDef::Hold | OrderDef::Disband => String::new(),
        OrderDef::Pursue(a) => world
            .resource::<Armies>()
            .get(a)
            .and_then(|e| world.get::<Army>(*e))
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        _ => order.place().map(|p| name_of_place(world, p)).unwrap_or_default(),
    };
    Entry::new("army-ordered", cause).army(army).arg("kind", order.kind()).arg("target", target)
}

/// Whether a levy in this city raises men for the court: a city the Jin hold raises none.
pub fn levies_men(world: &World, city: &str) -> bool {
    super::super::super::world::city(world, city).is_some_and(|c| c.controller == Side::Song)
}
