//! Whether an army can carry out an order: the rules refuse, with the reason, an order they
//! could not follow (attack where no enemy stands, relieve a city nobody besieges, raid a camp
//! out of reach), so that it is never accepted and then silently ignored.

use super::chronicle::Phrase;
use super::rules::movement::{raid_base, shortest_path};
use super::rules::siege::besiegers;
use super::world::*;
use crate::calendar::Date;
use crate::scenario::schema::{OrderDef, Side};
use bevy::prelude::*;

/// Why an order cannot be carried out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A routed army can only fall back until it rallies.
    Routed { until: Date },
    /// No road leads there.
    NoRoad { place: String },
    /// There is no enemy there to attack or raid.
    NoEnemyThere { place: String },
    /// Only enemy cities can be besieged.
    NotEnemyCity { place: String },
    /// Only a friendly city under siege can be relieved.
    NotBesieged { place: String },
    /// Only a friendly city with its walls standing can take a garrison.
    NotFriendlyCity { place: String },
    /// No place on the road is within a night's ride of the target.
    OutOfReach { place: String },
    /// The army to pursue is not an enemy in the field.
    NoQuarry { army: String },
    /// Going home is for the Jin marshals.
    NotForTheEmperor,
    /// The emperor has forbidden all fighting (the flag `no_fighting`).
    FightingForbidden,
    /// The enemy besieging our city is camped elsewhere: strike the camp.
    BesiegersElsewhere { place: String, camp: String },
}

/// The flag with which the emperor forbids his armies to fight.
pub const NO_FIGHTING: &str = "no_fighting";

/// Orders that seek a fight.
pub fn is_fighting(order: &OrderDef) -> bool {
    matches!(order, OrderDef::Attack(_) | OrderDef::Raid(_) | OrderDef::Besiege(_) | OrderDef::Pursue(_))
}

impl Refusal {
    /// The reason as a message of the locale.
    pub fn message(&self) -> Phrase {
        match self {
            Refusal::Routed { until } => Phrase::new("refusal-routed").arg("until", until),
            Refusal::NoRoad { place } => Phrase::new("refusal-no-road").arg("place", place),
            Refusal::NoEnemyThere { place } => Phrase::new("refusal-no-enemy").arg("place", place),
            Refusal::NotEnemyCity { place } => Phrase::new("refusal-not-enemy-city").arg("place", place),
            Refusal::NotBesieged { place } => Phrase::new("refusal-not-besieged").arg("place", place),
            Refusal::NotFriendlyCity { place } => Phrase::new("refusal-not-friendly-city").arg("place", place),
            Refusal::OutOfReach { place } => Phrase::new("refusal-out-of-reach").arg("place", place),
            Refusal::NoQuarry { army } => Phrase::new("refusal-no-quarry").arg("army", army),
            Refusal::NotForTheEmperor => Phrase::new("refusal-withdraw"),
            Refusal::FightingForbidden => Phrase::new("refusal-no-fighting"),
            Refusal::BesiegersElsewhere { place, camp } => {
                Phrase::new("refusal-besiegers-elsewhere").arg("place", place).arg("camp", camp)
            }
        }
    }
}

/// Checks an order to an army in play against the world as it is.
pub fn check_order(world: &World, army: Entity, order: &OrderDef) -> Result<(), Refusal> {
    let map = world.resource::<Map>();
    let rules = world.resource::<RuleBook>();
    let a = world.get::<Army>(army).expect("army");
    let loc = world.get::<Location>(army).expect("location");
    let from = loc.path.first().copied().filter(|_| loc.progress_km > 0.0).unwrap_or(loc.at);
    if let ArmyStatus::Routed { until } = a.state
        && !matches!(order, OrderDef::Hold | OrderDef::MoveTo(_) | OrderDef::Garrison(_) | OrderDef::Disband)
    {
        return Err(Refusal::Routed { until });
    }
    if is_fighting(order) && a.side == Side::Song && world.resource::<Flags>().contains(NO_FIGHTING) {
        return Err(Refusal::FightingForbidden);
    }
    let place = order.place().and_then(|p| map.index(p));
    let name = |p: usize| map.names[p].clone();
    let city = |p: usize| world.get::<City>(map.entities[p]);
    let reachable = |p: usize| from == p || shortest_path(map, rules, from, p).is_some();
    let enemy_at = |p: usize| {
        world.resource::<Armies>().values().any(|e| {
            world.get::<Army>(*e).is_some_and(|x| x.side == a.side.enemy() && x.is_in_play())
                && world.get::<Location>(*e).is_some_and(|l| l.standing_at() == Some(p))
        })
    };
    // Nobody to fight here: but if this is our city under siege, say where its besiegers are.
    let no_enemy = |p: usize| {
        let camp = city(p)
            .filter(|c| c.controller == a.side && c.siege.is_some())
            .and_then(|_| besiegers(world, p).first().copied())
            .and_then(|e| world.get::<Location>(e))
            .and_then(|l| l.standing_at())
            .filter(|camp| *camp != p);
        match camp {
            Some(camp) => Refusal::BesiegersElsewhere { place: name(p), camp: name(camp) },
            None => Refusal::NoEnemyThere { place: name(p) },
        }
    };
    match (order, place) {
        (OrderDef::Hold | OrderDef::Disband, _) => Ok(()),
        (OrderDef::Withdraw(_), _) => Err(Refusal::NotForTheEmperor),
        (OrderDef::Pursue(target), _) => {
            let quarry = world.resource::<Armies>().get(target).and_then(|e| world.get::<Army>(*e));
            match quarry {
                Some(q) if q.side == a.side.enemy() && q.is_in_play() => Ok(()),
                Some(q) => Err(Refusal::NoQuarry { army: q.name.clone() }),
                None => Err(Refusal::NoQuarry { army: target.clone() }),
            }
        }
        (_, None) => Err(Refusal::NoRoad { place: order.place().cloned().unwrap_or_default() }),
        (_, Some(p)) if !reachable(p) => Err(Refusal::NoRoad { place: name(p) }),
        (OrderDef::MoveTo(_), Some(_)) => Ok(()),
        (OrderDef::Attack(_), Some(p)) => {
            let enemy_city = city(p).is_some_and(|c| c.controller == a.side.enemy());
            if enemy_at(p) || enemy_city { Ok(()) } else { Err(no_enemy(p)) }
        }
        (OrderDef::Raid(_), Some(p)) => {
            if !enemy_at(p) {
                Err(no_enemy(p))
            } else if raid_base(map, rules, from, p).is_none() {
                Err(Refusal::OutOfReach { place: name(p) })
            } else {
                Ok(())
            }
        }
        (OrderDef::Besiege(_), Some(p)) => match city(p) {
            Some(c) if c.controller == a.side.enemy() => Ok(()),
            _ => Err(Refusal::NotEnemyCity { place: name(p) }),
        },
        (OrderDef::Relieve(_), Some(p)) => match city(p) {
            Some(c) if c.controller == a.side && c.siege.is_some() => Ok(()),
            _ => Err(Refusal::NotBesieged { place: name(p) }),
        },
        (OrderDef::Garrison(_), Some(p)) => match city(p) {
            Some(c) if c.controller == a.side && !c.walls_fallen => Ok(()),
            _ => Err(Refusal::NotFriendlyCity { place: name(p) }),
        },
    }
}
