//! Marching: routes through the graph, speed by arm and ground, ferrying the Yellow River,
//! and stopping where the enemy stands.

use super::super::chronicle::{Cause, Chronicle, Entry, Rule};
use super::super::world::*;
use crate::scenario::schema::{OrderDef, RouteKind, Rules, Side};
use bevy::prelude::*;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

/// Whether the next leg of the army's road crosses the Yellow River.
pub fn crossing_next(map: &Map, loc: &Location) -> bool {
    loc.path.first().is_some_and(|n| map.route_between(loc.at, *n).is_some_and(|r| r.kind == RouteKind::RiverCrossing))
}

/// Whether an army is going home with the river to cross next: ferrying is slow, so it is
/// still on the bank it is leaving, and a pursuer can catch it there.
pub fn is_ferrying(map: &Map, loc: &Location, order: &OrderDef) -> bool {
    matches!(order, OrderDef::Withdraw(_)) && crossing_next(map, loc)
}

/// The armies ferrying the river, by id, with the bank they stand on.
fn ferrying_armies(
    map: &Map,
    registry: &Armies,
    armies: &Query<(&mut Army, &mut Location, &Orders, Has<ImperialTrain>)>,
) -> BTreeMap<String, usize> {
    registry
        .iter()
        .filter_map(|(id, e)| {
            let (army, loc, orders, _) = armies.get(*e).ok()?;
            (army.is_in_play() && is_ferrying(map, loc, &orders.order)).then(|| (id.clone(), loc.at))
        })
        .collect()
}

/// Travel cost of a route in "road km": mountains are slower, river crossings add ferry days.
pub fn route_cost(route: &Route, rules: &Rules) -> f32 {
    let march = &rules.march;
    match route.kind {
        RouteKind::Road => route.km,
        RouteKind::Mountain => route.km / march.mountain_speed,
        RouteKind::RiverCrossing => route.km + march.ferry_days * march.infantry_km_per_day,
    }
}

/// The cheapest path from `from` to `to`, excluding `from`, or `None` if there is none.
pub fn shortest_path(map: &Map, rules: &Rules, from: usize, to: usize) -> Option<Vec<usize>> {
    shortest_path_avoiding(map, rules, from, to, &[])
}

/// The cheapest path, going past the places marked in `hostile` only at a heavy cost.
pub fn shortest_path_avoiding(
    map: &Map,
    rules: &Rules,
    from: usize,
    to: usize,
    hostile: &[bool],
) -> Option<Vec<usize>> {
    if from == to {
        return Some(Vec::new());
    }
    let n = map.ids.len();
    let mut best = vec![f32::INFINITY; n];
    let mut prev = vec![usize::MAX; n];
    let mut heap = BinaryHeap::new();
    best[from] = 0.0;
    // Costs are scaled to integers so the heap order is total and deterministic.
    heap.push(Reverse((0u64, from)));
    while let Some(Reverse((cost, at))) = heap.pop() {
        if at == to {
            break;
        }
        if cost as f32 / 100.0 > best[at] {
            continue;
        }
        for &(next, r) in &map.links[at] {
            let passing = next != to && hostile.get(next).copied().unwrap_or(false);
            let detour = if passing { rules.march.passing_enemy_walls_km } else { 0.0 };
            let c = best[at] + route_cost(&map.routes[r], rules) + detour;
            if c < best[next] {
                best[next] = c;
                prev[next] = at;
                heap.push(Reverse(((c * 100.0) as u64, next)));
            }
        }
    }
    if prev[to] == usize::MAX {
        return None;
    }
    let mut path = vec![to];
    while let Some(&p) = path.last() {
        let back = prev[p];
        if back == from {
            break;
        }
        path.push(back);
    }
    path.reverse();
    Some(path)
}

