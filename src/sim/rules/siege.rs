//! Sieges: who besieges what, how tight the blockade is, food and starvation, assaults on the
//! walls, sallies, and surrender.

use super::super::chronicle::{Cause, Chronicle, Entry, Rule};
use super::super::rng::SimRng;
use super::super::world::*;
use super::strength::{Ground, army_strength, quality, take_losses, troop_worth};
use crate::scenario::schema::{OrderDef, Side, Status, Trait, Troops};
use bevy::prelude::*;

/// Below this morale a besieged city may open its gates, with this chance each turn.
const DESPAIR_MORALE: f32 = 8.0;
const DESPAIR_SURRENDER_CHANCE: f32 = 0.25;

/// An army counts as besieging a city from a camp this close.
const CAMP_KM: f32 = 25.0;

/// Troops needed to cut every road into a city: the walls' length grows with the square root
/// of the area the population fills.
pub fn blockade_troops(population: u32) -> f32 {
    (population as f32).sqrt() * 100.0
}

/// The armies besieging a city: enemies ordered to besiege it, standing at it or at a camp
/// before it, in id order.
pub fn besiegers(world: &World, city_place: usize) -> Vec<Entity> {
    let map = world.resource::<Map>();
    let Some(city) = world.get::<City>(map.entities[city_place]) else { return Vec::new() };
    world
        .resource::<Armies>()
        .values()
        .copied()
        .filter(|e| {
            let (Some(army), Some(loc), Some(orders)) =
                (world.get::<Army>(*e), world.get::<Location>(*e), world.get::<Orders>(*e))
            else {
                return false;
            };
            army.side == city.controller.enemy()
                && army.is_in_play()
                && matches!(&orders.order, OrderDef::Besiege(id) if *id == map.ids[city_place])
                && loc.standing_at().is_some_and(|p| p == city_place || map.km_between(p, city_place) <= CAMP_KM)
        })
        .collect()
}

/// Worth of a city's defenders on its walls.
pub fn defence(city: &City, rules: &RuleBook, command: f32, traits: &[Trait]) -> f32 {
    let walls = if city.walls_fallen { 0.0 } else { city.walls };
    troop_worth(&city.garrison, rules, Ground::Walls)
        * quality(city.training, city.morale, command, traits)
        * (1.0 + walls * rules.wall_factor)
}

fn governor_skill(world: &World, city: &City) -> (f32, Vec<Trait>) {
    city.governor
        .as_ref()
        .and_then(|g| world.resource::<People>().get(g).copied())
        .and_then(|e| world.get::<Character>(e))
        .map(|c| (c.skills.command.get(), c.traits.clone()))
        .unwrap_or((4.0, Vec::new()))
}

