//! Evaluating the conditions of triggers, options and outcomes against the world.

use super::super::rules::siege::is_besieging;
use super::super::world::*;
use super::record::Record;
use crate::calendar::Date;
use crate::scenario::schema::{ArmyState, Condition, Measure, OrderDef, Side, Status, TreatyState};
use bevy::prelude::*;
use std::cell::OnceCell;

/// Whether a condition holds in the world now.
pub fn holds(world: &World, c: &Condition) -> bool {
    Facts::of(world).holds(c)
}

/// A number read off the world, for weighing odds.
pub fn measure(world: &World, m: &Measure) -> f32 {
    Facts::of(world).measure(m)
}

/// The world as conditions read it. Each resource is looked up the first time a condition
/// asks for it and kept for the others: the script's passes test every trigger, milestone
/// and outcome every turn, and a resource lookup costs more than most tests. A `Facts` is
/// for a stretch of reading in which the world does not change.
pub struct Facts<'w> {
    world: &'w World,
    map: OnceCell<&'w MapData>,
    record: OnceCell<&'w Record>,
    date: OnceCell<Date>,
    court: OnceCell<&'w Court>,
    diplomacy: OnceCell<&'w Diplomacy>,
    armies: OnceCell<&'w Armies>,
    people: OnceCell<&'w People>,
    flags: OnceCell<&'w Flags>,
    /// Where the active field armies stand, read once: conditions ask of troops near a place
    /// over and over in one scan.
    field: OnceCell<Vec<FieldArmy>>,
}

/// An active field army as `TroopsNear` counts it.
struct FieldArmy {
    side: Side,
    at: usize,
    men: u32,
}

impl<'w> Facts<'w> {
    pub fn of(world: &'w World) -> Facts<'w> {
        Facts {
            world,
            map: OnceCell::new(),
            record: OnceCell::new(),
            date: OnceCell::new(),
            court: OnceCell::new(),
            diplomacy: OnceCell::new(),
            armies: OnceCell::new(),
            people: OnceCell::new(),
            flags: OnceCell::new(),
            field: OnceCell::new(),
        }
    }

    fn map(&self) -> &'w MapData {
        self.map.get_or_init(|| &self.world.resource::<Map>().0)
    }

