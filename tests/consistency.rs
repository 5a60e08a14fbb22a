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

/// Plays a scenario under a policy that makes these choices and otherwise follows history.
fn play_with(scenario: &str, seed: u64, choices: &str) -> Sim {
    let s = builtin(scenario);
    let policy = choosing(&s, choices);
    jingkang::lab::play_out(s, seed, &policy).1
}

#[test]
fn the_river_guard_flees_without_a_battle_and_the_jin_cross_unopposed() {
    for seed in 1..=5 {
        let sim = play_with("first_siege", seed, "");
        let fled = entries_with(&sim, "army-flees-before");
        assert!(fled.iter().any(|e| e.place.as_deref() == Some("junzhou")), "seed {seed}: the guard stood at Junzhou");
        assert!(!sim.record().battles.contains_key("junzhou"), "seed {seed}: a battle at Junzhou");
        let crossing = entries_with(&sim, "event")
            .into_iter()
            .find(|e| e.text_arg("title") == Some("The Jin cross the Yellow River"));
        let text = crossing.and_then(|e| e.text_arg("text").map(str::to_string)).expect("the Jin crossed");
        assert!(text.contains("fled without a fight"), "seed {seed}: {text}");
    }
}

#[test]
fn under_the_treaty_the_withdrawing_jin_and_the_armies_in_their_way_let_each_other_pass() {
    for seed in 1..=5 {
        let sim = play_with("first_siege", seed, "");
        let treaty = sim.record().choices.iter().find(|c| c.decision == "jin_terms").map(|c| c.date).unwrap();
        // Yao Pingzhong's night raid is an order to fight.
        let raided: Vec<_> = sim
            .world()
            .resource::<Chronicle>()
            .entries
            .iter()
            .filter(|e| e.key.starts_with("raid"))
            .filter_map(|e| e.place.clone())
            .collect();
        let battles_after: Vec<_> =
            sim.record().battles.iter().filter(|(p, d)| **d > treaty && !raided.contains(p)).collect();
        assert!(battles_after.is_empty(), "seed {seed}: battles under the treaty without an order: {battles_after:?}");
        assert!(!entries_with(&sim, "truce-passage").is_empty(), "seed {seed}: nobody stood aside");
    }
    // An order to strike is obeyed: Li Gang's shadowing army fights.
    let fought = (1..=10).any(|seed| {
        let sim = play_with("first_siege", seed, "\"pursue_the_jin\": \"shadow_them\"");
        let treaty = sim.record().choices.iter().find(|c| c.decision == "jin_terms").map(|c| c.date).unwrap();
        sim.record().battles.values().any(|d| *d > treaty)
    });
    assert!(fought, "shadowing the Jin never came to a fight");
}

#[test]
fn a_card_opened_early_still_asks_only_about_the_world_shown() {
    for seed in 1..=8 {
        let sim = play_with("second_siege", seed, "\"guo_jing\": \"negotiate_now\", \"qingcheng\": \"fight_on\"");
        let fell = sim.record().capital_fell;
        for c in sim.record().choices.iter().filter(|c| c.decision == "qingcheng") {
            assert!(fell.is_some_and(|f| f <= c.date), "seed {seed}: Qingcheng on {} with the walls standing", c.date);
        }
        let over = sim.record().ended.clone().unwrap().0;
        if fell.is_none() {
            assert!(
                !["inner_city_stormed", "submission_at_qingcheng", "emperor_escapes"].contains(&over.as_str()),
                "seed {seed}: {over}"
            );
        }
    }
    for seed in 1..=8 {
        let sim = play_with("first_siege", seed, "\"flee_or_stay\": \"stay_li_gang\", \"jin_terms\": \"bargain\"");
        if let (Some(fell), Some(c)) =
            (sim.record().capital_fell, sim.record().choices.iter().find(|c| c.decision == "jin_terms_renewed"))
        {
            assert!(
                c.date < fell,
                "seed {seed}: the Jin ask for an answer on {} after the walls fell on {fell}",
                c.date
            );
        }
    }
}

#[test]
fn a_prince_already_in_the_jin_camp_is_not_handed_over_again() {
    for seed in 1..=4 {
        let sim = play_with("second_siege", seed, "\"prince_kang_envoy\": \"send_prince_jing\"");
        let given = entries_with(&sim, "status-changes");
        let jing = given
            .iter()
            .filter(|e| e.text_arg("status") == Some("hostage"))
            .filter(|e| e.text_arg("character").is_some_and(|c| c.contains("Prince Jing")))
            .count();
        assert_eq!(jing, 1, "seed {seed}: Prince Jing handed over {jing} times");
        // Half the time Zongwang sends him back with nothing; then he may well go again.
        let entries = &sim.world().resource::<Chronicle>().entries;
        let says = |text: &str| entries.iter().any(|e| e.args.values().any(|a| format!("{a:?}").contains(text)));
        if says("Zongwang keeps Prince Jing") {
            assert!(!says("Prince Jing and Xie Kejia"), "seed {seed}: he goes down the wall again");
        }
    }
}

