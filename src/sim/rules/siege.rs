//! Sieges: who besieges what, how tight the blockade is, food and starvation, assaults on the
//! walls, sallies, and surrender.
//!
//! A field army standing at a city of its own side is inside the walls: it mans them, eats
//! the city's food, and does nothing to open the roads. Only friendly armies outside the
//! walls, near the city, keep roads open for the grain carts.

use super::super::chronicle::{Arg, Cause, Chronicle, Entry, Rule};
use super::super::ongoing::{Kind, Ongoing, Step};
use super::super::rng::SimRng;
use super::super::world::*;
use super::field::Field;
use super::strength::{Ground, army_strength, quality, take_losses, troop_worth};
use crate::calendar::Date;
use crate::scenario::rules::SiegeRules;
use crate::scenario::schema::{GoalDef, OrderDef, Side, Status, Trait, TreatyState, Troops};
use crate::sim::losses::{LossCause, Losses};
use bevy::prelude::*;

/// Troops needed to cut every road into a city: the walls' length grows with the square root
/// of the area the population fills.
pub fn blockade_troops(population: u32, rules: &RuleBook) -> f32 {
    (population as f32).sqrt() * rules.siege.blockade_men_per_sqrt_population
}

/// The armies besieging a city: enemies ordered to besiege it, standing at it or at a camp
/// before it, in id order.
pub fn besiegers(world: &World, city_place: usize) -> Vec<Entity> {
    let map = world.resource::<Map>();
    let Some(city) = world.get::<City>(map.entities[city_place]) else { return Vec::new() };
    Field::read(world).besiegers(map, city_place, city.controller)
}

/// Whether the army stands before the city its orders tell it to besiege.
pub fn is_besieging(world: &World, army: Entity) -> bool {
    let Some(OrderDef::Besiege(city)) = world.get::<Orders>(army).map(|o| &o.order) else { return false };
    world.resource::<Map>().index(city).is_some_and(|place| besiegers(world, place).contains(&army))
}

/// Worth of a city's defenders on its walls.
pub fn defence(city: &City, rules: &RuleBook, command: f32, traits: &[Trait]) -> f32 {
    let walls = if city.walls_fallen { 0.0 } else { city.walls };
    troop_worth(&city.garrison, rules, Ground::Walls)
        * quality(city.training, city.morale, command, traits, rules)
        * (1.0 + walls * rules.siege.wall_factor)
}

fn governor(world: &World, city: &City) -> Option<Character> {
    city.governor
        .as_ref()
        .and_then(|g| world.resource::<People>().get(g).copied())
        .and_then(|e| world.get::<Character>(e))
        .filter(|c| c.status == Status::InOffice || c.status == Status::OutOfOffice)
        .cloned()
}

fn governor_skill(world: &World, city: &City) -> (f32, Vec<Trait>) {
    governor(world, city).map(|c| (c.skills.command.get(), c.traits.clone())).unwrap_or((4.0, Vec::new()))
}

/// Whether a resolute man commands the walls.
pub fn resolute_governor(world: &World, city: &City) -> bool {
    governor(world, city).is_some_and(|c| c.has(Trait::Resolute))
}

fn attackers_strength(world: &World, list: &[Entity]) -> f32 {
    let rules = world.resource::<RuleBook>();
    list.iter()
        .filter_map(|e| world.get::<Army>(*e))
        .map(|a| {
            let (command, traits) = army_commander(world, a);
            army_strength(a, command, &traits, rules, Ground::Walls)
        })
        .sum()
}

/// Ratio of the besiegers' worth to the defenders' on the walls.
pub fn assault_odds(world: &World, city_place: usize, attackers: &[Entity]) -> f32 {
    let map = world.resource::<Map>();
    let Some(city) = world.get::<City>(map.entities[city_place]) else { return 0.0 };
    let (command, traits) = governor_skill(world, city);
    let rules = world.resource::<RuleBook>();
    // Field armies inside the city man its walls too.
    let walls = if city.walls_fallen { 0.0 } else { city.walls };
    let on_walls: f32 = sheltering(world, city_place, city.controller)
        .iter()
        .filter_map(|e| world.get::<Army>(*e))
        .map(|a| army_strength(a, command, &traits, rules, Ground::Walls) * (1.0 + walls * rules.siege.wall_factor))
        .sum();
    attackers_strength(world, attackers) / (defence(city, rules, command, &traits) + on_walls).max(1.0)
}