fn attackers_strength(world: &World, list: &[Entity]) -> f32 {
    let rules = world.resource::<RuleBook>();
    list.iter()
        .filter_map(|e| world.get::<Army>(*e))
        .map(|a| {
            let (command, traits) = a
                .commander
                .as_ref()
                .and_then(|c| world.resource::<People>().get(c).copied())
                .and_then(|e| world.get::<Character>(e))
                .map(|c| (c.skills.command.get(), c.traits.clone()))
                .unwrap_or((4.0, Vec::new()));
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
    // Friendly field armies inside the city man its walls too.
    let walls = if city.walls_fallen { 0.0 } else { city.walls };
    let on_walls: f32 = defenders_in(world, city_place, city.controller)
        .iter()
        .filter_map(|e| world.get::<Army>(*e))
        .map(|a| army_strength(a, command, &traits, rules, Ground::Walls) * (1.0 + walls * rules.wall_factor))
        .sum();
    attackers_strength(world, attackers) / (defence(city, rules, command, &traits) + on_walls).max(1.0)
}

/// Field armies of the city's side standing in it.
fn defenders_in(world: &World, place: usize, side: Side) -> Vec<Entity> {
    world
        .resource::<Armies>()
        .values()
        .copied()
        .filter(|e| {
            world.get::<Army>(*e).is_some_and(|a| a.side == side && a.state == ArmyStatus::Active)
                && world.get::<Location>(*e).is_some_and(|l| l.standing_at() == Some(place))
        })
        .collect()
}

/// Chance that an assault at these odds carries the walls: even odds are a coin toss, and
/// walls make long odds very long (0.3 → 3%, 1.5 → 77%).
pub fn assault_success_chance(odds: f32) -> f32 {
    let o3 = odds.max(0.0).powi(3);
    o3 / (o3 + 1.0)
}

/// Starts and lifts sieges, feeds and starves the besieged, and takes surrenders.
pub fn blockade(world: &mut World) {
    let clock = world.resource::<Clock>().clone();
    let days = clock.turn_days as f32;
    let rules = world.resource::<RuleBook>().clone();
    let map = world.resource::<Map>().clone();
    for place in 0..map.ids.len() {
        let entity = map.entities[place];
        if world.get::<City>(entity).is_none() {
            continue;
        }
        let by = besiegers(world, place);
        let troops: f32 = by.iter().filter_map(|e| world.get::<Army>(*e)).map(|a| a.troops.total() as f32).sum();
        // Friendly field armies at the city keep roads open for grain carts.
        let controller = world.get::<City>(entity).map(|c| c.controller).unwrap_or(Side::Song);
        let relief: f32 = defenders_in(world, place, controller)
            .iter()
            .filter_map(|e| world.get::<Army>(*e))
            .map(|a| a.troops.total() as f32)
            .sum();
        let open_roads = troops / (troops + relief).max(1.0);
        let mut entries = Vec::new();
        let mut city = world.get_mut::<City>(entity).expect("checked");
        let name = &map.names[place];
        let needed = blockade_troops(city.population);
        match (&mut city.siege, by.is_empty()) {
            (None, false) => {
                let tightness = (troops / blockade_troops(city.population)).min(1.0) * open_roads;
                city.siege = Some(Siege { since: clock.date, by: city.controller.enemy(), tightness });
                entries.push(
                    Entry::rule("siege-begins", Rule::Siege)
                        .arg("city", name)
                        .arg("tightness", (tightness * 100.0).round()),
                );
            }
            (Some(_), true) => {
                city.siege = None;
                entries.push(Entry::rule("siege-lifted", Rule::Siege).arg("city", name));
            }
            (Some(siege), false) => siege.tightness = (troops / needed).min(1.0) * open_roads,
            (None, true) => {}
        }
        let tightness = city.siege.as_ref().map_or(0.0, |s| s.tightness);
        if city.siege.is_some() {
            let was_fed = city.food_days > 0.0;
            city.food_days = (city.food_days - days * tightness).max(0.0);
            if city.food_days > 0.0 {
                city.morale += rules.siege_morale_per_day * days;
            } else {
                if was_fed {
                    entries.push(Entry::rule("food-runs-out", Rule::Starvation).arg("city", name));
                }
                city.morale += rules.starvation_morale_per_day * days;
                let lost = take_losses(&mut city.garrison, rules.starvation_attrition * days);
                city.population = city.population.saturating_sub((city.population as f32 * 0.005 * days) as u32);
                if lost > 0 {
                    entries.push(Entry::rule("garrison-starves", Rule::Starvation).arg("city", name).arg("lost", lost));
                }
            }
        } else {
            city.food_days = (city.food_days + days * 0.5).min(city.food_capacity);
        }
        // Despair empties the walls.
        if city.morale < 25.0 && city.siege.is_some() {
            let despair = (25.0 - city.morale) / 25.0;
            let lost = take_losses(&mut city.garrison, 0.03 * days * despair);
            if lost > 0 {
                entries.push(Entry::rule("garrison-deserts", Rule::Siege).arg("city", name).arg("lost", lost));
            }
        }
        city.morale = city.morale.clamp(0.0, 100.0);
        let starved = city.food_days <= 0.0 && (city.morale < 12.0 || city.garrison.total() < 200);
        // A city in utter despair may open its gates before it starves.
        let despair = city.morale < DESPAIR_MORALE;
        let besieged = city.siege.is_some();
        let surrenders =
            besieged && (starved || (despair && world.resource_mut::<SimRng>().chance(DESPAIR_SURRENDER_CHANCE)));
        let id = map.ids[place].clone();
        let mut chronicle = world.resource_mut::<Chronicle>();
        for e in entries {
            chronicle.record(&clock, e.at(id.clone()));
        }
        if surrenders {
            let side = world.get::<City>(entity).expect("city").controller.enemy();
            capture(world, place, side, Cause::Rule { rule: Rule::Surrender }, "city-surrenders");
        }
    }
}

/// The AI besiegers of each city decide whether to storm the walls this turn.
pub fn assaults(world: &mut World) {
    let map = world.resource::<Map>().clone();
    let rules = world.resource::<RuleBook>().clone();
    for place in 0..map.ids.len() {
        // Armies whose plan is to starve the city out never storm it.
        let by: Vec<Entity> = besiegers(world, place).into_iter().filter(|e| !blockading(world, *e)).collect();
        let Some(first) = by.first() else { continue };
        let Some(city) = world.get::<City>(map.entities[place]) else { continue };
        if city.walls_fallen || city.siege.is_none() {
            continue;
        }
        // The AI storms only when the odds favour it; cautious commanders want better odds.
        let player = world.get::<Army>(*first).is_some_and(|a| a.player_controlled);
        let reckless = by.iter().any(|e| commander_traits(world, *e).contains(&Trait::Reckless));
        let cautious = by.iter().any(|e| commander_traits(world, *e).contains(&Trait::Cautious));
        let wanted = rules.assault_odds
            * if cautious {
                1.3
            } else if reckless {
                0.8
            } else {
                1.0
            };
        if player || assault_odds(world, place, &by) < wanted {
            continue;
        }
        let army_id = world.get::<Army>(*first).expect("besieger").id.clone();
        assault(world, place, &by, 1.0, Cause::Plan { army: army_id });
    }
}

fn blockading(world: &World, army: Entity) -> bool {
    world
        .get::<Plan>(army)
        .is_some_and(|p| matches!(p.goals.get(p.current), Some(crate::scenario::schema::GoalDef::Blockade(_))))
}

fn commander_traits(world: &World, army: Entity) -> Vec<Trait> {
    world
        .get::<Army>(army)
        .and_then(|a| a.commander.as_ref())
        .and_then(|c| world.resource::<People>().get(c).copied())
        .and_then(|e| world.get::<Character>(e))
        .map(|c| c.traits.clone())
        .unwrap_or_default()
}

/// One assault on a city's walls by the given armies. `modifier` scales the attackers (an
/// unmanned wall, a gate opened by a failed sally).
pub fn assault(world: &mut World, place: usize, attackers: &[Entity], modifier: f32, cause: Cause) {
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    if world.get::<City>(map.entities[place]).is_none() {
        return;
    }
    let odds = assault_odds(world, place, attackers) * modifier * world.resource_mut::<SimRng>().spread(0.15);
    let carried = world.resource_mut::<SimRng>().chance(assault_success_chance(odds));
    let attacker_loss = (0.025 / odds.max(0.2)).min(0.1);
    let defender_loss = (0.04 * odds).min(0.3);
    let mut attackers_lost = 0;
    for e in attackers {
        if let Some(mut a) = world.get_mut::<Army>(*e) {
            attackers_lost += take_losses(&mut a.troops, attacker_loss);
            a.morale = (a.morale + if carried { 10.0 } else { -6.0 }).clamp(0.0, 100.0);
        }
    }
    let entity = map.entities[place];
    let Some(mut city) = world.get_mut::<City>(entity) else { return };
    let defenders_lost = take_losses(&mut city.garrison, defender_loss);
    city.morale = (city.morale + if carried { -30.0 } else { 4.0 }).clamp(0.0, 100.0);
    let side = city.controller.enemy();
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
        capture(world, place, side, cause, "walls-fall");
    }
}

/// The city falls to `side`. The capital's outer walls fall first: the inner city holds out,
/// and what follows is for decisions and events to settle.
pub fn capture(world: &mut World, place: usize, side: Side, cause: Cause, key: &'static str) {
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    let is_capital = world.resource::<Court>().capital == place;
    let entity = map.entities[place];
    let Some(mut city) = world.get_mut::<City>(entity) else { return };
    let governor = city.governor.clone();
    if is_capital {
        // The court holds out in the inner city: decisions and events settle what follows.
        city.walls_fallen = true;
    } else {
        city.controller = side;
        city.siege = None;
        city.garrison = Troops::default();
        city.morale = 30.0;
        // Breached walls are patched, not rebuilt.
        city.walls = (city.walls - 2.0).max(0.0);
    }
    world
        .resource_mut::<Chronicle>()
        .record(&clock, Entry::new(key, cause).arg("city", &map.names[place]).at(map.ids[place].clone()));
    if !is_capital
        && let Some(g) = governor
        && let Some(e) = world.resource::<People>().get(&g).copied()
        && let Some(mut c) = world.get_mut::<Character>(e)
        && c.side != side
    {
        c.status = Status::Captured;
    }
}

/// Troops sally from a city against its besiegers.
pub fn sally(world: &mut World, place: usize, troops: Troops, modifier: f32, cause: Cause) {
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    let rules = world.resource::<RuleBook>().clone();
    let by = besiegers(world, place);
    let entity = map.entities[place];
    let Some(mut city) = world.get_mut::<City>(entity) else { return };
    let mut party = super::strength::split(&mut city.garrison, &troops);
    let worth = troop_worth(&party, &rules, Ground::Field) * quality(city.training, city.morale, 5.0, &[]) * modifier;
    let enemy = attackers_field_strength(world, &by) * 1.3;
    let ratio = worth / enemy.max(1.0);
    let won = world.resource_mut::<SimRng>().chance(assault_success_chance(ratio * 2.0));
    let party_loss = if won { 0.15 } else { (rules.battle_intensity * 3.0 / ratio.max(0.05).powf(0.5)).min(0.9) };
    let sally_lost = take_losses(&mut party, party_loss);
    let mut enemy_lost = 0;
    let enemy_loss = (rules.battle_intensity * ratio).min(0.15);
    for e in &by {
        if let Some(mut a) = world.get_mut::<Army>(*e) {
            enemy_lost += take_losses(&mut a.troops, enemy_loss);
        }
    }
    let mut city = world.get_mut::<City>(entity).expect("city");
    super::strength::add(&mut city.garrison, &party);
    city.morale = (city.morale + if won { 8.0 } else { -12.0 }).clamp(0.0, 100.0);
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
}

fn attackers_field_strength(world: &World, list: &[Entity]) -> f32 {
    let rules = world.resource::<RuleBook>();
    list.iter().filter_map(|e| world.get::<Army>(*e)).map(|a| army_strength(a, 5.0, &[], rules, Ground::Field)).sum()
}
