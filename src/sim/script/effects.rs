//! Applying the effects of decisions and events to the world, each change chronicled with the
//! cause that brought it.

use super::super::chronicle::{Cause, Chronicle, Entry};
use super::super::rng::SimRng;
use super::super::rules::siege;
use super::super::rules::strength::{add, split};
use super::super::setup::spawn_army;
use super::super::world::*;
use super::conditions::{army_entity, holds};
use super::record::Record;
use crate::scenario::schema::{Effect, OrderDef, Status, Treasury, TreatyState};
use bevy::prelude::*;

fn note(world: &mut World, entry: Entry) {
    let clock = world.resource::<Clock>().clone();
    world.resource_mut::<Chronicle>().record(&clock, entry);
}

fn name_of_place(world: &World, id: &str) -> String {
    let map = world.resource::<Map>();
    map.index(id).map(|i| map.names[i].clone()).unwrap_or_else(|| id.to_string())
}

fn with_character(world: &mut World, id: &str, f: impl FnOnce(&mut Character)) -> Option<String> {
    let e = world.resource::<People>().get(id).copied()?;
    let mut c = world.get_mut::<Character>(e)?;
    f(&mut c);
    Some(c.name.clone())
}

fn vacate_offices(world: &mut World, character: &str) {
    for office in &mut world.resource_mut::<Court>().offices {
        if office.holder.as_deref() == Some(character) {
            office.holder = None;
        }
    }
}

fn set_status(world: &mut World, character: &str, status: Status, cause: &Cause) {
    if status != Status::InOffice {
        vacate_offices(world, character);
    }
    if let Some(name) = with_character(world, character, |c| {
        c.status = status;
        if status != Status::InOffice {
            c.office = None;
        }
    }) {
        note(
            world,
            Entry::new("status-changes", cause.clone()).arg("character", name).arg("status", format!("{status:?}")),
        );
    }
}

/// The chronicle entry of a value that moved from `before` to `after`.
fn changed(key: &'static str, cause: &Cause, before: f32, after: f32) -> Entry {
    Entry::new(key, cause.clone()).arg("before", before.round()).arg("after", after.round())
}

fn change(value: &mut f32, delta: f32) -> (f32, f32) {
    let before = *value;
    *value = (*value + delta).clamp(0.0, 100.0);
    (before, *value)
}

/// Applies effects in order.
pub fn apply(world: &mut World, effects: &[Effect], cause: &Cause) {
    for effect in effects {
        apply_one(world, effect, cause);
    }
}