/// Field armies of the city's side inside its walls.
pub fn sheltering(world: &World, place: usize, side: Side) -> Vec<Entity> {
    Field::read(world).sheltering(place, side)
}

/// Men in the field armies of the city's side inside its walls.
pub fn sheltered_men(world: &World, place: usize, side: Side) -> u32 {
    Field::read(world).sheltered_men(place, side)
}

/// The army standing at a place whose side holds a city there: inside its walls.
pub fn inside_friendly_walls(world: &World, army: &Army, loc: &Location) -> Option<usize> {
    let place = loc.standing_at()?;
    let city = world.get::<City>(world.resource::<Map>().entities[place])?;
    (city.controller == army.side && !city.walls_fallen).then_some(place)
}

/// Chance that an assault at these odds carries the walls: even odds are a coin toss, and
/// the steeper the curve the longer walls make long odds (at steepness 5, 0.3 → 0.2%,
/// 0.6 → 7%, 1.5 → 88%).
pub fn assault_success_chance(odds: f32, steepness: f32) -> f32 {
    let o = odds.max(0.0).powf(steepness);
    o / (o + 1.0)
}

/// Everything a city's turn under (or free of) siege changes, to be chronicled.
struct CityTurn {
    entries: Vec<Entry>,
    /// The surrender, with its cause (hunger or despair), if the city opens its gates.
    surrenders: Option<Entry>,
}

impl CityTurn {
    fn quiet() -> CityTurn {
        CityTurn { entries: Vec::new(), surrenders: None }
    }
}

/// Grain comes in to a city free of siege, up to what its granaries hold.
fn refill(city: &mut City, s: &SiegeRules, days: f32) {
    city.food_days = (city.food_days + days * s.food_refill_per_day).min(city.food_capacity);
}

/// Whether the chronicle is following a garrison's hunger or desertion at the city, whose
/// end it must tell.
fn in_a_spell(ongoing: &Ongoing, id: &str) -> bool {
    ongoing.get(Kind::GarrisonStarves, id).is_some() || ongoing.get(Kind::GarrisonDeserts, id).is_some()
}

/// Starts and lifts sieges, feeds and starves the besieged, and takes surrenders.
pub fn blockade(world: &mut World) {
    let map = world.resource::<Map>().clone();
    let pass = Pass {
        clock: world.resource::<Clock>().clone(),
        rules: world.resource::<RuleBook>().clone(),
        truce: world.resource::<Diplomacy>().treaty == TreatyState::Accepted,
        capital: world.resource::<Court>().capital,
        map: map.clone(),
    };
    let mut field = Field::read(world);
    for &place in &map.cities {
        let turn = city_turn(world, &pass, &field, place);
        if !turn.entries.is_empty() {
            let id = &map.ids[place];
            let mut chronicle = world.resource_mut::<Chronicle>();
            for e in turn.entries {
                chronicle.record(&pass.clock, e.at(id.clone()));
            }
        }
        if let Some(entry) = turn.surrenders {
            let side = world.get::<City>(map.entities[place]).expect("city").controller.enemy();
            capture(world, place, side, entry);
            field = Field::read(world);
        }
    }
}

/// What every city's turn in one pass reads of the world: it stays the same through the pass.
struct Pass {
    clock: Clock,
    rules: RuleBook,
    map: Map,
    truce: bool,
    capital: usize,
}

