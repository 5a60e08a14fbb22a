//! Armies and places in words, for the map's tooltips and the selected army: who they are, what
//! they are doing and where, as the world stands now (an army that has arrived is "at" the
//! place, not still "marching to" it).

use super::Locale;
use crate::scenario::schema::OrderDef;
use crate::sim::chronicle::Phrase;
use crate::sim::rules::movement;
use crate::sim::rules::siege::{inside_friendly_walls, is_besieging};
use crate::sim::world::{Armies, Army, ArmyStatus, City, ImperialTrain, Location, Map, Orders, Place, character};
use bevy::prelude::*;

/// A character as the lists show him: "Li Gang 李綱".
fn person(world: &World, id: Option<&str>) -> Option<String> {
    let c = character(world, id?)?;
    Some(format!("{} {}", c.name, c.chinese).trim().to_string())
}

/// The lines describing an army or a place.
pub fn describe(world: &World, locale: &Locale, e: Entity) -> String {
    if world.get::<Army>(e).is_some() {
        return army(world, locale, e).join("\n");
    }
    place(world, locale, e).join("\n")
}

pub fn army(world: &World, locale: &Locale, e: Entity) -> Vec<String> {
    let Some(a) = world.get::<Army>(e) else { return Vec::new() };
    let say = |p: Phrase| locale.phrase(&p);
    let mut lines = vec![say(Phrase::new("army-heading").arg("name", &a.name).arg("side", a.side.id()))];
    lines.push(match person(world, a.commander.as_deref()) {
        Some(c) => say(Phrase::new("army-commander").arg("commander", c)),
        None => say(Phrase::new("army-no-commander")),
    });
    let t = &a.troops;
    let arms: Vec<Phrase> = [("cavalry", t.cavalry), ("infantry", t.infantry), ("militia", t.militia)]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(arm, n)| Phrase::new("army-arm").arg("arm", arm).arg("n", n))
        .collect();
    lines.push(say(Phrase::new("army-men").arg("men", t.total()).arg("arms", arms)));
    lines.push(say(Phrase::new("army-condition")
        .arg("morale", a.morale.round())
        .arg("training", a.training.round())
        .arg("food", a.supply.max(0.0).round())));
    if let ArmyStatus::Routed { until } = a.state {
        lines.push(say(Phrase::new("army-routed-until").arg("until", until)));
    }
    if let Some(doing) = doing(world, e) {
        lines.push(say(doing));
    }
    lines
}

/// What the army is doing, and where: the order as it stands in the world.
fn doing(world: &World, e: Entity) -> Option<Phrase> {
    let map = world.resource::<Map>();
    let (a, loc, orders) = (world.get::<Army>(e)?, world.get::<Location>(e)?, world.get::<Orders>(e)?);
    if !a.is_in_play() {
        return None;
    }
    let name = |p: usize| map.names[p].clone();
    let place_name = |id: &str| map.index(id).map_or_else(|| id.to_string(), name);
    if let Some(train) = world.get::<ImperialTrain>(e) {
        return Some(Phrase::new("army-train").arg("to", name(train.to)));
    }
    let here = loc.standing_at();
    let by = name(here.unwrap_or(loc.at));
    let at_target = |id: &str| here.is_some() && here == map.index(id);
    let kind = |k: &str| Phrase::new("army-doing").arg("kind", k).arg("place", by.clone());
    let phrase = match &orders.order {
        _ if inside_friendly_walls(world, a, loc).is_some() && !loc.is_moving() => kind("inside"),
        OrderDef::Hold => kind("holds"),
        OrderDef::MoveTo(t) if at_target(t) => kind("at"),
        OrderDef::MoveTo(t) => kind("marching").arg("target", place_name(t)),
        OrderDef::Besiege(t) if is_besieging(world, e) => kind("besieging").arg("target", place_name(t)),
        OrderDef::Besiege(t) => kind("to_besiege").arg("target", place_name(t)),
        OrderDef::Garrison(t) if at_target(t) => kind("garrisoned").arg("target", place_name(t)),
        OrderDef::Garrison(t) => kind("to_garrison").arg("target", place_name(t)),
        OrderDef::Attack(t) => kind("to_attack").arg("target", place_name(t)),
        OrderDef::Relieve(t) => kind("to_relieve").arg("target", place_name(t)),
        OrderDef::Raid(t) => kind("to_raid").arg("target", place_name(t)),
        OrderDef::Pursue(quarry) => {
            let quarry = world.resource::<Armies>().get(quarry).and_then(|q| world.get::<Army>(*q));
            kind("pursuing").arg("target", quarry.map_or_else(String::new, |q| q.name.clone()))
        }
        OrderDef::Withdraw(t) => kind("going_home").arg("target", place_name(t)),
        OrderDef::Disband => kind("disbanding"),
    };
    Some(phrase)
}