fn apply_one(world: &mut World, effect: &Effect, cause: &Cause) {
    use Effect::*;
    match effect {
        Appoint { character, office } => {
            vacate_offices(world, character);
            let mut court = world.resource_mut::<Court>();
            let Some(slot) = court.offices.iter_mut().find(|o| &o.id == office) else { return };
            let previous = slot.holder.replace(character.clone());
            let office_name = slot.name.clone();
            if let Some(prev) = previous.filter(|p| p != character) {
                with_character(world, &prev, |c| {
                    c.status = Status::OutOfOffice;
                    c.office = None;
                });
            }
            if let Some(name) = with_character(world, character, |c| {
                c.status = Status::InOffice;
                c.office = Some(office.clone());
            }) {
                note(world, Entry::new("appointed", cause.clone()).arg("character", name).arg("office", office_name));
            }
        }
        Dismiss(ch) => set_status(world, ch, Status::Dismissed, cause),
        Exile(ch) => set_status(world, ch, Status::Exiled, cause),
        SetStatus { character, status } => set_status(world, character, *status, cause),
        Influence { faction, delta } => {
            let mut court = world.resource_mut::<Court>();
            let Some(v) = court.influence.get_mut(faction) else { return };
            let (before, after) = change(v, delta.get());
            let name = court.faction_names.get(faction).cloned().unwrap_or_else(|| faction.clone());
            note(world, changed("influence-changes", cause, before, after).arg("faction", name));
        }
        Authority(delta) => {
            let (before, after) = change(&mut world.resource_mut::<Court>().authority, delta.get());
            note(world, changed("authority-changes", cause, before, after));
        }
        CityMorale { city, delta } => {
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            let (before, after) = change(&mut c.morale, delta.get());
            let name = name_of_place(world, city);
            note(world, changed("city-morale-changes", cause, before, after).arg("city", name).at(city.clone()));
        }
        ArmyMorale { army, delta } => {
            let Some(e) = army_entity(world, army) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            let (before, after) = change(&mut a.morale, delta.get());
            let name = a.name.clone();
            note(world, changed("army-morale-changes", cause, before, after).arg("army", name));
        }
        Treasury(t) => {
            let mut court = world.resource_mut::<Court>();
            let tr = &mut court.treasury;
            tr.gold = (tr.gold + t.gold).max(0.0);
            tr.silver = (tr.silver + t.silver).max(0.0);
            tr.silk = (tr.silk + t.silk).max(0.0);
            note(
                world,
                Entry::new("treasury-changes", cause.clone())
                    .arg("gold", t.gold)
                    .arg("silver", t.silver)
                    .arg("silk", t.silk),
            );
        }
        Confiscate { city, fraction } => {
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            let f = fraction.get() as f64;
            let taken = crate::scenario::schema::Treasury {
                gold: c.stores.gold * f,
                silver: c.stores.silver * f,
                silk: c.stores.silk * f,
            };
            c.stores.gold -= taken.gold;
            c.stores.silver -= taken.silver;
            c.stores.silk -= taken.silk;
            c.morale = (c.morale - 10.0 * fraction.get()).max(0.0);
            let mut court = world.resource_mut::<Court>();
            court.treasury.gold += taken.gold;
            court.treasury.silver += taken.silver;
            court.treasury.silk += taken.silk;
            let name = name_of_place(world, city);
            note(
                world,
                Entry::new("confiscation", cause.clone())
                    .arg("city", name)
                    .arg("gold", taken.gold.round())
                    .arg("silver", taken.silver.round())
                    .at(city.clone()),
            );
        }
        DemandTerms(terms) => {
            let mut d = world.resource_mut::<Diplomacy>();
            d.terms = Some(terms.clone());
            if d.first_demand.is_none() {
                d.first_demand = Some(terms.clone());
            }
            note(world, Entry::new("terms-demanded", cause.clone()).arg("terms", terms.text.clone()));
        }
        AcceptTerms => {
            world.resource_mut::<Diplomacy>().treaty = TreatyState::Accepted;
            note(world, Entry::new("terms-accepted", cause.clone()));
        }
        ScaleTerms { indemnity, drop_cessions } => {
            let mut d = world.resource_mut::<Diplomacy>();
            if let Some(t) = &mut d.terms {
                let k = *indemnity as f64;
                t.indemnity = crate::scenario::schema::Treasury {
                    gold: t.indemnity.gold * k,
                    silver: t.indemnity.silver * k,
                    silk: t.indemnity.silk * k,
                };
                if *drop_cessions {
                    t.cede.clear();
                }
            }
            note(world, Entry::new("terms-changed", cause.clone()).arg("indemnity", (*indemnity * 100.0).round()));
        }
        RejectTerms => {
            let mut d = world.resource_mut::<Diplomacy>();
            d.treaty = TreatyState::None;
            note(world, Entry::new("terms-rejected", cause.clone()));
        }
        PayIndemnity(fraction) => pay_indemnity(world, fraction.get() as f64, cause),
        Cede(place) => {
            world.resource_mut::<Diplomacy>().ceded.insert(place.clone());
            let name = name_of_place(world, place);
            note(world, Entry::new("cession-ordered", cause.clone()).arg("city", name).at(place.clone()));
        }
        BreakTreaty => {
            let mut d = world.resource_mut::<Diplomacy>();
            d.treaty = TreatyState::Broken;
            d.ceded.clear();
            note(world, Entry::new("treaty-broken", cause.clone()));
        }
        SendHostage(ch) => {
            world.resource_mut::<Diplomacy>().hostages.insert(ch.clone());
            set_status(world, ch, Status::Hostage, cause);
        }
        ReleaseHostage(ch) => {
            world.resource_mut::<Diplomacy>().hostages.remove(ch);
            set_status(world, ch, Status::OutOfOffice, cause);
        }
        Grievance(delta) => {
            let (before, after) = change(&mut world.resource_mut::<Diplomacy>().grievance, delta.get());
            note(world, changed("grievance-changes", cause, before, after));
        }
        SpawnArmy(def) => {
            if world.resource::<Armies>().contains_key(&def.id) {
                return;
            }
            spawn_army(world, def);
            let place = name_of_place(world, &def.location);
            note(
                world,
                Entry::new("army-appears", cause.clone())
                    .arg("army", &def.name)
                    .arg("place", place)
                    .arg("troops", def.troops.total())
                    .at(def.location.clone()),
            );
        }
        Reinforce { army, troops } => {
            let Some(e) = army_entity(world, army) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            add(&mut a.troops, troops);
            let name = a.name.clone();
            note(world, Entry::new("army-reinforced", cause.clone()).arg("army", name).arg("troops", troops.total()));
        }
        Levy { city, troops } => {
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            add(&mut c.garrison, troops);
            let name = name_of_place(world, city);
            note(
                world,
                Entry::new("levy", cause.clone()).arg("city", name).arg("troops", troops.total()).at(city.clone()),
            );
        }
        SetGovernor { city, character } => {
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            c.governor = character.clone();
            let city_name = name_of_place(world, city);
            let who = character
                .as_ref()
                .and_then(|id| world.resource::<People>().get(id).copied())
                .and_then(|e| world.get::<Character>(e))
                .map(|c| c.name.clone());
            let entry = match who {
                Some(who) => {
                    Entry::new("governor-appointed", cause.clone()).arg("city", city_name).arg("character", who)
                }
                None => Entry::new("governor-removed", cause.clone()).arg("city", city_name),
            };
            note(world, entry.at(city.clone()));
        }
        Garrison { army, city } => {
            let (Some(e), Some(c)) = (army_entity(world, army), world.resource::<Map>().entity(city)) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            let all = a.troops;
            let moved = split(&mut a.troops, &all);
            a.state = ArmyStatus::Gone;
            let name = a.name.clone();
            if let Some(mut c) = world.get_mut::<City>(c) {
                add(&mut c.garrison, &moved);
            }
            let place = name_of_place(world, city);
            note(
                world,
                Entry::new("army-joins-garrison", cause.clone())
                    .arg("army", name)
                    .arg("city", place)
                    .arg("troops", moved.total())
                    .at(city.clone()),
            );
        }
        Disband(army) => {
            let Some(e) = army_entity(world, army) else { return };
            let mut a = world.get_mut::<Army>(e).expect("army");
            if !a.is_in_play() {
                return;
            }
            a.state = ArmyStatus::Gone;
            let name = a.name.clone();
            note(world, Entry::new("army-disbanded", cause.clone()).arg("army", name));
        }
        Order { army, order } => {
            let Some(e) = army_entity(world, army) else { return };
            give_order(world, e, order.clone());
            let name = world.get::<Army>(e).expect("army").name.clone();
            note(world, order_entry(world, name, order, cause.clone()));
        }
        Command { army, commander } => {
            let Some(e) = army_entity(world, army) else { return };
            world.get_mut::<Army>(e).expect("army").commander = commander.clone();
        }
        MoveCourt(place) => {
            let Some(i) = world.resource::<Map>().index(place) else { return };
            world.resource_mut::<Court>().seat = i;
            let name = name_of_place(world, place);
            note(world, Entry::new("court-moves", cause.clone()).arg("place", name).at(place.clone()));
        }
        SetFlag(f) => {
            world.resource_mut::<Flags>().insert(f.clone());
        }
        ClearFlag(f) => {
            world.resource_mut::<Flags>().remove(f);
        }
        OpenDecision(d) => {
            let mut r = world.resource_mut::<Record>();
            if r.choice(d).is_none() && !r.pending.contains(d) {
                r.pending.push(d.clone());
                r.offered.insert(d.clone());
            }
        }
        StartSiege { city, army } => {
            let Some(e) = army_entity(world, army) else { return };
            give_order(world, e, OrderDef::Besiege(city.clone()));
        }
        EndSiege(city) => {
            let Some(c) = world.resource::<Map>().entity(city) else { return };
            if let Some(mut c) = world.get_mut::<City>(c) {
                c.siege = None;
            }
            let armies: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
            for e in armies {
                if world.get::<Orders>(e).is_some_and(|o| o.order == OrderDef::Besiege(city.clone())) {
                    give_order(world, e, OrderDef::Hold);
                }
            }
        }
        Assault { army, city, modifier } => {
            let (Some(e), Some(place)) = (army_entity(world, army), world.resource::<Map>().index(city)) else {
                return;
            };
            if world.get::<Army>(e).is_some_and(|a| a.is_in_play()) {
                siege::assault(world, place, &[e], *modifier, cause.clone());
            }
        }
        Sally { city, troops, modifier } => {
            let Some(place) = world.resource::<Map>().index(city) else { return };
            siege::sally(world, place, *troops, *modifier, cause.clone());
        }
        Capture { city, side } => {
            let Some(place) = world.resource::<Map>().index(city) else { return };
            siege::capture(world, place, *side, cause.clone(), "city-taken");
        }
        Chance { p, then, otherwise } => {
            let hit = world.resource_mut::<SimRng>().chance(p.get());
            apply(world, if hit { then } else { otherwise }, cause);
        }
        If { when, then, otherwise } => {
            let branch = if holds(world, when) { then } else { otherwise };
            apply(world, branch, cause);
        }
        Chronicle(text) => note(world, Entry::new("narrative", cause.clone()).arg("text", text.clone())),
    }
}

