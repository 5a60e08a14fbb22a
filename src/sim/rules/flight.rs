//! A court on the road. The emperor travels as the imperial train, an army of his escort; it
//! marches like any army and can be caught like one. Each turn, every Jin army with horsemen
//! to spare whose riders can reach the train (within `reach_turns` of a day's ride, by road,
//! across the river only at its crossings) may overtake it: the nearer they are and the
//! weaker the escort against them, the likelier. A train beaten in battle loses the emperor.

use super::super::chronicle::{Cause, Chronicle, Entry, Phrase, Rule};
use super::super::rng::SimRng;
use super::super::world::*;
use super::movement::shortest_path;
use super::strength::{Ground, army_strength};
use crate::scenario::schema::{Effect, Status};
use bevy::prelude::*;

/// Road km between two places along the cheapest path (None if no road joins them).
pub fn road_km(map: &Map, rules: &RuleBook, from: usize, to: usize) -> Option<f32> {
    let path = shortest_path(map, rules, from, to)?;
    let mut at = from;
    let mut km = 0.0;
    for next in path {
        km += super::movement::route_cost(map.route_between(at, next)?, rules);
        at = next;
    }
    Some(km)
}

/// One Jin army's chance this turn of overtaking the train, with its distance.
struct Pursuer {
    name: String,
    km: f32,
    chance: f32,
}

pub fn court_on_the_road(world: &mut World) {
    let Some(train) = world.resource::<Court>().journey else { return };
    let (Some(army), Some(loc), Some(journey)) = (
        world.get::<Army>(train).cloned(),
        world.get::<Location>(train).cloned(),
        world.get::<ImperialTrain>(train).cloned(),
    ) else {
        return;
    };
    let map = world.resource::<Map>().clone();
    let clock = world.resource::<Clock>().clone();
    let cause = Cause::Rule { rule: Rule::Flight };
    if !army.is_in_play() || army.is_routed() {
        let place = map.names[loc.at].clone();
        // Beaten in battle, or its escort melted away: either way the emperor is alone.
        let key = if army.state == ArmyStatus::Dispersed { "court-escort-scattered" } else { "court-overtaken-battle" };
        caught(world, train, Entry::new(key, cause).arg("place", place), loc.at);
        return;
    }
    if loc.standing_at() == Some(journey.to) {
        let mut court = world.resource_mut::<Court>();
        court.seat = journey.to;
        court.journey = None;
        let arrived =
            Entry::new("court-arrives", cause).arg("place", &map.names[journey.to]).at(map.ids[journey.to].clone());
        world.resource_mut::<Chronicle>().record(&clock, arrived);
        // The escort joins the garrison of the court's new seat; where the seat has no walls
        // to man, it stays with the court as an army.
        let cause = Cause::Rule { rule: Rule::Flight };
        let to = &map.ids[journey.to];
        if !crate::sim::script::effects::military::garrison(world, &army.id, to, &cause, "court-escort-garrisons") {
            let entry = Entry::new("court-escort-stays", cause)
                .army(&army)
                .arg("troops", army.troops.total())
                .arg("place", &map.names[journey.to])
                .at(to.clone());
            world.resource_mut::<Chronicle>().record(&clock, entry);
        }
        return;
    }
    let pursuers = pursuers(world, &army, &loc);
    if pursuers.is_empty() {
        return;
    }
    let escape: f32 = pursuers.iter().map(|p| 1.0 - p.chance).product();
    let nearest = pursuers.iter().min_by(|a, b| a.km.total_cmp(&b.km)).expect("not empty");
    let overtaken = world.resource_mut::<SimRng>().chance(1.0 - escape);
    let place = map.names[loc.at].clone();
    if overtaken {
        let by = pursuers.iter().max_by(|a, b| a.chance.total_cmp(&b.chance)).expect("not empty");
        let entry = Entry::new("court-overtaken", cause)
            .arg("place", place)
            .arg("by", by.name.clone())
            .arg("km", by.km.round());
        caught(world, train, entry, loc.at);
    } else {
        let riders: Vec<Phrase> = pursuers
            .iter()
            .map(|p| Phrase::new("court-rider").arg("army", p.name.clone()).arg("km", p.km.round()))
            .collect();
        let entry = Entry::new("court-escapes-riders", cause)
            .arg("place", place)
            .arg("riders", riders)
            .arg("chance", ((1.0 - escape) * 100.0).round())
            .arg("nearest", nearest.km.round())
            .at(map.ids[loc.at].clone());
        world.resource_mut::<Chronicle>().record(&clock, entry);
    }
}

/// Road km from a place to the train, wherever it is on its road: through the place it last
/// passed or the one it is heading for, whichever is nearer.
fn km_to_train(map: &Map, rules: &RuleBook, from: usize, train: &Location) -> Option<f32> {
    let behind = road_km(map, rules, from, train.at).map(|km| km + train.progress_km);
    let ahead = train.path.first().and_then(|next| {
        let leg = super::movement::route_cost(map.route_between(train.at, *next)?, rules);
        road_km(map, rules, from, *next).map(|km| km + (leg - train.progress_km).max(0.0))
    });
    match (behind, ahead) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The Jin armies whose riders can reach the train this turn, and their chances.
fn pursuers(world: &World, train: &Army, at: &Location) -> Vec<Pursuer> {
    let rules = world.resource::<RuleBook>();
    let map = world.resource::<Map>();
    let days = world.resource::<Clock>().turn_days as f32;
    let f = &rules.flight;
    let reach = rules.march.cavalry_km_per_day * days * f.reach_turns;
    let (command, traits) = army_commander(world, train);
    let escort = army_strength(train, command, &traits, rules, Ground::Field);
    let mut out = Vec::new();
    for e in world.resource::<Armies>().values() {
        let (Some(a), Some(l)) = (world.get::<Army>(*e), world.get::<Location>(*e)) else { continue };
        if a.side == train.side || a.state != ArmyStatus::Active || a.troops.cavalry < f.riders_needed {
            continue;
        }
        let Some(km) = km_to_train(map, rules, l.at, at) else { continue };
        if km >= reach {
            continue;
        }
        let riders = a.troops.cavalry as f32 * rules.battle.cavalry_worth;
        let chance = f.intercept_chance * (1.0 - km / reach) * riders / (riders + escort).max(1.0);
        out.push(Pursuer { name: a.name.clone(), km, chance });
    }
    out
}

/// The Jin take the emperor: the train is gone and the court with it.
fn caught(world: &mut World, train: Entity, entry: Entry, at: usize) {
    let clock = world.resource::<Clock>().clone();
    let place = world.resource::<Map>().ids[at].clone();
    world.resource_mut::<Chronicle>().record(&clock, entry.at(place));
    // What is left of the escort is taken with the emperor, and counted so; an escort that
    // has already scattered was counted when it did.
    if let Some(mut a) = world.get_mut::<Army>(train) {
        let (side, men) = (a.side, if a.is_in_play() { a.troops.total() } else { 0 });
        a.state = ArmyStatus::Destroyed;
        world.resource_mut::<crate::sim::losses::Losses>().count(side, crate::sim::losses::LossCause::Captured, men);
    }
    let ruler = world.resource::<Court>().ruler.clone();
    world.resource_mut::<Court>().journey = None;
    let effect = Effect::SetStatus { character: ruler, status: Status::Captured };
    crate::sim::script::effects::apply(world, &[effect], &Cause::Rule { rule: Rule::Flight });
}
