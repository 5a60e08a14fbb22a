//! Field battles where enemies meet, night raids on camps, pursuit at river crossings, routs.

use super::super::chronicle::{Cause, Chronicle, Entry, Rule};
use super::super::rng::SimRng;
use super::super::world::*;
use super::movement::shortest_path;
use super::strength::{Ground, army_strength, take_losses};
use crate::scenario::schema::{Effect, OrderDef, PlaceKind, RouteKind, Side, Trait};
use bevy::prelude::*;
use std::collections::BTreeMap;

/// Below this many men an army has ceased to exist.
const REMNANT: u32 = 300;

/// Armies of each side present at each place, in id order. An army withdrawing across a
/// river is still present on the bank it is leaving: its rearguard waits for the boats.
fn standing_by_place(
    map: &Map,
    registry: &Armies,
    armies: &Query<(&mut Army, &mut Location, &mut Orders)>,
) -> BTreeMap<usize, [Vec<Entity>; 2]> {
    let mut out: BTreeMap<usize, [Vec<Entity>; 2]> = BTreeMap::new();
    for e in registry.values() {
        let Ok((army, loc, orders)) = armies.get(*e) else { continue };
        if army.state != ArmyStatus::Active {
            continue;
        }
        let ferrying = matches!(orders.order, OrderDef::Withdraw(_))
            && loc
                .path
                .first()
                .is_some_and(|n| map.route_between(loc.at, *n).is_some_and(|r| r.kind == RouteKind::RiverCrossing));
        if let Some(p) = loc.standing_at().or(ferrying.then_some(loc.at)) {
            out.entry(p).or_default()[side_index(army.side)].push(*e);
        }
    }
    out
}

fn side_index(side: Side) -> usize {
    match side {
        Side::Song => 0,
        Side::Jin => 1,
    }
}

/// Everything a battle needs to read besides the armies.
#[derive(bevy::ecs::system::SystemParam)]
pub struct BattleContext<'w, 's> {
    clock: Res<'w, Clock>,
    map: Res<'w, Map>,
    rules: Res<'w, RuleBook>,
    registry: Res<'w, Armies>,
    people: Res<'w, People>,
    characters: Query<'w, 's, &'static Character>,
    places: Query<'w, 's, (&'static Place, Option<&'static City>)>,
    flags: ResMut<'w, Flags>,
    freed: ResMut<'w, FreedHostages>,
    rng: ResMut<'w, SimRng>,
    chronicle: ResMut<'w, Chronicle>,
}

impl BattleContext<'_, '_> {
    fn commander(&self, army: &Army) -> (f32, Vec<Trait>) {
        commander_skill(&self.people, &self.characters, army.commander.as_ref())
    }

    fn strength(&self, army: &Army) -> f32 {
        let (command, traits) = self.commander(army);
        army_strength(army, command, &traits, &self.rules, Ground::Field)
    }

    fn place_kind(&self, place: usize) -> PlaceKind {
        self.places.get(self.map.entities[place]).map(|(p, _)| p.kind).unwrap_or(PlaceKind::City)
    }

    /// The nearest city its side holds, other than `from`.
    fn refuge(&self, side: Side, from: usize) -> Option<usize> {
        self.places
            .iter()
            .filter(|(p, c)| p.index != from && c.is_some_and(|c| c.controller == side && !c.walls_fallen))
            .filter_map(|(p, _)| shortest_path(&self.map, &self.rules, from, p.index).map(|path| (path.len(), p.index)))
            .min()
            .map(|(_, i)| i)
    }
}

