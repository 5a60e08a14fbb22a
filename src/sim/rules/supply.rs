//! Food and fodder for armies.
//!
//! Every army eats a day's food a day, its horses as well as its men. It fills its carts
//! again, in this order of preference:
//! - **inside the walls** of a city of its own side, from the city's granaries (the city
//!   counts the army among its mouths);
//! - **from a granary**: a city of its own side within `supply_radius_km`, not itself under
//!   siege, or an enemy city whose walls its side holds; what it takes, the city no longer has;
//! - **by foraging**, for what it still lacks, the country round where it stands: each place's country holds a stock of
//!   food and fodder (its richness × `forage_stock_per_richness`), of which foragers reach a
//!   share a day. Enemy field armies nearby contest the villages and cut that share; with no
//!   treaty to restrain them, foragers plunder and take more. What they take is gone, and
//!   grows back only slowly.
//!
//! An army that cannot fill its carts eats into them; out of food, it loses men and heart.

use super::super::chronicle::{Chronicle, Entry, Rule};
use super::super::ongoing::{Kind, Ongoing, Step};
use super::super::world::*;
use super::field::Field;
use super::strength::take_losses;
use crate::scenario::rules::SupplyRules;
use crate::scenario::schema::{Side, TreatyState};
use crate::sim::losses::{LossCause, Losses};
use bevy::prelude::*;
use std::collections::BTreeMap;

/// Where an army fills its carts this turn.
enum Source {
    /// Inside the walls of the city in this slot of the pass's [`Granaries`].
    Walls(usize),
    /// From the granary of the city in this slot, outside it, and then the country for what it lacks.
    Granary(usize),
    /// From the country round where it stands.
    Forage,
}

/// What the supply pass reads of every city, read once for the pass: every army asks of
/// every city near it, and only the food a granary gives changes during the pass.
struct Granaries(Vec<Granary>);

struct Granary {
    place: usize,
    entity: Entity,
    controller: Side,
    walls_fallen: bool,
    besieged: bool,
    food_days: f32,
    food_capacity: f32,
    food_mouths: f32,
}

impl Granaries {
    fn read(world: &World, map: &MapData) -> Granaries {
        let list = map
            .cities
            .iter()
            .filter_map(|&place| {
                let entity = map.entities[place];
                let c = world.get::<City>(entity)?;
                Some(Granary {
                    place,
                    entity,
                    controller: c.controller,
                    walls_fallen: c.walls_fallen,
                    besieged: c.siege.is_some(),
                    food_days: c.food_days,
                    food_capacity: c.food_capacity,
                    food_mouths: c.food_mouths,
                })
            })
            .collect();
        Granaries(list)
    }

    /// The slot of the city at `place`, if there is one.
    fn at(&self, place: usize) -> Option<usize> {
        self.0.binary_search_by_key(&place, |g| g.place).ok()
    }
}

pub fn supply_and_attrition(world: &mut World) {
    let clock = world.resource::<Clock>().clone();
    let days = clock.turn_days as f32;
    let rules = world.resource::<RuleBook>().clone();
    let map = world.resource::<Map>().clone();
    let s = &rules.supply;
    regrow(world, days);
    let registry: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
    let mut granaries = Granaries::read(world, &map);
    let mut foragers: BTreeMap<(usize, Side), Vec<Entity>> = BTreeMap::new();
    for e in &registry {
        let Some(army) = world.get::<Army>(*e).filter(|a| a.is_in_play()) else { continue };
        let Some(loc) = world.get::<Location>(*e) else { continue };
        let (side, at, source) = (army.side, loc.at, source(&granaries, &map, &rules, army, loc));
        world.get_mut::<Army>(*e).expect("army").supply -= days;
        match source {
            Source::Walls(slot) => {
                if granaries.0[slot].food_days > 0.0 {
                    world.get_mut::<Army>(*e).expect("army").supply = s.full_supply_days;
                }
            }
            Source::Granary(slot) => {
                draw_from_granary(world, s, *e, &mut granaries.0[slot], days);
                foragers.entry((at, side)).or_default().push(*e);
            }
            Source::Forage => foragers.entry((at, side)).or_default().push(*e),
        }
    }
    // Foraging changes only what armies carry: who stands where is the same for every party.
    let field = Field::read(world);
    for ((place, side), group) in foragers {
        forage(world, s, &field, (place, side), &group, days);
    }
    let mut hardship = [0u32; 2];
    for e in &registry {
        let Some(mut army) = world.get_mut::<Army>(*e) else { continue };
        if !army.is_in_play() {
            continue;
        }
        army.supply = army.supply.clamp(s.lowest_supply, s.full_supply_days);
        let worn = take_losses(&mut army.troops, s.campaign_attrition * days);
        let hungry = army.supply <= 0.0;
        let lost = if hungry {
            army.morale = (army.morale - s.hunger_morale * days).max(0.0);
            take_losses(&mut army.troops, s.hunger_attrition * days)
        } else {
            0
        };
        hardship[army.side as usize] += worn + lost;
        let army = world.get::<Army>(*e).expect("army");
        // Most armies are fed and were fed: nothing to chronicle.
        if hungry || world.resource::<Ongoing>().get(Kind::ArmyHungry, &army.id).is_some() {
            let army = army.clone();
            hunger_spell(world, &army, *e, hungry, lost);
        }
    }
    let mut losses = world.resource_mut::<Losses>();
    losses.count(Side::Song, LossCause::Hardship, hardship[Side::Song as usize]);
    losses.count(Side::Jin, LossCause::Hardship, hardship[Side::Jin as usize]);
}

