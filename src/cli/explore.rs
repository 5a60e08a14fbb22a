//! `jingkang explore`: many seeded playouts of one or more policies, with 95% intervals, as
//! words, JSON or one CSV row a run.

use super::diagnostics;
use crate::lab::explore::{Plan, explore, runs_csv};
use crate::words::Locale;
use std::path::Path;
use std::sync::Arc;

/// What the command line asked for.
pub struct Request<'a> {
    pub scenario: &'a str,
    pub policy: &'a str,
    pub vs: Option<&'a str>,
    pub vary: Option<&'a str>,
    pub runs: usize,
    pub seed: u64,
    pub json: bool,
    pub csv: Option<&'a Path>,
    /// Where to write the report (`report.md`, `report.html`, charts, `runs.csv`).
    pub report: Option<&'a Path>,
}

impl Request<'_> {
    /// The command that runs this exploration again, for the report's reader.
    fn command_line(&self) -> String {
        let mut words = vec!["jingkang", "explore", self.scenario, "--policy", self.policy];
        let (runs, seed) = (self.runs.to_string(), self.seed.to_string());
        if let Some(vs) = self.vs {
            words.extend(["--vs", vs]);
        }
        if let Some(vary) = self.vary {
            words.extend(["--vary", vary]);
        }
        words.extend(["--runs", &runs, "--seed", &seed]);
        words.join(" ")
    }
}

pub fn run(request: &Request, locale: &Locale) -> Result<(), String> {
    let scenario = Arc::new(super::open_in(request.scenario, locale)?);
    let policy = super::policy_in(request.policy, &scenario, locale)?;
    let plan = match (request.vary, request.vs) {
        (Some(decision), _) => {
            Plan::varying(scenario.clone(), &policy, decision, request.seed, request.runs).map_err(diagnostics)?
        }
        (None, vs) => {
            let mut arms = vec![(request.policy.to_string(), policy)];
            if let Some(other) = vs {
                arms.push((other.to_string(), super::policy_in(other, &scenario, locale)?));
            }
            Plan { scenario: scenario.clone(), first_seed: request.seed, runs: request.runs, arms, varied: None }
        }
    };
    let bar = indicatif::ProgressBar::new((plan.runs * plan.arms.len()) as u64);
    // Only figures, no words: the bar is drawn on a terminal and nowhere else.
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len}  {elapsed} (~{eta})") {
        bar.set_style(style);
    }
    let exploration = explore(&plan, &|| bar.inc(1));
    bar.finish_and_clear();
    if let Some(path) = request.csv {
        std::fs::write(path, runs_csv(&exploration, &scenario)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(dir) = request.report {
        let report = crate::report::exploration::report(&exploration, &scenario, &request.command_line(), locale);
        for path in crate::report::write(&report, dir)? {
            eprintln!("{}", path.display());
        }
    }
    if request.json {
        println!("{}", serde_json::to_string_pretty(&exploration).expect("explorations serialize"));
    } else {
        print!("{}", crate::words::exploration::report(&exploration, &scenario, locale));
    }
    Ok(())
}
