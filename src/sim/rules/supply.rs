//! Food for armies: resupply near friendly cities, foraging that thins out the longer an
//! army sits in one place, hunger and its attrition.

use super::super::chronicle::{Chronicle, Entry, Rule};
use super::super::world::*;
use super::strength::take_losses;
use bevy::prelude::*;

/// Days of food an army carries when fully supplied.
pub const FULL_SUPPLY: f32 = 30.0;

pub fn supply_and_attrition(
    clock: Res<Clock>,
    map: Res<Map>,
    rules: Res<RuleBook>,
    registry: Res<Armies>,
    cities: Query<(&Place, &City)>,
    mut chronicle: ResMut<Chronicle>,
    mut armies: Query<(&mut Army, &Location)>,
) {
    let days = clock.turn_days as f32;
    for e in registry.values() {
        let Ok((mut army, loc)) = armies.get_mut(*e) else { continue };
        if !army.is_in_play() {
            continue;
        }
        let side = army.side;
        let supplied = cities.iter().any(|(place, city)| {
            city.controller == side
                && !city.walls_fallen
                && city.siege.is_none()
                && map.km_between(place.index, loc.at) <= rules.supply_radius_km
        });
        let was_fed = army.supply > 0.0;
        if supplied {
            army.supply = (army.supply + 5.0 * days).min(FULL_SUPPLY);
        } else {
            // Country an army has sat in for weeks has little left to take.
            let forage = rules.forage_days_per_day * (-loc.days_here / 40.0).exp();
            army.supply = (army.supply - days * (1.0 - forage)).clamp(-10.0, FULL_SUPPLY);
        }
        take_losses(&mut army.troops, rules.campaign_attrition * days);
        if army.supply <= 0.0 {
            take_losses(&mut army.troops, rules.starvation_attrition * days);
            army.morale = (army.morale - 1.5 * days).max(0.0);
            if was_fed {
                chronicle.record(
                    &clock,
                    Entry::rule("army-hungry", Rule::Supply).arg("army", &army.name).at(map.ids[loc.at].clone()),
                );
            }
        }
    }
}