fn city_turn(world: &mut World, pass: &Pass, field: &Field, place: usize) -> CityTurn {
    let Pass { clock, rules, map, truce, capital } = pass;
    let days = clock.turn_days as f32;
    let s = &rules.siege;
    let entity = map.entities[place];
    let Some(city) = world.get::<City>(entity) else { return CityTurn::quiet() };
    let controller = city.controller;
    let quiet = city.siege.is_none() && !field.is_target(place);
    if quiet && !in_a_spell(world.resource::<Ongoing>(), &map.ids[place]) {
        // A city at peace: its granary fills again, and nothing else befalls it.
        let mut city = world.get_mut::<City>(entity).expect("checked");
        refill(&mut city, s, days);
        city.morale = city.morale.clamp(0.0, 100.0);
        return CityTurn::quiet();
    }
    let by = field.besiegers(map, place, controller);
    let troops: f32 = by.iter().filter_map(|e| world.get::<Army>(*e)).map(|a| a.troops.total() as f32).sum();
    // Who else is there matters only to a city under siege, and it is under siege after this
    // turn iff there are besiegers.
    let besieged = !by.is_empty();
    let inside = if besieged { field.sheltered_men(place, controller) as f32 } else { 0.0 };
    let relief = if besieged { field.relief_outside(map, place, controller) } else { 0.0 };
    let open_roads = troops / (troops + relief).max(1.0);
    // Only a besieged city's governor matters.
    let resolute = besieged && resolute_governor(world, world.get::<City>(entity).expect("city"));
    let name = map.names[place].clone();
    let mut entries = Vec::new();
    let mut city = world.get_mut::<City>(entity).expect("checked");
    let needed = blockade_troops(city.population, rules);
    let tightness = (troops / needed).min(1.0) * open_roads;
    let found = |key| Entry::rule(key, Rule::Siege).arg("city", &name).arg("tightness", (tightness * 100.0).round());
    match (&mut city.siege, by.is_empty()) {
        (None, false) => {
            city.siege = Some(Siege { since: clock.date, by: controller.enemy(), tightness });
            // A siege found on the scenario's first day began before it.
            entries.push(found(if clock.date == clock.start { "siege-underway" } else { "siege-begins" }));
        }
        (Some(_), true) => {
            city.siege = None;
            entries.push(Entry::rule("siege-lifted", Rule::Siege).arg("city", &name));
        }
        (Some(siege), false) => {
            // A siege the scenario says began before its first day is found on that day.
            if clock.date == clock.start && siege.since < clock.start {
                entries.push(found("siege-underway"));
            }
            siege.tightness = tightness
        }
        (None, true) => {}
    }
    let tightness = city.siege.as_ref().map_or(0.0, |s| s.tightness);
    let mouths = city.population as f32 + city.garrison.total() as f32 + inside;
    let eat_rate = mouths / city.food_mouths.max(1.0);
    let mut seized = 0.0;
    if city.siege.is_some() {
        let was_fed = city.food_days > 0.0;
        city.food_days = (city.food_days - days * tightness * eat_rate).max(0.0);
        // The grain that would have come in: part of it falls to the besiegers.
        seized = s.grain_seized * tightness * s.food_refill_per_day * days * city.food_mouths;
        let steadiness = if resolute { s.resolute_steadiness } else { 1.0 };
        if city.food_days > 0.0 {
            city.morale += s.siege_morale_per_day * days * if s.siege_morale_per_day < 0.0 { steadiness } else { 1.0 };
        } else {
            if was_fed {
                entries.push(Entry::rule("food-runs-out", Rule::Starvation).arg("city", &name));
            }
            city.morale += s.starvation_morale_per_day * days * steadiness;
            city.population =
                city.population.saturating_sub((city.population as f32 * s.starvation_population_loss * days) as u32);
        }
        let siege_days = city.siege.as_ref().map_or(0, |s| clock.date.days_since(s.since)) as f32;
        if !*truce && siege_days < rules.supply.ravaged_days {
            // No treaty holds the besiegers back: they plunder the suburbs and the villages.
            city.morale += rules.supply.ravaged_city_morale * days;
        }
    } else {
        refill(&mut city, s, days);
    }
    let starving = city.siege.is_some() && city.food_days <= 0.0;
    let hunger_lost = if starving { take_losses(&mut city.garrison, s.starvation_attrition * days) } else { 0 };
    // Despair empties the walls.
    let despairing = city.siege.is_some() && city.morale < s.desertion_morale;
    let deserted = if despairing {
        let despair = (s.desertion_morale - city.morale) / s.desertion_morale.max(1.0);
        take_losses(&mut city.garrison, s.desertion_rate * days * despair)
    } else {
        0
    };
    city.morale = city.morale.clamp(0.0, 100.0);
    let starved =
        starving && (city.morale < s.starved_surrender_morale || city.garrison.total() < s.starved_surrender_garrison);
    let despair = city.siege.is_some() && city.morale < s.despair_morale;
    let (food_left, morale, outer_walls_lost) = (city.food_days, city.morale, city.walls_fallen);
    let id = &map.ids[place];
    if hunger_lost + deserted > 0 {
        let mut losses = world.resource_mut::<Losses>();
        losses.count(controller, LossCause::Hardship, hunger_lost);
        losses.count(controller, LossCause::Desertion, deserted);
    }
    let mut ongoing = world.resource_mut::<Ongoing>();
    entries.extend(spell(&mut ongoing, clock.date, Kind::GarrisonStarves, (id, &name), hunger_lost, starving));
    entries.extend(spell(&mut ongoing, clock.date, Kind::GarrisonDeserts, (id, &name), deserted, despairing));
    if seized > 0.0 {
        feed_besiegers(world, &by, seized);
    }
    let despair_chance = s.despair_chance * if resolute { s.resolute_despair } else { 1.0 };
    // A capital whose outer walls are lost fights on from the inner city: what follows is for
    // decisions, not for these rules.
    let surrenders = if outer_walls_lost {
        None
    } else if starved {
        Some("hunger")
    } else if despair && world.resource_mut::<SimRng>().chance(despair_chance) {
        Some("despair")
    } else {
        None
    };
    let is_capital = *capital == place;
    let surrenders = surrenders.map(|reason| {
        Entry::rule(if is_capital { "capital-surrenders" } else { "city-surrenders" }, Rule::Surrender)
            .arg("city", &name)
            .arg("reason", reason)
            .arg("food", food_left.round())
            .arg("morale", morale.round())
    });
    CityTurn { entries, surrenders }
}

