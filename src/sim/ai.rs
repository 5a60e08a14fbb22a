//! The Jin commanders: each army follows the goals of its plan, in order, judging from the
//! state of the world (not the calendar) when a goal is won, when to storm, and when to go home.

use super::chronicle::{Cause, Chronicle, Entry, Phrase, Rule};
use super::rules::siege::besiegers;
use super::script::conditions::{holds, jin_satisfaction, troops_near};
use super::script::effects::give_order;
use super::world::*;
use crate::scenario::schema::{GoalDef, OrderDef, Side, WithdrawRule};
use bevy::prelude::*;

/// Why a commander decided to go home: what weighed most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WithdrawReason {
    /// Paid, with hostages and cessions.
    Satisfied,
    /// Out of food.
    Hungry,
    /// So outnumbered that staying risks being cut off.
    Threatened,
    /// Too long before the walls.
    Impatient,
}

impl WithdrawReason {
    fn key(self) -> &'static str {
        match self {
            WithdrawReason::Satisfied => "withdraw-satisfied",
            WithdrawReason::Hungry => "withdraw-hungry",
            WithdrawReason::Threatened => "withdraw-threatened",
            WithdrawReason::Impatient => "withdraw-impatient",
        }
    }
}

/// Enemy field troops near the army, as a multiple of its own.
pub fn danger(world: &World, army: Entity, rule: &WithdrawRule) -> f32 {
    let (Some(a), Some(loc)) = (world.get::<Army>(army), world.get::<Location>(army)) else { return 0.0 };
    troops_near(world, a.side.enemy(), loc.at, rule.threat_km) as f32 / a.troops.total().max(1) as f32
}

/// A commander's weighing of going home, each cause as points: what he has extracted against
/// what would satisfy him, the enemy near against the danger he will bear (squared: twice the
/// danger he accepts weighs four points), his food, his men's heart, the days before the walls
/// against his patience, and the season. He goes home with a
/// chance that rises smoothly with the sum (even at `withdraw_even`).
#[derive(Clone, Debug, PartialEq)]
pub struct Weighing {
    pub satisfaction: f32,
    pub danger: f32,
    pub hunger: f32,
    pub shaken: f32,
    pub patience: f32,
    pub season: f32,
}

impl Weighing {
    pub fn sum(&self) -> f32 {
        self.satisfaction + self.danger + self.hunger + self.shaken + self.patience + self.season
    }

    /// What weighed most.
    pub fn reason(&self) -> WithdrawReason {
        let causes = [
            (self.satisfaction, WithdrawReason::Satisfied),
            (self.danger + self.shaken, WithdrawReason::Threatened),
            (self.hunger, WithdrawReason::Hungry),
            (self.patience + self.season, WithdrawReason::Impatient),
        ];
        causes.iter().max_by(|a, b| a.0.total_cmp(&b.0)).map_or(WithdrawReason::Satisfied, |c| c.1)
    }
}

pub fn weigh_withdrawal(world: &World, army: Entity, rule: &WithdrawRule, goal_place: Option<usize>) -> Weighing {
    let w = &world.resource::<RuleBook>().withdraw;
    let a = world.get::<Army>(army).expect("army");
    let date = world.resource::<Clock>().date;
    let waited = goal_place
        .and_then(|p| world.get::<City>(world.resource::<Map>().entities[p]))
        .and_then(|c| c.siege.as_ref())
        .map_or(0.0, |s| date.days_since(s.since) as f32);
    let (year, month, _) = date.ymd();
    let homeward_days = if (w.homeward_from_month..=w.homeward_to_month).contains(&month) {
        crate::calendar::Date::from_ymd(year, w.homeward_from_month, 1).map_or(0, |d| date.days_since(d))
    } else {
        0
    };
    Weighing {
        satisfaction: w.satisfaction_weight * jin_satisfaction(world) / rule.satisfied_at.get().max(0.01),
        danger: (danger(world, army, rule) / rule.danger_ratio.max(0.01)).powi(2),
        hunger: ((w.hungry_below_days - a.supply) / w.hungry_below_days.max(0.01)).max(0.0),
        shaken: ((w.shaken_morale - a.morale) / 20.0).max(0.0),
        patience: rule.patience_days.map_or(0.0, |days| waited / days.max(1) as f32),
        season: w.homeward_per_day * homeward_days as f32,
    }
}

