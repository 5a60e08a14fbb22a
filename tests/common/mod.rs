//! Helpers shared by the integration tests: loading scenarios and reading the world.
#![allow(dead_code)]

use jingkang::lab::PolicyKind;
use jingkang::scenario::{self, Scenario, files};
use jingkang::sim::Sim;
use jingkang::sim::chronicle::Chronicle;
use jingkang::sim::commands::Command;
use jingkang::sim::world::{Army, City, Location, Map, Orders};
use std::sync::Arc;

/// A scenario from `tests/fixtures/<name>.ron`.
pub fn fixture(name: &str) -> Arc<Scenario> {
    let path = format!("{}/tests/fixtures/{name}.ron", env!("CARGO_MANIFEST_DIR"));
    let file = files::open_file(&path).expect("fixture exists");
    Arc::new(scenario::load_scenario(file).unwrap_or_else(|d| panic!("fixture {name} is invalid:\n{d}")))
}

pub fn builtin(id: &str) -> Arc<Scenario> {
    Arc::new(scenario::open(id).unwrap_or_else(|d| panic!("built-in {id} is invalid:\n{d}")))
}

/// A policy written in RON, checked against the scenario it plays.
pub fn policy_from(scenario: &Scenario, text: &str) -> PolicyKind {
    let file = files::SourceText::in_memory("policy.ron", text);
    PolicyKind::Scripted(Box::new(
        scenario::load_policy(file, scenario).unwrap_or_else(|d| panic!("the policy is invalid:\n{d}")),
    ))
}

/// A policy making these choices (`"decision": "option"` pairs) and otherwise following
/// history.
pub fn choosing(scenario: &Scenario, choices: &str) -> PolicyKind {
    policy_from(scenario, &format!("Policy(scenario: \"{}\", choices: {{{choices}}})", scenario.def.id))
}

pub fn end_turns(sim: &mut Sim, n: usize) {
    for _ in 0..n {
        if sim.is_over() {
            return;
        }
        sim.execute(&Command::EndTurn).expect("turn runs");
    }
}

pub fn army<'a>(sim: &'a Sim, id: &str) -> (&'a Army, &'a Location, &'a Orders) {
    let world = sim.world();
    let e = world.resource::<jingkang::sim::world::Armies>()[id];
    (world.get::<Army>(e).unwrap(), world.get::<Location>(e).unwrap(), world.get::<Orders>(e).unwrap())
}

pub fn place_of(sim: &Sim, army_id: &str) -> String {
    let (_, loc, _) = army(sim, army_id);
    sim.world().resource::<Map>().ids[loc.at].clone()
}

pub fn city<'a>(sim: &'a Sim, id: &str) -> &'a City {
    let world = sim.world();
    let e = world.resource::<Map>().entity(id).expect("place");
    world.get::<City>(e).expect("city")
}

pub fn city_mut<'a>(sim: &'a mut Sim, id: &str) -> bevy::prelude::Mut<'a, City> {
    let e = sim.world().resource::<Map>().entity(id).expect("place");
    sim.world_mut().get_mut::<City>(e).expect("city")
}

pub fn chronicle_keys(sim: &Sim) -> Vec<&'static str> {
    sim.world().resource::<Chronicle>().entries.iter().map(|e| e.key).collect()
}
