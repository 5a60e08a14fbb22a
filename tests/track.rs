//! The historical track's words: how a game differs from Qinzong's of the same seed on the
//! same turn, and what history had reached by then.

mod common;

use jingkang::lab::PolicyKind;
use jingkang::lab::playout::play_until;
use jingkang::sim::Sim;
use jingkang::words::Locale;
use jingkang::words::compare::{differences, track};

fn played(policy: &str, turn: u32) -> Sim {
    let scenario = common::builtin("first_siege");
    let policy = PolicyKind::resolve(policy, &scenario).expect("a shipped policy");
    play(policy, turn)
}

fn play(policy: PolicyKind, turn: u32) -> Sim {
    let mut sim = Sim::new(common::builtin("first_siege"), 3);
    play_until(&mut sim, 3, &policy, turn);
    sim
}

#[test]
fn the_same_game_differs_in_nothing_and_a_fled_court_in_what_it_changed() {
    let locale = Locale::english();
    let history = played("historical", 11);
    assert!(differences(history.world(), played("historical", 11).world(), &locale).is_empty());
    let fled = played("flight", 11);
    let said = differences(fled.world(), history.world(), &locale);
    let has = |start: &str| said.iter().any(|l| l.starts_with(start));
    assert!(has("Morale of the capital: "), "{said:#?}");
    assert!(has("Authority of the throne: "), "{said:#?}");
    // Li Gang takes the walls in both; the court that fled left Bai Shizhong as Grand Councillor.
    assert!(said.iter().any(|l| l.starts_with("Grand Councillor: Bai Shizhong in your game")), "{said:#?}");
    // Each figure given is the game's own.
    let morale = |sim: &Sim| jingkang::sim::world::city(sim.world(), "kaifeng").unwrap().morale.round();
    let line = format!("Morale of the capital: {} in your game, {} in Qinzong's.", morale(&fled), morale(&history));
    assert!(said.contains(&line), "{line}\n{said:#?}");
}

#[test]
fn the_track_tells_what_history_had_reached_and_whether_the_game_has() {
    // The court flees and gives the Jin no answer.
    let scenario = common::builtin("first_siege");
    let stalling = common::choosing(&scenario, r#""flee_or_stay": "flee_xiangyang", "jin_terms": "stall""#);
    let fled = play(stalling, 9);
    let t = track(fled.world());
    assert_eq!(t.date.to_string(), "1126-02-04");
    let crossed = t.passed.iter().find(|(_, title, _)| title == "The Jin cross the Yellow River").expect("passed");
    assert!(crossed.2, "the Jin crossed in this game too");
    let terms = t.passed.iter().find(|(_, title, _)| title == "The Jin terms accepted").expect("passed");
    assert!(!terms.2, "the fled court has not accepted the terms yet");
    assert!(t.coming.iter().all(|(d, _)| *d >= t.date && d.days_since(t.date) <= 21));
    // History's own dated account is on the track, in order: Ma Zhong's fight at the west
    // gate (9 Feb) and Zhong Shidao's arrival (14 Feb) lie in the three weeks after 4 Feb.
    let texts: Vec<&str> = t.coming.iter().map(|(_, text)| text.as_str()).collect();
    let ma_zhong = texts.iter().position(|x| x.starts_with("Ma Zhong beats")).expect("on the track");
    let zhong = texts.iter().position(|x| x.starts_with("Zhong Shidao arrives")).expect("on the track");
    assert!(ma_zhong < zhong, "{texts:?}");
    assert!(t.coming.windows(2).all(|w| w[0].0 <= w[1].0), "in date order");
}
