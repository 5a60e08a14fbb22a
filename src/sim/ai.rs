//! The Jin commanders: each army follows the goals of its plan, in order, judging from the
//! state of the world (not the calendar) when a goal is won, when to storm, and when to go home.

use super::chronicle::{Cause, Chronicle, Entry};
use super::rules::siege::besiegers;
use super::script::conditions::{holds, jin_satisfaction, troops_near};
use super::script::effects::give_order;
use super::world::*;
use crate::scenario::schema::{GoalDef, OrderDef, Side, WithdrawRule};
use bevy::prelude::*;

/// Why a commander decided to go home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WithdrawReason {
    /// Paid, with hostages and cessions, and facing relief armies or out of patience.
    Satisfied,
    /// Out of food.
    Hungry,
    /// So outnumbered that staying risks being cut off.
    Threatened,
}

impl WithdrawReason {
    fn key(self) -> &'static str {
        match self {
            WithdrawReason::Satisfied => "withdraw-satisfied",
            WithdrawReason::Hungry => "withdraw-hungry",
            WithdrawReason::Threatened => "withdraw-threatened",
        }
    }
}

/// Enemy field troops near the army, as a multiple of its own.
pub fn danger(world: &World, army: Entity, rule: &WithdrawRule) -> f32 {
    let (Some(a), Some(loc)) = (world.get::<Army>(army), world.get::<Location>(army)) else { return 0.0 };
    troops_near(world, a.side.enemy(), loc.at, rule.threat_km) as f32 / a.troops.total().max(1) as f32
}

/// Whether the army should withdraw under its rule, and why.
pub fn should_withdraw(
    world: &World,
    army: Entity,
    rule: &WithdrawRule,
    goal_place: Option<usize>,
) -> Option<WithdrawReason> {
    let a = world.get::<Army>(army)?;
    if a.supply <= 0.0 && a.morale < 35.0 {
        return Some(WithdrawReason::Hungry);
    }
    let danger = danger(world, army, rule);
    // A shaken army (a camp surprised, a storm thrown back) fears being cut off sooner.
    let shaken = a.morale < world.resource::<RuleBook>().diplomacy.shaken_morale;
    if danger >= rule.danger_ratio * 2.0 || (shaken && danger >= rule.danger_ratio * 0.75) {
        return Some(WithdrawReason::Threatened);
    }
    if jin_satisfaction(world) >= rule.satisfied_at.get() {
        let waited = goal_place
            .and_then(|p| world.get::<City>(world.resource::<Map>().entities[p]))
            .and_then(|c| c.siege.as_ref())
            .map(|s| world.resource::<Clock>().date.days_since(s.since) as u32);
        let out_of_patience = rule.patience_days.zip(waited).is_some_and(|(patience, waited)| waited >= patience);
        if danger >= rule.danger_ratio || out_of_patience {
            return Some(WithdrawReason::Satisfied);
        }
    }
    None
}

fn city_of(world: &World, id: &str) -> Option<(usize, City)> {
    let map = world.resource::<Map>();
    let i = map.index(id)?;
    Some((i, world.get::<City>(map.entities[i])?.clone()))
}

fn note(world: &mut World, entry: Entry) {
    let clock = world.resource::<Clock>().clone();
    world.resource_mut::<Chronicle>().record(&clock, entry);
}

/// Each AI army reviews its plan and sets its orders for the turn.
pub fn follow_plans(world: &mut World) {
    let armies: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
    for e in armies {
        let (Some(army), Some(plan)) = (world.get::<Army>(e).cloned(), world.get::<Plan>(e).cloned()) else { continue };
        if !army.is_in_play() || army.player_controlled || world.get::<ImperialTrain>(e).is_some() {
            continue;
        }
        let cause = Cause::Plan { army: army.id.clone() };
        // Going home is weighed every turn, whatever the army is doing.
        let withdraw_at = plan.goals.iter().position(|g| matches!(g, GoalDef::Withdraw(_)));
        if let Some(w) = withdraw_at
            && plan.current < w
            && let GoalDef::Withdraw(rule) = &plan.goals[w]
        {
            let besieged =
                plan.goals.get(plan.current).and_then(goal_city).and_then(|id| world.resource::<Map>().index(&id));
            if let Some(reason) = should_withdraw(world, e, rule, besieged) {
                let danger = danger(world, e, rule);
                let satisfaction = jin_satisfaction(world);
                world.get_mut::<Plan>(e).expect("plan").current = w;
                // Hostages go north with the army.
                let hostages: Vec<String> = world.resource::<Diplomacy>().hostages.iter().cloned().collect();
                world.get_mut::<Army>(e).expect("army").carrying = hostages;
                let to = world
                    .resource::<Map>()
                    .index(&rule.to)
                    .map(|i| world.resource::<Map>().names[i].clone())
                    .unwrap_or_default();
                note(
                    world,
                    Entry::new(reason.key(), cause.clone())
                        .army(&army)
                        .arg("to", to)
                        .arg("danger", (danger * 10.0).round() / 10.0)
                        .arg("satisfaction", (satisfaction * 100.0).round()),
                );
                // Going home overrides any order given over the commander's head.
                world.get_mut::<Orders>(e).expect("orders").source = OrderSource::Plan;
            }
        }
        if following_given_order(world, e) {
            continue;
        }
        pursue_goal(world, e, &army, cause);
    }
}

