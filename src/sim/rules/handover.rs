//! Ceded cities answer the edict. An edict is paper: the garrison and the people of a ceded
//! city decide whether to open their gates to the Jin (in 1126 Taiyuan, Zhongshan and Hejian
//! refused). The chance to obey is `cede_obey`, less under a resolute commander and in high
//! spirits, more with a Jin army at the walls and the granaries empty.

use super::super::chronicle::{Chronicle, Entry, Phrase, Rule};
use super::super::rng::SimRng;
use super::super::world::*;
use super::siege::{capture, resolute_governor};
use crate::scenario::schema::Side;
use bevy::prelude::*;

pub fn answer_edicts(world: &mut World) {
    let waiting = std::mem::take(&mut world.resource_mut::<Diplomacy>().awaiting_handover);
    let map = world.resource::<Map>().clone();
    let rules = world.resource::<RuleBook>().diplomacy.clone();
    for id in waiting {
        let Some(place) = map.index(&id) else { continue };
        let entity = map.entities[place];
        let Some(city) = world.get::<City>(entity).cloned() else { continue };
        if city.controller != Side::Song {
            continue;
        }
        let resolute = resolute_governor(world, &city);
        let starving = city.siege.as_ref().is_some_and(|s| s.by == Side::Jin) && city.food_days <= 0.0;
        let mut chance = rules.cede_obey * (1.5 - city.morale / 100.0);
        let mut why = Vec::new();
        if resolute {
            chance *= rules.cede_resolute;
            why.push(Phrase::new("refuse-resolute"));
        }
        if starving {
            chance *= rules.cede_starving;
        }
        if city.morale >= 50.0 {
            why.push(Phrase::new("refuse-spirited").arg("morale", city.morale.round()));
        }
        let obeys = world.resource_mut::<SimRng>().chance(chance.clamp(0.0, 0.95));
        if obeys {
            // The commander and the garrison march out; they are not the Jin's prisoners.
            world.get_mut::<City>(entity).expect("city").governor = None;
            world.resource_mut::<Diplomacy>().handed_over.insert(id.clone());
            let entry = Entry::rule("city-handed-over", Rule::Handover)
                .arg("city", &map.names[place])
                .arg("hungry", if starving { "yes" } else { "no" });
            capture(world, place, Side::Jin, entry);
        } else {
            let clock = world.resource::<Clock>().clone();
            let key = if why.is_empty() { "city-refuses-edict-plain" } else { "city-refuses-edict" };
            let entry = Entry::rule(key, Rule::Handover).arg("city", &map.names[place]).arg("why", why).at(id.clone());
            world.resource_mut::<Chronicle>().record(&clock, entry);
        }
    }
}
