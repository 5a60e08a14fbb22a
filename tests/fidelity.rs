//! The model against history: the historical choices give the historical outcome in most
//! seeds, near the historical dates, and other choices move the odds the way a historian
//! would expect.

mod common;

use jingkang::calendar::Date;
use jingkang::lab::{PolicyKind, Summary, run_batch};
use jingkang::scenario::{self, files, historical_policy, load_policy};

fn policy(scenario_id: &str, name: &str) -> PolicyKind {
    let s = common::builtin(scenario_id);
    if name == "historical" {
        return PolicyKind::Scripted(historical_policy(&s).unwrap());
    }
    let path = format!("{}/scenarios/policies/{name}.ron", env!("CARGO_MANIFEST_DIR"));
    PolicyKind::Scripted(load_policy(files::open_file(&path).unwrap(), &s).unwrap())
}

fn batch(scenario_id: &str, policy_name: &str, runs: usize) -> Summary {
    run_batch(common::builtin(scenario_id), 1, runs, &policy(scenario_id, policy_name)).0
}

fn count(s: &Summary, outcome: &str) -> usize {
    s.outcomes.get(outcome).copied().unwrap_or(0)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn first_siege_historical_choices_bring_a_treaty_withdrawal_near_early_march() {
    let s = batch("first_siege", "historical", 20);
    assert!(count(&s, "jin_withdrew_with_treaty") >= 15, "{s:#?}");
    assert!(s.capital_fallen_rate <= 0.2, "{s:#?}");
    // The Eastern Army had recrossed the Yellow River by about 5 March 1126.
    let days_off = s.median_end_date.days_since(date("1126-03-05")).abs();
    assert!(days_off <= 10, "median end {} is {days_off} days from 5 March", s.median_end_date);
}

#[test]
fn fleeing_the_capital_makes_disaster_far_likelier() {
    let history = batch("first_siege", "historical", 60);
    let flight = batch("first_siege", "first_siege_flight", 60);
    let disasters = |s: &Summary| count(s, "capital_fallen") + count(s, "emperor_captured");
    assert!(
        disasters(&flight) >= disasters(&history) + 10,
        "flight {:?} vs history {:?}",
        flight.outcomes,
        history.outcomes
    );
}

#[test]
fn li_gangs_way_often_sends_the_jin_home_without_a_treaty() {
    let history = batch("first_siege", "historical", 60);
    let li_gang = batch("first_siege", "first_siege_li_gang", 60);
    assert_eq!(count(&history, "jin_withdrew_without_treaty"), 0);
    assert!(count(&li_gang, "jin_withdrew_without_treaty") >= 10, "{:?}", li_gang.outcomes);
    assert!(li_gang.capital_fallen_rate <= 0.2);
}

#[test]
fn the_peace_partys_way_leaves_the_walls_weaker() {
    let history = batch("first_siege", "historical", 100);
    let peace = batch("first_siege", "first_siege_peace_party", 100);
    assert!(
        peace.capital_fallen_rate > history.capital_fallen_rate,
        "{} vs {}",
        peace.capital_fallen_rate,
        history.capital_fallen_rate
    );
}

#[test]
fn a_random_emperor_meets_every_kind_of_end() {
    let s = run_batch(common::builtin("first_siege"), 1, 300, &PolicyKind::Random).0;
    assert!(s.outcomes.len() >= 4, "{:?}", s.outcomes);
    let _ = scenario::open("first_siege").unwrap();
}

#[test]
fn second_siege_historical_choices_lose_the_capital_near_9_january_1127_after_taiyuan() {
    let scenario = common::builtin("second_siege");
    let (s, results) = run_batch(scenario.clone(), 1, 20, &policy("second_siege", "historical"));
    assert!(s.capital_fallen_rate >= 0.75, "{s:#?}");
    let fall = s.median_capital_fall_date.expect("the capital fell");
    let days_off = fall.days_since(date("1127-01-09")).abs();
    assert!(days_off <= 10, "median fall {fall} is {days_off} days from 9 January 1127");
    // Taiyuan fell first (21 September 1126), in every run where the capital fell.
    for r in results.iter().filter(|r| r.capital_fallen) {
        let (_, sim) = jingkang::lab::play_out(scenario.clone(), r.seed, &policy("second_siege", "historical"));
        let entries = &sim.world().resource::<jingkang::sim::chronicle::Chronicle>().entries;
        let taiyuan = entries
            .iter()
            .find(|e| e.place.as_deref() == Some("taiyuan") && matches!(e.key, "city-surrenders" | "walls-fall"))
            .map(|e| e.date)
            .expect("Taiyuan fell");
        assert!(
            taiyuan < r.capital_fall_date.unwrap(),
            "seed {}: Taiyuan fell on {taiyuan}, after the capital",
            r.seed
        );
        assert!(taiyuan.days_since(date("1126-09-21")).abs() <= 20, "seed {}: Taiyuan fell on {taiyuan}", r.seed);
    }
}

#[test]
fn without_the_divine_soldiers_the_capital_holds_out_longer() {
    let history = batch("second_siege", "historical", 30);
    let regulars = batch("second_siege", "second_siege_no_guo_jing", 30);
    let later =
        regulars.median_capital_fall_date.map_or(i32::MAX, |d| d.days_since(history.median_capital_fall_date.unwrap()));
    assert!(later >= 14, "only {later} days later: {:?}", regulars.outcomes);
}

#[test]
fn calling_the_armies_to_the_capital_gives_it_a_chance() {
    let history = batch("second_siege", "historical", 40);
    let armies = batch("second_siege", "second_siege_call_the_armies", 40);
    assert!(
        armies.capital_fallen_rate + 0.2 <= history.capital_fallen_rate,
        "{} vs {}",
        armies.capital_fallen_rate,
        history.capital_fallen_rate
    );
}

#[test]
fn keeping_the_first_treaty_mostly_avoids_a_second_siege() {
    let peace = batch("second_siege", "second_siege_keep_the_peace", 40);
    assert!(count(&peace, "uneasy_peace") >= 20, "{:?}", peace.outcomes);
    assert!(peace.capital_fallen_rate < 0.5);
}
