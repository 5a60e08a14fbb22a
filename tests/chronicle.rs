//! The chronicle a student reads: battles told with who, how many, where and why; one line
//! for the small consequences of a decision; lasting hunger told when it begins, worsens and
//! ends; the Chinese date beside the Julian one.

mod common;

use jingkang::lab::{PolicyKind, play_out};
use jingkang::sim::Sim;
use jingkang::sim::chronicle::{Arg, Cause, Chronicle, Entry};
use jingkang::words::Locale;

fn historical_game(id: &str, seed: u64) -> Sim {
    let scenario = common::builtin(id);
    let policy = PolicyKind::resolve("historical", &scenario).unwrap();
    play_out(scenario, seed, &policy).1
}

fn entries(sim: &Sim) -> &[Entry] {
    &sim.world().resource::<Chronicle>().entries
}

#[test]
fn a_battle_says_who_fought_whom_with_what_strength_the_losses_and_why_the_winner_won() {
    let sim = historical_game("second_siege", 1);
    let battle = entries(&sim).iter().find(|e| e.key == "battle").expect("the relief of Taiyuan is fought");
    for side in ["song", "jin", "reasons"] {
        assert!(matches!(battle.args.get(side), Some(Arg::List(l)) if !l.is_empty()), "no {side} in {battle:?}");
    }
    for number in ["song_men", "jin_men", "song_lost", "jin_lost", "ratio"] {
        assert!(battle.number_arg(number).is_some_and(|n| n > 0.0), "no {number} in {battle:?}");
    }
    let text = Locale::english().entry(battle);
    assert!(text.contains(" men)") && text.contains("to 1 in fighting strength:"), "{text}");
    assert!(text.contains("Wanyan Zonghan"), "the commanders are named: {text}");
}

#[test]
fn the_small_consequences_of_a_decision_are_one_line() {
    let sim = historical_game("first_siege", 3);
    let all = entries(&sim);
    for (i, e) in all.iter().enumerate().filter(|(_, e)| e.key == "decision-taken") {
        let same = all[i + 1..].iter().take_while(|x| x.cause == e.cause).filter(|x| x.key == "consequences").count();
        assert!(same <= 1, "{:?} made {same} consequence lines", e.cause);
    }
    let consequences = all.iter().filter(|e| e.key == "consequences").count();
    assert!(consequences >= 5, "only {consequences} consequence lines: are they said at all?");
    for key in ["influence-changes", "authority-changes", "city-morale-changes", "grievance-changes"] {
        assert!(all.iter().all(|e| e.key != key), "a separate `{key}` line is still written");
    }
}

#[test]
fn a_garrisons_hunger_is_told_when_it_begins_worsens_and_ends_not_every_turn() {
    let sim = historical_game("second_siege", 2);
    let taiyuan: Vec<&Entry> = entries(&sim)
        .iter()
        .filter(|e| e.place.as_deref() == Some("taiyuan") && e.key.starts_with("garrison-starves"))
        .collect();
    assert!(!taiyuan.is_empty(), "Taiyuan starved without a word");
    assert!(taiyuan.len() <= 6, "{} hunger lines for one siege", taiyuan.len());
    assert_eq!(taiyuan[0].key, "garrison-starves");
    assert_eq!(taiyuan.last().unwrap().key, "garrison-starves-ends", "the end of the hunger is not told");
}

#[test]
fn a_surrender_names_its_real_cause() {
    let sim = historical_game("second_siege", 1);
    let surrender = entries(&sim)
        .iter()
        .find(|e| e.key == "city-surrenders" && e.place.as_deref() == Some("taiyuan"))
        .expect("Taiyuan surrenders");
    assert_eq!(surrender.text_arg("reason"), Some("hunger"));
    assert_eq!(surrender.number_arg("food"), Some(0.0));
    assert!(Locale::english().entry(surrender).contains("granaries are empty"));
}

#[test]
fn the_jin_council_says_what_weighed_how_much() {
    let sim = historical_game("second_siege", 1);
    let council = entries(&sim).iter().find(|e| e.key == "weighed").expect("the council is chronicled");
    let text = Locale::english().entry(council);
    assert!(text.contains("the three towns withheld 30") && text.contains("the wax letter 25"), "{text}");
    assert!(text.contains("% chance"), "{text}");
    assert!(matches!(&council.cause, Cause::Event { event } if event == "jin_invasion_ordered"));
}

#[test]
fn a_jin_army_going_home_says_what_weighed() {
    let sim = historical_game("first_siege", 1);
    let home = entries(&sim).iter().find(|e| e.key.starts_with("withdraw-")).expect("the Jin go home");
    let text = Locale::english().entry(home);
    assert!(text.contains("What weighed: what was extracted"), "{text}");
}

#[test]
fn a_decision_with_a_decider_is_told_as_his_and_one_without_as_the_emperors() {
    use jingkang::sim::commands::Command;
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let said = |text: String| {
        let file = jingkang::scenario::files::SourceText::in_memory("decider.ron", text);
        let scenario = std::sync::Arc::new(jingkang::scenario::load_scenario(file).unwrap_or_else(|d| panic!("{d}")));
        let mut sim = jingkang::sim::Sim::new(scenario, 1);
        while !sim.world().resource::<jingkang::sim::script::record::Record>().pending.contains(&"terms".to_string()) {
            sim.execute(&Command::EndTurn).unwrap();
        }
        sim.execute(&Command::Choose { decision: "terms".into(), option: "pay".into() }).unwrap();
        let locale = jingkang::words::Locale::english();
        let entries = &sim.world().resource::<Chronicle>().entries;
        entries.iter().filter(|e| e.key.starts_with("decision-")).map(|e| locale.entry(e)).collect::<Vec<_>>()
    };
    let hawks = said(text.replace(r#"default: "refuse","#, r#"default: "refuse", decider: "hawk","#));
    assert_eq!(hawks, ["A decision for The Hawk: Terms.", "The Hawk decides (Terms): Pay."]);
    let emperors = said(text);
    assert_eq!(emperors, ["A decision for the emperor: Terms.", "The emperor decides (Terms): Pay."]);
}