    pub fn record(&self) -> &'w Record {
        self.record.get_or_init(|| self.world.resource::<Record>())
    }

    fn date(&self) -> Date {
        *self.date.get_or_init(|| self.world.resource::<Clock>().date)
    }

    fn court(&self) -> &'w Court {
        self.court.get_or_init(|| self.world.resource::<Court>())
    }

    fn diplomacy(&self) -> &'w Diplomacy {
        self.diplomacy.get_or_init(|| self.world.resource::<Diplomacy>())
    }

    fn army(&self, id: &str) -> Option<Entity> {
        self.armies.get_or_init(|| self.world.resource::<Armies>()).get(id).copied()
    }

    fn city(&self, id: &str) -> Option<&'w City> {
        self.map().entity(id).and_then(|e| self.world.get::<City>(e))
    }

    fn status(&self, id: &str) -> Option<Status> {
        let people = self.people.get_or_init(|| self.world.resource::<People>());
        people.get(id).and_then(|e| self.world.get::<Character>(*e)).map(|c| c.status)
    }

    pub fn holds(&self, c: &Condition) -> bool {
        use Condition::*;
        let world = self.world;
        match c {
            Always => true,
            Never => false,
            Flag(f) => self.flags.get_or_init(|| world.resource::<Flags>()).contains(f),
            Chose { decision, option } => self.record().choice(decision) == Some(option.as_str()),
            Decided(d) => self.record().choice(d).is_some(),
            Happened(e) => self.record().happened.contains_key(e),
            Reached(o) => self.record().outcomes.iter().any(|(id, _)| id == o),
            DateFrom(d) => self.date() >= *d,
            DateBefore(d) => self.date() < *d,
            Controls { place, side } => self.city(place).is_some_and(|c| c.controller == *side),
            Besieged(p) => self.city(p).is_some_and(|c| c.siege.is_some()),
            WallsFallen(p) => self.city(p).is_some_and(|c| c.walls_fallen),
            ArmyAt { army, place } => self
                .army(army)
                .and_then(|e| world.get::<Location>(e))
                .is_some_and(|l| l.standing_at().is_some_and(|p| Some(p) == self.map().index(place))),
            ArmyIs { army, state } => self.army(army).is_some_and(|e| army_state_is(world, e, *state)),
            TroopsNear { side, place, km, cmp } => {
                self.map().index(place).is_some_and(|p| cmp.holds(self.troops_near(*side, p, *km) as f32))
            }
            Status { character, status } => self.status(character) == Some(*status),
            Influence { faction, cmp } => cmp.holds(self.court().influence.get(faction).copied().unwrap_or(0.0)),
            Authority(cmp) => cmp.holds(self.court().authority),
            CityMorale { city: id, cmp } => self.city(id).is_some_and(|c| cmp.holds(c.morale)),
            FoodDays { city: id, cmp } => self.city(id).is_some_and(|c| cmp.holds(c.food_days)),
            Grievance(cmp) => cmp.holds(self.diplomacy().grievance),
            Treaty(state) => self.diplomacy().treaty == *state,
            TreatyMade => self.diplomacy().treaty_made,
            TermsOnTable => self.diplomacy().terms.is_some(),
            PaidFraction(cmp) => cmp.holds(self.diplomacy().paid_fraction()),
            Ceded(p) => self.diplomacy().ceded.contains(p),
            Hostage(ch) => self.status(ch) == Some(crate::scenario::schema::Status::Hostage),
            CourtAt(p) => {
                let court = self.court();
                court.journey.is_none() && self.map().index(p) == Some(court.seat)
            }
            SiegeDays { city: id, cmp } => {
                let since = self.city(id).and_then(|c| c.siege.as_ref()).map(|s| s.since);
                cmp.holds(since.map_or(0, |s| self.date().days_since(s)) as f32)
            }
            BattleAt(p) => self.record().battles.contains_key(p),
            ArmyFought(a) => self.army(a).and_then(|e| world.get::<Army>(e)).is_some_and(|a| a.battles > 0),
            Unordered(a) => {
                self.army(a).and_then(|e| world.get::<Orders>(e)).is_some_and(|o| o.source == OrderSource::Plan)
            }
            HostagesHeld(cmp) => cmp.holds(self.diplomacy().hostages.len() as f32),
            CessionsPending => {
                let d = self.diplomacy();
                d.terms.as_ref().is_some_and(|t| t.cede.iter().any(|c| !d.ceded.contains(c)))
            }
            HandedOver(p) => self.diplomacy().handed_over.contains(p),
            ArmySupply { army, cmp } => {
                self.army(army).and_then(|e| world.get::<Army>(e)).is_some_and(|a| cmp.holds(a.supply))
            }
            Measure { of, cmp } => cmp.holds(self.measure(of)),
            All(list) => list.iter().all(|c| self.holds(c)),
            Any(list) => list.iter().any(|c| self.holds(c)),
            Not(inner) => !self.holds(inner),
        }
    }

    /// A number read off the world, for weighing odds.
    pub fn measure(&self, m: &Measure) -> f32 {
        let diplomacy = || self.diplomacy();
        match m {
            Measure::Grievance => diplomacy().grievance,
            Measure::Authority => self.court().authority,
            Measure::PaidFraction => diplomacy().paid_fraction(),
            Measure::Unpaid => {
                if diplomacy().terms.is_some() {
                    1.0 - diplomacy().paid_fraction()
                } else {
                    0.0
                }
            }
            Measure::HeldBy { side, cities } => {
                let held = cities.iter().filter(|c| self.city(c).is_some_and(|c| c.controller == *side)).count();
                held as f32 / cities.len().max(1) as f32
            }
            Measure::Troops { side, place, km } => {
                self.map().index(place).map_or(0.0, |p| self.troops_near(*side, p, *km) as f32)
            }
            Measure::CityMorale(c) => self.city(c).map_or(0.0, |c| c.morale),
            Measure::FoodDays(c) => self.city(c).map_or(0.0, |c| c.food_days),
            Measure::SiegeDays(c) => {
                self.city(c).and_then(|c| c.siege.as_ref()).map_or(0.0, |s| self.date().days_since(s.since) as f32)
            }
            Measure::DaysSince(event) => {
                self.record().happened.get(event).map_or(0.0, |d| self.date().days_since(*d) as f32)
            }
            Measure::Influence(f) => self.court().influence.get(f).copied().unwrap_or(0.0),
        }
    }

    /// Men of a side in field armies (not routed) within `km` of a place.
    pub fn troops_near(&self, side: Side, place: usize, km: f32) -> u32 {
        let (world, map) = (self.world, self.map());
        let field = self.field.get_or_init(|| {
            self.armies
                .get_or_init(|| world.resource::<Armies>())
                .values()
                .filter_map(|e| Some((world.get::<Army>(*e)?, world.get::<Location>(*e)?)))
                .filter(|(a, _)| a.state == ArmyStatus::Active)
                .map(|(a, l)| FieldArmy { side: a.side, at: l.at, men: a.troops.total() })
                .collect()
        });
        field.iter().filter(|a| a.side == side && map.km_between(a.at, place) <= km).map(|a| a.men).sum()
    }
}

