//! Branching a game at a past decision: the same game up to it, the other option there, both
//! lines kept in the save, and the two set side by side in a report.

mod common;

use jingkang::lab::PolicyKind;
use jingkang::lab::branch::{BranchError, Origin, after_branch, branch};
use jingkang::lab::play_out;
use jingkang::lab::playout::play_on;
use jingkang::save::{self, Trust};
use jingkang::scenario::Scenario;
use jingkang::sim::Sim;
use jingkang::sim::chronicle::Chronicle;
use jingkang::sim::commands::{Command, CommandError, CommandLog};
use jingkang::sim::lines::Lines;
use jingkang::sim::script::flow::ChoiceError;
use jingkang::sim::script::record::Record;
use std::process::Command as Process;
use std::sync::Arc;

/// A line of a game outside any exercise.
fn origin<'a>(scenario: &Arc<Scenario>, seed: u64, log: &'a [(u32, Command)]) -> Origin<'a> {
    Origin { scenario: scenario.clone(), seed, locks: Default::default(), log, line: "main" }
}

fn historical(id: &str, seed: u64) -> Sim {
    let scenario = common::builtin(id);
    let policy = PolicyKind::resolve("historical", &scenario).expect("a historical policy");
    play_out(scenario, seed, &policy).1
}

fn log(sim: &Sim) -> Vec<(u32, Command)> {
    sim.world().resource::<CommandLog>().0.clone()
}

fn choice<'a>(sim: &'a Sim, decision: &str) -> Option<&'a str> {
    sim.record().choices.iter().find(|c| c.decision == decision).map(|c| c.option.as_str())
}

#[test]
fn a_branch_is_the_same_game_up_to_the_decision_and_the_other_road_after() {
    let scenario = common::builtin("first_siege");
    let main = historical("first_siege", 3);
    let (mut flight, point) =
        branch(&origin(&scenario, 3, &log(&main)), "flee_or_stay", "flee_xiangyang").expect("a branch");
    assert_eq!((point.was.as_str(), point.option.as_str()), ("stay_li_gang", "flee_xiangyang"));
    assert_eq!(point.date.to_string(), "1126-01-27");
    // Shared: the commands before the choice, and everything the chronicle said until then.
    let shared = &log(&flight)[..point.shared];
    assert_eq!(shared, &log(&main)[..point.shared]);
    assert_eq!(log(&flight).len(), point.shared + 1);
    let before = |sim: &Sim| -> Vec<String> {
        let entries = &sim.world().resource::<Chronicle>().entries;
        entries.iter().take_while(|e| e.key != "decision-taken").map(|e| format!("{} {}", e.date, e.key)).collect()
    };
    assert_eq!(before(&flight), before(&main));
    assert_eq!(choice(&flight, "flee_or_stay"), Some("flee_xiangyang"));
    // Played on with Qinzong's remaining choices, the new line goes its own way.
    let policy = PolicyKind::resolve("historical", &scenario).unwrap();
    play_on(&mut flight, 3, &policy);
    assert!(flight.is_over());
    assert_ne!(flight.world().resource::<jingkang::sim::series::Series>(), main.world().resource());
    // Branching is deterministic like the rest of the game.
    let (again, _) = branch(&origin(&scenario, 3, &log(&main)), "flee_or_stay", "flee_xiangyang").unwrap();
    assert_eq!(log(&again), log(&flight)[..point.shared + 1]);
}

#[test]
fn a_decision_left_to_lapse_can_be_taken_in_a_branch() {
    let scenario = common::builtin("first_siege");
    let mut idle = Sim::new(scenario.clone(), 5);
    // Nobody chooses: the first decision lapses to its default.
    while choice(&idle, "flee_or_stay").is_none() {
        idle.execute(&Command::EndTurn).expect("the turn ends");
    }
    let lapsed = idle.record().choices.iter().find(|c| c.decision == "flee_or_stay").unwrap().clone();
    assert!(lapsed.by_default);
    let (taken, point) = branch(&origin(&scenario, 5, &log(&idle)), "flee_or_stay", "stay_li_gang").expect("a branch");
    assert_eq!(point.was, lapsed.option);
    let now = taken.record().choices.iter().find(|c| c.decision == "flee_or_stay").unwrap();
    assert!(!now.by_default && now.option == "stay_li_gang");
    // Taken on the day the card was still on the table, before it lapsed.
    assert!(now.date < lapsed.date, "{} against {}", now.date, lapsed.date);
}