/// Resolves a battle at every place where both sides stand.
pub fn fight_battles(mut ctx: BattleContext, mut armies: Query<(&mut Army, &mut Location, &mut Orders)>) {
    let groups = standing_by_place(&ctx.map, &ctx.registry, &armies);
    for (place, [song, jin]) in groups {
        if song.is_empty() || jin.is_empty() {
            continue;
        }
        let kind = ctx.place_kind(place);
        let days_here = |list: &[Entity], armies: &Query<(&mut Army, &mut Location, &mut Orders)>| {
            list.iter().filter_map(|e| armies.get(*e).ok()).map(|(_, l, _)| l.days_here).fold(0.0f32, f32::max)
        };
        // Whoever was there first holds the ground.
        let song_defends = days_here(&song, &armies) >= days_here(&jin, &armies);
        let mut strength = [0.0f32; 2];
        for (i, list) in [&song, &jin].into_iter().enumerate() {
            for e in list {
                let (army, loc, orders) = armies.get(*e).expect("listed");
                let mut s = ctx.strength(army);
                // An army caught with a river to cross behind it can fight with only part of
                // its strength: the rest is already ferrying or waiting at the bank.
                let crossing_next = loc
                    .path
                    .first()
                    .and_then(|n| ctx.map.route_between(place, *n))
                    .is_some_and(|r| r.kind == RouteKind::RiverCrossing);
                if matches!(orders.order, OrderDef::Withdraw(_)) && (kind == PlaceKind::Ford || crossing_next) {
                    s *= 0.45;
                }
                strength[i] += s;
            }
        }
        let defender = if song_defends { 0 } else { 1 };
        strength[defender] *= match kind {
            PlaceKind::Camp => 1.3,
            PlaceKind::Pass => 1.6,
            _ => 1.0,
        };
        for s in &mut strength {
            *s *= ctx.rng.spread(0.15);
        }
        let names = [&song, &jin].map(|list| {
            list.iter().map(|e| armies.get(*e).expect("listed").0.name.clone()).collect::<Vec<_>>().join(", ")
        });
        let mut lost = [0u32; 2];
        for (i, list) in [&song, &jin].into_iter().enumerate() {
            let ratio = strength[1 - i] / strength[i].max(1.0);
            let fraction = (ctx.rules.battle_intensity * ratio.powf(0.8)).min(0.6);
            for e in list {
                let (mut army, _, _) = armies.get_mut(*e).expect("listed");
                lost[i] += take_losses(&mut army.troops, fraction);
                let resolute = ctx.commander(&army).1.contains(&Trait::Resolute);
                let shaken = fraction * 150.0 + if ratio > 1.0 { (10.0 * (ratio - 1.0)).min(25.0) } else { 0.0 };
                army.morale = (army.morale - if resolute { shaken * 0.6 } else { shaken }).max(0.0);
            }
        }
        let winner = if strength[0] >= strength[1] { Side::Song } else { Side::Jin };
        ctx.chronicle.record(
            &ctx.clock,
            Entry::rule("battle", Rule::Battle)
                .arg("place", &ctx.map.names[place])
                .arg("song", names[0].clone())
                .arg("jin", names[1].clone())
                .arg("song_lost", lost[0])
                .arg("jin_lost", lost[1])
                .arg("winner", format!("{winner:?}"))
                .at(ctx.map.ids[place].clone()),
        );
        for e in song.iter().chain(&jin) {
            check_rout(&mut ctx, &mut armies, *e, place);
        }
    }
}

/// Breaks an army whose morale has gone, or removes one that has ceased to exist.
fn check_rout(
    ctx: &mut BattleContext,
    armies: &mut Query<(&mut Army, &mut Location, &mut Orders)>,
    e: Entity,
    place: usize,
) {
    let (mut army, mut loc, mut orders) = armies.get_mut(e).expect("army");
    if army.troops.total() < REMNANT {
        army.state = ArmyStatus::Destroyed;
        ctx.chronicle.record(
            &ctx.clock,
            Entry::rule("army-destroyed", Rule::Rout).arg("army", &army.name).at(ctx.map.ids[place].clone()),
        );
        return;
    }
    if army.morale >= ctx.rules.rout_morale {
        return;
    }
    // A broken army scatters: the least trained men go home first.
    let before = army.troops.total();
    army.troops.militia /= 2;
    army.troops.infantry = army.troops.infantry * 4 / 5;
    army.troops.cavalry = army.troops.cavalry * 9 / 10;
    let scattered = before - army.troops.total();
    army.state = ArmyStatus::Routed { until: ctx.clock.date.add_days(10) };
    let freed = std::mem::take(&mut army.carrying);
    if !freed.is_empty() {
        let names: Vec<String> = freed
            .iter()
            .filter_map(|id| ctx.people.get(id).copied())
            .filter_map(|e| ctx.characters.get(e).ok().map(|c| c.name.clone()))
            .collect();
        ctx.freed.0.extend(freed);
        ctx.chronicle.record(
            &ctx.clock,
            Entry::rule("hostages-freed", Rule::Rout).arg("army", &army.name).arg("hostages", names.join(", ")),
        );
    }
    match ctx.refuge(army.side, place) {
        Some(refuge) => {
            orders.order = OrderDef::MoveTo(ctx.map.ids[refuge].clone());
            orders.camp = None;
            loc.path.clear();
            loc.progress_km = 0.0;
            ctx.chronicle.record(
                &ctx.clock,
                Entry::rule("army-routed", Rule::Rout)
                    .arg("army", &army.name)
                    .arg("scattered", scattered)
                    .arg("refuge", &ctx.map.names[refuge])
                    .at(ctx.map.ids[place].clone()),
            );
        }
        None => {
            army.state = ArmyStatus::Destroyed;
            ctx.chronicle.record(
                &ctx.clock,
                Entry::rule("army-destroyed", Rule::Rout).arg("army", &army.name).at(ctx.map.ids[place].clone()),
            );
        }
    }
}

