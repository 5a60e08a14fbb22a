//! Effects on the court: offices, the status of characters, factions, authority, the
//! capital's mood, who commands the walls, and the court's journeys.

use super::super::super::chronicle::{Cause, Entry, Phrase};
use super::super::super::rules::strength::split;
use super::super::super::setup::spawn_army;
use super::super::super::world::*;
use super::{change, changed, name_of_place, note};
use crate::scenario::bounded::Percent;
use crate::scenario::schema::{ArmyDef, Effect, OrderDef, Status, Troops};
use bevy::prelude::*;

pub(super) fn apply(world: &mut World, effect: &Effect, cause: &Cause) {
    match effect {
        Effect::Appoint { character, office } => appoint(world, character, office, cause),
        Effect::Dismiss(ch) => set_status(world, ch, Status::Dismissed, cause),
        Effect::Exile(ch) => set_status(world, ch, Status::Exiled, cause),
        Effect::SetStatus { character, status } => set_status(world, character, *status, cause),
        Effect::Influence { faction, delta } => {
            let mut court = world.resource_mut::<Court>();
            let Some(v) = court.influence.get_mut(faction) else { return };
            let (before, after) = change(v, delta.get());
            let name = court.faction_names.get(faction).cloned().unwrap_or_else(|| faction.clone());
            changed(world, Phrase::new("change-influence").arg("faction", name), before, after);
        }
        Effect::Authority(delta) => {
            let (before, after) = change(&mut world.resource_mut::<Court>().authority, delta.get());
            changed(world, Phrase::new("change-authority"), before, after);
        }
        Effect::CityMorale { city, delta } => {
            let Some(e) = world.resource::<Map>().entity(city) else { return };
            let Some(mut c) = world.get_mut::<City>(e) else { return };
            let (before, after) = change(&mut c.morale, delta.get());
            let name = name_of_place(world, city);
            changed(world, Phrase::new("change-city-morale").arg("city", name), before, after);
        }
        Effect::SetGovernor { city, character } => set_governor(world, city, character.as_deref(), cause),
        Effect::MoveCourt { to, escort } => set_out(world, to, escort, cause),
        _ => unreachable!("not an effect on the court: {effect:?}"),
    }
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

pub(super) fn set_status(world: &mut World, character: &str, status: Status, cause: &Cause) {
    let before = super::super::conditions::character_status(world, character);
    if before == Some(status) {
        return;
    }
    if status != Status::InOffice {
        vacate_offices(world, character);
    }
    if let Some(name) = with_character(world, character, |c| {
        c.status = status;
        if status != Status::InOffice {
            c.office = None;
        }
    }) {
        note(world, Entry::new("status-changes", cause.clone()).arg("character", name).arg("status", status.id()));
    }
    // A man dismissed, exiled, taken or dead commands no walls.
    if !matches!(status, Status::InOffice | Status::OutOfOffice) {
        let map = world.resource::<Map>();
        let governed: Vec<String> = map
            .cities
            .iter()
            .filter(|p| world.get::<City>(map.entities[**p]).is_some_and(|c| c.governor.as_deref() == Some(character)))
            .map(|p| map.ids[*p].clone())
            .collect();
        for city in governed {
            set_governor(world, &city, None, cause);
        }
        leave_armies_without(world, character, None, cause);
    }
}

/// The armies a man led go on without him: he is gone, or leads `except` now (a man leads one
/// army at a time).
pub(super) fn leave_armies_without(world: &mut World, character: &str, except: Option<Entity>, cause: &Cause) {
    let led: Vec<Entity> = world
        .resource::<Armies>()
        .values()
        .copied()
        .filter(|e| Some(*e) != except)
        .filter(|e| world.get::<Army>(*e).is_some_and(|a| a.is_in_play() && a.commander.as_deref() == Some(character)))
        .collect();
    for e in led {
        let entry = {
            let mut army = world.get_mut::<Army>(e).expect("army");
            army.commander = None;
            Entry::new("army-leaderless", cause.clone()).army(&army)
        };
        note(world, entry);
    }
}

/// Appoints a character to an office. A commission (`concurrent`) is held alongside his office,
/// as Li Gang commanded the defence as Right Assistant Director; any other appointment replaces
/// the office he held. Whoever held the post before is out of office unless he holds another.
fn appoint(world: &mut World, character: &str, office: &str, cause: &Cause) {
    let mut court = world.resource_mut::<Court>();
    let Some(concurrent) = court.offices.iter().find(|o| o.id == office).map(|o| o.concurrent) else { return };
    if !concurrent {
        for o in court.offices.iter_mut().filter(|o| !o.concurrent && o.id != office) {
            if o.holder.as_deref() == Some(character) {
                o.holder = None;
            }
        }
    }
    let Some(slot) = court.offices.iter_mut().find(|o| o.id == office) else { return };
    let previous = slot.holder.replace(character.to_string());
    let office_name = slot.name.clone();
    if let Some(prev) = previous.filter(|p| p != character) {
        let still_in_office = court.offices.iter().any(|o| o.holder.as_deref() == Some(prev.as_str()));
        if !still_in_office {
            with_character(world, &prev, |c| {
                c.status = Status::OutOfOffice;
                c.office = None;
            });
        }
    }
    if let Some(name) = with_character(world, character, |c| {
        c.status = Status::InOffice;
        c.office = Some(office.to_string());
    }) {
        note(world, Entry::new("appointed", cause.clone()).arg("character", name).arg("office", office_name));
    }
}

fn set_governor(world: &mut World, city: &str, character: Option<&str>, cause: &Cause) {
    let Some(e) = world.resource::<Map>().entity(city) else { return };
    let Some(mut c) = world.get_mut::<City>(e) else { return };
    if c.governor.as_deref() == character {
        return;
    }
    c.governor = character.map(str::to_string);
    let city_name = name_of_place(world, city);
    let who = character.and_then(|id| character_name(world, id));
    let entry = match who {
        Some(who) => Entry::new("governor-appointed", cause.clone()).arg("city", city_name).arg("character", who),
        None => Entry::new("governor-removed", cause.clone()).arg("city", city_name),
    };
    note(world, entry.at(city.to_string()));
}

fn character_name(world: &World, id: &str) -> Option<String> {
    character(world, id).map(|c| c.name.clone())
}

/// The escort the court's seat can give: the men asked for, horsemen as far as the garrison
/// has them and foot for the rest; the household guard where there is no garrison to draw on.
pub fn escort_for(world: &World, wanted: &Troops) -> Troops {
    let seat = world.resource::<Court>().seat;
    let entity = world.resource::<Map>().entities[seat];
    let Some(city) = world.get::<City>(entity) else { return *wanted };
    let g = &city.garrison;
    let cavalry = wanted.cavalry.min(g.cavalry);
    let mut rest = wanted.total().saturating_sub(cavalry);
    let infantry = rest.min(g.infantry);
    rest -= infantry;
    let escort = Troops { cavalry, infantry, militia: rest.min(g.militia) };
    if escort.is_empty() {
        Troops { cavalry: world.resource::<RuleBook>().flight.household_guard, ..Troops::default() }
    } else {
        escort
    }
}

/// The court sets out on the road as the imperial train, with its escort drawn from the
/// garrison where it is.
fn set_out(world: &mut World, to: &str, escort: &Troops, cause: &Cause) {
    let map = world.resource::<Map>().clone();
    let Some(dest) = map.index(to) else { return };
    let court = world.resource::<Court>().clone();
    if court.journey.is_some() || court.seat == dest {
        return;
    }
    let from = court.seat;
    let troops = escort_for(world, escort);
    if let Some(mut c) = world.get_mut::<City>(map.entities[from]) {
        split(&mut c.garrison, &troops);
    }
    let (training, morale) = world.get::<City>(map.entities[from]).map_or((50.0, 50.0), |c| (c.training, c.morale));
    let ruler = character(world, &court.ruler).map(|c| (c.name.clone(), c.title.clone()));
    let full = world.resource::<RuleBook>().supply.full_supply_days;
    let mut id = "imperial_train".to_string();
    while world.resource::<Armies>().contains_key(&id) {
        id.push('_');
    }
    let name = ruler.as_ref().map(|(_, title)| title.clone()).filter(|t| !t.is_empty()).unwrap_or_default();
    let def = ArmyDef {
        id: id.clone(),
        name,
        plural: false,
        side: crate::scenario::schema::Side::Song,
        commander: Some(court.ruler.clone()),
        location: map.ids[from].clone(),
        troops,
        training: Percent::new(training),
        morale: Percent::new(morale),
        supply: full,
        order: OrderDef::MoveTo(to.to_string()),
        player_controlled: false,
        plan: Vec::new(),
    };
    spawn_army(world, &def);
    let e = world.resource::<Armies>()[&id];
    world.entity_mut(e).insert(ImperialTrain { to: dest });
    if let Some(mut o) = world.get_mut::<Orders>(e) {
        o.source = OrderSource::Given;
    }
    world.resource_mut::<Court>().journey = Some(e);
    let men = world.get::<Army>(e).map_or(0, |a| a.troops.total());
    note(
        world,
        Entry::new("court-sets-out", cause.clone())
            .arg("from", &map.names[from])
            .arg("to", &map.names[dest])
            .arg("escort", men)
            .at(map.ids[from].clone()),
    );
}