#[test]
fn a_branch_that_cannot_be_made_says_why() {
    let scenario = common::builtin("first_siege");
    let main = historical("first_siege", 3);
    let main_log = log(&main);
    let same = branch(&origin(&scenario, 3, &main_log), "flee_or_stay", "stay_li_gang");
    assert!(matches!(same, Err(BranchError::SameOption { .. })));
    let fresh = Sim::new(scenario.clone(), 3);
    let never = branch(&origin(&scenario, 3, &log(&fresh)), "flee_or_stay", "flee_xiangyang");
    assert!(matches!(never, Err(BranchError::NotDecided { .. })));
    // A choice an exercise fixes has no other road.
    let mut fixed = origin(&scenario, 3, &main_log);
    fixed.locks.insert("flee_or_stay".into(), "stay_li_gang".into());
    let locked = branch(&fixed, "flee_or_stay", "flee_xiangyang").err();
    assert!(
        matches!(locked, Some(BranchError::Refused(CommandError::Choice(ChoiceError::Locked { .. })))),
        "{locked:?}"
    );
    let unknown = branch(&origin(&scenario, 3, &log(&main)), "flee_or_stay", "fly_to_the_moon");
    assert!(matches!(unknown, Err(BranchError::Refused(_))));
}

#[test]
fn a_save_keeps_every_line_and_each_replays() {
    let scenario = common::builtin("first_siege");
    let main = historical("first_siege", 3);
    let (mut flight, point) = branch(&origin(&scenario, 3, &log(&main)), "flee_or_stay", "flee_xiangyang").unwrap();
    let lines = after_branch(main.world(), "flight", point);
    assert_eq!(lines.names().collect::<Vec<_>>(), ["flight", "main"]);
    flight.world_mut().insert_resource(lines);
    flight.execute(&Command::EndTurn).unwrap();
    let dir = std::env::temp_dir().join(format!("jingkang-branch-{}", std::process::id()));
    let path = dir.join("two_lines.ron");
    save::write(&save::snapshot(&flight, "first_siege", 3), &path).unwrap();
    let (loaded, file) = save::load(&path).expect("the save loads");
    assert_eq!(log(&loaded), log(&flight));
    assert_eq!(loaded.world().resource::<Lines>().current, "flight");
    // The other line, replayed from the same save, is the first game move for move.
    let other = save::line_of(&file, "main").expect("the first line is kept");
    let (replayed, other_file) = save::replay_save(other, &path, Trust::Unchanged).expect("it replays");
    assert_eq!(log(&replayed), log(&main));
    assert_eq!(replayed.world().resource::<Record>().ended, main.world().resource::<Record>().ended);
    // Switching back keeps both lines still.
    assert_eq!(other_file.lines.names().collect::<Vec<_>>(), ["main", "flight"]);
    assert!(save::line_of(&file, "no_such_line").is_none());
}

#[test]
fn the_command_line_branches_a_save_and_compares_the_lines() {
    let dir = std::env::temp_dir().join(format!("jingkang-branch-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let run = |args: &[&str]| {
        let out = Process::new(env!("CARGO_BIN_EXE_jingkang")).args(args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let path = |name: &str| dir.join(name).display().to_string();
    assert!(run(&["simulate", "first_siege", "--seed", "3", "--save", &path("main.ron")]).0);
    let (ok, said, err) = run(&[
        "branch",
        &path("main.ron"),
        "--at",
        "flee_or_stay",
        "--take",
        "flee_xiangyang",
        "--name",
        "flight",
        "--out",
        &path("both.ron"),
    ]);
    assert!(ok, "{err}");
    assert!(said.contains("“flight”") && said.contains("“main”"), "{said}");
    let (ok, _, err) = run(&["export", &path("both.ron"), "--out", &path("report"), "--against", "main"]);
    assert!(ok, "{err}");
    let md = std::fs::read_to_string(dir.join("report/report.md")).unwrap();
    assert!(md.contains("two lines of one game"), "{md}");
    assert!(
        md.contains("On 27 Jan 1126, at “Flee or stay”, the line “flight” took “Take the court to Xiangyang"),
        "{md}"
    );
    // The diverging chronicles begin with the choice that parts them.
    let first_diverging = md.lines().skip_while(|l| !l.starts_with("### Line “flight”, from the parting")).nth(2);
    assert!(first_diverging.is_some_and(|l| l.contains("Take the court to Xiangyang")), "{first_diverging:?}");
    let csv = std::fs::read_to_string(dir.join("report/series.csv")).unwrap();
    assert!(csv.lines().any(|l| l.starts_with("flight,")) && csv.lines().any(|l| l.starts_with("main,")));
    // Mistakes are told plainly.
    let (ok, _, err) = run(&["export", &path("both.ron"), "--out", &path("x"), "--against", "mian"]);
    assert!(!ok && err.contains("no line “mian”") && err.contains("flight and main"), "{err}");
    let (ok, _, err) = run(&[
        "branch",
        &path("both.ron"),
        "--at",
        "flee_or_stay",
        "--take",
        "flee_xiangyang",
        "--out",
        &path("y.ron"),
    ]);
    assert!(!ok && err.contains("already took"), "{err}");
}
