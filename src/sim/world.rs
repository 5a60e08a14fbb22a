//! The world model: components of places, cities, armies and characters, and the resources of
//! the court, diplomacy and the clock. Plain data; the rules that change it live in `rules/`.

use crate::calendar::Date;
use crate::scenario::distances::Distances;
use crate::scenario::schema::{
    GoalDef, Id, OrderDef, PlaceKind, RouteKind, Rules, Side, Skills, Status, TermsDef, Trait, Treasury, TreatyState,
    Troops,
};
use bevy::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The scenario's fixed numbers, as a resource.
#[derive(Resource, Clone, Debug, Deref)]
pub struct RuleBook(pub Rules);

/// The date and turn.
#[derive(Resource, Clone, Debug)]
pub struct Clock {
    pub date: Date,
    pub turn: u32,
    pub turn_days: u32,
    pub start: Date,
    pub end: Date,
}

// ---------------------------------------------------------------------------------------------
// The map

/// A place on the map. Its index in [`Map::places`] is its node in the route graph.
#[derive(Component, Clone, Debug)]
pub struct Place {
    pub index: usize,
    pub id: Id,
    pub name: String,
    pub chinese: String,
    pub kind: PlaceKind,
    pub lon: f64,
    pub lat: f64,
}

#[derive(Clone, Debug)]
pub struct Route {
    pub a: usize,
    pub b: usize,
    pub kind: RouteKind,
    pub km: f32,
}

impl Route {
    pub fn other(&self, from: usize) -> usize {
        if self.a == from { self.b } else { self.a }
    }
}

/// The static route graph and the id → entity index of places. Built once and never changed,
/// so it is shared: cloning a `Map` is cheap.
#[derive(Resource, Clone, Debug, Deref)]
pub struct Map(pub std::sync::Arc<MapData>);

#[derive(Clone, Debug, Default)]
pub struct MapData {
    pub ids: Vec<Id>,
    pub names: Vec<String>,
    pub coords: Vec<(f64, f64)>,
    /// Km between every two places.
    pub distances: std::sync::Arc<Distances>,
    pub entities: Vec<Entity>,
    /// The places with a city, in place order (cities are founded with the scenario and stay).
    pub cities: Vec<usize>,
    /// For each place, the city nearest to it (the first in place order of those as near).
    pub nearest_city: Vec<Option<usize>>,
    pub routes: Vec<Route>,
    /// For each place: (neighbour, route index).
    pub links: Vec<Vec<(usize, usize)>>,
    /// Looked up for every place a condition or an order names, every turn: hashed, not ordered.
    pub by_id: bevy::platform::collections::HashMap<Id, usize>,
}

impl MapData {
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn entity(&self, id: &str) -> Option<Entity> {
        self.index(id).map(|i| self.entities[i])
    }

    /// The name of a place by id; the id itself if the map has no such place.
    pub fn name_of(&self, id: &str) -> String {
        self.index(id).map_or_else(|| id.to_string(), |i| self.names[i].clone())
    }

    /// Great-circle distance in km.
    pub fn km_between(&self, a: usize, b: usize) -> f32 {
        self.distances.km(a, b)
    }

    pub fn route_between(&self, a: usize, b: usize) -> Option<&Route> {
        self.links[a].iter().find(|(n, _)| *n == b).map(|(_, r)| &self.routes[*r])
    }
}

// ---------------------------------------------------------------------------------------------
// Cities

/// A walled city on a place entity.
#[derive(Component, Clone, Debug)]
pub struct City {
    pub controller: Side,
    pub walls: f32,
    pub garrison: Troops,
    pub training: f32,
    pub population: u32,
    pub food_days: f32,
    /// Food the granaries hold when full, in days: what the scenario gives at the start.
    pub food_capacity: f32,
    /// The mouths `food_days` is counted for: the people and the garrison at the start.
    /// More mouths (an army taking refuge) eat the days faster.
    pub food_mouths: f32,
    pub stores: Treasury,
    pub morale: f32,
    pub governor: Option<Id>,
    pub siege: Option<Siege>,
    /// The outer walls have been stormed; the city may still resist inside.
    pub walls_fallen: bool,
    /// The day of the last assault on its walls.
    pub last_assault: Option<Date>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Siege {
    pub since: Date,
    pub by: Side,
    /// 0 (the besiegers only watch one gate) to 1 (no food comes in).
    pub tightness: f32,
}

// ---------------------------------------------------------------------------------------------
// Armies

#[derive(Component, Clone, Debug)]
pub struct Army {
    pub id: Id,
    pub name: String,
    /// Whether the name is plural, so sentences agree with it.
    pub plural: bool,
    pub side: Side,
    pub commander: Option<Id>,
    pub troops: Troops,
    pub training: f32,
    pub morale: f32,
    pub supply: f32,
    pub player_controlled: bool,
    pub state: ArmyStatus,
    /// Characters carried along (hostages taken north).
    pub carrying: Vec<Id>,
    /// Battles and raids it has fought.
    pub battles: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArmyStatus {
    Active,
    /// Broken in battle: falls back and cannot attack until it rallies.
    Routed {
        until: Date,
    },
    /// Left the theatre, disbanded or joined a garrison: kept for the record, takes no part.
    Gone,
    Destroyed,
    /// Melted away before the enemy without a battle.
    Dispersed,
}

impl Army {
    pub fn is_in_play(&self) -> bool {
        matches!(self.state, ArmyStatus::Active | ArmyStatus::Routed { .. })
    }