/// What the chronicle says of a lasting toll (hunger, desertion) this turn: when it begins,
/// doubles and ends.
fn spell(
    ongoing: &mut Ongoing,
    date: Date,
    kind: Kind,
    (id, name): (&str, &str),
    lost: u32,
    on: bool,
) -> Option<Entry> {
    let keys = match kind {
        Kind::GarrisonStarves => ["garrison-starves", "garrison-starves-worse", "garrison-starves-ends"],
        _ => ["garrison-deserts", "garrison-deserts-worse", "garrison-deserts-ends"],
    };
    let rule = if kind == Kind::GarrisonStarves { Rule::Starvation } else { Rule::Siege };
    if on && lost > 0 {
        match ongoing.add(kind, id, lost, date)? {
            Step::Began => Some(Entry::rule(keys[0], rule).arg("city", name).arg("lost", lost)),
            Step::Worsened => {
                let spell = ongoing.get(kind, id).expect("just added");
                Some(
                    Entry::rule(keys[1], rule)
                        .arg("city", name)
                        .arg("lost", spell.total)
                        .arg("days", date.days_since(spell.since)),
                )
            }
        }
    } else if !on && let Some(spell) = ongoing.end(kind, id) {
        let days = date.days_since(spell.since);
        Some(
            Entry::rule(keys[2], rule)
                .arg("city", name)
                .arg("lost", spell.total)
                .arg("days", days)
                .arg("days_n", Arg::Count(days as i64)),
        )
    } else {
        None
    }
}