/// The place an order sends an army to, if any. A raid goes to the last place on the road
/// from which the target is within striking distance (see [`raid_base`]).
pub fn destination(
    order: &OrderDef,
    map: &Map,
    rules: &Rules,
    from: usize,
    camp: Option<usize>,
    armies_at: &BTreeMap<String, usize>,
) -> Option<usize> {
    match order {
        OrderDef::Hold | OrderDef::Disband => None,
        OrderDef::Raid(p) => map.index(p).and_then(|target| raid_base(map, rules, from, target)),
        OrderDef::Besiege(p) | OrderDef::Relieve(p) => camp.or_else(|| map.index(p)),
        OrderDef::MoveTo(p) | OrderDef::Attack(p) | OrderDef::Garrison(p) | OrderDef::Withdraw(p) => map.index(p),
        OrderDef::Pursue(army) => armies_at.get(army).copied(),
    }
}

/// Whether a raid can strike `target` from `from`: it is there, or a route of at most the
/// raid's reach leads to it.
pub fn within_striking_distance(map: &Map, rules: &Rules, from: usize, target: usize) -> bool {
    from == target || map.route_between(from, target).is_some_and(|r| r.km <= rules.raid.reach_km)
}

/// Where a raid on `target` sets out from: `from` itself if it is within striking distance,
/// else the last place before the target on the road there, if the last leg is short enough.
pub fn raid_base(map: &Map, rules: &Rules, from: usize, target: usize) -> Option<usize> {
    if within_striking_distance(map, rules, from, target) {
        return Some(from);
    }
    let path = shortest_path(map, rules, from, target)?;
    let before = if path.len() >= 2 { path[path.len() - 2] } else { from };
    within_striking_distance(map, rules, before, target).then_some(before)
}

/// km an army covers in a day: cavalry armies ride, others walk; hunger slows it, and so do
/// the carts of plunder of an army going home. The imperial train keeps its own pace.
pub fn speed_km_per_day(army: &Army, order: &OrderDef, rules: &Rules, train: bool) -> f32 {
    let march = &rules.march;
    let t = &army.troops;
    let base = if train {
        rules.flight.train_km_per_day
    } else if t.cavalry * 2 >= t.total() {
        march.cavalry_km_per_day
    } else {
        march.infantry_km_per_day
    };
    let hunger = if army.supply <= 0.0 { march.hungry_speed } else { 1.0 };
    let routed = if army.is_routed() { march.routed_speed } else { 1.0 };
    let laden = if matches!(order, OrderDef::Withdraw(_)) { march.laden_speed } else { 1.0 };
    base * hunger * routed * laden
}

/// Sets each army's path towards its order's destination.
pub fn plan_paths(
    map: Res<Map>,
    rules: Res<RuleBook>,
    registry: Res<Armies>,
    cities: Query<(&Place, &City)>,
    mut armies: Query<(&Army, &mut Location, &Orders)>,
) {
    // Strongly walled cities held by each side, which the other side's armies go around (the
    // Jin bypassed Zhending and Daming; small prefectures could not close the roads).
    let mut held_by = [vec![false; map.ids.len()], vec![false; map.ids.len()]];
    for (place, city) in &cities {
        if city.walls >= rules.march.walls_that_close_roads && !city.walls_fallen {
            held_by[(city.controller == Side::Jin) as usize][place.index] = true;
        }
    }
    let armies_at: BTreeMap<String, usize> = registry
        .iter()
        .filter_map(|(id, e)| {
            armies.get(*e).ok().map(|(_, loc, _)| (id.clone(), loc.path.first().copied().unwrap_or(loc.at)))
        })
        .collect();
    for e in registry.values() {
        let Ok((army, mut loc, orders)) = armies.get_mut(*e) else { continue };
        if !army.is_in_play() {
            continue;
        }
        let from = loc.path.first().copied().filter(|_| loc.progress_km > 0.0).unwrap_or(loc.at);
        let Some(to) = destination(&orders.order, &map, &rules, from, orders.camp, &armies_at) else {
            if loc.progress_km == 0.0 && !loc.path.is_empty() {
                loc.path.clear();
            }
            continue;
        };
        if loc.path.last() == Some(&to) || (loc.path.is_empty() && loc.at == to) {
            continue;
        }
        // Mid-route, finish the leg first (turning back along it if that is shorter).
        let (start, keep) = match loc.path.first() {
            Some(&next) if loc.progress_km > 0.0 => (next, vec![next]),
            _ => (loc.at, Vec::new()),
        };
        let hostile = &held_by[(army.side == Side::Song) as usize];
        if let Some(rest) = shortest_path_avoiding(&map, &rules, start, to, hostile) {
            let mut path = keep;
            path.extend(rest);
            loc.path = path;
        }
    }
}