    pub fn is_routed(&self) -> bool {
        matches!(self.state, ArmyStatus::Routed { .. })
    }

    /// Men and their mounts, as mouths to feed: a horseman eats as `1 + horse_fodder` men.
    pub fn eaters(&self, horse_fodder: f32) -> f32 {
        self.troops.total() as f32 + self.troops.cavalry as f32 * horse_fodder
    }
}

/// The army that carries the court on the road.
#[derive(Component, Clone, Debug)]
pub struct ImperialTrain {
    /// Where the court is going.
    pub to: usize,
}

/// Where an army is: at a place, or on the way along a route.
#[derive(Component, Clone, Debug, PartialEq)]
pub struct Location {
    /// The place it is at, or last left.
    pub at: usize,
    /// The places still to pass through, next first.
    pub path: Vec<usize>,
    /// km already covered towards `path[0]`.
    pub progress_km: f32,
    /// Days spent at `at` since it last arrived (for foraging).
    pub days_here: f32,
}

impl Location {
    pub fn at(place: usize) -> Self {
        Location { at: place, path: Vec::new(), progress_km: 0.0, days_here: 0.0 }
    }

    pub fn is_moving(&self) -> bool {
        !self.path.is_empty()
    }

    /// The place it stands at, if it is not on the road.
    pub fn standing_at(&self) -> Option<usize> {
        (self.path.is_empty() || self.progress_km == 0.0).then_some(self.at)
    }
}

/// The order an army is carrying out.
#[derive(Component, Clone, Debug, PartialEq)]
pub struct Orders {
    pub order: OrderDef,
    /// For a siege: the camp before the city where the army stands.
    pub camp: Option<usize>,
    /// Who gave it: an AI army's own plan, or the player or the script over its head.
    pub source: OrderSource,
    /// The player gave it himself (not a decision's or an event's effect), so the chronicle
    /// may say "your order".
    pub by_player: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderSource {
    /// The army's plan (or the scenario's starting orders).
    Plan,
    /// The emperor, or a decision or event: it overrides an AI army's plan until carried out.
    Given,
}

impl Orders {
    pub fn new(order: OrderDef) -> Self {
        Orders { order, camp: None, source: OrderSource::Plan, by_player: false }
    }
}

/// An AI commander's plan.
#[derive(Component, Clone, Debug)]
pub struct Plan {
    /// Shared with the scenario's data: a plan is read every turn and never edited.
    pub goals: std::sync::Arc<[GoalDef]>,
    pub current: usize,
}

// ---------------------------------------------------------------------------------------------
// People and the court

#[derive(Component, Clone, Debug)]
pub struct Character {
    pub id: Id,
    pub name: String,
    pub chinese: String,
    pub title: String,
    pub side: Side,
    pub faction: Option<Id>,
    pub skills: Skills,
    pub traits: Vec<Trait>,
    pub status: Status,
    pub office: Option<Id>,
    pub location: Option<Id>,
}

impl Character {
    pub fn has(&self, t: Trait) -> bool {
        self.traits.contains(&t)
    }
}

/// Characters by id.
#[derive(Resource, Clone, Debug, Default, Deref)]
pub struct People(pub BTreeMap<Id, Entity>);

/// The character with this id, found through `People`.
pub fn character<'w>(world: &'w World, id: &str) -> Option<&'w Character> {
    world.resource::<People>().get(id).and_then(|e| world.get::<Character>(*e))
}

/// Sets a resource, writing over the one the world has if it has one. In Bevy 0.19 a resource
/// is a component of an entity of its own, and inserting one anew costs a component insert;
/// a world is set up again for every playout, with some twenty resources.
pub fn put<R: Resource<Mutability = bevy::ecs::component::Mutable>>(world: &mut World, value: R) {
    match world.get_resource_mut::<R>() {
        Some(mut r) => *r = value,
        None => world.insert_resource(value),
    }
}

/// The city standing on the place with this id, if any.
pub fn city<'w>(world: &'w World, id: &str) -> Option<&'w City> {
    world.resource::<Map>().entity(id).and_then(|e| world.get::<City>(e))
}

/// Armies by id, in id order (the order rules visit them).
#[derive(Resource, Clone, Debug, Default, Deref, DerefMut)]
pub struct Armies(pub BTreeMap<Id, Entity>);