/// Shares men-days of food among armies by their mouths, up to a full load each.
fn feed_besiegers(world: &mut World, armies: &[Entity], food: f32) {
    let rules = world.resource::<RuleBook>().supply.clone();
    let mouths: f32 = armies.iter().filter_map(|e| world.get::<Army>(*e)).map(|a| a.eaters(rules.horse_fodder)).sum();
    if mouths <= 0.0 {
        return;
    }
    for e in armies {
        if let Some(mut a) = world.get_mut::<Army>(*e) {
            a.supply = (a.supply + food / mouths).min(rules.full_supply_days);
        }
    }
}

/// The AI besiegers of each city decide whether to storm the walls this turn: not before their
/// siege works are ready, and the likelier the better the odds.
pub fn assaults(world: &mut World) {
    let map = world.resource::<Map>().clone();
    let rules = world.resource::<RuleBook>().clone();
    let s = &rules.siege;
    let date = world.resource::<Clock>().date;
    let mut field = Field::read(world);
    for &place in &map.cities {
        let Some(city) = world.get::<City>(map.entities[place]) else { continue };
        // Only a city under siege and some army's target can be stormed: the cheap tests first.
        let Some(siege) = &city.siege else { continue };
        if !field.is_target(place) {
            continue;
        }
        // Armies whose plan is to starve the city out never storm it.
        let by: Vec<Entity> =
            field.besiegers(&map, place, city.controller).into_iter().filter(|e| !blockading(world, *e)).collect();
        let Some(first) = by.first() else { continue };
        if city.walls_fallen || (date.days_since(siege.since) as f32) < s.prep_days_per_wall * city.walls {
            continue;
        }
        let player = world.get::<Army>(*first).is_some_and(|a| a.player_controlled);
        let reckless = by.iter().any(|e| commander_traits(world, *e).contains(&Trait::Reckless));
        let cautious = by.iter().any(|e| commander_traits(world, *e).contains(&Trait::Cautious));
        let wanted = s.assault_odds
            * if cautious {
                s.cautious_odds
            } else if reckless {
                s.reckless_odds
            } else {
                1.0
            };
        if player {
            continue;
        }
        let odds = assault_odds(world, place, &by);
        let storm = super::super::rng::rising_chance(odds, wanted, s.assault_odds_spread);
        if !world.resource_mut::<SimRng>().chance(storm) {
            continue;
        }
        let army_id = world.get::<Army>(*first).expect("besieger").id.clone();
        assault(world, place, &by, 1.0, Cause::Plan { army: army_id });
        field = Field::read(world);
    }
}

fn blockading(world: &World, army: Entity) -> bool {
    world.get::<Plan>(army).is_some_and(|p| matches!(p.goals.get(p.current), Some(GoalDef::Blockade(_))))
}

fn commander_traits(world: &World, army: Entity) -> Vec<Trait> {
    world.get::<Army>(army).map(|a| army_commander(world, a).1).unwrap_or_default()
}

