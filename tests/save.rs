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

/// A game of a scenario on disk (a copy of the test fixture in its own folder), saved.
fn saved_game_of_a_file(name: &str) -> (PathBuf, PathBuf, save::SaveFile) {
    let path = temp(name);
    let scenario = path.with_file_name("crossing.ron");
    let fixture = format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(fixture, &scenario).unwrap();
    let reference = scenario.display().to_string();
    let mut sim = Sim::new(std::sync::Arc::new(jingkang::scenario::open(&reference).unwrap()), 3);
    common::end_turns(&mut sim, 4);
    let saved = save::snapshot(&sim, &reference, 3);
    save::write(&saved, &path).unwrap();
    (path, scenario, saved)
}

#[test]
fn a_save_whose_scenario_changed_is_refused_until_the_player_chooses_to_replay_it() {
    let (path, scenario, _) = saved_game_of_a_file("changed");
    assert!(save::load(&path).is_ok(), "the unchanged scenario loads");
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(&scenario, text.replace("morale: 60)", "morale: 61)")).unwrap();
    let refused = save::load(&path).err().expect("a changed scenario is not loaded silently");
    assert!(matches!(refused, SaveError::ScenarioChanged { .. }), "{refused}");
    assert!(refused.to_string().contains("has changed since this game was saved"), "{refused}");
    let (loaded, header) = save::load_with(&path, save::Trust::Anyway).expect("loaded when the player says so");
    assert_eq!(loaded.world().resource::<jingkang::sim::world::Clock>().turn, header.turn);
}

#[test]
fn a_save_names_its_scenario_file_so_that_it_opens_the_same_from_any_folder() {
    let (path, scenario, saved) = saved_game_of_a_file("paths");
    assert!(std::path::Path::new(&saved.scenario).is_absolute(), "{}", saved.scenario);
    assert_eq!(std::path::Path::new(&saved.scenario), scenario.canonicalize().unwrap());
    // Format 1 named the file as typed; the save's own folder is where it is looked for.
    let mut old = saved.clone();
    (old.format, old.scenario) = (1, "crossing.ron".into());
    save::write(&old, &path).unwrap();
    let read = save::read(&path).expect("a format 1 save is read");
    assert_eq!(
        (read.format, std::path::PathBuf::from(&read.scenario)),
        (save::FORMAT, scenario.canonicalize().unwrap())
    );
    assert!(save::load(&path).is_ok());
}

#[test]
fn a_save_whose_header_is_not_where_its_commands_lead_is_damaged() {
    let (path, _, mut saved) = saved_game_of_a_file("header");
    saved.turn += 3;
    save::write(&saved, &path).unwrap();
    let error = save::load(&path).err().expect("refused");
    assert!(matches!(error, SaveError::Header { .. }), "{error}");
    assert!(error.to_string().contains("edited or damaged"), "{error}");
}

#[test]
fn a_refused_command_says_whether_the_scenario_or_the_save_changed() {
    let (path, scenario, mut saved) = saved_game_of_a_file("replay");
    saved.commands.insert(0, (1, Command::Choose { decision: "no_such_decision".into(), option: "x".into() }));
    save::write(&saved, &path).unwrap();
    let damaged = save::load(&path).err().expect("refused");
    assert!(matches!(damaged, SaveError::Replay { index: 0, .. }), "{damaged}");
    assert!(damaged.to_string().contains("its scenario is unchanged"), "{damaged}");
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(&scenario, text.replace("morale: 60)", "morale: 61)")).unwrap();
    let changed = save::load_with(&path, save::Trust::Anyway).err().expect("refused");
    assert!(matches!(changed, SaveError::ReplayChanged { index: 0, .. }), "{changed}");
}