pub fn place(world: &World, locale: &Locale, e: Entity) -> Vec<String> {
    let Some(p) = world.get::<Place>(e) else { return Vec::new() };
    let say = |ph: Phrase| locale.phrase(&ph);
    let Some(c) = world.get::<City>(e) else {
        return vec![say(Phrase::new("place-heading")
            .arg("name", &p.name)
            .arg("chinese", &p.chinese)
            .arg("kind", p.kind.id()))];
    };
    let mut lines = vec![say(Phrase::new("city-heading")
        .arg("name", &p.name)
        .arg("chinese", &p.chinese)
        .arg("side", c.controller.id()))];
    lines.push(say(Phrase::new(if c.walls_fallen { "city-state-fallen" } else { "city-state" })
        .arg("walls", c.walls.round())
        .arg("garrison", c.garrison.total())
        .arg("food", c.food_days.round())
        .arg("morale", c.morale.round())));
    if let Some(governor) = person(world, c.governor.as_deref()) {
        lines.push(say(Phrase::new("city-governor").arg("governor", governor)));
    }
    if let Some(siege) = &c.siege {
        let before_start = siege.since == world.resource::<crate::sim::world::Clock>().start;
        lines.push(say(Phrase::new(if before_start { "city-besieged-already" } else { "city-besieged" })
            .arg("side", siege.by.id())
            .arg("since", siege.since)
            .arg("tightness", (siege.tightness * 100.0).round())));
    }
    lines
}

/// How far a march to `target` is, about how long it takes, and how long the army's food lasts.
pub fn route(world: &World, locale: &Locale, army: Entity, target: &str) -> Option<String> {
    let map = world.resource::<Map>();
    let rules = &world.resource::<crate::sim::script::record::LoadedScenario>().def.rules;
    let (a, here, orders) = (world.get::<Army>(army)?, world.get::<Location>(army)?, world.get::<Orders>(army)?);
    let to = map.index(target)?;
    if here.standing_at() == Some(to) {
        return Some(locale.phrase(&Phrase::new("army-route-here")));
    }
    let path = movement::shortest_path(map, rules, here.at, to)?;
    let mut km = 0.0;
    let mut at = here.at;
    for next in path {
        km += map.route_between(at, next)?.km;
        at = next;
    }
    let days = (km / movement::speed_km_per_day(a, &orders.order, rules, false)).ceil();
    Some(locale.phrase(
        &Phrase::new("army-route").arg("km", km.round()).arg("days", days).arg("food", a.supply.max(0.0).round()),
    ))
}

/// An order button's label and its help, by the order's stable id.
pub fn order_button(locale: &Locale, order: &OrderDef) -> (String, String) {
    let kind = order.kind();
    (
        locale.phrase(&Phrase::new("order-label").arg("kind", kind)),
        locale.phrase(&Phrase::new("order-help").arg("kind", kind)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_sides_reach_the_text_by_their_ids() {
        let l = Locale::english();
        let city = Phrase::new("city-heading").arg("name", "Taiyuan").arg("chinese", "太原").arg("side", "jin");
        assert_eq!(l.phrase(&city), "Taiyuan 太原, held by the Jin");
        let pass = Phrase::new("place-heading").arg("name", "Tianjing").arg("chinese", "天井關").arg("kind", "pass");
        assert_eq!(l.phrase(&pass), "Tianjing 天井關 (pass)");
        let fled = Phrase::new("court-person-status").arg("name", "Tong Guan").arg("status", "fled");
        assert_eq!(l.phrase(&fled), "Tong Guan: fled");
    }
}