/// Whether the army goes home this turn, and the weighing behind it.
pub fn should_withdraw(
    world: &mut World,
    army: Entity,
    rule: &WithdrawRule,
    goal_place: Option<usize>,
) -> Option<Weighing> {
    let weighing = weigh_withdrawal(world, army, rule, goal_place);
    let w = world.resource::<RuleBook>().withdraw.clone();
    let chance = crate::sim::rng::rising_chance(weighing.sum(), w.withdraw_even, w.withdraw_spread);
    world.resource_mut::<crate::sim::rng::SimRng>().chance(chance).then_some(weighing)
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
        let idle = |a: &Army| !a.is_in_play() || a.player_controlled;
        if world.get::<Army>(e).is_none_or(idle) || world.get::<ImperialTrain>(e).is_some() {
            continue;
        }
        let (Some(army), Some(plan)) = (world.get::<Army>(e).cloned(), world.get::<Plan>(e).cloned()) else { continue };
        let cause = Cause::Plan { army: army.id.clone() };
        // Going home is weighed every turn of the campaign against the enemy capital (the
        // `Invest` goal), whatever the army is doing; before it, the army is not yet on it,
        // and it is not weighed at all until what the army will not leave without holds.
        let withdraw_at = plan.goals.iter().position(|g| matches!(g, GoalDef::Withdraw(_)));
        let campaigning = matches!(plan.goals.get(plan.current), Some(GoalDef::Invest { .. }));
        if let Some(w) = withdraw_at
            && plan.current < w
            && campaigning
            && let GoalDef::Withdraw(rule) = &plan.goals[w]
            && crate::sim::script::conditions::holds(world, &rule.stays_until)
        {
            let besieged =
                plan.goals.get(plan.current).and_then(goal_city).and_then(|id| world.resource::<Map>().index(&id));
            if let Some(weighing) = should_withdraw(world, e, rule, besieged) {
                let danger = danger(world, e, rule);
                let reason = weighing.reason();
                world.get_mut::<Plan>(e).expect("plan").current = w;
                // Hostages go north with the army.
                let hostages: Vec<String> = world.resource::<Diplomacy>().hostages.iter().cloned().collect();
                world.get_mut::<Army>(e).expect("army").carrying = hostages;
                let to = world
                    .resource::<Map>()
                    .index(&rule.to)
                    .map(|i| world.resource::<Map>().names[i].clone())
                    .unwrap_or_default();
                let supply = army.supply.max(0.0).round();
                note(
                    world,
                    Entry::new(reason.key(), cause.clone())
                        .army(&army)
                        .arg("to", to)
                        .arg("danger", (danger * 10.0).round() / 10.0)
                        .arg("extracted", extracted(world))
                        .arg("food", supply)
                        .arg("weighed", weighing_phrases(&weighing)),
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

/// What the Jin have extracted, item by item, as the chronicle says it.
fn extracted(world: &World) -> Vec<Phrase> {
    let d = world.resource::<Diplomacy>();
    let Some(terms) = &d.terms else { return vec![Phrase::new("extracted-nothing")] };
    let mut out = Vec::new();
    if d.treaty == crate::scenario::schema::TreatyState::Accepted {
        out.push(Phrase::new("extracted-treaty"));
    }
    let held = d.hostages.len() as u32;
    if terms.hostages > 0 && held > 0 {
        let key = if held >= terms.hostages { "extracted-hostages-all" } else { "extracted-hostages" };
        let count = crate::sim::chronicle::Arg::Count(terms.hostages as i64);
        out.push(Phrase::new(key).arg("held", held).arg("asked", terms.hostages).arg("asked_n", count));
    }
    let ceded = terms.cede.iter().filter(|c| d.ceded.contains(*c)).count() as u32;
    if ceded > 0 {
        let asked = terms.cede.len() as u32;
        let key = if ceded >= asked { "extracted-cessions-all" } else { "extracted-cessions" };
        out.push(Phrase::new(key).arg("ceded", ceded).arg("asked", asked));
    }
    let paid = (d.paid_fraction() * 100.0).round();
    let asked_money = crate::sim::world::value(&terms.indemnity) > 0.0;
    if asked_money && paid > 0.0 {
        out.push(Phrase::new("extracted-money").arg("share", paid));
    }
    if out.is_empty() {
        out.push(Phrase::new("extracted-nothing"));
    }
    out
}

/// The weighing as phrases for the chronicle, leaving out what weighed nothing.
fn weighing_phrases(w: &Weighing) -> Vec<Phrase> {
    [
        ("weigh-satisfaction", w.satisfaction),
        ("weigh-danger", w.danger),
        ("weigh-hunger", w.hunger),
        ("weigh-shaken", w.shaken),
        ("weigh-patience", w.patience),
        ("weigh-season", w.season),
    ]
    .into_iter()
    .filter(|(_, v)| *v >= 0.05)
    .map(|(key, v)| Phrase::new(key).arg("points", (v * 10.0).round() / 10.0))
    .collect()
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
                    // Only a city it was besieging is news: a new plan that starts from a city
                    // already held (Taiyuan, for the second invasion) passes it in silence.
                    let besieging = world.get::<Orders>(e).is_some_and(|o| o.order == OrderDef::Besiege(id.clone()));
                    if besieging {
                        let name = world.resource::<Map>().index(id).map(|i| world.resource::<Map>().names[i].clone());
                        let entry = Entry::new("goal-achieved", cause.clone()).army(army);
                        note(world, entry.arg("city", name.unwrap_or_default()));
                    }
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
/// to it and, once there, fights the besiegers; pursuers keep after their quarry. While the
/// emperor forbids fighting, armies sent to fight stand where they are.
pub fn song_field_orders(world: &mut World) {
    let armies: Vec<Entity> = world.resource::<Armies>().values().copied().collect();
    let forbidden = world.resource::<Flags>().contains(crate::sim::orders::NO_FIGHTING);
    for e in armies {
        let in_song_field = |a: &Army| a.side == Side::Song && a.is_in_play();
        if !world.get::<Army>(e).is_some_and(in_song_field) || world.get::<ImperialTrain>(e).is_some() {
            continue;
        }
        let Some(army) = world.get::<Army>(e).cloned() else { continue };
        let Some(orders) = world.get::<Orders>(e).cloned() else { continue };
        if forbidden && crate::sim::orders::is_fighting(&orders.order) {
            give_order(world, e, OrderDef::Hold, OrderSource::Given);
            note(world, Entry::new("army-stands-down", Cause::Rule { rule: Rule::Orders }).army(&army));
            continue;
        }
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
