//! What a playtest off the historical path found: the card, its forecast, the chronicle and the
//! world must agree. Each case through the real turn schedule.

mod common;

use common::*;
use jingkang::scenario::schema::{Condition, Effect, OrderDef, Side, Troops};
use jingkang::sim::Sim;
use jingkang::sim::chronicle::{Cause, Chronicle, Entry};
use jingkang::sim::commands::{Command, CommandError};
use jingkang::sim::orders::Refusal;
use jingkang::sim::script::effects::apply;
use jingkang::sim::script::record::LoadedScenario;
use jingkang::sim::world::{Court, Diplomacy};
use jingkang::words::Locale;
use jingkang::words::forecast::forecast;

fn effect(sim: &mut Sim, e: Effect) {
    apply(sim.world_mut(), &[e], &Cause::Scenario);
}

fn entries_with(sim: &Sim, key: &str) -> Vec<Entry> {
    sim.world().resource::<Chronicle>().entries.iter().filter(|e| e.key == key).cloned().collect()
}

fn forecast_lines(sim: &Sim, effects: &[Effect]) -> Vec<String> {
    forecast(sim.world(), &Locale::english(), effects).into_iter().map(|l| l.text).collect()
}

fn option_effects(sim: &Sim, decision: &str, option: &str) -> Vec<Effect> {
    let scenario = sim.world().resource::<LoadedScenario>();
    let d = scenario.def.decisions.iter().find(|d| d.id == decision).expect("decision");
    d.options.iter().find(|o| o.id == option).expect("option").effects.clone()
}

/// Plays the first siege's turns until the decision is on the table.
fn until_pending(sim: &mut Sim, decision: &str) {
    for _ in 0..60 {
        if sim.record().pending.iter().any(|d| d == decision) {
            return;
        }
        sim.execute(&Command::EndTurn).expect("turn runs");
    }
    panic!("{decision} never arose");
}

#[test]
fn the_escort_the_card_promises_is_the_escort_that_rides() {
    let mut sim = Sim::new(builtin("first_siege"), 5);
    until_pending(&mut sim, "flee_or_stay");
    let effects = option_effects(&sim, "flee_or_stay", "flee_xiangyang");
    let promised = forecast_lines(&sim, &effects)
        .into_iter()
        .find(|l| l.contains("men of escort"))
        .expect("the card says how many men ride with the court");
    sim.execute(&Command::Choose { decision: "flee_or_stay".into(), option: "flee_xiangyang".into() }).unwrap();
    let set_out = &entries_with(&sim, "court-sets-out")[0];
    let men = jingkang::words::format_number(set_out.number_arg("escort").expect("the chronicle says how many"));
    assert!(
        promised.contains(&format!("with {men} men of escort")),
        "the card said “{promised}”, the court rode with {men}"
    );
}

#[test]
fn only_hostages_the_jin_hold_are_forecast_as_released() {
    let mut sim = Sim::new(builtin("first_siege"), 1);
    let release = [Effect::ReleaseHostage("zhao_gou".into())];
    assert!(forecast_lines(&sim, &release).is_empty(), "a prince at home is forecast as released");
    effect(&mut sim, Effect::SendHostage("zhao_gou".into()));
    assert_eq!(forecast_lines(&sim, &release), vec!["Prince Kang (Zhao Gou) is released".to_string()]);
}

#[test]
fn a_forecast_shows_the_branch_the_world_will_take_when_the_option_is_chosen() {
    let sim = Sim::new(builtin("first_siege"), 1);
    use jingkang::scenario::schema::TreatyState;
    let grievance = Effect::Grievance(jingkang::scenario::bounded::Bounded::new(5.0));
    let conditional =
        [Effect::If { when: Condition::Treaty(TreatyState::Accepted), then: vec![], otherwise: vec![grievance] }];
    // No treaty at the start: the "otherwise" branch is what will happen, and nothing is
    // written as a condition the player would have to evaluate.
    assert_eq!(sim.world().resource::<Diplomacy>().treaty, TreatyState::None);
    let lines = forecast_lines(&sim, &conditional);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("Jin grievance"), "{lines:?}");
}

