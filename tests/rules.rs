//! The rules of the model, through the real turn schedule, on a small test world.

mod common;

use common::*;
use jingkang::scenario::schema::OrderDef;
use jingkang::sim::Sim;
use jingkang::sim::chronicle::{Cause, Chronicle, Rule};
use jingkang::sim::commands::{Command, CommandError};
use jingkang::sim::script::flow::ChoiceError;
use jingkang::sim::world::{ArmyStatus, Court, Diplomacy, Map};

#[test]
fn the_horde_marches_to_its_camp_and_lays_siege() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    end_turns(&mut sim, 1);
    let (_, loc, _) = army(&sim, "horde");
    assert!(loc.is_moving() || place_of(&sim, "horde") != "north_city", "the horde sets out on the first turn");
    end_turns(&mut sim, 6);
    assert_eq!(place_of(&sim, "horde"), "camp");
    assert!(city(&sim, "south_city").siege.is_some(), "an army ordered to besiege from a camp besieges the city");
    let entries = &sim.world().resource::<Chronicle>().entries;
    let begins = entries.iter().find(|e| e.key == "siege-begins").expect("the siege is chronicled");
    assert_eq!(begins.cause, Cause::Rule { rule: Rule::Siege });
}

#[test]
fn ferrying_the_river_is_slower_than_marching_the_same_distance_by_road() {
    let scenario = fixture("crossing");
    let sim = Sim::new(scenario.clone(), 1);
    let map = sim.world().resource::<Map>();
    let rules = &scenario.def.rules;
    let by_ford = map.routes.iter().find(|r| r.kind == jingkang::scenario::schema::RouteKind::RiverCrossing).unwrap();
    let cost = jingkang::sim::rules::movement::route_cost(by_ford, rules);
    assert!(
        cost > by_ford.km + rules.march.ferry_days * rules.march.infantry_km_per_day * 0.99,
        "ferrying costs days on top of the distance"
    );
}

#[test]
fn a_starving_city_with_no_hope_surrenders() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    // The Hill Fort has four days of food: put the horde before it and wait.
    sim.execute(&Command::Order { army: "guard".into(), order: OrderDef::Hold }).unwrap();
    {
        let e = sim.world().resource::<jingkang::sim::world::Armies>()["horde"];
        let hills = sim.world().resource::<Map>().index("hills").unwrap();
        let world = sim.world_mut();
        world.get_mut::<jingkang::sim::world::Plan>(e).unwrap().goals =
            vec![jingkang::scenario::schema::GoalDef::Blockade("hills".into())].into();
        *world.get_mut::<jingkang::sim::world::Location>(e).unwrap() = jingkang::sim::world::Location::at(hills);
    }
    end_turns(&mut sim, 20);
    let keys = chronicle_keys(&sim);
    assert!(keys.contains(&"food-runs-out"), "{keys:?}");
    assert!(!keys.contains(&"assault-carries"), "a blockade never storms the walls: {keys:?}");
    assert_eq!(city(&sim, "hills").controller, jingkang::scenario::schema::Side::Jin, "the fort has fallen: {keys:?}");
}

#[test]
fn terms_appear_as_a_decision_and_the_choice_is_chronicled_with_its_cause() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    for _ in 0..15 {
        if sim.record().pending.contains(&"terms".to_string()) {
            break;
        }
        end_turns(&mut sim, 1);
    }
    assert_eq!(sim.record().pending, vec!["terms".to_string()]);
    let silver_before = sim.world().resource::<Court>().treasury.silver;
    sim.execute(&Command::Choose { decision: "terms".into(), option: "pay".into() }).unwrap();
    assert!(sim.record().pending.is_empty());
    assert!(sim.world().resource::<Court>().treasury.silver < silver_before, "paying empties the treasury");
    assert!(sim.world().resource::<Diplomacy>().paid.silver > 0.0);
    let entries = &sim.world().resource::<Chronicle>().entries;
    let paid = entries.iter().find(|e| e.key == "indemnity-paid").unwrap();
    assert_eq!(paid.cause, Cause::Decision { decision: "terms".into(), option: "pay".into() });
    // The same decision cannot be taken twice.
    let again = sim.execute(&Command::Choose { decision: "terms".into(), option: "pay".into() });
    assert_eq!(again, Err(CommandError::Choice(ChoiceError::NotPending("terms".into()))));
}

#[test]
fn a_besieger_facing_a_relief_army_several_times_its_size_withdraws() {
    let mut sim = Sim::new(fixture("crossing"), 3);
    end_turns(&mut sim, 7);
    assert!(city(&sim, "south_city").siege.is_some());
    // A great relief army appears beside the city.
    let relief = jingkang::scenario::schema::Effect::SpawnArmy(jingkang::scenario::schema::ArmyDef {
        id: "relief".into(),
        name: "Relief".into(),
        plural: false,
        side: jingkang::scenario::schema::Side::Song,
        commander: None,
        location: "south_city".into(),
        troops: jingkang::scenario::schema::Troops { infantry: 150000, ..Default::default() },
        training: jingkang::scenario::bounded::Percent::new(50.0),
        morale: jingkang::scenario::bounded::Percent::new(60.0),
        supply: 30.0,
        order: OrderDef::Hold,
        player_controlled: true,
        plan: vec![],
    });
    jingkang::sim::script::effects::apply(sim.world_mut(), &[relief], &Cause::Scenario);
    end_turns(&mut sim, 12);
    let keys = chronicle_keys(&sim);
    assert!(keys.contains(&"withdraw-threatened"), "{keys:?}");
    assert_eq!(sim.record().ended.as_ref().map(|(id, _)| id.as_str()), Some("withdrew"));
}

