//! Teachers' exercises: the shipped files load, their fixed choices hold in the rules (chosen
//! or lapsed, and through a save), the lab plays them as policies, and a careless file is told
//! what is wrong.

mod common;

use jingkang::lab::PolicyKind;
use jingkang::lab::policy::Driver;
use jingkang::scenario::files;
use jingkang::scenario::{Exercise, load_exercise};
use jingkang::sim::Sim;
use jingkang::sim::commands::{Command, CommandError};
use jingkang::sim::script::flow::{ChoiceError, Locks, allowed_options, decision_def};

fn shipped(name: &str) -> Exercise {
    let path = format!("{}/exercises/{name}.ron", env!("CARGO_MANIFEST_DIR"));
    load_exercise(files::open_file(&path).expect("the file exists")).unwrap_or_else(|d| panic!("{d}"))
}

fn chosen(sim: &Sim, decision: &str) -> Option<(String, bool)> {
    sim.record().choices.iter().find(|c| c.decision == decision).map(|c| (c.option.clone(), c.by_default))
}

/// The li_gang exercise's game, played with Qinzong's choices to the protest after the night
/// raid (which comes only where the raid fails: the first seed where it does).
fn at_the_protest() -> (Sim, u64) {
    let exercise = shipped("li_gang");
    let policy = PolicyKind::resolve("historical", &exercise.scenario).unwrap();
    let pending = |sim: &Sim| sim.record().pending.iter().any(|d| d == "after_the_raid");
    for seed in 1..=20 {
        let mut sim = Sim::new(exercise.scenario.clone(), seed);
        sim.world_mut().insert_resource(Locks(exercise.def.locked.clone()));
        let mut driver = Driver::new(&policy, seed);
        // Stop while the card is on the table: Qinzong would dismiss Li Gang.
        while !pending(&sim) && !sim.is_over() && sim.record().offered.len() < 12 {
            if driver.act(&mut sim).is_err() || pending(&sim) {
                break;
            }
            sim.execute(&Command::EndTurn).unwrap();
        }
        if pending(&sim) {
            return (sim, seed);
        }
    }
    panic!("the protest after the raid never came in 20 seeds");
}

#[test]
fn the_shipped_exercises_load_with_their_questions() {
    for name in ["li_gang", "taiyuan"] {
        let e = shipped(name);
        assert_eq!(e.scenario.def.id, "campaign");
        assert!(e.def.questions.len() >= 3, "{name}");
    }
    assert!(!shipped("taiyuan").def.history, "the Taiyuan exercise closes the History window");
}

#[test]
fn a_fixed_choice_cannot_be_taken_otherwise_and_a_lapsed_card_takes_it() {
    let (mut sim, seed) = at_the_protest();
    let def = decision_def(sim.world(), "after_the_raid").unwrap();
    assert_eq!(allowed_options(sim.world(), &def), ["apologise_keep_li_gang"]);
    let refused = sim.execute(&Command::Choose { decision: "after_the_raid".into(), option: "dismiss_li_gang".into() });
    assert!(matches!(refused, Err(CommandError::Choice(ChoiceError::Locked { .. }))), "{refused:?}");
    // Nobody chooses: the card lapses, to the fixed option rather than its default.
    while chosen(&sim, "after_the_raid").is_none() {
        sim.execute(&Command::EndTurn).unwrap();
    }
    assert_eq!(chosen(&sim, "after_the_raid"), Some(("apologise_keep_li_gang".into(), true)));
    // The save keeps the fixed choices, and replays under them.
    let path = std::env::temp_dir().join(format!("jingkang-exercise-{}.ron", std::process::id()));
    jingkang::save::write(&jingkang::save::snapshot(&sim, "campaign", seed), &path).unwrap();
    let (loaded, file) = jingkang::save::load(&path).expect("it loads");
    assert_eq!(file.locks.get("after_the_raid").map(String::as_str), Some("apologise_keep_li_gang"));
    assert_eq!(chosen(&loaded, "after_the_raid"), chosen(&sim, "after_the_raid"));
}

