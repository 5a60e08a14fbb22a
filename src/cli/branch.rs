//! `jingkang branch`: a saved game replayed to a decision, another option taken there, played
//! on under a policy (or left at that moment for the window), and saved with every line.

use crate::lab::branch::{Origin, after_branch, branch};
use crate::save::{self, Trust};
use crate::sim::script::record::LoadedScenario;
use crate::words::Locale;
use std::path::Path;

pub struct Request<'a> {
    pub save: &'a Path,
    pub decision: &'a str,
    pub option: &'a str,
    pub name: Option<&'a str>,
    /// The policy that plays the new line on to its end, or none to stop at the branch.
    pub then: Option<&'a str>,
    pub out: &'a Path,
    pub anyway: bool,
}

pub fn run(r: &Request, locale: &Locale) -> Result<(), String> {
    let trust = if r.anyway { Trust::Anyway } else { Trust::Unchanged };
    let (game, file) = save::load_with(r.save, trust).map_err(|e| e.to_string())?;
    let scenario = game.world().resource::<LoadedScenario>().0.clone();
    let from = file.lines.current.clone();
    let origin = Origin {
        scenario: scenario.clone(),
        seed: file.seed,
        locks: file.locks.clone(),
        log: &file.commands,
        line: &from,
    };
    let (mut sim, point) = branch(&origin, r.decision, r.option).map_err(|e| locale.phrase(&e.message()))?;
    let lines = after_branch(game.world(), r.name.unwrap_or(r.option), point);
    let name = lines.current.clone();
    sim.world_mut().insert_resource(lines);
    if let Some(policy) = r.then {
        let policy = super::policy_in(policy, &scenario, locale)?;
        crate::lab::playout::play_on(&mut sim, file.seed, &policy);
    }
    save::write(&save::snapshot(&sim, &file.scenario, file.seed), r.out).map_err(|e| e.to_string())?;
    let args = [("line", name), ("from", from), ("save", r.out.display().to_string())];
    println!("{}", locale.text("cli-branched", &args));
    Ok(())
}