/// Night raids: an army ordered to raid a neighbouring place strikes the enemy there and
/// returns. Surprise decides almost everything; a forewarned enemy makes it a massacre.
pub fn night_raids(mut ctx: BattleContext, mut armies: Query<(&mut Army, &mut Location, &mut Orders)>) {
    let raiders: Vec<Entity> = ctx
        .registry
        .values()
        .copied()
        .filter(|e| {
            armies.get(*e).is_ok_and(|(a, l, o)| {
                a.state == ArmyStatus::Active && matches!(o.order, OrderDef::Raid(_)) && l.standing_at().is_some()
            })
        })
        .collect();
    for raider in raiders {
        let (army, loc, orders) = armies.get(raider).expect("listed");
        let OrderDef::Raid(target_id) = &orders.order else { continue };
        let (Some(target), Some(from)) = (ctx.map.index(target_id), loc.standing_at()) else { continue };
        let side = army.side;
        let cause = Cause::Order { army: army.id.clone() };
        let close = from == target || ctx.map.route_between(from, target).is_some_and(|r| r.km <= 60.0);
        if !close {
            continue; // still marching within striking distance
        }
        let defenders: Vec<Entity> = ctx
            .registry
            .values()
            .copied()
            .filter(|e| {
                armies
                    .get(*e)
                    .is_ok_and(|(a, l, _)| a.side == side.enemy() && a.is_in_play() && l.standing_at() == Some(target))
            })
            .collect();
        let raider_name = army.name.clone();
        let raider_strength = ctx.strength(army);
        if defenders.is_empty() {
            armies.get_mut(raider).expect("raider").2.order = OrderDef::Hold;
            ctx.chronicle.record(
                &ctx.clock,
                Entry::new("raid-empty", cause).arg("army", raider_name).arg("place", &ctx.map.names[target]),
            );
            continue;
        }
        let cautious =
            defenders.iter().any(|e| ctx.commander(armies.get(*e).expect("listed").0).1.contains(&Trait::Cautious));
        let forewarned = ctx.flags.contains("raid_forewarned");
        let mut p = ctx.rules.raid_surprise;
        if cautious {
            p *= 0.7;
        }
        if forewarned {
            p *= 0.25;
        }
        let surprise = ctx.rng.chance(p);
        let defence: f32 = defenders.iter().map(|e| ctx.strength(armies.get(*e).expect("listed").0)).sum::<f32>()
            * if ctx.place_kind(target) == PlaceKind::Camp { 1.3 } else { 1.0 };
        // Only part of a large camp is engaged by a night attack.
        let engaged = defence.min(raider_strength * 3.0);
        let attack = raider_strength * if surprise { 2.5 } else { 0.6 } * ctx.rng.spread(0.2);
        let intensity = ctx.rules.battle_intensity * 2.0;
        let raider_loss = (intensity * (engaged / attack.max(1.0)).powf(0.8)).min(0.7);
        let defender_loss = (intensity * (attack / engaged.max(1.0)).powf(0.8)).min(0.5) * engaged / defence.max(1.0);
        let mut jin_lost = 0;
        for e in &defenders {
            let (mut a, _, _) = armies.get_mut(*e).expect("listed");
            jin_lost += take_losses(&mut a.troops, defender_loss);
            a.morale = (a.morale - if surprise { 15.0 } else { 0.0 } - defender_loss * 100.0).max(0.0);
        }
        let (mut a, _, mut o) = armies.get_mut(raider).expect("raider");
        let raider_lost = take_losses(&mut a.troops, raider_loss);
        a.morale = (a.morale + if surprise { 10.0 } else { -40.0 }).clamp(0.0, 100.0);
        o.order = OrderDef::Hold;
        let (key, flag) = if surprise { ("raid-succeeded", "raid_succeeded") } else { ("raid-failed", "raid_failed") };
        ctx.flags.insert(flag.to_string());
        ctx.chronicle.record(
            &ctx.clock,
            Entry::rule(key, Rule::Raid)
                .arg("army", raider_name)
                .arg("place", &ctx.map.names[target])
                .arg("raider_lost", raider_lost)
                .arg("defender_lost", jin_lost)
                .arg("forewarned", if forewarned { "yes" } else { "no" })
                .at(ctx.map.ids[target].clone()),
        );
        check_rout(&mut ctx, &mut armies, raider, from);
    }
}

/// Routed armies rally when their time is up; remnants vanish.
pub fn rally(clock: Res<Clock>, registry: Res<Armies>, mut armies: Query<&mut Army>) {
    for e in registry.values() {
        if let Ok(mut army) = armies.get_mut(*e)
            && let ArmyStatus::Routed { until } = army.state
            && clock.date >= until
        {
            army.state = ArmyStatus::Active;
            army.morale = army.morale.max(30.0);
        }
    }
}

/// Hostages freed in a rout go home.
pub fn release_freed_hostages(world: &mut World) {
    let freed = std::mem::take(&mut world.resource_mut::<FreedHostages>().0);
    let effects: Vec<Effect> = freed.into_iter().map(Effect::ReleaseHostage).collect();
    crate::sim::script::effects::apply(world, &effects, &Cause::Rule { rule: Rule::Rout });
}