/// One assault on a city's walls by the given armies. `modifier` scales the attackers (an
/// unmanned wall, a gate opened by a failed sally).
pub fn assault(world: &mut World, place: usize, attackers: &[Entity], modifier: f32, cause: Cause) {
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    let s = world.resource::<RuleBook>().siege.clone();
    // Walls already carried cannot be carried again: what follows is for decisions. And one
    // assault a day: a second order to the walls that day is the same assault.
    let today = clock.date;
    match world.get_mut::<City>(map.entities[place]) {
        Some(mut c) if !c.walls_fallen && c.last_assault != Some(today) => c.last_assault = Some(today),
        _ => return,
    }
    let odds =
        assault_odds(world, place, attackers) * modifier * world.resource_mut::<SimRng>().spread(s.assault_fortune);
    let carried = world.resource_mut::<SimRng>().chance(assault_success_chance(odds, s.assault_steepness));
    let attacker_loss = (s.assault_attacker_loss / odds.max(0.2)).min(s.assault_attacker_max_loss);
    let defender_loss = (s.assault_defender_loss * odds).min(s.assault_defender_max_loss);
    let mut attackers_lost = 0;
    for e in attackers {
        if let Some(mut a) = world.get_mut::<Army>(*e) {
            attackers_lost += take_losses(&mut a.troops, attacker_loss);
            let change = if carried { s.carried_attacker_morale } else { s.repulsed_attacker_morale };
            a.morale = (a.morale + change).clamp(0.0, 100.0);
        }
    }
    let entity = map.entities[place];
    let Some(mut city) = world.get_mut::<City>(entity) else { return };
    let defenders_lost = take_losses(&mut city.garrison, defender_loss);
    let change = if carried { s.carried_city_morale } else { s.repulsed_city_morale };
    city.morale = (city.morale + change).clamp(0.0, 100.0);
    let side = city.controller.enemy();
    let mut losses = world.resource_mut::<Losses>();
    losses.count(side, LossCause::Fighting, attackers_lost);
    losses.count(side.enemy(), LossCause::Fighting, defenders_lost);
    let key = if carried { "assault-carries" } else { "assault-repulsed" };
    world.resource_mut::<Chronicle>().record(
        &clock,
        Entry::new(key, cause.clone())
            .arg("city", &map.names[place])
            .arg("odds", (odds * 100.0).round() / 100.0)
            .arg("attackers_lost", attackers_lost)
            .arg("defenders_lost", defenders_lost)
            .at(map.ids[place].clone()),
    );
    if carried {
        // The capital's outer walls fall and its inner city fights on; any other city is taken.
        let key = if world.resource::<Court>().capital == place { "walls-fall" } else { "city-stormed" };
        capture(world, place, side, Entry::new(key, cause).arg("city", &map.names[place]));
    }
}

/// The city falls to `side`, told by `entry` (a storm, a surrender with its cause, a handover).
/// The capital's outer walls fall first: the inner city holds out, and what follows is for
/// decisions and events to settle. The captors take what food they can carry.
pub fn capture(world: &mut World, place: usize, side: Side, entry: Entry) {
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    let rules = world.resource::<RuleBook>().clone();
    let is_capital = world.resource::<Court>().capital == place;
    let entity = map.entities[place];
    let by = besiegers(world, place);
    let Some(mut city) = world.get_mut::<City>(entity) else { return };
    let governor = city.governor.clone();
    let granary = city.food_days * city.food_mouths;
    // The defenders of a fallen city are killed, taken or scattered.
    let mut taken = 0;
    if is_capital {
        // The court holds out in the inner city: decisions and events settle what follows.
        city.walls_fallen = true;
    } else {
        taken = city.garrison.total();
        city.controller = side;
        city.siege = None;
        city.garrison = Troops::default();
        city.morale = rules.siege.captured_morale;
        // Breached walls are patched, not rebuilt.
        city.walls = (city.walls - rules.siege.walls_lost_on_capture).max(0.0);
        city.governor = None;
    }
    world.resource_mut::<Losses>().count(side.enemy(), LossCause::Captured, taken);
    world.resource_mut::<Chronicle>().record(&clock, entry.at(map.ids[place].clone()));
    if is_capital {
        // The day the walls were lost, not the day the turn's outcomes are looked at.
        world.resource_mut::<crate::sim::script::record::Record>().capital_fell.get_or_insert(clock.date);
    } else {
        let id = map.ids[place].clone();
        let mut d = world.resource_mut::<Diplomacy>();
        d.awaiting_handover.retain(|c| *c != id);
        // What the captors carry off, they eat; the rest stays for the new garrison.
        let room: f32 = by
            .iter()
            .filter_map(|e| world.get::<Army>(*e))
            .map(|a| a.eaters(rules.supply.horse_fodder) * (rules.supply.full_supply_days - a.supply).max(0.0))
            .sum();
        let taken = granary.min(room);
        if taken > 0.0 {
            feed_besiegers(world, &by, taken);
            if let Some(mut c) = world.get_mut::<City>(entity) {
                c.food_days = ((granary - taken) / c.food_mouths.max(1.0)).max(0.0);
            }
        }
        end_spells(world, &id, &map.names[place]);
    }
    if !is_capital
        && let Some(g) = governor
        && let Some(e) = world.resource::<People>().get(&g).copied()
        && let Some(mut c) = world.get_mut::<Character>(e)
        && c.side != side
        && matches!(c.status, Status::InOffice | Status::OutOfOffice)
    {
        c.status = Status::Captured;
    }
}

