//! The example mod `mods/taiyuan`, written only with the documented format: it validates
//! clean, the game finds it among its own mods, its historical choices give the history of
//! 1126 (the spring relief beaten by June, the city starved into surrender near 21 September,
//! Wang Bing dead and Zhang Xiaochun a prisoner), and the choices history did not make move
//! the odds the way the sources argue.

use jingkang::calendar::Date;
use jingkang::lab::playout::play_out;
use jingkang::lab::{PolicyKind, RunResult, run_batch};
use jingkang::scenario::Scenario;
use jingkang::scenario::schema::Status;
use std::process::Command;
use std::sync::Arc;

const FOLDER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/mods/taiyuan");

fn scenario() -> Arc<Scenario> {
    Arc::new(jingkang::scenario::open(&format!("{FOLDER}/taiyuan.ron")).unwrap_or_else(|d| panic!("{d}")))
}

fn policy(scenario: &Scenario, name: &str) -> PolicyKind {
    let path = format!("{FOLDER}/policies/taiyuan_{name}.ron");
    let name = if name == "historical" { "historical" } else { path.as_str() };
    PolicyKind::resolve(name, scenario).unwrap_or_else(|d| panic!("{name}: {d}"))
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn share(results: &[RunResult], outcome: &str) -> f64 {
    results.iter().filter(|r| r.outcome == outcome).count() as f64 / results.len() as f64
}

#[test]
fn the_mod_validates_without_a_warning_and_the_game_lists_it_among_its_own() {
    let jingkang = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_jingkang")).args(args).env_remove("JINGKANG_SHIPPED_MODS").output();
        let o = o.expect("the binary runs");
        (
            o.status.success(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (ok, out, err) = jingkang(&["validate", FOLDER]);
    assert!(ok && err.is_empty(), "{out}{err}");
    let (ok, out, err) = jingkang(&["mods"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("The siege of Taiyuan (taiyuan 0.1.0, by Jingkang studio, CC-BY-4.0)"), "{out}");
    assert!(out.contains("taiyuan: The Siege of Taiyuan (jingkang play "), "{out}");
}

#[test]
fn the_historical_choices_lose_the_relief_by_june_and_the_city_to_hunger_near_21_september_1126() {
    let s = scenario();
    for seed in 1..=5 {
        let (result, sim) = play_out(s.clone(), seed, &policy(&s, "historical"));
        let beaten = result.milestone("first_relief_beaten").expect("the spring relief is beaten");
        assert!(beaten <= date("1126-06-30"), "seed {seed}: the spring relief beaten only on {beaten}");
        let starving = result.milestone("taiyuan_starving").expect("the granaries run out");
        let fallen = result.milestone("taiyuan_fallen").expect("Taiyuan falls");
        assert!(starving < fallen, "seed {seed}: it fell on {fallen} before it starved ({starving})");
        assert!(fallen.days_since(date("1126-09-21")).abs() <= 14, "seed {seed}: Taiyuan fell on {fallen}");
        let status = |id: &str| jingkang::sim::world::character(sim.world(), id).unwrap().status;
        assert_eq!(status("wang_bing"), Status::Dead, "seed {seed}: Wang Bing drowned himself in the Fen");
        assert_eq!(status("zhang_xiaochun"), Status::Captured, "seed {seed}: Zhang Xiaochun was taken");
        assert!(!result.capital_fallen, "seed {seed}: the capital held in 1126");
    }
}

#[test]
fn one_army_under_one_command_saves_the_city_more_often_than_two_sent_apart_and_never_always() {
    // The fact base: the reliefs "were destroyed piecemeal". United, they are a match for the
    // Western Army's field force at Yuci some of the time, not most of it.
    let s = scenario();
    let (_, historical) = run_batch(s.clone(), 1, 100, &policy(&s, "historical"));
    let (_, united) = run_batch(s.clone(), 1, 100, &policy(&s, "one_army"));
    let saved = |r: &[RunResult]| share(r, "taiyuan_relieved") + share(r, "taiyuan_holds");
    assert!(saved(&historical) <= 0.05, "history's choices saved Taiyuan in {:.0}%", saved(&historical) * 100.0);
    assert!(
        (0.1..=0.7).contains(&saved(&united)),
        "one army saved Taiyuan in {:.0}% (history's choices: {:.0}%)",
        saved(&united) * 100.0,
        saved(&historical) * 100.0
    );
}

#[test]
fn off_the_historical_path_every_game_ends_in_one_of_the_written_endings() {
    let s = scenario();
    let (summary, results) = run_batch(s.clone(), 1, 100, &PolicyKind::Random);
    let endings: Vec<&String> = summary.outcomes.keys().collect();
    assert!(endings.len() >= 3, "random choices reach only {endings:?}");
    for r in &results {
        assert!(s.def.outcomes.iter().any(|o| o.id == r.outcome), "seed {}: ended with `{}`", r.seed, r.outcome);
        if r.outcome == "taiyuan_falls" {
            assert!(r.milestone("taiyuan_fallen").is_some(), "seed {}: a fall with no fall", r.seed);
        }
    }
}
