//! Field battles where enemies meet, night raids on camps, pursuit at river crossings, routs.

use super::super::chronicle::{Cause, Chronicle, Entry, Phrase, Rule};
use super::super::rng::SimRng;
use super::super::script::record::Record;
use super::super::world::*;
use super::movement::{crossing_next, is_ferrying, shortest_path, within_striking_distance};
use super::strength::{Ground, army_strength, take_losses, take_losses_by_arm};
use crate::scenario::schema::{Effect, OrderDef, PlaceKind, Side, Trait, TreatyState};
use crate::sim::losses::{LossCause, Losses};
use bevy::prelude::*;
use std::collections::BTreeMap;

type ArmyQuery<'w, 's> = Query<'w, 's, (&'static mut Army, &'static mut Location, &'static mut Orders)>;

/// Armies of each side present at each place, in id order. An army withdrawing across a
/// river is still present on the bank it is leaving: its rearguard waits for the boats.
fn standing_by_place(map: &Map, registry: &Armies, armies: &ArmyQuery) -> BTreeMap<usize, [Vec<Entity>; 2]> {
    let mut out: BTreeMap<usize, [Vec<Entity>; 2]> = BTreeMap::new();
    for e in registry.values() {
        let Ok((army, loc, orders)) = armies.get(*e) else { continue };
        if army.state != ArmyStatus::Active {
            continue;
        }
        if let Some(p) = loc.standing_at().or(is_ferrying(map, loc, &orders.order).then_some(loc.at)) {
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
    record: ResMut<'w, Record>,
    diplomacy: ResMut<'w, Diplomacy>,
    losses: ResMut<'w, Losses>,
}

impl BattleContext<'_, '_> {
    fn commander(&self, army: &Army) -> (f32, Vec<Trait>) {
        commander_skill(&self.people, &self.characters, army.commander.as_ref())
    }

    fn commander_name(&self, army: &Army) -> Option<String> {
        let id = army.commander.as_ref()?;
        self.characters.get(*self.people.get(id)?).ok().map(|c| c.name.clone())
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

    fn note(&mut self, entry: Entry) {
        self.chronicle.record(&self.clock, entry);
    }

    fn battle_fought(&mut self, place: usize) {
        let date = self.clock.date;
        self.record.battles.entry(self.map.ids[place].clone()).or_insert(date);
    }
}

/// One side of a battle as the chronicle tells it.
struct SideInBattle {
    armies: Vec<Entity>,
    men: u32,
    cavalry: u32,
    /// Fighting strength before the ground and fortune.
    raw: f32,
    /// After the ground, the river and fortune.
    strength: f32,
    training: f32,
    morale: f32,
    best_commander: Option<(f32, String)>,
    caught_ferrying: Vec<String>,
}

/// Resolves a battle at every place where both sides stand.
pub fn fight_battles(mut ctx: BattleContext, mut armies: ArmyQuery) {
    let groups = standing_by_place(&ctx.map, &ctx.registry, &armies);
    for (place, [song, jin]) in groups {
        if song.is_empty() || jin.is_empty() {
            continue;
        }
        if ctx.diplomacy.treaty == TreatyState::Accepted && lets_pass(&armies, [&song, &jin]) {
            let_pass(&mut ctx, &armies, place, [&song, &jin]);
            continue;
        }
        let sides = [song, jin];
        if let Some(i) = flees_before_battle(&ctx, &armies, &sides) {
            flee(&mut ctx, &mut armies, place, &sides[i], &sides[1 - i]);
            continue;
        }
        if (0..2).any(|i| behind_walls(&ctx, &armies, place, &sides[i])) {
            continue;
        }
        fight_at(&mut ctx, &mut armies, place, sides);
    }
}

/// Whether these armies have shut themselves inside the unbroken walls of a city their side
/// holds: garrisoned there, fled there from a rout, or shut in by a siege, and none ordered
/// out to fight. They are part of its defence, not a field army: an enemy passing must
/// besiege the city to reach them. An army merely standing at a town to hold a crossing
/// (Huazhou manned against the Jin) meets them in the field.
fn behind_walls(ctx: &BattleContext, armies: &ArmyQuery, place: usize, list: &[Entity]) -> bool {
    let Ok((_, Some(city))) = ctx.places.get(ctx.map.entities[place]) else { return false };
    let besieged = city.siege.is_some();
    list.iter().filter_map(|e| armies.get(*e).ok()).all(|(a, _, o)| {
        let shut_in = besieged || a.is_routed() || matches!(o.order, OrderDef::Garrison(_));
        a.side == city.controller && !city.walls_fallen && shut_in && !ordered_to_fight(&o.order)
    })
}

/// Orders that send an army at the enemy: to attack, raid, besiege or pursue, or to break a
/// siege (a relief army marches to fight the besiegers).
fn ordered_to_fight(order: &OrderDef) -> bool {
    crate::sim::orders::is_fighting(order) || matches!(order, OrderDef::Relieve(_))
}

/// Under a treaty, an army going home and the armies in its way let each other pass unless
/// one of them has been ordered to fight: in March 1126 the Eastern Army recrossed the river
/// unopposed, while Li Gang's plan to strike it there needed an order.
fn lets_pass(armies: &ArmyQuery, sides: [&[Entity]; 2]) -> bool {
    let orders = |list: &[Entity]| {
        list.iter().filter_map(|e| armies.get(*e).ok()).map(|(_, _, o)| o.order.clone()).collect::<Vec<_>>()
    };
    let [song, jin] = sides.map(orders);
    let going_home = |o: &[OrderDef]| o.iter().all(|o| matches!(o, OrderDef::Withdraw(_)));
    let peaceful = |o: &[OrderDef]| !o.iter().any(ordered_to_fight);
    (going_home(&jin) && peaceful(&song)) || (going_home(&song) && peaceful(&jin))
}

/// Chronicles a passage under the treaty, once for each place.
fn let_pass(ctx: &mut BattleContext, armies: &ArmyQuery, place: usize, sides: [&[Entity]; 2]) {
    let id = ctx.map.ids[place].clone();
    if ctx.record.passages.insert(id.clone()) {
        let entry = Entry::rule("truce-passage", Rule::Battle)
            .arg("place", &ctx.map.names[place])
            .arg("song", army_names(armies, sides[0]))
            .arg("jin", army_names(armies, sides[1]))
            .at(id);
        ctx.note(entry);
    }
}

/// The armies' names, as the chronicle lists them.
fn army_names(armies: &ArmyQuery, list: &[Entity]) -> Vec<Phrase> {
    let name = |e: &Entity| armies.get(*e).ok().map(|(a, _, _)| a.name.clone());
    list.iter().filter_map(name).map(|name| Phrase::new("battle-army").arg("army", name)).collect()
}

/// The side whose armies break before a blow is struck, if one does: every army of it raw
/// and low in spirits (as for melting away), none ordered to fight, and the enemy at least
/// `flee_odds` times as strong. Liang Fangping's guard at Junzhou fled this way in January
/// 1126, and Zhe Yanzhi's river army in January 1127.
fn flees_before_battle(ctx: &BattleContext, armies: &ArmyQuery, sides: &[Vec<Entity>; 2]) -> Option<usize> {
    let m = &ctx.rules.morale;
    let strength = |list: &[Entity]| -> f32 {
        list.iter().filter_map(|e| armies.get(*e).ok()).map(|(a, _, _)| ctx.strength(a)).sum()
    };
    let shaky = |list: &[Entity]| {
        list.iter()
            .filter_map(|e| armies.get(*e).ok())
            .all(|(a, _, o)| a.training < m.melt_training && a.morale < m.melt_morale && !ordered_to_fight(&o.order))
    };
    let power = [strength(&sides[0]), strength(&sides[1])];
    (0..2).find(|&i| shaky(&sides[i]) && power[1 - i] >= ctx.rules.battle.flee_odds * power[i].max(1.0))
}

/// The armies of a side that will not stand scatter and flee, as in a rout but without a
/// battle.
fn flee(ctx: &mut BattleContext, armies: &mut ArmyQuery, place: usize, side: &[Entity], enemy: &[Entity]) {
    let enemy_names = army_names(armies, enemy);
    for e in side {
        rout(ctx, armies, *e, place, Some(&enemy_names));
    }
}

fn fight_at(ctx: &mut BattleContext, armies: &mut ArmyQuery, place: usize, sides: [Vec<Entity>; 2]) {
    let rules = ctx.rules.0.clone();
    let b = &rules.battle;
    let kind = ctx.place_kind(place);
    let days_here = |list: &[Entity], armies: &ArmyQuery| {
        list.iter().filter_map(|e| armies.get(*e).ok()).map(|(_, l, _)| l.days_here).fold(0.0f32, f32::max)
    };
    // Whoever was there first holds the ground.
    let defender = if days_here(&sides[0], armies) >= days_here(&sides[1], armies) { 0 } else { 1 };
    let ground = match kind {
        PlaceKind::Camp => b.camp_defence,
        PlaceKind::Pass => b.pass_defence,
        _ => 1.0,
    };
    let mut fought: Vec<SideInBattle> = Vec::new();
    for (i, list) in sides.iter().enumerate() {
        let mut s = SideInBattle {
            armies: list.clone(),
            men: 0,
            cavalry: 0,
            raw: 0.0,
            strength: 0.0,
            training: 0.0,
            morale: 0.0,
            best_commander: None,
            caught_ferrying: Vec::new(),
        };
        for e in list {
            let (army, loc, orders) = armies.get(*e).expect("listed");
            let full = ctx.strength(army);
            let men = army.troops.total();
            s.raw += full;
            s.men += men;
            s.cavalry += army.troops.cavalry;
            s.training += army.training * men as f32;
            s.morale += army.morale * men as f32;
            // An army caught with a river to cross behind it can fight with only part of its
            // strength: the rest is already ferrying or waiting at the bank.
            let ferrying = matches!(orders.order, OrderDef::Withdraw(_))
                && (kind == PlaceKind::Ford || crossing_next(&ctx.map, loc));
            if ferrying {
                s.caught_ferrying.push(army.name.clone());
            }
            s.strength += full * if ferrying { b.ferrying_strength } else { 1.0 };
            let (command, _) = ctx.commander(army);
            if let Some(name) = ctx.commander_name(army)
                && s.best_commander.as_ref().is_none_or(|(c, _)| command > *c)
            {
                s.best_commander = Some((command, name));
            }
        }
        s.training /= s.men.max(1) as f32;
        s.morale /= s.men.max(1) as f32;
        if i == defender {
            s.strength *= ground;
        }
        fought.push(s);
    }
    let before_fortune = [fought[0].strength, fought[1].strength];
    for s in &mut fought {
        s.strength *= ctx.rng.spread(b.fortune);
    }
    let mut lost = [0u32; 2];
    for i in 0..2 {
        let ratio = fought[1 - i].strength / fought[i].strength.max(1.0);
        let fraction = (b.intensity * ratio.powf(b.loss_exponent)).min(b.max_loss);
        for e in &fought[i].armies {
            let (mut army, _, _) = armies.get_mut(*e).expect("listed");
            army.battles += 1;
            let men = take_losses(&mut army.troops, fraction);
            lost[i] += men;
            ctx.losses.count(army.side, LossCause::Fighting, men);
            let resolute = ctx.commander(&army).1.contains(&Trait::Resolute);
            let odds_shock = if ratio > 1.0 { (b.morale_per_odds * (ratio - 1.0)).min(b.max_odds_shock) } else { 0.0 };
            let shaken = fraction * b.morale_per_loss + odds_shock;
            army.morale = (army.morale - if resolute { shaken * b.resolute_shock } else { shaken }).max(0.0);
        }
    }
    let winner = if fought[0].strength >= fought[1].strength { 0 } else { 1 };
    let reasons = battle_reasons(&fought, winner, defender, kind, ground, before_fortune);
    let sides_text = |s: &SideInBattle, armies: &ArmyQuery| -> Vec<Phrase> {
        s.armies
            .iter()
            .map(|e| {
                let army = &armies.get(*e).expect("listed").0;
                match ctx.commander_name(army) {
                    Some(c) => Phrase::new("battle-army-led").arg("army", &army.name).arg("commander", c),
                    None => Phrase::new("battle-army").arg("army", &army.name),
                }
            })
            .collect()
    };
    let entry = Entry::rule("battle", Rule::Battle)
        .arg("place", &ctx.map.names[place])
        .arg("song", sides_text(&fought[0], armies))
        .arg("jin", sides_text(&fought[1], armies))
        .arg("song_men", fought[0].men)
        .arg("jin_men", fought[1].men)
        .arg("song_lost", lost[0])
        .arg("jin_lost", lost[1])
        .arg("winner", if winner == 0 { Side::Song } else { Side::Jin }.id())
        .arg("ratio", ((fought[winner].strength / fought[1 - winner].strength.max(1.0)) * 10.0).round() / 10.0)
        .arg("reasons", reasons)
        .at(ctx.map.ids[place].clone());
    ctx.note(entry);
    ctx.battle_fought(place);
    let song_sought_it =
        sides[0].iter().filter_map(|e| armies.get(*e).ok()).any(|(_, _, o)| ordered_to_fight(&o.order));
    if song_sought_it {
        attack_in_truce(ctx, Rule::Battle);
    }
    for e in sides[0].iter().chain(&sides[1]) {
        check_rout(ctx, armies, *e, place);
    }
}

/// An attack while a treaty holds is an offence the Jin remember, whatever its outcome: a
/// raid, or a battle the Song were ordered to seek (striking the Jin at the crossing).
fn attack_in_truce(ctx: &mut BattleContext, rule: Rule) {
    let added = ctx.rules.raid.truce_grievance;
    if ctx.diplomacy.treaty != TreatyState::Accepted || added <= 0.0 {
        return;
    }
    let before = ctx.diplomacy.grievance;
    ctx.diplomacy.grievance = (before + added).min(100.0);
    let after = ctx.diplomacy.grievance;
    ctx.note(Entry::rule("grievance-truce", rule).arg("before", before.round()).arg("after", after.round()));
}

/// Why the winner won, as phrases: numbers, horse, ground, a river at the loser's back,
/// training, morale, a commander, or luck.
fn battle_reasons(
    fought: &[SideInBattle],
    winner: usize,
    defender: usize,
    kind: PlaceKind,
    ground: f32,
    before_fortune: [f32; 2],
) -> Vec<Phrase> {
    let (w, l) = (&fought[winner], &fought[1 - winner]);
    let side = |i: usize| if i == 0 { Side::Song } else { Side::Jin }.id();
    let mut out = Vec::new();
    if w.men as f32 >= l.men as f32 * 1.3 {
        out.push(
            Phrase::new("why-numbers")
                .arg("side", side(winner))
                .arg("ratio", ((w.men as f32 / l.men.max(1) as f32) * 10.0).round() / 10.0),
        );
    }
    if w.cavalry * 2 >= w.men && l.cavalry * 4 < l.men {
        out.push(Phrase::new("why-cavalry").arg("side", side(winner)));
    }
    if winner == defender && ground > 1.0 {
        let ground_id = if kind == PlaceKind::Pass { "pass" } else { "camp" };
        out.push(Phrase::new("why-ground").arg("side", side(winner)).arg("ground", ground_id).arg("factor", ground));
    }
    for army in &l.caught_ferrying {
        out.push(Phrase::new("why-ferrying").arg("army", army.clone()));
    }
    if w.training >= l.training + 20.0 {
        out.push(
            Phrase::new("why-training")
                .arg("side", side(winner))
                .arg("winner", w.training.round())
                .arg("loser", l.training.round()),
        );
    }
    if w.morale >= l.morale + 20.0 {
        out.push(
            Phrase::new("why-morale")
                .arg("side", side(winner))
                .arg("winner", w.morale.round())
                .arg("loser", l.morale.round()),
        );
    }
    if let Some((command, name)) = &w.best_commander
        && *command >= 7.0
    {
        out.push(Phrase::new("why-commander").arg("commander", name.clone()));
    }
    if before_fortune[winner] < before_fortune[1 - winner] || out.is_empty() {
        out.push(Phrase::new("why-fortune"));
    }
    out
}

/// The hostages a broken or destroyed army carried escape in the confusion.
fn free_hostages(ctx: &mut BattleContext, army: &mut Army) {
    let freed = std::mem::take(&mut army.carrying);
    if freed.is_empty() {
        return;
    }
    let names: Vec<Phrase> = freed
        .iter()
        .filter_map(|id| ctx.people.get(id).copied())
        .filter_map(|e| ctx.characters.get(e).ok().map(|c| Phrase::new("name").arg("name", &c.name)))
        .collect();
    ctx.freed.0.extend(freed);
    let entry = Entry::rule("hostages-freed", Rule::Rout).army(army).arg("hostages", names);
    ctx.note(entry);
}

/// Breaks an army whose morale has gone, or removes one that has ceased to exist.
fn check_rout(ctx: &mut BattleContext, armies: &mut ArmyQuery, e: Entity, place: usize) {
    let b = ctx.rules.battle.clone();
    let (mut army, _, _) = armies.get_mut(e).expect("army");
    if army.troops.total() < b.remnant {
        army.state = ArmyStatus::Destroyed;
        free_hostages(ctx, &mut army);
        let entry = Entry::rule("army-destroyed", Rule::Rout).army(&army).at(ctx.map.ids[place].clone());
        ctx.note(entry);
        return;
    }
    if army.morale >= b.rout_morale || !army.is_in_play() {
        return;
    }
    rout(ctx, armies, e, place, None);
}

/// Breaks an army: it scatters and flees to the nearest city its side holds, or ceases to
/// exist if there is none. `before` names the enemy it fled from without a battle.
fn rout(ctx: &mut BattleContext, armies: &mut ArmyQuery, e: Entity, place: usize, before: Option<&[Phrase]>) {
    let b = ctx.rules.battle.clone();
    let (mut army, mut loc, mut orders) = armies.get_mut(e).expect("army");
    // A broken army scatters: the least trained men go home first.
    let scattered =
        take_losses_by_arm(&mut army.troops, [b.rout_cavalry_lost, b.rout_infantry_lost, b.rout_militia_lost]);
    ctx.losses.count(army.side, LossCause::Fighting, scattered);
    army.state = ArmyStatus::Routed { until: ctx.clock.date.add_days(b.rally_days as i32) };
    free_hostages(ctx, &mut army);
    let army = army.clone();
    match ctx.refuge(army.side, place) {
        Some(refuge) => {
            orders.order = OrderDef::MoveTo(ctx.map.ids[refuge].clone());
            orders.camp = None;
            loc.path.clear();
            loc.progress_km = 0.0;
            let entry = match before {
                Some(enemy) => Entry::rule("army-flees-before", Rule::Rout).arg("enemy", enemy.to_vec()),
                None => Entry::rule("army-routed", Rule::Rout),
            };
            let entry = entry
                .army(&army)
                .arg("scattered", scattered)
                .arg("refuge", &ctx.map.names[refuge])
                .at(ctx.map.ids[place].clone());
            ctx.note(entry);
        }
        None => {
            armies.get_mut(e).expect("army").0.state = ArmyStatus::Destroyed;
            // With nowhere to flee, what was left of it is cut down or taken.
            ctx.losses.count(army.side, LossCause::Fighting, army.troops.total());
            let entry = Entry::rule("army-destroyed", Rule::Rout).army(&army).at(ctx.map.ids[place].clone());
            ctx.note(entry);
        }
    }
}

/// Night raids: an army ordered to raid strikes the enemy at the target from within a short
/// ride of it, and stands. Surprise decides almost everything; a forewarned enemy makes it a
/// massacre. A surprised camp loses men, heart and the stores that burn with it.
pub fn night_raids(mut ctx: BattleContext, mut armies: ArmyQuery) {
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
        if !within_striking_distance(&ctx.map, &ctx.rules, from, target) {
            continue; // still marching within striking distance
        }
        let side = army.side;
        let cause = Cause::Order { army: army.id.clone() };
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
        let raider_army = army.clone();
        let raider_strength = ctx.strength(army);
        if defenders.is_empty() {
            armies.get_mut(raider).expect("raider").2.order = OrderDef::Hold;
            let entry = Entry::new("raid-empty", cause).army(&raider_army).arg("place", &ctx.map.names[target]);
            ctx.note(entry);
            continue;
        }
        raid(&mut ctx, &mut armies, raider, raider_army, raider_strength, &defenders, target, from);
    }
}

#[allow(clippy::too_many_arguments)]
fn raid(
    ctx: &mut BattleContext,
    armies: &mut ArmyQuery,
    raider: Entity,
    raider_army: Army,
    raider_strength: f32,
    defenders: &[Entity],
    target: usize,
    from: usize,
) {
    let r = ctx.rules.raid.clone();
    let b = ctx.rules.battle.clone();
    let cautious =
        defenders.iter().any(|e| ctx.commander(armies.get(*e).expect("listed").0).1.contains(&Trait::Cautious));
    let forewarned = ctx.flags.contains("raid_forewarned");
    let mut p = r.surprise;
    if cautious {
        p *= r.cautious_factor;
    }
    if forewarned {
        p *= r.forewarned_factor;
    }
    let surprise = ctx.rng.chance(p);
    let camp = if ctx.place_kind(target) == PlaceKind::Camp { b.camp_defence } else { 1.0 };
    let defence: f32 = defenders.iter().map(|e| ctx.strength(armies.get(*e).expect("listed").0)).sum::<f32>() * camp;
    // Only part of a large camp is engaged by a night attack.
    let engaged = defence.min(raider_strength * r.engaged_cap);
    let attack =
        raider_strength * if surprise { r.surprise_strength } else { r.prepared_strength } * ctx.rng.spread(b.fortune);
    let intensity = b.intensity * r.intensity_factor;
    let raider_loss = (intensity * (engaged / attack.max(1.0)).powf(b.loss_exponent)).min(r.raider_max_loss);
    let defender_loss = (intensity * (attack / engaged.max(1.0)).powf(b.loss_exponent)).min(r.defender_max_loss)
        * engaged
        / defence.max(1.0);
    let mut defenders_lost = 0;
    for e in defenders {
        let (mut a, _, _) = armies.get_mut(*e).expect("listed");
        a.battles += 1;
        let men = take_losses(&mut a.troops, defender_loss);
        defenders_lost += men;
        ctx.losses.count(a.side, LossCause::Fighting, men);
        let shock = if surprise { r.surprise_shock } else { 0.0 };
        a.morale = (a.morale - shock - defender_loss * 100.0).max(0.0);
        if surprise {
            a.supply = (a.supply - r.stores_burnt_days).max(ctx.rules.supply.lowest_supply);
        }
    }
    let (mut a, _, mut o) = armies.get_mut(raider).expect("raider");
    a.battles += 1;
    let raiders_lost = take_losses(&mut a.troops, raider_loss);
    ctx.losses.count(a.side, LossCause::Fighting, raiders_lost);
    a.morale = (a.morale + if surprise { r.raider_success_morale } else { -r.raider_failure_morale }).clamp(0.0, 100.0);
    o.order = OrderDef::Hold;
    let (key, flag) = if surprise { ("raid-succeeded", "raid_succeeded") } else { ("raid-failed", "raid_failed") };
    ctx.flags.insert(flag.to_string());
    let entry = Entry::rule(key, Rule::Raid)
        .army(&raider_army)
        .arg("place", &ctx.map.names[target])
        .arg("raiders", raider_army.troops.total())
        .arg("raider_lost", raiders_lost)
        .arg("defender_lost", defenders_lost)
        .arg("burnt", if surprise { r.stores_burnt_days } else { 0.0 })
        .arg("forewarned", if forewarned { "yes" } else { "no" })
        .at(ctx.map.ids[target].clone());
    ctx.note(entry);
    ctx.battle_fought(target);
    if raider_army.side == Side::Song {
        attack_in_truce(ctx, Rule::Raid);
    }
    check_rout(ctx, armies, raider, from);
}

/// Routed armies rally when their time is up.
pub fn rally(clock: Res<Clock>, rules: Res<RuleBook>, registry: Res<Armies>, mut armies: Query<&mut Army>) {
    for e in registry.values() {
        if let Ok(mut army) = armies.get_mut(*e)
            && let ArmyStatus::Routed { until } = army.state
            && clock.date >= until
        {
            army.state = ArmyStatus::Active;
            army.morale = army.morale.max(rules.battle.rally_morale);
        }
    }
}

/// Hostages freed in a rout go home.
pub fn release_freed_hostages(world: &mut World) {
    let freed = std::mem::take(&mut world.resource_mut::<FreedHostages>().0);
    let effects: Vec<Effect> = freed.into_iter().map(Effect::ReleaseHostage).collect();
    crate::sim::script::effects::apply(world, &effects, &Cause::Rule { rule: Rule::Rout });
}