#[test]
fn no_protest_at_the_palace_gate_while_the_court_is_away() {
    for seed in 1..=10 {
        let sim = play_with("first_siege", seed, "\"flee_or_stay\": \"flee_xiangyang\"");
        if sim.world().resource::<Court>().seat
            != sim.world().resource::<jingkang::sim::world::Map>().index("kaifeng").unwrap()
        {
            assert!(
                !sim.record().happened.contains_key("chen_dong_protest"),
                "seed {seed}: students march on an empty palace"
            );
        }
    }
}

#[test]
fn a_card_whose_window_has_closed_is_not_on_the_table_on_the_new_date() {
    let mut sim = Sim::new(builtin("first_siege"), 8);
    let scenario = sim.world().resource::<LoadedScenario>().clone();
    for _ in 0..30 {
        sim.execute(&Command::EndTurn).expect("turn runs");
        let date = sim.world().resource::<jingkang::sim::world::Clock>().date;
        for id in &sim.record().pending {
            let def = scenario.def.decisions.iter().find(|d| &d.id == id).unwrap();
            assert!(
                def.trigger.until.is_none_or(|u| date <= u),
                "{id} still open on {date}, past {:?}",
                def.trigger.until
            );
        }
        if sim.is_over() {
            break;
        }
    }
}

#[test]
fn a_siege_found_on_the_first_day_is_under_way_not_beginning() {
    for scenario in ["first_siege", "second_siege"] {
        let mut sim = Sim::new(builtin(scenario), 1);
        end_turns(&mut sim, 1);
        let underway = entries_with(&sim, "siege-underway");
        assert!(underway.iter().any(|e| e.text_arg("city").is_some_and(|c| c.starts_with("Taiyuan"))), "{scenario}");
        assert!(
            !entries_with(&sim, "siege-begins")
                .iter()
                .any(|e| e.text_arg("city").is_some_and(|c| c.starts_with("Taiyuan")))
        );
    }
}

#[test]
fn a_pursuer_that_reaches_the_bank_catches_the_jin_ferrying() {
    let policy = "\"flee_or_stay\": \"stay_li_gang\", \"yao_raid\": \"forbid_fighting\", \"pursue_the_jin\": \"strike_at_the_crossing\"";
    for seed in 1..=5 {
        let sim = play_with("first_siege", seed, policy);
        let caught = entries_with(&sim, "battle").into_iter().any(|e| {
            let words = format!("{:?}", e.args);
            e.place.as_deref() == Some("huazhou") && words.contains("Zhong Shidao")
        });
        assert!(caught, "seed {seed}: Zhong Shidao never caught the Jin at the crossing");
    }
}

#[test]
fn armies_sent_to_hold_a_crossing_town_meet_the_jin_in_the_field() {
    let fought = (1..=6)
        .filter(|seed| {
            let sim = play_with("second_siege", *seed, "\"recall_or_reinforce\": \"man_the_crossings\"");
            sim.record().battles.contains_key("huazhou")
        })
        .count();
    assert!(fought >= 4, "the crossing guard fought at Huazhou in only {fought} of 6 games");
}

#[test]
fn striking_the_jin_under_the_treaty_is_an_offence_they_remember() {
    let policy = "\"flee_or_stay\": \"stay_li_gang\", \"yao_raid\": \"wait_for_zhong\", \"pursue_the_jin\": \"strike_at_the_crossing\"";
    let sim = play_with("first_siege", 1, policy);
    let battle = entries_with(&sim, "battle").into_iter().find(|e| e.place.as_deref() == Some("huazhou"));
    let battle = battle.expect("the strike came to a battle at the crossing");
    let offence = entries_with(&sim, "grievance-truce").into_iter().find(|e| e.date == battle.date);
    assert!(offence.is_some(), "a battle sought under the treaty cost no grievance");
}

#[test]
fn when_the_north_is_given_up_the_jin_who_march_ask_for_submission_not_the_old_treaty() {
    for seed in 1..=30 {
        let sim = play_with("second_siege", seed, "\"north_of_the_river\": \"cede_the_north\"");
        if !sim.record().happened.contains_key("jin_march_on_capital") {
            continue;
        }
        let d = sim.world().resource::<Diplomacy>();
        let terms = d.terms.as_ref().map(|t| t.id.as_str());
        assert!(terms == Some("submission") || terms.is_none(), "seed {seed}: terms {terms:?} after the march");
        for e in entries_with(&sim, "withdraw-satisfied") {
            assert!(!format!("{:?}", e.args).contains("extracted-money"), "seed {seed}: money no one asked for");
        }
    }
}

#[test]
fn a_city_taken_is_announced_once_even_when_a_new_plan_starts_from_it() {
    // Taiyuan falls to Zonghan's blockade; the council's plan for the second invasion starts
    // again from "blockade Taiyuan", which he already holds: the chronicle says it once.
    let campaign = builtin("campaign");
    let lapsed = policy_from(&campaign, r#"Policy(scenario: "campaign", otherwise: Default)"#);
    let sim = jingkang::lab::play_out(campaign, 5, &lapsed).1;
    let taken: Vec<String> = entries_with(&sim, "goal-achieved")
        .iter()
        .filter(|e| e.text_arg("army") == Some("Jin Western Army"))
        .filter_map(|e| e.text_arg("city").map(str::to_owned))
        .collect();
    assert!(sim.record().happened.contains_key("jin_invasion_ordered"), "the Jin came again");
    assert_eq!(taken.iter().filter(|c| c.as_str() == "Taiyuan").count(), 1, "{taken:?}");
}