/// Men of a side in field armies (not routed) within `km` of a place.
pub fn troops_near(world: &World, side: Side, place: usize, km: f32) -> u32 {
    Facts::of(world).troops_near(side, place, km)
}

pub fn army_entity(world: &World, id: &str) -> Option<Entity> {
    world.resource::<Armies>().get(id).copied()
}

pub fn character_status(world: &World, id: &str) -> Option<Status> {
    Facts::of(world).status(id)
}

pub fn army_state_is(world: &World, e: Entity, state: ArmyState) -> bool {
    let (Some(army), Some(orders)) = (world.get::<Army>(e), world.get::<Orders>(e)) else { return false };
    match state {
        ArmyState::Gone => !army.is_in_play(),
        ArmyState::Destroyed => army.state == ArmyStatus::Destroyed,
        ArmyState::Dispersed => army.state == ArmyStatus::Dispersed,
        ArmyState::Routed => army.is_routed(),
        ArmyState::Withdrawing => army.is_in_play() && matches!(orders.order, OrderDef::Withdraw(_)),
        ArmyState::Besieging => army.is_in_play() && is_besieging(world, e),
        ArmyState::Active => army.is_in_play() && !matches!(orders.order, OrderDef::Withdraw(_)),
    }
}

/// How content the Jin are with what they have extracted: a quarter each for the treaty, the
/// hostages, the cessions and the money (a fifth of the sum counting as all of it, since
/// nobody expected the whole to be paid). Where the terms ask for no hostages, no cities or no
/// money, that quarter counts as the treaty does.
pub fn jin_satisfaction(world: &World) -> f32 {
    let d = world.resource::<Diplomacy>();
    let Some(terms) = &d.terms else { return 0.0 };
    let treaty = if d.treaty == TreatyState::Accepted { 1.0 } else { 0.0 };
    let hostages =
        if terms.hostages == 0 { treaty } else { (d.hostages.len() as f32 / terms.hostages as f32).min(1.0) };
    let cessions = if terms.cede.is_empty() {
        treaty
    } else {
        terms.cede.iter().filter(|c| d.ceded.contains(*c)).count() as f32 / terms.cede.len() as f32
    };
    let money = if value(&terms.indemnity) <= 0.0 {
        treaty
    } else {
        (d.paid_fraction() / world.resource::<RuleBook>().diplomacy.money_satisfies_at).min(1.0)
    };
    0.25 * (treaty + hostages + cessions + money)
}

/// A scenario text as it reads in the world now: each conditional part chosen by the world.
pub fn say(world: &World, text: &crate::scenario::schema::Text) -> String {
    text.render(|c| holds(world, c))
}