#[test]
fn orders_to_armies_that_are_not_the_players_are_refused() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    let r = sim.execute(&Command::Order { army: "horde".into(), order: OrderDef::Hold });
    assert_eq!(r, Err(CommandError::NotYours("horde".into())));
    let r = sim.execute(&Command::Order { army: "guard".into(), order: OrderDef::MoveTo("atlantis".into()) });
    assert_eq!(r, Err(CommandError::NoSuchPlace("atlantis".into())));
    let r = sim.execute(&Command::Order { army: "nobody".into(), order: OrderDef::Hold });
    assert_eq!(r, Err(CommandError::NoSuchArmy("nobody".into())));
}

#[test]
fn a_player_army_ordered_to_a_place_goes_there_by_the_mountain_road() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    sim.execute(&Command::Order { army: "guard".into(), order: OrderDef::MoveTo("hills".into()) }).unwrap();
    end_turns(&mut sim, 3);
    assert_eq!(place_of(&sim, "guard"), "hills");
    let (guard, _, _) = army(&sim, "guard");
    assert_eq!(guard.state, ArmyStatus::Active);
}

#[test]
fn commands_sent_as_messages_are_carried_out_on_update() {
    let mut sim = Sim::new(fixture("crossing"), 1);
    sim.app.world_mut().write_message(Command::EndTurn);
    sim.app.world_mut().write_message(Command::Order { army: "horde".into(), order: OrderDef::Hold });
    sim.app.update();
    let world = sim.world();
    assert_eq!(world.resource::<jingkang::sim::world::Clock>().turn, 2, "the turn ended");
    let refused = &world.resource::<jingkang::sim::commands::RefusedCommands>().0;
    assert_eq!(refused.len(), 1, "the order to a Jin army was refused and kept for the UI");
}

#[test]
fn every_chronicle_entry_has_a_cause_a_student_can_read() {
    let scenario = builtin("first_siege");
    let policy =
        jingkang::lab::PolicyKind::Scripted(Box::new(jingkang::scenario::historical_policy(&scenario).unwrap()));
    let (_, sim) = jingkang::lab::play_out(scenario.clone(), 7, &policy);
    let locale = jingkang::words::Locale::english();
    let entries = &sim.world().resource::<Chronicle>().entries;
    assert!(entries.len() > 30);
    for e in entries {
        let text = locale.entry(e);
        assert!(!text.contains('{') && text != e.key, "entry {} did not render: {text}", e.key);
        assert!(!locale.cause(&e.cause, sim.world()).is_empty());
    }
}

#[test]
fn the_yellow_river_of_1126_can_be_crossed_only_at_its_crossings() {
    use jingkang::scenario::schema::RouteKind;
    let mut s = (*builtin("first_siege")).clone();
    let reach = |d: &jingkang::scenario::schema::ScenarioFile| {
        jingkang::scenario::validate::reachable(d, "kaifeng").into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let all = reach(&s.def);
    for north in ["taiyuan", "zhending", "yanjing", "datong", "junzhou"] {
        assert!(all.contains(&north.to_string()), "{north} is on the map");
    }
    s.def.routes.retain(|r| r.kind != RouteKind::RiverCrossing);
    let south = reach(&s.def);
    for north in ["taiyuan", "zhending", "yanjing", "datong", "junzhou", "daming", "xiangzhou"] {
        assert!(!south.contains(&north.to_string()), "{north} is reachable from Kaifeng without crossing the river");
    }
    for side in ["huazhou", "zhengzhou", "luoyang", "yingtian"] {
        assert!(south.contains(&side.to_string()), "{side} lies south of the river");
    }
}

#[test]
fn men_muster_out_of_a_garrison_into_an_army_standing_in_the_city_and_nowhere_else() {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let muster = r#"events: [
        (id: "muster", title: "The garrison marches out", text: "Men of the walls join the field army.", trigger: (),
         effects: [
            Muster(city: "south_city", army: "guard", troops: (infantry: 3000, cavalry: 50)),
            Muster(city: "hills", army: "guard", troops: (infantry: 100)),
         ]),"#;
    let text = text.replacen("events: [", muster, 1);
    let file = jingkang::scenario::files::SourceText::in_memory("muster.ron", text);
    let scenario = std::sync::Arc::new(jingkang::scenario::load_scenario(file).unwrap_or_else(|d| panic!("{d}")));
    let sim = Sim::new(scenario, 1);
    let (guard, _, _) = army(&sim, "guard");
    // The guard stands in South City: 3,000 of its 20,000 foot join it; it has no horse to give.
    assert_eq!((guard.troops.infantry, guard.troops.cavalry), (8000, 0));
    assert_eq!(city(&sim, "south_city").garrison.infantry, 17000);
    // The guard is not at the Hill Fort: nobody moves, and the chronicle says why.
    assert_eq!(city(&sim, "hills").garrison.infantry, 500);
    let keys = chronicle_keys(&sim);
    assert!(keys.contains(&"muster") && keys.contains(&"muster-missed"), "{keys:?}");
}
