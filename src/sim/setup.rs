//! Building the world of a scenario: places, routes, cities, people, armies and the court.

use super::chronicle::{Cause, Chronicle, Entry};
use super::ongoing::Ongoing;
use super::rng::SimRng;
use super::script::effects::ChangeBatch;
use super::script::record::{LoadedScenario, Record};
use super::world::*;
use crate::scenario::Scenario;
use crate::scenario::schema::{ArmyDef, Id, OfficeDef, RouteKind, Rules, ScenarioFile, Status};
use bevy::prelude::*;
use std::sync::Arc;

/// Roads wind: a route is this much longer than the straight line, by kind.
fn winding(kind: RouteKind, rules: &Rules) -> f32 {
    match kind {
        RouteKind::Road => rules.march.road_winding,
        RouteKind::Mountain => rules.march.mountain_winding,
        RouteKind::RiverCrossing => rules.march.crossing_winding,
    }
}

/// Fills an empty world with the scenario at its start date.
pub fn populate(world: &mut World, scenario: Arc<Scenario>, seed: u64) {
    let def = &scenario.def;
    let distances = scenario.distances();
    // A table made before `def.places` was changed is not this scenario's.
    let distances = if distances.places() == def.places.len() {
        distances
    } else {
        Arc::new(crate::scenario::distances::Distances::of(&def.places))
    };
    let mut map = MapData { distances, ..MapData::default() };
    let per_richness = def.rules.supply.forage_stock_per_richness;
    let full: Vec<f32> = def.places.iter().map(|p| p.richness() * per_richness).collect();
    put(world, Countryside { stock: full.clone(), full });
    for (index, p) in def.places.iter().enumerate() {
        let entity = world
            .spawn(Place {
                index,
                id: p.id.clone(),
                name: p.name.clone(),
                chinese: p.chinese.clone(),
                kind: p.kind,
                lon: p.lon,
                lat: p.lat,
            })
            .id();
        map.ids.push(p.id.clone());
        map.names.push(p.name.clone());
        map.coords.push((p.lon, p.lat));
        map.entities.push(entity);
        map.by_id.insert(p.id.clone(), index);
        map.links.push(Vec::new());
    }
    for r in &def.routes {
        let (a, b) = (map.by_id[&r.from], map.by_id[&r.to]);
        let km = r.km.unwrap_or_else(|| map.km_between(a, b) * winding(r.kind, &def.rules));
        map.links[a].push((b, map.routes.len()));
        map.links[b].push((a, map.routes.len()));
        map.routes.push(Route { a, b, kind: r.kind, km });
    }
    for c in &def.cities {
        map.cities.push(map.by_id[&c.place]);
        let entity = map.entities[map.by_id[&c.place]];
        world.entity_mut(entity).insert(City {
            controller: c.controller,
            walls: c.walls.get(),
            garrison: c.garrison,
            training: c.training.get(),
            population: c.population,
            food_days: c.food_days,
            food_capacity: c.food_days,
            food_mouths: (c.population as f32 + c.garrison.total() as f32).max(1.0),
            stores: c.stores,
            morale: c.morale.get(),
            governor: c.governor.clone(),
            // The besiegers' hold on its roads is reckoned on the first turn.
            siege: c.besieged_since.map(|since| Siege { since, by: c.controller.enemy(), tightness: 0.0 }),
            walls_fallen: false,
            last_assault: None,
        });
    }
    map.cities.sort_unstable();
    map.cities.dedup();
    map.nearest_city = (0..map.ids.len())
        .map(|place| {
            let km = |p: &usize| map.km_between(*p, place);
            map.cities.iter().copied().min_by(|a, b| km(a).total_cmp(&km(b)))
        })
        .collect();
    let seat = map.by_id[&def.capital];
    put(world, Map(Arc::new(map)));

    let mut people = People::default();
    // Each character's cast entry and first office, looked up once rather than searched for
    // every character (a world is set up for every playout).
    let mut cast_of = std::collections::BTreeMap::new();
    for c in &def.cast {
        cast_of.entry(&c.character).or_insert(c);
    }
    let mut office_of = std::collections::BTreeMap::new();
    for o in &def.court().offices {
        if let Some(h) = holder(def, o) {
            office_of.entry(h).or_insert(&o.id);
        }
    }
    for ch in &def.characters {
        let cast = cast_of.get(&ch.id).copied();
        let office = office_of.get(&ch.id).map(|o| (*o).clone());
        let status = match (cast, &office) {
            _ if def.diplomacy().hostages.contains(&ch.id) => Status::Hostage,
            (Some(c), _) => c.status,
            (None, Some(_)) => Status::InOffice,
            (None, None) => Status::OutOfOffice,
        };
        let e = world
            .spawn(Character {
                id: ch.id.clone(),
                name: ch.name.clone(),
                chinese: ch.chinese.clone(),
                title: ch.title.clone(),
                side: ch.side,
                faction: ch.faction.clone(),
                skills: ch.skills,
                traits: ch.traits.clone(),
                status,
                office,
                location: cast.and_then(|c| c.location.clone()),
            })
            .id();
        people.0.insert(ch.id.clone(), e);
    }
    put(world, people);
    put(
        world,
        Court {
            authority: def.court().authority.get(),
            influence: def.court().influence.iter().map(|(k, v)| (k.clone(), v.get())).collect(),
            faction_names: def.factions.iter().map(|f| (f.id.clone(), f.name.clone())).collect(),
            treasury: def.court().treasury,
            offices: def
                .court()
                .offices
                .iter()
                .map(|o| Office {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    chinese: o.chinese.clone(),
                    holder: holder(def, o).cloned(),
                    concurrent: o.concurrent,
                    instituted: o.instituted,
                })
                .collect(),
            seat,
            capital: seat,
            ruler: def.ruler.clone(),
            journey: None,
        },
    );
    let d = def.diplomacy();
    put(
        world,
        Diplomacy {
            grievance: d.grievance.get(),
            terms: d.terms.clone(),
            treaty: d.treaty,
            treaty_made: d.treaty != crate::scenario::schema::TreatyState::None,
            paid: d.paid,
            ceded: d.ceded.iter().cloned().collect(),
            awaiting_handover: Vec::new(),
            handed_over: Default::default(),
            hostages: d.hostages.iter().cloned().collect(),
        },
    );
    put(world, Clock { date: def.start, turn: 1, turn_days: def.turn_days, start: def.start, end: def.end });
    put(world, RuleBook(def.rules.clone()));
    put(world, Flags::default());
    put(world, FreedHostages::default());
    put(world, Armies::default());
    put(world, Record::default());
    put(world, SimRng::seeded(seed));
    put(world, Chronicle::default());
    put(world, Ongoing::default());
    put(world, crate::sim::losses::Losses::default());
    put(world, crate::sim::series::Series::default());
    put(world, ChangeBatch::default());
    for army in &def.armies {
        spawn_army(world, army);
    }
    let clock = world.resource::<Clock>().clone();
    let title = def.title.clone();
    world
        .resource_mut::<Chronicle>()
        .record(&clock, Entry::new("scenario-begins", Cause::Scenario).arg("title", title));
    put(world, LoadedScenario(scenario));
}