/// Whether an AI army is carrying out an order given over its commander's head: it keeps to
/// it until it has arrived where it was sent (a `Hold`, a siege or a raid last until another
/// order or `ResumePlan`).
fn following_given_order(world: &mut World, e: Entity) -> bool {
    let Some(orders) = world.get::<Orders>(e) else { return false };
    if orders.source != OrderSource::Given {
        return false;
    }
    let map = world.resource::<Map>();
    let arrived = match &orders.order {
        OrderDef::MoveTo(p) | OrderDef::Garrison(p) | OrderDef::Attack(p) => {
            map.index(p).is_some() && world.get::<Location>(e).and_then(|l| l.standing_at()) == map.index(p)
        }
        _ => false,
    };
    if arrived {
        world.get_mut::<Orders>(e).expect("orders").source = OrderSource::Plan;
    }
    !arrived
}

fn goal_city(goal: &GoalDef) -> Option<String> {
    match goal {
        GoalDef::Take(c) | GoalDef::Blockade(c) => Some(c.clone()),
        GoalDef::Invest { capital, .. } => Some(capital.clone()),
        _ => None,
    }
}

fn pursue_goal(world: &mut World, e: Entity, army: &Army, cause: Cause) {
    loop {
        let plan = world.get::<Plan>(e).expect("plan").clone();
        let Some(goal) = plan.goals.get(plan.current) else {
            set_order(world, e, OrderDef::Hold, None);
            return;
        };
        let advance = |world: &mut World| world.get_mut::<Plan>(e).expect("plan").current += 1;
        match goal {
            GoalDef::Take(id) | GoalDef::Blockade(id) => {
                let Some((_, city)) = city_of(world, id) else {
                    advance(world);
                    continue;
                };
                if city.controller == army.side {
                    let name = world.resource::<Map>().index(id).map(|i| world.resource::<Map>().names[i].clone());
                    note(
                        world,
                        Entry::new("goal-achieved", cause.clone()).army(army).arg("city", name.unwrap_or_default()),
                    );
                    advance(world);
                    continue;
                }
                set_order(world, e, OrderDef::Besiege(id.clone()), None);
                return;
            }
            GoalDef::Invest { capital, camp } => {
                let camp = world.resource::<Map>().index(camp);
                set_order(world, e, OrderDef::Besiege(capital.clone()), camp);
                return;
            }
            GoalDef::WaitUntil(condition) => {
                if holds(world, condition) {
                    advance(world);
                    continue;
                }
                set_order(world, e, OrderDef::Hold, None);
                return;
            }
            GoalDef::Withdraw(rule) => {
                let home = world.resource::<Map>().index(&rule.to);
                let here = world.get::<Location>(e).and_then(|l| l.standing_at());
                if let Some(home) = home.filter(|h| Some(*h) == here) {
                    world.get_mut::<Army>(e).expect("army").state = ArmyStatus::Gone;
                    let place = world.resource::<Map>().names[home].clone();
                    note(world, Entry::new("army-leaves", cause.clone()).army(army).arg("place", place));
                } else {
                    set_order(world, e, OrderDef::Withdraw(rule.to.clone()), None);
                }
                return;
            }
        }
    }
}

/// Sets an order from the plan unless it is already the army's order (so paths are not
/// recomputed).
fn set_order(world: &mut World, e: Entity, order: OrderDef, camp: Option<usize>) {
    let same = world.get::<Orders>(e).is_some_and(|o| o.order == order && o.camp == camp);
    if !same {
        give_order(world, e, order, OrderSource::Plan);
        world.get_mut::<Orders>(e).expect("orders").camp = camp;
    }
}

/// Song armies not under the player's hand: a relief army ordered to relieve a city marches
/// to it and, once there, fights the besiegers; pursuers keep after their quarry.
pub fn song_field_orders(world: &mut World) {
    let armies: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
    for e in armies {
        let Some(army) = world.get::<Army>(e) else { continue };
        if army.side != Side::Song || !army.is_in_play() || world.get::<ImperialTrain>(e).is_some() {
            continue;
        }
        let Some(orders) = world.get::<Orders>(e).cloned() else { continue };
        match &orders.order {
            OrderDef::Pursue(target) => {
                let gone = world
                    .resource::<Armies>()
                    .get(target)
                    .and_then(|t| world.get::<Army>(*t))
                    .is_none_or(|t| !t.is_in_play());
                if gone {
                    give_order(world, e, OrderDef::Hold, OrderSource::Given);
                }
            }
            OrderDef::Relieve(city) => {
                // March on the besiegers' camp, wherever it is.
                let Some(place) = world.resource::<Map>().index(city) else { continue };
                let camp = besiegers(world, place)
                    .first()
                    .and_then(|b| world.get::<Location>(*b))
                    .and_then(|l| l.standing_at());
                if let Some(camp) = camp {
                    world.get_mut::<Orders>(e).expect("orders").camp = Some(camp);
                }
            }
            OrderDef::Garrison(city) => {
                let here = world.get::<Location>(e).and_then(|l| l.standing_at());
                if here.is_some() && here == world.resource::<Map>().index(city) {
                    let effect =
                        crate::scenario::schema::Effect::Garrison { army: army_id(world, e), city: city.clone() };
                    super::script::effects::apply(world, &[effect], &Cause::Order { army: army_id(world, e) });
                }
            }
            _ => {}
        }
    }
}

fn army_id(world: &World, e: Entity) -> String {
    world.get::<Army>(e).map(|a| a.id.clone()).unwrap_or_default()
}
