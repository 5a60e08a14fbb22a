//! Court politics: factions gain weight with their men in office, the emperor's authority
//! follows the mood of the capital, and the chronicle notes when the balance tips.

use super::super::chronicle::{Chronicle, Entry, Rule};
use super::super::world::*;
use crate::scenario::schema::Status;
use bevy::prelude::*;
use std::collections::BTreeMap;

pub fn court_politics(
    clock: Res<Clock>,
    rules: Res<RuleBook>,
    map: Res<Map>,
    mut court: ResMut<Court>,
    mut chronicle: ResMut<Chronicle>,
    people: Query<&Character>,
    cities: Query<&City>,
) {
    let days = clock.turn_days as f32;
    // Weight at court comes from the offices of the court: a general in the field, however
    // loud his party, does not sit in the councils (in the autumn of 1126 the peace ministers
    // ruled while the war party's men fought in Hedong).
    let mut holders: BTreeMap<String, f32> = BTreeMap::new();
    let seated: Vec<&str> = court.offices.iter().filter_map(|o| o.holder.as_deref()).collect();
    for c in &people {
        if c.status == Status::InOffice
            && seated.contains(&c.id.as_str())
            && let Some(f) = &c.faction
        {
            *holders.entry(f.clone()).or_default() += 1.0;
        }
    }
    let c = &rules.court;
    let leader_before = leading(&court.influence);
    let rate = (c.influence_drift * days / 10.0).min(1.0);
    for (faction, influence) in court.influence.iter_mut() {
        let held = holders.get(faction).copied().unwrap_or(0.0);
        let target = (c.base_influence + c.per_office_holder * held).min(c.max_influence);
        *influence = (*influence + (target - *influence) * rate).clamp(0.0, 100.0);
    }
    let capital_morale = cities.get(map.entities[court.seat]).map(|c| c.morale).unwrap_or(50.0);
    let settled = c.authority_base + capital_morale * c.authority_per_morale;
    court.authority =
        (court.authority + (settled - court.authority) * (c.authority_rate * days).min(1.0)).clamp(0.0, 100.0);
    let leader_after = leading(&court.influence);
    if leader_after != leader_before
        && let Some(faction) = leader_after
    {
        let name = court.faction_names.get(&faction).cloned().unwrap_or(faction);
        chronicle.record(&clock, Entry::rule("faction-leads", Rule::Court).arg("faction", name));
    }
}

fn leading(influence: &BTreeMap<String, f32>) -> Option<String> {
    influence.iter().max_by(|a, b| a.1.total_cmp(b.1)).map(|(f, _)| f.clone())
}