#[test]
fn forbidding_all_fighting_refuses_attacks_and_stands_the_armies_down() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    let def = jingkang::scenario::schema::ArmyDef {
        id: "hotheads".into(),
        name: "The Hotheads".into(),
        plural: true,
        side: Side::Song,
        commander: None,
        location: "south_city".into(),
        troops: Troops { infantry: 5000, ..Troops::default() },
        training: jingkang::scenario::bounded::Percent::new(50.0),
        morale: jingkang::scenario::bounded::Percent::new(60.0),
        supply: 20.0,
        order: OrderDef::Attack("north_city".into()),
        player_controlled: true,
        plan: vec![],
    };
    effect(&mut sim, Effect::SpawnArmy(def));
    effect(&mut sim, Effect::SetFlag(jingkang::sim::orders::NO_FIGHTING.into()));
    sim.execute(&Command::EndTurn).unwrap();
    assert_eq!(army(&sim, "hotheads").2.order, OrderDef::Hold, "an army sent to fight kept marching");
    let line = Locale::english().entry(&entries_with(&sim, "army-stands-down")[0]);
    assert_eq!(line, "The Hotheads stand down: the emperor has forbidden all fighting.");
    let attack = Command::Order { army: "hotheads".into(), order: OrderDef::Attack("north_city".into()) };
    match sim.execute(&attack) {
        Err(CommandError::Refused { reason: Refusal::FightingForbidden, .. }) => {}
        other => panic!("an attack was not refused under the ban: {other:?}"),
    }
    effect(&mut sim, Effect::ClearFlag(jingkang::sim::orders::NO_FIGHTING.into()));
    sim.execute(&attack).expect("once the ban is lifted the attack is accepted");
}

#[test]
fn a_commission_is_held_alongside_an_office_and_a_promotion_leaves_the_old_post() {
    let mut sim = Sim::new(builtin("first_siege"), 1);
    until_pending(&mut sim, "flee_or_stay");
    sim.execute(&Command::Choose { decision: "flee_or_stay".into(), option: "stay_li_gang".into() }).unwrap();
    let court = sim.world().resource::<Court>();
    let held: Vec<&str> =
        court.offices.iter().filter(|o| o.holder.as_deref() == Some("li_gang")).map(|o| o.id.as_str()).collect();
    assert_eq!(held, vec!["right_assistant_director", "defence_commissioner"], "Li Gang's posts");
}

#[test]
fn an_edict_for_a_city_the_jin_already_hold_recognises_it_and_hands_nothing_over() {
    let mut sim = Sim::new(builtin("first_siege"), 1);
    effect(&mut sim, Effect::Capture { city: "zhongshan".into(), side: Side::Jin });
    effect(&mut sim, Effect::Cede("zhongshan".into()));
    assert!(entries_with(&sim, "cession-ordered").is_empty());
    assert_eq!(entries_with(&sim, "cession-recognised").len(), 1);
    assert!(sim.world().resource::<Diplomacy>().awaiting_handover.is_empty());
}

#[test]
fn the_jin_say_what_they_carry_home_in_the_same_terms_as_the_payments() {
    let scenario = builtin("first_siege");
    let policy = jingkang::lab::PolicyKind::resolve("historical", &scenario).unwrap();
    let (_, sim) = jingkang::lab::play_out(scenario, 1, &policy);
    let line = Locale::english().entry(&entries_with(&sim, "withdraw-satisfied")[0]);
    let paid = Locale::english().entry(&entries_with(&sim, "indemnity-paid")[0]);
    let share = paid.split('(').nth(1).and_then(|s| s.split('%').next()).expect("the payment gives its share");
    assert!(line.contains("the treaty signed"), "{line}");
    assert!(line.contains(&format!("{share}% of the indemnity")), "“{line}” against “{paid}”");
    assert!(!line.contains("of the demands met"), "{line}");
}