#[test]
fn the_lab_plays_an_exercise_as_its_fixed_choices_and_qinzongs() {
    let scenario = common::builtin("campaign");
    let path = format!("{}/exercises/li_gang.ron", env!("CARGO_MANIFEST_DIR"));
    let policy = PolicyKind::resolve(&path, &scenario).expect("an exercise is a policy");
    let (result, _) = jingkang::lab::play_out(scenario, 3, &policy);
    let took = |d: &str| result.decisions.iter().find(|c| c.decision == d).map(|c| c.option.as_str());
    assert_eq!(took("flee_or_stay"), Some("stay_li_gang"), "Qinzong's choice where the exercise is silent");
    if result.offered.iter().any(|d| d == "after_the_raid") {
        assert_eq!(took("after_the_raid"), Some("apologise_keep_li_gang"));
    }
    let wrong = PolicyKind::resolve(&path, &common::builtin("first_siege"));
    assert!(wrong.is_err_and(|d| d.to_string().contains("this exercise plays `campaign`")));
}

#[test]
fn a_careless_exercise_is_told_what_is_wrong_and_where() {
    let check = |text: &str| load_exercise(files::SourceText::in_memory("ex.ron", text)).err().map(|d| d.to_string());
    let base = r#"Exercise(scenario: "campaign", title: "T", questions: ["Q"], locked: {LOCK})"#;
    assert_eq!(check(&base.replace("LOCK", "")), None);
    let unknown = check(&base.replace("LOCK", r#""after_the_rade": "stand_firm""#)).unwrap();
    assert!(unknown.contains("ex.ron:1:") && unknown.contains("did you mean `after_the_raid`"), "{unknown}");
    let sometimes = check(&base.replace("LOCK", r#""li_gang_blamed": "keep_in_the_field""#)).unwrap();
    assert!(sometimes.contains("offered only in some situations"), "{sometimes}");
    let silent = check(r#"Exercise(scenario: "campaign", title: "T", questions: [])"#).unwrap();
    assert!(silent.contains("at least one question"), "{silent}");
    let nowhere = check(r#"Exercise(scenario: "no_such.ron", title: "T", questions: ["Q"])"#).unwrap();
    assert!(nowhere.contains("cannot be loaded") || nowhere.contains("no_such.ron"), "{nowhere}");
}

#[test]
fn a_shipped_exercise_opens_by_name_from_any_folder() {
    let e = jingkang::game::exercise::open("li_gang").expect("shipped");
    assert_eq!(e.def.title, shipped("li_gang").def.title);
    let missing = jingkang::game::exercise::open("no_such_exercise").unwrap_err();
    assert!(missing.starts_with("no_such_exercise: "), "{missing}");
}

/// A class that saves its exercise's game and loads it again finds its questions, its fixed
/// choices and whether the track is open, even after the exercise's file is gone; and a game
/// started afresh in the same world is no longer under the exercise.
#[test]
fn the_exercise_travels_with_its_saves() {
    use jingkang::sim::script::flow::ExerciseInPlay;
    let mut exercise = shipped("li_gang");
    exercise.def.history = false;
    let mut sim = Sim::new(exercise.scenario.clone(), exercise.def.seed);
    sim.world_mut().insert_resource(Locks(exercise.def.locked.clone()));
    sim.world_mut().insert_resource(ExerciseInPlay(exercise.def.clone()));
    sim.execute(&Command::EndTurn).unwrap();
    let dir = std::env::temp_dir().join(format!("jingkang-exercise-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("class.ron");
    jingkang::save::write(&jingkang::save::snapshot(&sim, &exercise.def.scenario, exercise.def.seed), &path).unwrap();
    assert!(std::fs::read_to_string(&path).unwrap().contains(&exercise.def.title));
    let (loaded, save) = jingkang::save::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(save.exercise.as_ref(), Some(&exercise.def));
    assert_eq!(loaded.world().get_resource::<ExerciseInPlay>(), Some(&ExerciseInPlay(exercise.def.clone())));
    assert_eq!(loaded.world().resource::<Locks>().0, exercise.def.locked);
    // A plain game in the same app carries no exercise into its saves.
    let mut plain = loaded;
    plain.restart(exercise.scenario.clone(), 2);
    assert!(plain.world().get_resource::<ExerciseInPlay>().is_none());
    assert!(jingkang::save::snapshot(&plain, &exercise.def.scenario, 2).exercise.is_none());
    let _ = std::fs::remove_dir_all(dir);
}