/// Where the army fills its carts: inside friendly walls, or from a granary and the country.
fn source(granaries: &Granaries, map: &MapData, rules: &RuleBook, army: &Army, loc: &Location) -> Source {
    let walls = loc.standing_at().and_then(|p| granaries.at(p));
    if let Some(slot) = walls.filter(|&g| {
        let g = &granaries.0[g];
        g.controller == army.side && !g.walls_fallen
    }) {
        return Source::Walls(slot);
    }
    let near = |place: usize, km: f32| map.km_between(place, loc.at) <= km;
    let granary = granaries
        .0
        .iter()
        .enumerate()
        .filter(|(_, c)| near(c.place, rules.supply.supply_radius_km))
        .filter(|(_, c)| {
            let ours = c.controller == army.side && !c.walls_fallen && !c.besieged;
            // The enemy's city whose walls this side holds is at its mercy.
            let at_our_mercy = c.controller != army.side && c.walls_fallen && near(c.place, rules.siege.camp_km);
            let spare = if ours { c.food_capacity * rules.supply.granary_reserve } else { 0.0 };
            (ours || at_our_mercy) && c.food_days > spare
        })
        .min_by(|a, b| map.km_between(a.1.place, loc.at).total_cmp(&map.km_between(b.1.place, loc.at)))
        .map(|(slot, _)| slot);
    match granary {
        Some(slot) => Source::Granary(slot),
        None => Source::Forage,
    }
}

/// Refills an army from a city's granary; the city's food goes down by what it gave.
fn draw_from_granary(world: &mut World, s: &SupplyRules, army: Entity, city: &mut Granary, days: f32) {
    let (eaters, supply, side) = {
        let a = world.get::<Army>(army).expect("army");
        (a.eaters(s.horse_fodder), a.supply, a.side)
    };
    let wanted_days = (s.resupply_days_per_day * days).min(s.full_supply_days - supply).max(0.0);
    // A city of one's own side gives only what it can spare above its reserve; one at one's
    // mercy gives all it has.
    let reserve = if city.controller == side { city.food_capacity * s.granary_reserve } else { 0.0 };
    let available = (city.food_days - reserve).max(0.0) * city.food_mouths;
    let taken = (wanted_days * eaters).min(available);
    city.food_days = (city.food_days - taken / city.food_mouths.max(1.0)).max(0.0);
    if let Some(mut c) = world.get_mut::<City>(city.entity) {
        c.food_days = city.food_days;
    }
    if eaters > 0.0 {
        world.get_mut::<Army>(army).expect("army").supply += taken / eaters;
    }
}