/// Moves armies along their paths for the turn's days.
pub fn march(
    clock: Res<Clock>,
    map: Res<Map>,
    rules: Res<RuleBook>,
    registry: Res<Armies>,
    mut chronicle: ResMut<Chronicle>,
    mut armies: Query<(&mut Army, &mut Location, &Orders, Has<ImperialTrain>)>,
) {
    // Where each side stands at the start of the march: an army stops where it meets the enemy.
    let mut standing: BTreeMap<usize, Vec<Side>> = BTreeMap::new();
    for e in registry.values() {
        if let Ok((army, loc, _, _)) = armies.get(*e)
            && army.is_in_play()
            && let Some(p) = loc.standing_at()
        {
            standing.entry(p).or_default().push(army.side);
        }
    }
    let days = clock.turn_days as f32;
    let ferrying = ferrying_armies(&map, &registry, &armies);
    // Pursuers march first, so that one reaching the bank where its quarry is ferrying holds
    // it there: the rearguard must turn and fight while the rest are on the boats.
    let mut order: Vec<Entity> = registry.values().copied().collect();
    order.sort_by_key(|e| armies.get(*e).map_or(true, |(_, _, o, _)| !matches!(o.order, OrderDef::Pursue(_))));
    let mut caught: Vec<String> = Vec::new();
    for e in &order {
        let Ok((army, mut loc, orders, train)) = armies.get_mut(*e) else { continue };
        if !army.is_in_play() {
            continue;
        }
        if loc.path.is_empty() || caught.contains(&army.id) {
            loc.days_here += days;
            continue;
        }
        let quarry_at = match &orders.order {
            OrderDef::Pursue(q) => ferrying.get(q).map(|p| (q.clone(), *p)),
            _ => None,
        };
        let mut budget = speed_km_per_day(&army, &orders.order, &rules, train) * days;
        let mut arrived_at = None;
        while budget > 0.0 && !loc.path.is_empty() {
            let next = loc.path[0];
            let route = map.route_between(loc.at, next).expect("paths follow routes");
            let remaining = route_cost(route, &rules) - loc.progress_km;
            if budget < remaining {
                loc.progress_km += budget;
                break;
            }
            budget -= remaining;
            loc.at = next;
            loc.path.remove(0);
            loc.progress_km = 0.0;
            loc.days_here = 0.0;
            arrived_at = Some(next);
            let enemy_here = standing.get(&next).is_some_and(|sides| sides.contains(&army.side.enemy()));
            if enemy_here && !matches!(orders.order, OrderDef::Withdraw(_)) {
                break;
            }
            if let Some((quarry, bank)) = &quarry_at
                && *bank == next
            {
                caught.push(quarry.clone());
                loc.path.clear();
                break;
            }
        }
        // The court's arrival is the flight rule's to tell.
        if let Some(p) = arrived_at
            && loc.path.is_empty()
            && !train
        {
            let cause = match army.state {
                ArmyStatus::Routed { .. } => Cause::Rule { rule: Rule::Rout },
                _ if army.player_controlled && orders.by_player => Cause::Order { army: army.id.clone() },
                _ => Cause::Rule { rule: Rule::Movement },
            };
            chronicle.record(
                &clock,
                Entry::new("army-arrives", cause).army(&army).arg("place", &map.names[p]).at(map.ids[p].clone()),
            );
        }
    }
}
