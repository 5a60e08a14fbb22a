//! The model against history: the historical choices give the historical outcome near the
//! historical dates in nearly every seed, and other choices move the odds the way the sources
//! argue (docs/model.md gives the argument for each direction). No single small choice turns
//! a disaster into a near-certain rescue.

mod common;

use jingkang::calendar::Date;
use jingkang::lab::{PolicyKind, RunResult, Summary, run_batch};
use jingkang::scenario::Scenario;
use jingkang::sim::chronicle::Chronicle;
use std::sync::Arc;

fn policy(scenario: &Scenario, name: &str) -> PolicyKind {
    PolicyKind::resolve(name, scenario).unwrap_or_else(|d| panic!("{name}: {d}"))
}

fn batch(scenario_id: &str, policy_name: &str, runs: usize) -> (Summary, Vec<RunResult>) {
    let s = common::builtin(scenario_id);
    let p = policy(&s, policy_name);
    run_batch(s, 1, runs, &p)
}

fn count(s: &Summary, outcome: &str) -> usize {
    s.outcomes.get(outcome).copied().unwrap_or(0)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn rate(results: &[RunResult], f: impl Fn(&RunResult) -> bool) -> f64 {
    results.iter().filter(|r| f(r)).count() as f64 / results.len() as f64
}

fn mean(results: &[RunResult], f: impl Fn(&RunResult) -> f64) -> f64 {
    results.iter().map(f).sum::<f64>() / results.len() as f64
}

#[test]
fn in_the_first_siege_the_historical_choices_keep_the_capital_and_see_the_jin_go_near_5_march_1126() {
    let (_, results) = batch("first_siege", "historical", 100);
    // The Eastern Army had recrossed the Yellow River by about 5 March 1126.
    let near = rate(&results, |r| {
        !r.capital_fallen
            && r.outcome.starts_with("jin_withdrew")
            && r.end_date.days_since(date("1126-03-05")).abs() <= 10
    });
    assert!(
        near >= 0.9,
        "only {:.0}% of seeds hold the capital and see the Jin go within 10 days of 5 March",
        near * 100.0
    );
}

#[test]
fn in_the_second_siege_the_historical_choices_lose_the_walls_near_9_january_1127_after_taiyuan() {
    let scenario = common::builtin("second_siege");
    let historical = policy(&scenario, "historical");
    let (_, results) = run_batch(scenario.clone(), 1, 100, &historical);
    let near = rate(&results, |r| r.capital_fall_date.is_some_and(|d| d.days_since(date("1127-01-09")).abs() <= 10));
    assert!(near >= 0.9, "only {:.0}% of seeds lose the walls within 10 days of 9 January 1127", near * 100.0);
    // Taiyuan fell first (21 September 1126), in every run where the capital fell.
    for r in results.iter().filter(|r| r.capital_fallen).take(30) {
        let (_, sim) = jingkang::lab::play_out(scenario.clone(), r.seed, &historical);
        let entries = &sim.world().resource::<Chronicle>().entries;
        let taiyuan = entries
            .iter()
            .find(|e| e.place.as_deref() == Some("taiyuan") && matches!(e.key, "city-surrenders" | "city-stormed"))
            .map(|e| e.date)
            .expect("Taiyuan fell");
        assert!(
            taiyuan < r.capital_fall_date.unwrap(),
            "seed {}: Taiyuan fell on {taiyuan}, after the capital",
            r.seed
        );
        assert!(taiyuan.days_since(date("1126-09-21")).abs() <= 15, "seed {}: Taiyuan fell on {taiyuan}", r.seed);
    }
}

#[test]
fn fleeing_costs_the_capital_but_a_capital_left_to_li_gang_mostly_holds() {
    let (_, history) = batch("first_siege", "historical", 100);
    let (flight, results) = batch("first_siege", "first_siege_flight", 100);
    let disasters = |s: &[RunResult]| rate(s, |r| r.capital_fallen || r.outcome == "emperor_captured");
    assert!(disasters(&results) > disasters(&history) + 0.05, "flight {:?}", flight.outcomes);
    // Zong Ze held Kaifeng for a year after the court left: walls, food and a resolute
    // commander are enough for a while.
    assert!(flight.capital_fallen_rate <= 0.3, "{:?}", flight.outcomes);
    // The policy leaves while the Jin are still at the river, as Huizong did, and like him it
    // gets away: the road is dangerous only with Jin horse within reach (tests/consequences.rs).
    assert!(count(&flight, "emperor_captured") <= 5, "{:?}", flight.outcomes);
}

#[test]
fn li_gangs_way_often_sends_the_jin_home_without_a_treaty_and_leaves_a_grievance() {
    let (history, hist_runs) = batch("first_siege", "historical", 100);
    let (li_gang, runs) = batch("first_siege", "first_siege_li_gang", 100);
    assert_eq!(count(&history, "jin_withdrew_without_treaty"), 0);
    assert!(count(&li_gang, "jin_withdrew_without_treaty") >= 30, "{:?}", li_gang.outcomes);
    assert!(li_gang.capital_fallen_rate <= 0.15, "{:?}", li_gang.outcomes);
    let grievance = |rs: &[RunResult]| mean(rs, |r| r.final_state.grievance as f64);
    assert!(grievance(&runs) > grievance(&hist_runs) + 5.0, "refusing costs nothing in Jin grievance");
}

#[test]
fn the_peace_partys_way_leaves_the_walls_weaker() {
    let (history, _) = batch("first_siege", "historical", 100);
    let (peace, _) = batch("first_siege", "first_siege_peace_party", 100);
    assert!(peace.capital_fallen_rate > history.capital_fallen_rate, "{:?} vs {:?}", peace.outcomes, history.outcomes);
}

#[test]
fn a_random_emperor_meets_every_kind_of_end() {
    for id in ["first_siege", "second_siege"] {
        let s = run_batch(common::builtin(id), 1, 300, &PolicyKind::Random).0;
        assert!(s.outcomes.len() >= 4, "{id}: {:?}", s.outcomes);
    }
}

#[test]
fn without_the_divine_soldiers_the_capital_holds_out_weeks_longer_but_still_mostly_falls() {
    let (history, _) = batch("second_siege", "historical", 60);
    let (regulars, _) = batch("second_siege", "second_siege_no_guo_jing", 60);
    let later =
        regulars.median_capital_fall_date.map_or(i32::MAX, |d| d.days_since(history.median_capital_fall_date.unwrap()));
    assert!(later >= 21, "only {later} days later: {:?}", regulars.outcomes);
    // The gate hastened an end that the blockade made likely.
    assert!(regulars.capital_fallen_rate >= 0.7, "{:?}", regulars.outcomes);
}

#[test]
fn manning_the_crossings_is_no_rescue_when_the_river_army_melts_away() {
    let (s, _) = batch("second_siege", "second_siege_man_the_crossings", 60);
    assert!(s.capital_fallen_rate >= 0.6, "the crossings save the city: {:?}", s.outcomes);
}

#[test]
fn without_the_wax_letter_the_jin_still_come_south() {
    let (_, results) = batch("second_siege", "second_siege_no_letter", 60);
    let invaded = rate(&results, |r| r.outcome != "uneasy_peace");
    assert!(invaded >= 0.8, "the three towns were grievance enough, but the Jin came in only {:.0}%", invaded * 100.0);
}

#[test]
fn calling_the_armies_delays_the_fall() {
    let (history, _) = batch("second_siege", "historical", 60);
    let (armies, _) = batch("second_siege", "second_siege_call_the_armies", 60);
    let later = match (armies.median_capital_fall_date, history.median_capital_fall_date) {
        (Some(a), Some(h)) => a.days_since(h),
        (None, _) => i32::MAX,
        _ => 0,
    };
    assert!(later >= 14 || armies.capital_fallen_rate + 0.2 <= history.capital_fallen_rate, "{:?}", armies.outcomes);
}

#[test]
fn keeping_the_first_treaty_makes_a_second_siege_much_less_likely_but_not_impossible() {
    let (history, _) = batch("second_siege", "historical", 100);
    let (peace, _) = batch("second_siege", "second_siege_keep_the_peace", 100);
    assert!(peace.capital_fallen_rate + 0.4 <= history.capital_fallen_rate, "{:?}", peace.outcomes);
    assert!(peace.capital_fallen_rate >= 0.1, "the towns refuse and the Jin never come: {:?}", peace.outcomes);
}

/// The second siege with a different starting grievance.
fn with_grievance(delta: f32) -> Arc<Scenario> {
    let mut s = (*common::builtin("second_siege")).clone();
    let g = s.def.diplomacy().grievance.get() + delta;
    s.def.diplomacy_def.get_or_insert_default().grievance = jingkang::scenario::bounded::Percent::new(g);
    Arc::new(s)
}

#[test]
fn a_small_change_in_grievance_moves_the_jin_council_a_little_not_from_always_to_never() {
    // The review found grievance 47 against 50 deciding whether the Jin came at all.
    let mut invaded = Vec::new();
    for delta in [-3.0, 0.0, 3.0] {
        let s = with_grievance(delta);
        let p = policy(&s, "second_siege_no_letter");
        let (_, results) = run_batch(s, 1, 80, &p);
        invaded.push(rate(&results, |r| r.outcome != "uneasy_peace"));
    }
    for pair in invaded.windows(2) {
        assert!((pair[1] - pair[0]).abs() <= 0.15, "invasion rates {invaded:?} jump with 3 points of grievance");
    }
}

#[test]
fn exiling_or_recalling_li_gang_does_not_swing_the_fall_of_the_capital() {
    let s = common::builtin("second_siege");
    let exile = policy(&s, "historical");
    let recall = common::choosing(&s, r#""li_gang_blamed": "recall_to_the_capital""#);
    let (a, _) = run_batch(s.clone(), 1, 80, &exile);
    let (b, _) = run_batch(s, 1, 80, &recall);
    assert!((a.capital_fallen_rate - b.capital_fallen_rate).abs() <= 0.15, "{:?} vs {:?}", a.outcomes, b.outcomes);
}

#[test]
fn giving_up_the_north_at_once_leaves_the_jin_march_an_open_question() {
    // The sources cannot say whether a prompt cession would have stopped Zonghan: the model
    // must not answer "always" or "never".
    let s = common::builtin("second_siege");
    let cede = common::choosing(&s, r#""north_of_the_river": "cede_the_north""#);
    let (_, results) = run_batch(s, 1, 80, &cede);
    let marched = rate(&results, |r| r.outcome != "uneasy_peace");
    assert!((0.25..=0.75).contains(&marched), "the Jin marched in {marched} of games after the north was ceded");
}
