//! Saving and loading: a loaded game continues exactly; bad saves give clear errors.

mod common;

use jingkang::lab::{PolicyKind, policy::Driver};
use jingkang::save::{self, SaveError};
use jingkang::sim::Sim;
use jingkang::sim::chronicle::Chronicle;
use jingkang::sim::commands::Command;
use std::path::PathBuf;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jingkang-save-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("game.ron")
}

fn chronicle(sim: &Sim) -> String {
    serde_json::to_string(&sim.world().resource::<Chronicle>().entries).unwrap()
}

/// A game played for a while by the random policy.
fn game_in_progress(turns: usize) -> Sim {
    let policy = PolicyKind::Random;
    let mut sim = Sim::new(common::builtin("first_siege"), 9);
    let mut driver = Driver::new(&policy, 9);
    for _ in 0..turns {
        driver.act(&mut sim).unwrap();
        if sim.is_over() {
            break;
        }
        sim.execute(&Command::EndTurn).unwrap();
    }
    sim
}

#[test]
fn a_loaded_game_continues_exactly_as_the_saved_one() {
    let path = temp("roundtrip");
    let mut original = game_in_progress(12);
    save::write(&save::snapshot(&original, "first_siege", 9), &path).unwrap();
    let (mut loaded, save) = save::load(&path).unwrap();
    assert_eq!(save.turn, 13);
    assert_eq!(chronicle(&original), chronicle(&loaded));
    for _ in 0..8 {
        let a = original.execute(&Command::EndTurn);
        let b = loaded.execute(&Command::EndTurn);
        assert_eq!(a, b);
    }
    assert_eq!(chronicle(&original), chronicle(&loaded), "the games diverged after loading");
}

#[test]
fn a_crash_in_the_middle_of_a_save_leaves_the_old_save_intact() {
    let path = temp("crash");
    let sim = game_in_progress(5);
    save::write(&save::snapshot(&sim, "first_siege", 9), &path).unwrap();
    // A later save was interrupted after writing half of its temporary file.
    let later = game_in_progress(10);
    let text = ron::to_string(&save::snapshot(&later, "first_siege", 9)).unwrap();
    std::fs::write(path.with_extension("ron.partial"), &text[..text.len() / 2]).unwrap();
    let (loaded, save) = save::load(&path).expect("the old save still loads");
    assert_eq!(save.turn, 6);
    assert_eq!(chronicle(&loaded), chronicle(&sim));
    // The next save completes and replaces it.
    save::write(&save::snapshot(&later, "first_siege", 9), &path).unwrap();
    assert_eq!(save::read(&path).unwrap().turn, 11);
    assert!(!path.with_extension("ron.partial").exists());
}

#[test]
fn damaged_saves_give_a_clear_error_and_never_a_panic() {
    let path = temp("damaged");
    save::write(&save::snapshot(&game_in_progress(6), "first_siege", 9), &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    for cut in (0..text.len()).step_by(53) {
        std::fs::write(&path, &text[..cut]).unwrap();
        match save::load(&path) {
            Err(SaveError::Corrupt { line, col, .. }) => assert!(line >= 1 && col >= 1),
            Err(other) => panic!("truncated at {cut}: unexpected error {other}"),
            Ok(_) => panic!("a save truncated at byte {cut} of {} loaded", text.len()),
        }
    }
    std::fs::write(&path, [0xff, 0x00, 0x13]).unwrap();
    assert!(matches!(save::load(&path), Err(SaveError::Read { .. })));
    let message = {
        std::fs::write(&path, "Save(format: 1,").unwrap();
        save::load(&path).err().unwrap().to_string()
    };
    assert!(message.contains("game.ron:1:") && message.contains("load an older save"), "{message}");
}

#[test]
fn a_save_that_no_longer_fits_its_scenario_says_so() {
    let path = temp("mismatch");
    let mut s = save::snapshot(&game_in_progress(4), "first_siege", 9);
    s.commands.insert(0, (1, Command::Choose { decision: "no_such_decision".into(), option: "x".into() }));
    save::write(&s, &path).unwrap();
    assert!(matches!(save::load(&path), Err(SaveError::Replay { index: 0, .. })));
    s.scenario = "third_siege".into();
    save::write(&s, &path).unwrap();
    assert!(matches!(save::load(&path), Err(SaveError::Scenario { .. })));
    s.format = 99;
    save::write(&s, &path).unwrap();
    assert!(matches!(save::load(&path), Err(SaveError::Format { found: 99, .. })));
}

#[test]
fn advancing_stops_when_something_happens() {
    let mut sim = Sim::new(common::builtin("first_siege"), 1);
    let turns = jingkang::sim::commands::advance_until_something_happens(sim.world_mut(), 50).unwrap();
    assert!((1..10).contains(&turns), "{turns}");
    // The last entry belongs to the last turn played: to its rules, or to the events of the
    // new date it reached.
    let last = sim.world().resource::<Chronicle>().entries.last().unwrap().turn;
    let turn = sim.world().resource::<jingkang::sim::world::Clock>().turn;
    assert!((turn - 1..=turn).contains(&last), "last entry on turn {last}, now turn {turn}");
}