/// The armies of one side foraging round one place share what the country within their
/// radius yields them, taking it from each place's stock in proportion.
fn forage(
    world: &mut World,
    s: &SupplyRules,
    field: &Field,
    (place, side): (usize, Side),
    group: &[Entity],
    days: f32,
) {
    let map = world.resource::<Map>().clone();
    let treaty = world.resource::<Diplomacy>().treaty == TreatyState::Accepted;
    let (own, enemy) = field.troops_around(&map, place, side, s.forage_radius_km);
    let freedom = own / (own + s.forage_denial * enemy).max(1.0);
    // Foragers plunder in the enemy's country when no treaty restrains them.
    let plunder = if treaty || !in_enemy_country(world, &map, place, side) { 1.0 } else { s.plunder_gather };
    let reach = 1.0 - (1.0 - s.forage_gather_rate).powf(days);
    let around = || (0..map.ids.len()).filter(|q| *q == place || map.km_between(*q, place) <= s.forage_radius_km);
    let country = &world.resource::<Countryside>().stock;
    let stock: f32 = around().map(|q| country[q]).sum();
    let gatherable = stock * (reach * freedom * plunder).min(1.0);
    let wants: Vec<(Entity, f32, f32)> = group
        .iter()
        .filter_map(|e| world.get::<Army>(*e).map(|a| (*e, a.eaters(s.horse_fodder), a.supply)))
        .map(|(e, eaters, supply)| (e, eaters, eaters * (s.full_supply_days - supply).max(0.0)))
        .collect();
    let wanted: f32 = wants.iter().map(|w| w.2).sum();
    let gathered = wanted.min(gatherable);
    if gathered <= 0.0 || stock <= 0.0 {
        return;
    }
    let taken = gathered / stock;
    let mut country = world.resource_mut::<Countryside>();
    for q in around() {
        country.stock[q] *= 1.0 - taken;
    }
    for (e, eaters, want) in wants {
        if eaters > 0.0 {
            world.get_mut::<Army>(e).expect("army").supply += gathered * (want / wanted) / eaters;
        }
    }
}

/// Whether the nearest city to a place is held by the enemy of `side`.
fn in_enemy_country(world: &World, map: &Map, place: usize, side: Side) -> bool {
    map.nearest_city[place].and_then(|p| world.get::<City>(map.entities[p])).is_some_and(|c| c.controller != side)
}

/// The country grows back, in the growing season, towards what it held.
fn regrow(world: &mut World, days: f32) {
    let s = world.resource::<RuleBook>().supply.clone();
    let (_, month, _) = world.resource::<Clock>().date.ymd();
    let growing = if s.growing_from_month <= s.growing_to_month {
        (s.growing_from_month..=s.growing_to_month).contains(&month)
    } else {
        month >= s.growing_from_month || month <= s.growing_to_month
    };
    if !growing {
        return;
    }
    let rate = s.forage_regrowth * days;
    let mut country = world.resource_mut::<Countryside>();
    let Countryside { stock, full } = &mut *country;
    for (s, f) in stock.iter_mut().zip(full.iter()) {
        *s = (*s + f * rate).min(*f);
    }
}

/// Chronicles an army's hunger when it begins, doubles its toll, and ends.
fn hunger_spell(world: &mut World, army: &Army, e: Entity, hungry: bool, lost: u32) {
    let clock = world.resource::<Clock>().clone();
    let place = world.get::<Location>(e).map(|l| world.resource::<Map>().ids[l.at].clone()).unwrap_or_default();
    let mut ongoing = world.resource_mut::<Ongoing>();
    let entry = if hungry {
        match ongoing.add(Kind::ArmyHungry, &army.id, lost.max(1), clock.date) {
            Some(Step::Began) => Some(Entry::rule("army-hungry", Rule::Supply).army(army)),
            Some(Step::Worsened) => {
                let spell = ongoing.get(Kind::ArmyHungry, &army.id).expect("just added");
                Some(
                    Entry::rule("army-hungry-worse", Rule::Supply)
                        .army(army)
                        .arg("lost", spell.total)
                        .arg("days", clock.date.days_since(spell.since)),
                )
            }
            None => None,
        }
    } else {
        ongoing.end(Kind::ArmyHungry, &army.id).map(|spell| {
            Entry::rule("army-fed", Rule::Supply)
                .army(army)
                .arg("lost", spell.total.saturating_sub(1))
                .arg("days", clock.date.days_since(spell.since))
        })
    };
    if let Some(entry) = entry {
        world.resource_mut::<Chronicle>().record(&clock, entry.at(place));
    }
}