/// Who holds an office at the start: the court's own `holder`, or the cast member given it.
fn holder<'a>(def: &'a ScenarioFile, office: &'a OfficeDef) -> Option<&'a Id> {
    office
        .holder
        .as_ref()
        .or_else(|| def.cast.iter().find(|c| c.office.as_ref() == Some(&office.id)).map(|c| &c.character))
}

/// Adds an army to the world (at the start, or raised by an effect).
pub fn spawn_army(world: &mut World, def: &ArmyDef) {
    let at = world.resource::<Map>().index(&def.location).expect("validated place");
    let mut entity = world.spawn((
        Army {
            id: def.id.clone(),
            name: def.name.clone(),
            plural: def.plural,
            side: def.side,
            commander: def.commander.clone(),
            troops: def.troops,
            training: def.training.get(),
            morale: def.morale.get(),
            supply: def.supply,
            player_controlled: def.player_controlled,
            state: ArmyStatus::Active,
            carrying: Vec::new(),
            battles: 0,
        },
        Location::at(at),
        Orders::new(def.order.clone()),
    ));
    if !def.plan.is_empty() {
        entity.insert(Plan { goals: def.plan.as_slice().into(), current: 0 });
    }
    let e = entity.id();
    world.resource_mut::<Armies>().insert(def.id.clone(), e);
}
