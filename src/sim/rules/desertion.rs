//! Armies that melt away: poorly trained men in low spirits, with a much stronger enemy
//! close by, slip away day by day, the militia first, until the army has ceased to exist
//! without fighting (the Yellow River guard at Junzhou in January 1126, Zhe Yanzhi's river
//! army in November 1126).

use super::super::chronicle::{Chronicle, Entry, Rule};
use super::super::ongoing::{Kind, Ongoing, Step};
use super::super::world::*;
use super::strength::{Ground, army_strength, take_losses_by_arm};
use crate::sim::losses::{LossCause, Losses};
use bevy::prelude::*;

pub fn melt_away(world: &mut World) {
    let clock = world.resource::<Clock>().clone();
    let days = clock.turn_days as f32;
    let rules = world.resource::<RuleBook>().clone();
    let m = &rules.morale;
    let armies: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
    for e in armies {
        // A routed army is already fleeing: the rout rule has scattered its worst men. An army
        // inside friendly walls is part of their defence: the city's despair takes its men.
        let Some(army) = world.get::<Army>(e).filter(|a| a.state == ArmyStatus::Active) else { continue };
        let inside =
            world.get::<Location>(e).is_some_and(|l| super::siege::inside_friendly_walls(world, army, l).is_some());
        if inside {
            continue;
        }
        let shaky = army.training < m.melt_training && army.morale < m.melt_morale;
        // Most armies are steady and were steady: nothing to weigh or to chronicle.
        if !shaky && world.resource::<Ongoing>().get(Kind::ArmyMelting, &army.id).is_none() {
            continue;
        }
        let army = army.clone();
        let threat = if shaky { strongest_threat(world, e, &army) } else { None };
        let Some((odds, enemy)) = threat.filter(|(odds, _)| *odds >= m.melt_odds) else {
            steadies(world, &army);
            continue;
        };
        // The more overwhelming the enemy, the faster the men slip away.
        let rate = m.melt_rate * days * (odds / m.melt_odds).clamp(1.0, 3.0);
        let mut a = world.get_mut::<Army>(e).expect("army");
        let lost = take_losses_by_arm(&mut a.troops, [rate / 2.0, rate, rate * 2.0]);
        a.morale = (a.morale - m.melt_morale_per_day * days).max(0.0);
        let side = a.side;
        let gone = a.troops.total() < rules.battle.remnant || a.morale < rules.battle.rout_morale;
        let place = world.get::<Location>(e).map(|l| world.resource::<Map>().ids[l.at].clone()).unwrap_or_default();
        world.resource_mut::<Losses>().count(side, LossCause::Desertion, lost);
        let step = world.resource_mut::<Ongoing>().add(Kind::ArmyMelting, &army.id, lost, clock.date);
        let entry = if gone {
            world.get_mut::<Army>(e).expect("army").state = ArmyStatus::Dispersed;
            let spell = world.resource_mut::<Ongoing>().end(Kind::ArmyMelting, &army.id).expect("just added");
            let left = world.get::<Army>(e).expect("army").troops.total();
            // The men still with it when it breaks up go home too.
            world.resource_mut::<Losses>().count(side, LossCause::Desertion, left);
            let key = if army.battles == 0 { "army-melts-away" } else { "army-melts-away-after-battle" };
            Some(Entry::rule(key, Rule::Desertion).army(&army).arg("lost", spell.total).arg("left", left))
        } else {
            match step {
                Some(Step::Began) => Some(
                    Entry::rule("army-melting", Rule::Desertion)
                        .army(&army)
                        .arg("lost", lost)
                        .arg("enemy", enemy)
                        .arg("odds", (odds * 10.0).round() / 10.0),
                ),
                Some(Step::Worsened) => {
                    let total = world.resource::<Ongoing>().get(Kind::ArmyMelting, &army.id).map_or(0, |s| s.total);
                    Some(Entry::rule("army-melting-worse", Rule::Desertion).army(&army).arg("lost", total))
                }
                None => None,
            }
        };
        if let Some(entry) = entry {
            world.resource_mut::<Chronicle>().record(&clock, entry.at(place));
        }
    }
}

/// The enemy army within reach most overwhelming to this one: (its strength over this one's,
/// its name).
fn strongest_threat(world: &World, e: Entity, army: &Army) -> Option<(f32, String)> {
    let rules = world.resource::<RuleBook>();
    let map = world.resource::<Map>();
    let here = world.get::<Location>(e)?.at;
    let (command, traits) = army_commander(world, army);
    let own = army_strength(army, command, &traits, rules, Ground::Field).max(1.0);
    world
        .resource::<Armies>()
        .values()
        .filter_map(|x| Some((world.get::<Army>(*x)?, world.get::<Location>(*x)?)))
        .filter(|(a, l)| {
            a.side == army.side.enemy()
                && a.state == ArmyStatus::Active
                && map.km_between(l.at, here) <= rules.morale.melt_km
        })
        .map(|(a, _)| {
            let (command, traits) = army_commander(world, a);
            (army_strength(a, command, &traits, rules, Ground::Field) / own, a.name.clone())
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
}

/// An army no longer under threat stops deserting; the chronicle gives the toll.
fn steadies(world: &mut World, army: &Army) {
    let Some(spell) = world.resource_mut::<Ongoing>().end(Kind::ArmyMelting, &army.id) else { return };
    let clock = world.resource::<Clock>().clone();
    let days = clock.date.days_since(spell.since);
    let entry = Entry::rule("army-steadies", Rule::Desertion)
        .army(army)
        .arg("lost", spell.total)
        .arg("days", days)
        .arg("days_n", crate::sim::chronicle::Arg::Count(days as i64));
    world.resource_mut::<Chronicle>().record(&clock, entry);
}
