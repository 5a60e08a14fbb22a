//! Morale: armies settle back toward what their training can bear; cities toward calm when
//! no enemy is at the walls; inspiring commanders lift their men.

use super::super::world::*;
use crate::scenario::schema::Trait;
use bevy::prelude::*;

pub fn settle_morale(
    clock: Res<Clock>,
    rules: Res<RuleBook>,
    registry: Res<Armies>,
    people: Res<People>,
    characters: Query<&Character>,
    mut armies: Query<&mut Army>,
    mut cities: Query<&mut City>,
) {
    let m = &rules.morale;
    let days = clock.turn_days as f32;
    for e in registry.values() {
        let Ok(mut army) = armies.get_mut(*e) else { continue };
        if !army.is_in_play() || army.supply <= 0.0 {
            continue;
        }
        let (_, traits) = commander_skill(&people, &characters, army.commander.as_ref());
        let mut settled = m.army_settle + army.training * m.army_settle_per_training;
        if traits.contains(&Trait::Charismatic) {
            settled += m.charismatic_settle;
        }
        let rate = (m.army_rate * days).min(1.0);
        army.morale += (settled - army.morale) * rate;
    }
    for mut city in &mut cities {
        if city.siege.is_none() {
            let rate = (m.city_rate * days).min(1.0);
            city.morale += (m.city_settle - city.morale) * rate;
        }
    }
}
