//! The `jingkang` command line: thin wrappers over the library.

mod branch;
mod decisions;
mod explore;
mod ids;
mod mods;
mod new_scenario;
mod report;
mod translate;
mod validate;

use crate::lab::{PolicyKind, play_out, run_batch};
use crate::scenario::{self, Diagnostics, files};
use crate::sim::chronicle::{Arg, Phrase};
use crate::words::{Language, Locale};
use clap::{Parser, Subcommand};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser, Debug)]
#[command(name = "jingkang", version, about = "The Jin sieges of Kaifeng, 1125–1127: a historical strategy game")]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Commands>,
    /// The language of what is printed and written (en-US, zh-Hans, zh-Hant); for `play`,
    /// of the window for this run (the menu's choice is remembered otherwise).
    #[arg(long, global = true, value_enum)]
    lang: Option<Language>,
}

#[derive(Subcommand, Debug)]
enum Commands {
    /// Play in a window (the default).
    Play {
        /// Built-in scenario id or path to a scenario file.
        #[arg(default_value = "first_siege")]
        scenario: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Render, write a PNG of the window to this path, and exit.
        #[arg(long)]
        screenshot: Option<std::path::PathBuf>,
        /// With --screenshot: end this many turns before the picture.
        #[arg(long, default_value_t = 0, requires = "screenshot")]
        after_turns: u32,
        /// Continue a saved game.
        #[arg(long)]
        load: Option<std::path::PathBuf>,
        /// With --load: replay the save even if its scenario has changed since it was made.
        #[arg(long, requires = "load")]
        anyway: bool,
        /// Run this many frames, print the frame times and memory, and exit.
        #[arg(long)]
        bench_frames: Option<u32>,
        /// With --bench-frames: measure an empty Bevy + egui window instead, as a baseline.
        #[arg(long, requires = "bench_frames")]
        empty: bool,
        /// Open the main menu at launch (as `jingkang` with no arguments does).
        #[arg(long)]
        menu: bool,
        /// Play a teacher's exercise file (its scenario, seed, fixed choices and questions).
        #[arg(long, conflicts_with = "load")]
        exercise: Option<std::path::PathBuf>,
        /// A mod's folder, or a folder of mods, whose scenarios the menu offers (the mods in
        /// the player's data folder are always offered).
        #[arg(long = "mods")]
        mods: Vec<std::path::PathBuf>,
    },
    /// List the built-in scenarios.
    Scenarios,
    /// List every decision of a scenario: id, title, date window, and each option with its id,
    /// label, whether it was the historical choice and which is the default (for policies).
    Decisions {
        /// Built-in scenario id or path to a scenario file.
        scenario: String,
        /// Print JSON instead of a readable list.
        #[arg(long)]
        json: bool,
    },
    /// The ids a scenario or library defines (places, people, factions, sources, offices,
    /// cities, armies, decisions, events): `jingkang ids game:common/people.ron`.
    Ids {
        /// A built-in scenario id, a `game:` file such as `game:common/northern_china_1126.ron`,
        /// or the path of a scenario or library file.
        file: String,
        /// Print JSON instead of a readable list.
        #[arg(long)]
        json: bool,
    },
    /// Write a small working mod to start from: a manifest, a commented scenario (the
    /// tutorial's) and its historical policy, in the folder NAME.
    NewScenario {
        /// The mod's id and folder name: lower-case letters, digits and `_`.
        name: String,
        /// Write the folder inside this one instead of the current folder.
        #[arg(long)]
        into: Option<std::path::PathBuf>,
    },
    /// List the mods found (in the player's mods folder and in each --mods folder) with their
    /// scenarios, and the broken ones with why; exit 1 if any is broken.
    Mods {
        /// A mod's folder, or a folder of mods.
        #[arg(long = "mods")]
        folders: Vec<std::path::PathBuf>,
    },
    /// Check scenario, library, policy and exercise files, and mod folders; exit 1 if any has
    /// a problem.
    Validate {
        #[arg(required = true)]
        paths: Vec<String>,
        /// `text` (each problem with its source line) or `json` (for editors and tools).
        #[arg(long, value_enum, default_value = "text")]
        format: validate::Format,
    },
    /// Measure how many headless games a second this machine plays; with --window, the game's
    /// frame time and memory against an empty Bevy + egui window of the same size.
    Bench {
        #[arg(long, default_value_t = 2000)]
        runs: usize,
        /// Set-ups of each scenario's world timed for the baseline (at least --runs).
        #[arg(long, default_value_t = crate::lab::bench::SETUPS)]
        setups: usize,
        #[arg(long)]
        window: bool,
        #[arg(long, default_value_t = 300)]
        frames: u32,
    },
    /// Play every shipped policy over many seeds and print the table of outcomes (the one in
    /// the README and docs/model.md); with --write, put it into those files.
    Table {
        #[arg(long, default_value_t = 100)]
        runs: usize,
        /// Replace the table between `<!-- outcome-table -->` and `<!-- /outcome-table -->`
        /// in these files.
        #[arg(long)]
        write: Vec<std::path::PathBuf>,
    },
    /// Play many seeds of one or more policies on every core and report each outcome's share
    /// with its 95% interval, the dates' quartiles, the decisions reached and taken, and, with
    /// --vs or --vary, the difference from the first policy.
    Explore {
        /// Built-in scenario id or path to a scenario file.
        scenario: String,
        /// `historical`, `random`, a shipped policy's name, or the path of a policy file.
        #[arg(long, default_value = "historical")]
        policy: String,
        /// A second policy, played on the same seeds and compared with the first.
        #[arg(long, conflicts_with = "vary")]
        vs: Option<String>,
        /// Play the policy once for each option of this decision, compared with the first.
        #[arg(long)]
        vary: Option<String>,
        #[arg(long, default_value_t = 200)]
        runs: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print JSON instead of a readable report.
        #[arg(long)]
        json: bool,
        /// Also write one row a run to this CSV file.
        #[arg(long)]
        csv: Option<std::path::PathBuf>,
        /// Also write a report into this folder: report.md, report.html, a chart of the
        /// capital's fall in each policy (PNG) and runs.csv.
        #[arg(long)]
        report: Option<std::path::PathBuf>,
    },
    /// Write a report of a saved game beside the historical-policy game of the same seed:
    /// report.md, report.html, the charts (PNG), series.csv and the save to reproduce it.
    Export {
        /// A save, from the game or `simulate --save`.
        save: std::path::PathBuf,
        /// The folder to write into (made if missing).
        #[arg(long)]
        out: std::path::PathBuf,
        /// Set the save's line beside this other line of the same game instead of beside
        /// Qinzong's choices.
        #[arg(long)]
        against: Option<String>,
        /// Replay the save even if its scenario has changed since it was made.
        #[arg(long)]
        anyway: bool,
    },
    /// Replay a saved game to a decision, take another option there and play on: the new line
    /// and the old are both kept in the new save.
    Branch {
        save: std::path::PathBuf,
        /// The decision to take otherwise (its id: `jingkang decisions SCENARIO`).
        #[arg(long)]
        at: String,
        /// The option to take there.
        #[arg(long)]
        take: String,
        /// The new line's name (the option's id if not given).
        #[arg(long)]
        name: Option<String>,
        /// The policy that plays the rest of the new line (`historical`: Qinzong's remaining
        /// choices), or `none` to stop at the branch and play on in the window.
        #[arg(long, default_value = "historical")]
        then: String,
        /// Where to write the save with both lines.
        #[arg(long)]
        out: std::path::PathBuf,
        #[arg(long)]
        anyway: bool,
    },
    /// Write the translation of a scenario or library file into another language to fill in:
    /// every English text of the file, with what its translation beside it already gives.
    Translate {
        /// A scenario or library file.
        file: String,
        /// The language to translate into (zh-Hans or zh-Hant).
        #[arg(long = "into", value_enum)]
        into: Language,
        /// Write `FILE.<language>.ron` beside the file instead of printing it.
        #[arg(long)]
        write: bool,
    },
    /// Play headless under a policy and report.
    Simulate {
        /// Built-in scenario id or path to a scenario file.
        scenario: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// `historical`, `random`, a shipped policy's name (`first_siege_flight`), or the path of
        /// a policy file.
        #[arg(long, default_value = "historical")]
        policy: String,
        /// Play this many seeds, from --seed on, and print a summary.
        #[arg(long)]
        runs: Option<usize>,
        /// Print JSON instead of a readable report.
        #[arg(long)]
        json: bool,
        /// Also save the finished game here (a single run only), to open it in the window
        /// with `play --load`.
        #[arg(long, conflicts_with = "runs")]
        save: Option<std::path::PathBuf>,
    },
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let locale = Locale::new(cli.lang.unwrap_or_default());
    let default = Commands::Play {
        scenario: "first_siege".into(),
        seed: 1,
        screenshot: None,
        after_turns: 0,
        load: None,
        anyway: false,
        bench_frames: None,
        empty: false,
        menu: true,
        exercise: None,
        mods: Vec::new(),
    };
    let result = match cli.command.unwrap_or(default) {
        Commands::Play { bench_frames: Some(frames), empty: true, .. } => crate::game::frames::run_empty(frames),
        Commands::Play { exercise: Some(path), seed, screenshot, after_turns, bench_frames, .. } => {
            let language = cli.lang;
            let options = crate::game::PlayOptions {
                seed,
                screenshot,
                after_turns,
                bench_frames,
                language,
                ..Default::default()
            };
            play_exercise(&path, options)
        }
        Commands::Play { scenario, seed, screenshot, after_turns, load, anyway, bench_frames, menu, mods, .. } => {
            let trust = if anyway { crate::save::Trust::Anyway } else { crate::save::Trust::Unchanged };
            let load = load.map(|path| (path, trust));
            let options = crate::game::PlayOptions {
                seed,
                screenshot,
                after_turns,
                load,
                bench_frames,
                show_menu: menu,
                exercise: None,
                mods,
                language: cli.lang,
            };
            play(&scenario, options, &locale)
        }
        Commands::Scenarios => scenarios(&locale),
        Commands::Decisions { scenario, json } => decisions::run(&scenario, json, &locale),
        Commands::Ids { file, json } => ids::run(&file, json, &locale),
        Commands::Table { runs, write } => table(runs, &write, &locale),
        Commands::Bench { window: true, frames, .. } => bench_window(frames),
        Commands::Bench { runs, setups, .. } => crate::lab::bench::measure(runs, setups)
            .map(|figures| crate::words::bench::report(&figures, &locale).iter().for_each(|l| println!("{l}"))),
        Commands::Validate { paths, format } => return validate::run(&paths, format, &locale),
        Commands::Mods { folders } => return mods::run(&folders, &locale),
        Commands::NewScenario { name, into } => new_scenario::run(&name, into.as_deref(), &locale),
        Commands::Explore { scenario, policy, vs, vary, runs, seed, json, csv, report } => {
            let request = explore::Request {
                scenario: &scenario,
                policy: &policy,
                vs: vs.as_deref(),
                vary: vary.as_deref(),
                runs,
                seed,
                json,
                csv: csv.as_deref(),
                report: report.as_deref(),
            };
            explore::run(&request, &locale)
        }
        Commands::Export { save, out, against, anyway } => export(&save, &out, against.as_deref(), anyway, &locale),
        Commands::Branch { save, at, take, name, then, out, anyway } => branch::run(
            &branch::Request {
                save: &save,
                decision: &at,
                option: &take,
                name: name.as_deref(),
                then: Some(then.as_str()).filter(|p| *p != "none"),
                out: &out,
                anyway,
            },
            &locale,
        ),
        Commands::Translate { file, into, write } => translate::run(&file, into, write, &locale),
        Commands::Simulate { scenario, seed, policy, runs, json, save } => simulate(
            &Simulation { scenario_ref: &scenario, seed, policy: &policy, runs, json, save: save.as_deref() },
            &locale,
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// A scenario with its texts in the locale's language.
fn open_in(reference: &str, locale: &Locale) -> Result<scenario::Scenario, String> {
    let opened = scenario::open(reference).map_err(|d| diagnostics_in(d, locale))?;
    locale.scenario(&opened).map_err(|d| diagnostics_in(d, locale))
}

/// A policy by name or path, its title in the locale's language.
fn policy_in(name: &str, scenario: &scenario::Scenario, locale: &Locale) -> Result<PolicyKind, String> {
    let policy = PolicyKind::resolve(name, scenario).map_err(|d| diagnostics_in(d, locale))?;
    locale.policy(policy).map_err(|d| diagnostics_in(d, locale))
}

/// A saved game replayed, its texts in the locale's language.
fn load_in(
    save: &std::path::Path,
    trust: crate::save::Trust,
    locale: &Locale,
) -> Result<(crate::sim::Sim, crate::save::SaveFile), String> {
    let (mut game, file) = crate::save::load_with(save, trust).map_err(|e| e.to_string())?;
    if locale.language() != Language::English {
        let english = game.world().resource::<crate::sim::script::record::LoadedScenario>().0.clone();
        let translated = Arc::new(locale.scenario(&english).map_err(|d| diagnostics_in(d, locale))?);
        crate::save::replay_on(game.world_mut(), translated, file.seed).map_err(|e| e.to_string())?;
    }
    Ok((game, file))
}

fn play(scenario_ref: &str, options: crate::game::PlayOptions, locale: &Locale) -> Result<(), String> {
    let scenario = Arc::new(scenario::open(scenario_ref).map_err(|d| diagnostics_in(d, locale))?);
    crate::game::run(scenario_ref, scenario, options)
}

/// A teacher's exercise in the window: its scenario from its seed, its choices fixed.
fn play_exercise(path: &std::path::Path, mut options: crate::game::PlayOptions) -> Result<(), String> {
    let exercise = crate::game::exercise::open(&path.to_string_lossy())?;
    // Saves name the scenario so that it opens from anywhere: a built-in id, or its file.
    let scenario_ref = if files::BUILTIN_SCENARIOS.contains(&exercise.def.scenario.as_str()) {
        exercise.def.scenario.clone()
    } else {
        path.parent().unwrap_or(std::path::Path::new("")).join(&exercise.def.scenario).display().to_string()
    };
    options.seed = exercise.def.seed;
    let scenario = exercise.scenario.clone();
    options.exercise = Some(exercise);
    crate::game::run(&scenario_ref, scenario, options)
}

fn scenarios(locale: &Locale) -> Result<(), String> {
    for id in files::BUILTIN_SCENARIOS {
        let s = open_in(id, locale)?;
        let args =
            [("title", s.def.title.clone()), ("start", locale.date(s.def.start)), ("end", locale.date(s.def.end))];
        println!("{:<14} {}\n{:<14} {}", s.def.id, locale.text("cli-scenario", &args), "", s.def.summary);
    }
    Ok(())
}

fn export(
    save: &std::path::Path,
    out: &std::path::Path,
    against: Option<&str>,
    anyway: bool,
    locale: &Locale,
) -> Result<(), String> {
    let trust = if anyway { crate::save::Trust::Anyway } else { crate::save::Trust::Unchanged };
    let (game, file) = load_in(save, trust, locale)?;
    let report = match against {
        None => crate::report::game::from_save(game.world(), &file, locale),
        Some(line) => {
            let other = crate::save::line_of(&file, line).ok_or_else(|| {
                let names: Vec<&str> = file.lines.names().collect();
                locale.text(
                    "cli-no-such-line",
                    &[
                        ("line", line.to_string()),
                        ("lines", locale.join(&names.iter().map(|n| n.to_string()).collect::<Vec<_>>())),
                    ],
                )
            })?;
            let (other, _) = crate::save::replay_save(other, save, trust).map_err(|e| e.to_string())?;
            crate::report::game::against_line(game.world(), other.world(), &file, locale)
        }
    };
    for path in crate::report::write(&report, out)? {
        println!("{}", path.display());
    }
    Ok(())
}

/// Problems that stop a command, with the line saying nothing was played, in English.
fn diagnostics(d: Diagnostics) -> String {
    diagnostics_in(d, &Locale::english())
}

fn diagnostics_in(d: Diagnostics, locale: &Locale) -> String {
    let count = Arg::Count(d.errors().count() as i64);
    let problems = locale.phrase(&Phrase::new("cli-nothing-played").arg("problems", count));
    format!("{d}\n{problems}")
}

/// What `simulate` was asked to play.
struct Simulation<'a> {
    scenario_ref: &'a str,
    seed: u64,
    policy: &'a str,
    runs: Option<usize>,
    json: bool,
    save: Option<&'a std::path::Path>,
}

fn simulate(request: &Simulation, locale: &Locale) -> Result<(), String> {
    let Simulation { scenario_ref, seed, policy, runs, json, save } = *request;
    let scenario = Arc::new(open_in(scenario_ref, locale)?);
    let policy = policy_in(policy, &scenario, locale)?;
    match runs {
        None => {
            let (result, sim) = play_out(scenario.clone(), seed, &policy);
            if let Some(path) = save {
                crate::save::write(&crate::save::snapshot(&sim, scenario_ref, seed), path)
                    .map_err(|e| e.to_string())?;
            }
            for r in &result.refused_orders {
                let args = [("date", r.date.to_string()), ("army", r.army.clone()), ("reason", r.reason.clone())];
                eprintln!("{}", locale.text("cli-order-refused", &args));
            }
            if json {
                let mut value = serde_json::to_value(&result).expect("results serialize");
                value["chronicle"] =
                    serde_json::to_value(report::chronicle_lines(&sim, locale)).expect("lines serialize");
                println!("{}", serde_json::to_string_pretty(&value).expect("values serialize"));
            } else {
                print!("{}", report::run_report(&scenario, &result, &sim, locale));
            }
        }
        Some(runs) => {
            let (summary, _) = run_batch(scenario.clone(), seed, runs, &policy);
            if json {
                println!("{}", serde_json::to_string_pretty(&summary).expect("summaries serialize"));
            } else {
                print!("{}", report::batch_report(&scenario, &summary, locale));
            }
        }
    }
    Ok(())
}

fn table(runs: usize, write: &[std::path::PathBuf], locale: &Locale) -> Result<(), String> {
    let table = crate::report::outcome_table::markdown(&crate::lab::table::outcome_table(runs)?, runs);
    if write.is_empty() {
        print!("{table}");
    }
    for path in write {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let updated = crate::lab::table::replace_block(&text, &table)
            .ok_or_else(|| locale.text("table-no-block", &[("path", path.display().to_string())]))?;
        std::fs::write(path, updated).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("{}", locale.text("table-written", &[("path", path.display().to_string())]));
    }
    Ok(())
}

/// Runs the game and an empty window in turn, each in its own process (so memory is measured
/// separately), and prints both and their ratio.
fn bench_window(frames: u32) -> Result<(), String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let measure = |extra: &[&str]| -> Result<(f64, f64), String> {
        let out = std::process::Command::new(&me)
            .args(["play", "first_siege", "--bench-frames", &frames.to_string()])
            .args(extra)
            .output()
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text
            .lines()
            .find(|l| l.starts_with("frames="))
            .ok_or_else(|| format!("no measurement from {extra:?}:\n{}", String::from_utf8_lossy(&out.stderr)))?;
        println!("{}: {line}", if extra.is_empty() { "game " } else { "empty" });
        let field = |name: &str| {
            line.split_whitespace()
                .find_map(|kv| kv.strip_prefix(name))
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        Ok((field("mean_ms="), field("rss_mb=")))
    };
    let (empty_ms, empty_mb) = measure(&["--empty"])?;
    let (game_ms, game_mb) = measure(&[])?;
    println!("ratio: frame time {:.2}x, memory {:.2}x", game_ms / empty_ms.max(0.01), game_mb / empty_mb.max(1.0));
    Ok(())
}
