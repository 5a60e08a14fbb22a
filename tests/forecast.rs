//! The expected effects shown under each decision option, read from the shipped scenarios in
//! the world as the scenario starts.

mod common;

use common::*;
use jingkang::scenario::schema::Effect;
use jingkang::sim::Sim;
use jingkang::sim::script::record::LoadedScenario;
use jingkang::words::Locale;
use jingkang::words::forecast::{Line, forecast};
use std::collections::BTreeSet;

fn option_forecast(sim: &Sim, decision: &str, option: &str) -> Vec<Line> {
    let scenario = sim.world().resource::<LoadedScenario>();
    let def = scenario.def.decisions.iter().find(|d| d.id == decision).expect("decision exists");
    let option = def.options.iter().find(|o| o.id == option).expect("option exists");
    forecast(sim.world(), &Locale::english(), &option.effects)
}

#[test]
fn trusting_li_gang_forecasts_his_appointment_and_the_levy() {
    let sim = Sim::new(builtin("first_siege"), 1);
    let scenario = sim.world().resource::<LoadedScenario>();
    let flee = scenario.def.decisions.iter().find(|d| d.title == "Flee or stay").expect("the first decision");
    let stay = flee.options.iter().find(|o| o.historical).expect("a historical option");
    let lines: Vec<String> =
        forecast(sim.world(), &Locale::english(), &stay.effects).into_iter().map(|l| l.text).collect();
    assert!(lines.iter().any(|l| l.starts_with("Li Gang becomes")), "{lines:#?}");
    assert!(lines.iter().any(|l| l.contains("men levied in Bianjing")), "{lines:#?}");
}

#[test]
fn a_chance_is_shown_with_its_odds_and_what_hangs_on_it() {
    let sim = Sim::new(builtin("first_siege"), 1);
    let scenario = sim.world().resource::<LoadedScenario>();
    let (decision, option) = scenario
        .def
        .decisions
        .iter()
        .flat_map(|d| d.options.iter().map(move |o| (d, o)))
        .find(|(_, o)| o.id == "disperse_the_crowd")
        .expect("sending the guards against the crowd turns on a chance");
    assert!(option.effects.iter().any(|e| matches!(e, Effect::Chance { .. })));
    let lines = option_forecast(&sim, &decision.id, &option.id);
    let at = lines.iter().position(|l| l.text.starts_with("With a chance of")).expect("the odds are shown");
    assert!(lines[at].text.ends_with("%:"), "{:?}", lines[at]);
    assert_eq!(lines.get(at + 1).map(|l| l.depth), Some(lines[at].depth + 1), "what hangs on the chance is indented");
}

/// Every flag an effect of the scenario sets.
fn flags_set(def: &jingkang::scenario::schema::ScenarioFile) -> BTreeSet<String> {
    fn walk(effects: &[Effect], out: &mut BTreeSet<String>) {
        for e in effects {
            match e {
                Effect::SetFlag(f) => {
                    out.insert(f.clone());
                }
                Effect::Chance { then, otherwise, .. } | Effect::If { then, otherwise, .. } => {
                    walk(then, out);
                    walk(otherwise, out);
                }
                _ => {}
            }
        }
    }
    let mut out = BTreeSet::new();
    for d in &def.decisions {
        for o in &d.options {
            walk(&o.effects, &mut out);
        }
    }
    for e in &def.events {
        walk(&e.effects, &mut out);
    }
    out
}

/// The ids of the armies the effects may raise.
fn spawned(effects: &[Effect], out: &mut BTreeSet<String>) {
    for e in effects {
        match e {
            Effect::SpawnArmy(a) => {
                out.insert(a.id.clone());
            }
            Effect::Chance { then, otherwise, .. } | Effect::If { then, otherwise, .. } => {
                spawned(then, out);
                spawned(otherwise, out);
            }
            _ => {}
        }
    }
}

/// Every option of every shipped decision reads in names, not ids: a reader never sees
/// `kaifeng` or `li_gang`, and no option that changes something shows nothing.
#[test]
fn every_shipped_option_is_forecast_in_names() {
    for id in ["first_siege", "second_siege"] {
        let sim = Sim::new(builtin(id), 1);
        let scenario = sim.world().resource::<LoadedScenario>();
        let mut raised = BTreeSet::new();
        for effects in scenario.def.decisions.iter().flat_map(|d| d.options.iter().map(|o| &o.effects)) {
            spawned(effects, &mut raised);
        }
        for event in &scenario.def.events {
            spawned(&event.effects, &mut raised);
        }
        assert!(!raised.is_empty(), "{id}: the scenario raises armies on the way");
        // Flags are bookkeeping: a player never reads one.
        let flags = flags_set(&scenario.def);
        let ids: BTreeSet<&str> = scenario
            .def
            .places
            .iter()
            .map(|p| p.id.as_str())
            .chain(scenario.def.characters.iter().map(|c| c.id.as_str()))
            .chain(scenario.def.armies.iter().map(|a| a.id.as_str()))
            .chain(raised.iter().map(String::as_str))
            .chain(flags.iter().map(String::as_str))
            .filter(|id| id.contains('_') || id.len() > 4)
            .collect();
        for decision in &scenario.def.decisions {
            for option in &decision.options {
                let lines = forecast(sim.world(), &Locale::english(), &option.effects);
                let silent = option
                    .effects
                    .iter()
                    .all(|e| matches!(e, Effect::SetFlag(_) | Effect::ClearFlag(_) | Effect::Chronicle(_)));
                assert!(silent || !lines.is_empty(), "{id}/{}/{} shows no effects", decision.id, option.id);
                for line in &lines {
                    let words: BTreeSet<&str> = line.text.split(|c: char| !(c.is_alphanumeric() || c == '_')).collect();
                    let raw: Vec<&&str> = ids.iter().filter(|id| words.contains(**id)).collect();
                    assert!(raw.is_empty(), "{id}/{}/{}: {:?} names {raw:?} by id", decision.id, option.id, line.text);
                }
            }
        }
    }
}
