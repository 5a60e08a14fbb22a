//! `jingkang validate`: checks any data file and reports every problem at file:line:col.

use crate::scenario::diagnostic::{Diagnostic, Diagnostics};
use crate::scenario::files::{self, SourceText};
use crate::scenario::load::parse;
use crate::scenario::mods;
use crate::scenario::schema::{Library, PolicyFile};
use crate::scenario::translation::{self, TranslationFile};
use crate::scenario::{Scenario, load_playable, load_policy, load_scenario};
use crate::sim::chronicle::{Arg, Phrase};
use crate::words::{Language, Locale};
use std::path::Path;
use std::process::ExitCode;

/// How `validate` reports: readable text with the source lines, or JSON for tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn run(paths: &[String], format: Format, locale: &Locale) -> ExitCode {
    let mut problems = 0;
    let mut report = Vec::new();
    let mut sources = crate::words::snippet::Sources::default();
    for path in paths {
        let folder = Path::new(path);
        let (found, scope) = if folder.join(mods::MANIFEST).is_file() {
            (mod_problems(folder), "validate-ok-mod")
        } else {
            match files::open_file(path).or_else(|e| files::open_scenario(path).map_err(|_| e)) {
                Ok(file) => check(file),
                Err(message) => (
                    vec![
                        Diagnostic::error(path, 0, 0, message)
                            .with_help("give the path of a .ron file or a mod's folder"),
                    ],
                    "validate-ok",
                ),
            }
        };
        let errors = found.iter().filter(|d| d.is_error()).count();
        problems += errors;
        if format == Format::Json {
            report.push(serde_json::json!({"path": path, "ok": errors == 0, "problems": found.iter().map(as_json).collect::<Vec<_>>()}));
            continue;
        }
        for d in &found {
            eprintln!("{}", sources.shown(d));
        }
        if errors == 0 {
            println!("{}", locale.text(scope, &[("path", path.clone())]));
        }
    }
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
        return if problems > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }
    if problems > 0 {
        let count = Arg::Count(problems as i64);
        eprintln!("{}", locale.phrase(&Phrase::new("cli-problems-found").arg("problems", count)));
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A problem for tools: where (1-based line and column, 0 for the file as a whole), how bad,
/// what, and what to do.
fn as_json(d: &Diagnostic) -> serde_json::Value {
    serde_json::json!({"file": d.file, "line": d.line, "col": d.col, "severity": d.severity_name(), "message": d.message, "help": d.help})
}

/// The folders of a mod whose files are checked with it, besides the scenarios it lists.
const MOD_DATA_FOLDERS: &[&str] = &["policies", "exercises"];

/// A mod's problems: its manifest's and its scenarios' (with their historical policies), then
/// those of every policy and exercise in its `policies/` and `exercises/` folders, each once.
fn mod_problems(folder: &Path) -> Vec<Diagnostic> {
    let opened = mods::open(folder);
    let mut found: Vec<Diagnostic> = opened.problems().into_iter().cloned().collect();
    if let mods::Found::Mod { scenarios, .. } = &opened {
        for s in scenarios.iter().filter(|s| s.loaded.is_ok()) {
            if let Ok(scenario) = crate::scenario::open(&s.path.to_string_lossy()) {
                found.extend(translations(&scenario));
            }
        }
    }
    for sub in MOD_DATA_FOLDERS {
        let Ok(entries) = std::fs::read_dir(folder.join(sub)) else { continue };
        let mut paths: Vec<_> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
        paths.sort();
        for path in paths.into_iter().take(mods::MOST_SCENARIOS * 4) {
            match files::open_file(&path.to_string_lossy()) {
                Ok(file) => found.extend(check(file).0),
                Err(message) => found.push(Diagnostic::error(path.display().to_string(), 0, 0, message)),
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    found.retain(|d| seen.insert((d.file.clone(), d.line, d.col, d.message.clone())));
    found
}

/// The problems found, and the message that says what an `ok` covers.
fn check(file: SourceText) -> (Vec<Diagnostic>, &'static str) {
    match files::kind_of(&file.text).as_str() {
        "Library" => (parse::<Library>(&file).err().into_iter().collect(), "validate-ok-library"),
        "Policy" => (check_policy(file), "validate-ok"),
        "Exercise" => (crate::scenario::load_exercise(file).err().map_or(Vec::new(), |d| d.0), "validate-ok"),
        "Translation" => (parse::<TranslationFile>(&file).err().into_iter().collect(), "validate-ok"),
        _ => match load_playable(file) {
            Ok(s) => {
                let mut found = s.warnings.clone();
                found.extend(translations(&s));
                (found, "validate-ok")
            }
            Err(Diagnostics(all)) => (all, "validate-ok"),
        },
    }
}

/// What the scenario's translations lack or give in vain, in each language but English.
fn translations(scenario: &Scenario) -> Vec<Diagnostic> {
    Language::ALL.into_iter().filter(|l| l.is_chinese()).flat_map(|l| translation::check(scenario, l)).collect()
}

/// A policy is checked against its scenario: a built-in one, or `<id>.ron` in the folder
/// above the policy.
fn check_policy(file: SourceText) -> Vec<Diagnostic> {
    let def: PolicyFile = match parse(&file) {
        Ok(def) => def,
        Err(d) => return vec![d],
    };
    let beside =
        Path::new(&file.name).parent().and_then(Path::parent).map(|dir| dir.join(format!("{}.ron", def.scenario)));
    let scenario: Result<Scenario, Diagnostics> = match beside.filter(|p| p.exists()) {
        Some(p) => match files::open_file(&p.to_string_lossy()) {
            Ok(text) => load_scenario(text),
            Err(message) => Err(Diagnostics(vec![Diagnostic::error(&file.name, 1, 1, message)])),
        },
        None => crate::scenario::open(&def.scenario),
    };
    match scenario {
        Ok(s) => match load_policy(file, &s) {
            Ok(_) => Vec::new(),
            Err(Diagnostics(all)) => all,
        },
        Err(_) => vec![
            Diagnostic::error(&file.name, 1, 1, format!("the policy's scenario `{}` cannot be loaded", def.scenario))
                .with_help("validate the scenario file first, or fix the `scenario` id"),
        ],
    }
}