/// A city that changes hands ends its garrison's lasting tolls.
fn end_spells(world: &mut World, id: &str, name: &str) {
    let clock = world.resource::<Clock>().clone();
    let mut ongoing = world.resource_mut::<Ongoing>();
    let entries: Vec<Entry> = [Kind::GarrisonStarves, Kind::GarrisonDeserts]
        .into_iter()
        .filter_map(|kind| spell(&mut ongoing, clock.date, kind, (id, name), 0, false))
        .collect();
    let mut chronicle = world.resource_mut::<Chronicle>();
    for e in entries {
        chronicle.record(&clock, e.at(id.to_string()));
    }
}

/// Troops sally from a city against its besiegers.
pub fn sally(world: &mut World, place: usize, troops: Troops, modifier: f32, cause: Cause) {
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    let rules = world.resource::<RuleBook>().clone();
    let s = &rules.siege;
    let by = besiegers(world, place);
    let entity = map.entities[place];
    let Some(mut city) = world.get_mut::<City>(entity) else { return };
    let mut party = super::strength::split(&mut city.garrison, &troops);
    let worth =
        troop_worth(&party, &rules, Ground::Field) * quality(city.training, city.morale, 5.0, &[], &rules) * modifier;
    let enemy = attackers_field_strength(world, &by) * s.sally_camp_defence;
    let ratio = worth / enemy.max(1.0);
    let won = world.resource_mut::<SimRng>().chance(assault_success_chance(ratio * 2.0, s.sally_steepness));
    let intensity = rules.battle.intensity;
    let party_loss =
        if won { s.sally_won_loss } else { (intensity * s.sally_lost_intensity / ratio.max(0.05).powf(0.5)).min(0.9) };
    let sally_lost = take_losses(&mut party, party_loss);
    let mut enemy_lost = 0;
    let enemy_loss = (intensity * ratio).min(s.sally_enemy_max_loss);
    for e in &by {
        if let Some(mut a) = world.get_mut::<Army>(*e) {
            enemy_lost += take_losses(&mut a.troops, enemy_loss);
        }
    }
    let mut city = world.get_mut::<City>(entity).expect("city");
    super::strength::add(&mut city.garrison, &party);
    let side = city.controller;
    city.morale = (city.morale + if won { s.sally_won_morale } else { s.sally_lost_morale }).clamp(0.0, 100.0);
    let mut losses = world.resource_mut::<Losses>();
    losses.count(side, LossCause::Fighting, sally_lost);
    losses.count(side.enemy(), LossCause::Fighting, enemy_lost);
    let key = if won { "sally-succeeds" } else { "sally-fails" };
    world.resource_mut::<Flags>().insert(if won { "sally_succeeded" } else { "sally_failed" }.to_string());
    world.resource_mut::<Chronicle>().record(
        &clock,
        Entry::new(key, cause)
            .arg("city", &map.names[place])
            .arg("sally_lost", sally_lost)
            .arg("enemy_lost", enemy_lost)
            .at(map.ids[place].clone()),
    );
    let record = &mut world.resource_mut::<super::super::script::record::Record>();
    record.battles.entry(map.ids[place].clone()).or_insert(clock.date);
}

fn attackers_field_strength(world: &World, list: &[Entity]) -> f32 {
    let rules = world.resource::<RuleBook>();
    list.iter().filter_map(|e| world.get::<Army>(*e)).map(|a| army_strength(a, 5.0, &[], rules, Ground::Field)).sum()
}