#[derive(Clone, Debug)]
pub struct Office {
    pub id: Id,
    pub name: String,
    pub chinese: String,
    pub holder: Option<Id>,
    /// A commission held alongside one's office.
    pub concurrent: bool,
    /// Before this day the office does not exist yet (unless someone is appointed to it).
    pub instituted: Option<crate::calendar::Date>,
}

impl Office {
    /// Whether the court lists the office on this day.
    pub fn exists_on(&self, date: crate::calendar::Date) -> bool {
        self.holder.is_some() || self.instituted.is_none_or(|d| d <= date)
    }
}

#[derive(Resource, Clone, Debug)]
pub struct Court {
    pub authority: f32,
    pub influence: BTreeMap<Id, f32>,
    /// Faction id → its name, for the chronicle and the panels.
    pub faction_names: BTreeMap<Id, String>,
    pub treasury: Treasury,
    pub offices: Vec<Office>,
    /// Where the emperor is.
    pub seat: usize,
    /// The scenario's capital, whose fall is the fall of the dynasty's seat wherever the
    /// emperor has gone.
    pub capital: usize,
    pub ruler: Id,
    /// The army carrying the court while it is on the road.
    pub journey: Option<Entity>,
}

#[derive(Resource, Clone, Debug, Default)]
pub struct Diplomacy {
    pub grievance: f32,
    pub terms: Option<TermsDef>,
    pub treaty: TreatyState,
    /// A treaty has been agreed at some time, though it may since have been broken or
    /// superseded by new terms (what "the treaty promised" can speak of).
    pub treaty_made: bool,
    pub paid: Treasury,
    /// Cities an edict has ceded to the Jin.
    pub ceded: BTreeSet<Id>,
    /// Ceded cities whose answer to the edict (obey or refuse) is still to come.
    pub awaiting_handover: Vec<Id>,
    /// Ceded cities that obeyed and opened their gates.
    pub handed_over: BTreeSet<Id>,
    pub hostages: BTreeSet<Id>,
}

/// Silver-equivalent value of gold, silver and silk (gold at ten times silver, a bolt of silk at
/// about one tael of silver, the rough Song rates).
pub fn value(t: &Treasury) -> f64 {
    t.gold * 10.0 + t.silver + t.silk
}

/// What a change to the treasury really moves: it pays out what it holds and no more.
pub fn treasury_moves(held: &Treasury, change: &Treasury) -> Treasury {
    Treasury {
        gold: change.gold.max(-held.gold),
        silver: change.silver.max(-held.silver),
        silk: change.silk.max(-held.silk),
    }
}

/// The part of each good that `keep` keeps (what is spent, or what is gained).
pub fn treasury_part(t: &Treasury, keep: fn(f64) -> f64) -> Treasury {
    Treasury { gold: keep(t.gold), silver: keep(t.silver), silk: keep(t.silk) }
}

impl Diplomacy {
    /// Whether a city ceded by an edict refused it and still holds out for the Song.
    pub fn refused(&self, city: &str, held: Option<Side>) -> bool {
        self.ceded.contains(city)
            && held == Some(Side::Song)
            && !self.handed_over.contains(city)
            && !self.awaiting_handover.iter().any(|c| c == city)
    }

    /// Fraction of the demanded indemnity paid so far.
    pub fn paid_fraction(&self) -> f32 {
        match &self.terms {
            Some(terms) if value(&terms.indemnity) > 0.0 => {
                (value(&self.paid) / value(&terms.indemnity)).min(1.0) as f32
            }
            Some(_) => 1.0,
            None => 0.0,
        }
    }
}

/// Hostages freed when the army carrying them broke, waiting to be released.
#[derive(Resource, Clone, Debug, Default)]
pub struct FreedHostages(pub Vec<Id>);

/// Named facts set by effects, tested by conditions.
#[derive(Resource, Clone, Debug, Default, Deref, DerefMut)]
pub struct Flags(pub BTreeSet<Id>);

/// The food and fodder of the country round each place, in men-days, by place index: what
/// foraging armies eat down and what grows back.
#[derive(Resource, Clone, Debug, Default)]
pub struct Countryside {
    pub stock: Vec<f32>,
    /// The stock when full.
    pub full: Vec<f32>,
}

/// Traits of a commander, by id, for the rules.
pub fn commander_skill(people: &People, characters: &Query<&Character>, id: Option<&Id>) -> (f32, Vec<Trait>) {
    id.and_then(|id| people.get(id))
        .and_then(|e| characters.get(*e).ok())
        .map(|c| (c.skills.command.get(), c.traits.clone()))
        .unwrap_or((4.0, Vec::new()))
}

/// The command skill and traits of an army's commander, looked up in the world (an average
/// 4 with no traits when it has none).
pub fn army_commander(world: &World, army: &Army) -> (f32, Vec<Trait>) {
    army.commander
        .as_ref()
        .and_then(|id| character(world, id))
        .map(|c| (c.skills.command.get(), c.traits.clone()))
        .unwrap_or((4.0, Vec::new()))
}
