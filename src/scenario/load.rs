//! Reading scenario, library and policy files into checked data.

use super::diagnostic::{Diagnostic, Diagnostics};
use super::files::SourceText;
use super::locate::{Seg, line_col, offset_of};
use super::schema::{Library, PolicyFile, ScenarioFile};
use super::validate;
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

/// A scenario with its libraries merged in, checked and ready to play.
#[derive(Clone, Debug)]
pub struct Scenario {
    pub def: ScenarioFile,
    /// The scenario file first, then its libraries in include order.
    pub files: Vec<SourceText>,
    /// For each merged place, route, character, faction and source: its file and index there.
    pub origins: Origins,
    /// Problems that do not stop play.
    pub warnings: Vec<Diagnostic>,
}

/// Where each merged library item came from, for diagnostics.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    pub places: Vec<(usize, usize)>,
    pub routes: Vec<(usize, usize)>,
    pub characters: Vec<(usize, usize)>,
    pub factions: Vec<(usize, usize)>,
    pub sources: Vec<(usize, usize)>,
}

/// Parses RON text with the extensions data files may use (`Some` may be left out).
pub fn parse<T: DeserializeOwned>(file: &SourceText) -> Result<T, Diagnostic> {
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    options.from_str(&file.text).map_err(|e| {
        let help = match &e.code {
            ron::Error::NoSuchStructField { expected, .. } => format!("fields allowed here: {}", expected.join(", ")),
            ron::Error::MissingStructField { field, .. } => format!("add the field `{field}`"),
            ron::Error::NoSuchEnumVariant { expected, .. } => format!("write one of: {}", expected.join(", ")),
            ron::Error::Eof => "the file ends too early: a bracket or parenthesis is not closed".into(),
            _ => "see docs/modding.md for the format".into(),
        };
        Diagnostic::error(&file.name, e.span.start.line, e.span.start.col, e.code.to_string()).with_help(help)
    })
}

/// The position of a logical path in one of `files`, as a diagnostic.
pub fn at(files: &[SourceText], file: usize, path: &[Seg], message: impl Into<String>) -> Diagnostic {
    let source = &files[file];
    let (line, col) = line_col(&source.text, offset_of(&source.text, path));
    Diagnostic::error(&source.name, line, col, message)
}

/// Loads a scenario and everything it includes, and checks it.
pub fn load_scenario(file: SourceText) -> Result<Scenario, Diagnostics> {
    let mut def: ScenarioFile = parse(&file).map_err(|d| Diagnostics(vec![d]))?;
    let mut files = vec![file];
    let mut problems = Vec::new();
    let mut libraries = Vec::new();
    for (index, include) in def.include.iter().enumerate() {
        match files[0].sibling(include) {
            Ok(text) => match parse::<Library>(&text) {
                Ok(library) => {
                    files.push(text);
                    libraries.push((files.len() - 1, library));
                }
                Err(d) => problems.push(d),
            },
            Err(message) => problems.push(
                at(&files, 0, &[Seg::Field("include"), Seg::Index(index)], message)
                    .with_help("paths are relative to the scenario file"),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    let origins = merge(&mut def, libraries);
    let mut scenario = Scenario { def, files, origins, warnings: Vec::new() };
    let found = validate::check_scenario(&scenario);
    let (errors, warnings): (Vec<_>, Vec<_>) = found.into_iter().partition(|d| d.is_error());
    if errors.is_empty() {
        scenario.warnings = warnings;
        Ok(scenario)
    } else {
        Err(Diagnostics(errors.into_iter().chain(warnings).collect()))
    }
}

/// Puts library items first, then the scenario's own, remembering where each came from.
fn merge(def: &mut ScenarioFile, libraries: Vec<(usize, Library)>) -> Origins {
    fn take<T>(own: &mut Vec<T>, from_libraries: Vec<(usize, Vec<T>)>, origins: &mut Vec<(usize, usize)>) {
        let mut merged = Vec::new();
        for (file, items) in from_libraries {
            origins.extend((0..items.len()).map(|i| (file, i)));
            merged.extend(items);
        }
        origins.extend((0..own.len()).map(|i| (0, i)));
        merged.append(own);
        *own = merged;
    }
    let mut origins = Origins::default();
    let mut places = Vec::new();
    let mut routes = Vec::new();
    let mut characters = Vec::new();
    let mut factions = Vec::new();
    let mut sources = Vec::new();
    for (file, library) in libraries {
        places.push((file, library.places));
        routes.push((file, library.routes));
        characters.push((file, library.characters));
        factions.push((file, library.factions));
        sources.push((file, library.sources));
    }
    take(&mut def.places, places, &mut origins.places);
    take(&mut def.routes, routes, &mut origins.routes);
    take(&mut def.characters, characters, &mut origins.characters);
    take(&mut def.factions, factions, &mut origins.factions);
    take(&mut def.sources, sources, &mut origins.sources);
    origins
}

/// A policy checked against the scenario it plays.
#[derive(Clone, Debug)]
pub struct Policy {
    pub def: PolicyFile,
    pub file: SourceText,
}

pub fn load_policy(file: SourceText, scenario: &Scenario) -> Result<Policy, Diagnostics> {
    let def: PolicyFile = parse(&file).map_err(|d| Diagnostics(vec![d]))?;
    let policy = Policy { def, file };
    let errors = validate::check_policy(&policy, scenario);
    if errors.iter().any(|d| d.is_error()) { Err(Diagnostics(errors)) } else { Ok(policy) }
}

/// The historical policy the scenario names.
pub fn historical_policy(scenario: &Scenario) -> Result<Policy, Diagnostics> {
    let Some(path) = &scenario.def.historical_policy else {
        return Err(Diagnostics(vec![
            at(&scenario.files, 0, &[Seg::Field("id")], "this scenario names no `historical_policy`")
                .with_help("add `historical_policy: \"policies/<id>_historical.ron\"` to the scenario"),
        ]));
    };
    let file = scenario.files[0]
        .sibling(path)
        .map_err(|message| Diagnostics(vec![at(&scenario.files, 0, &[Seg::Field("historical_policy")], message)]))?;
    load_policy(file, scenario)
}
