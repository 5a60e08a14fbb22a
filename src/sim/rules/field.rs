//! The armies in the field as the siege and supply rules see them, read once for a pass over
//! every city or every foraging party: asking each in turn of every army costs cities ×
//! armies component lookups a turn, and the answers change only when a city falls or a
//! battle is fought.

use super::super::world::*;
use crate::scenario::schema::{OrderDef, Side};
use bevy::prelude::*;

/// Where one army stands and what it is told to do.
struct Standing {
    entity: Entity,
    side: Side,
    active: bool,
    /// The place it stands at, if it is not on the road.
    at: Option<usize>,
    /// The place it is at, or last left.
    last: usize,
    /// The place its orders tell it to besiege.
    besieging: Option<usize>,
    men: u32,
}

/// Every army in play, in id order, as it stands now.
pub struct Field {
    armies: Vec<Standing>,
    camp_km: f32,
}

impl Field {
    pub fn read(world: &World) -> Field {
        let map = world.resource::<Map>();
        let armies = world
            .resource::<Armies>()
            .values()
            .filter_map(|&entity| {
                // Armies out of play count for none of the questions below.
                let army = world.get::<Army>(entity).filter(|a| a.is_in_play())?;
                let loc = world.get::<Location>(entity)?;
                let besieging = match world.get::<Orders>(entity).map(|o| &o.order) {
                    Some(OrderDef::Besiege(id)) => map.index(id),
                    _ => None,
                };
                Some(Standing {
                    entity,
                    side: army.side,
                    active: army.state == ArmyStatus::Active,
                    at: loc.standing_at(),
                    last: loc.at,
                    besieging,
                    men: army.troops.total(),
                })
            })
            .collect();
        Field { armies, camp_km: world.resource::<RuleBook>().siege.camp_km }
    }

    /// The armies besieging the city at `place`, held by `holder`: its enemies ordered to
    /// besiege it, standing at it or at a camp before it, in id order.
    pub fn besiegers(&self, map: &MapData, place: usize, holder: Side) -> Vec<Entity> {
        self.armies
            .iter()
            .filter(|a| a.besieging == Some(place) && a.side == holder.enemy())
            .filter(|a| a.at.is_some_and(|p| p == place || map.km_between(p, place) <= self.camp_km))
            .map(|a| a.entity)
            .collect()
    }

    /// Whether any army's orders tell it to besiege the place (before asking who stands there).
    pub fn is_target(&self, place: usize) -> bool {
        self.armies.iter().any(|a| a.besieging == Some(place))
    }

    /// Field armies of `side` inside the walls at `place`.
    pub fn sheltering(&self, place: usize, side: Side) -> Vec<Entity> {
        self.sheltered(place, side).map(|a| a.entity).collect()
    }

    /// Men in the field armies of `side` inside the walls at `place`.
    pub fn sheltered_men(&self, place: usize, side: Side) -> u32 {
        self.sheltered(place, side).map(|a| a.men).sum()
    }

    fn sheltered(&self, place: usize, side: Side) -> impl Iterator<Item = &Standing> {
        self.armies.iter().filter(move |a| a.side == side && a.at == Some(place))
    }

    /// Men of `side` and of its enemy in active field armies at or last at a place within `km`
    /// of `place` (the villages they contest).
    pub fn troops_around(&self, map: &MapData, place: usize, side: Side, km: f32) -> (f32, f32) {
        let mut own = 0.0;
        let mut enemy = 0.0;
        for a in self.armies.iter().filter(|a| a.active && map.km_between(a.last, place) <= km) {
            if a.side == side {
                own += a.men as f32;
            } else {
                enemy += a.men as f32;
            }
        }
        (own, enemy)
    }

    /// Men of `side` in field armies outside the walls at `place` but close enough to keep its
    /// roads open.
    pub fn relief_outside(&self, map: &MapData, place: usize, side: Side) -> f32 {
        self.armies
            .iter()
            .filter(|a| {
                a.side == side
                    && a.active
                    && a.at.is_some_and(|p| p != place && map.km_between(p, place) <= self.camp_km)
            })
            .map(|a| a.men as f32)
            .sum()
    }
}