/// Pays up to `fraction` of what is still owed, from what the treasury holds.
fn pay_indemnity(world: &mut World, fraction: f64, cause: &Cause) {
    let Some(terms) = world.resource::<Diplomacy>().terms.clone() else { return };
    let paid = world.resource::<Diplomacy>().paid;
    let mut court = world.resource_mut::<Court>();
    let pay = |owed: f64, already: f64, held: &mut f64| {
        let amount = ((owed - already).max(0.0) * fraction).min(*held);
        *held -= amount;
        amount
    };
    let t = &mut court.treasury;
    let sent = Treasury {
        gold: pay(terms.indemnity.gold, paid.gold, &mut t.gold),
        silver: pay(terms.indemnity.silver, paid.silver, &mut t.silver),
        silk: pay(terms.indemnity.silk, paid.silk, &mut t.silk),
    };
    let mut d = world.resource_mut::<Diplomacy>();
    d.paid.gold += sent.gold;
    d.paid.silver += sent.silver;
    d.paid.silk += sent.silk;
    let share = d.paid_fraction();
    note(
        world,
        Entry::new("indemnity-paid", cause.clone())
            .arg("gold", sent.gold.round())
            .arg("silver", sent.silver.round())
            .arg("silk", sent.silk.round())
            .arg("share", (share * 100.0).round()),
    );
}

/// Gives an army a new order, clearing a path it no longer needs.
pub fn give_order(world: &mut World, army: Entity, order: OrderDef) {
    if let Some(mut orders) = world.get_mut::<Orders>(army) {
        orders.camp = None;
        orders.order = order;
    }
}

/// A short English-free description of an order for the chronicle: its kind and target.
/// The chronicle entry of an army given an order: the kind of order and what it points at.
pub(crate) fn order_entry(world: &World, army: String, order: &OrderDef, cause: Cause) -> Entry {
    let target = match order {
        OrderDef::Hold | OrderDef::Disband => String::new(),
        OrderDef::Pursue(a) => world
            .resource::<Armies>()
            .get(a)
            .and_then(|e| world.get::<Army>(*e))
            .map(|a| a.name.clone())
            .unwrap_or_else(|| a.clone()),
        _ => order.place().map(|p| name_of_place(world, p)).unwrap_or_default(),
    };
    let kind = format!("{order:?}");
    let kind = kind.split('(').next().unwrap_or("").to_string();
    Entry::new("army-ordered", cause).arg("army", army).arg("kind", kind).arg("target", target)
}
