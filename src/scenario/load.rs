//! Reading scenario, library and policy files into checked data.

use super::diagnostic::{Diagnostic, Diagnostics};
use super::files::{GAME_PREFIX, SourceText};
use super::locate::Seg;
use super::schema::{
    ArmyDef, CastDef, ChapterDef, CharacterDef, CityDef, DecisionDef, EventDef, ExerciseFile, FactionDef, HistoryDef,
    Library, MilestoneDef, OfficeDef, PlaceDef, PolicyFile, RouteDef, ScenarioFile, SourceDef,
};
use super::validate;
use std::sync::Arc;

pub use super::loaded::{Exercise, Origin, Origins, Override, Policy, Scenario};
pub use super::read::{NESTING, at, parse};

/// The most files a scenario may include, and the most its files may come to together:
/// each file may be up to 4 MB, and a file included a thousand times must not fill memory.
pub const MOST_INCLUDES: usize = 64;
pub const MOST_BYTES: usize = 16 * 1024 * 1024;

/// Loads a scenario and everything it includes, and checks it.
pub fn load_scenario(file: SourceText) -> Result<Scenario, Diagnostics> {
    let mut def: ScenarioFile = parse(&file).map_err(|d| Diagnostics(vec![d]))?;
    let mut files = vec![file];
    let mut problems = Vec::new();
    let mut libraries = Vec::new();
    let mut bytes = files[0].text.len();
    for (index, include) in def.include.iter().enumerate() {
        let here = || at(&files, 0, &[Seg::Field("include"), Seg::Index(index)], "");
        if index == MOST_INCLUDES {
            let message = format!("a scenario may include at most {MOST_INCLUDES} files");
            problems
                .push(Diagnostic { message, ..here() }.with_help("put the libraries' lists together in fewer files"));
            break;
        }
        match files[0].sibling(include) {
            Ok(text) if bytes + text.text.len() > MOST_BYTES => {
                let message = format!(
                    "with `{include}` the scenario's files come to more than {} MB, the most a scenario may be",
                    MOST_BYTES / (1024 * 1024)
                );
                problems.push(Diagnostic { message, ..here() }.with_help("is a library included twice?"));
                break;
            }
            Ok(text) => match parse::<Library>(&text) {
                Ok(library) => {
                    bytes += text.text.len();
                    files.push(text);
                    libraries.push((files.len() - 1, library));
                }
                Err(d) => problems.push(d),
            },
            Err(message) => {
                let help = if include.starts_with(GAME_PREFIX) {
                    "`jingkang ids game:...` lists what each of the game's libraries defines (docs/modding.md 1.5)"
                } else {
                    "paths are relative to the scenario file"
                };
                problems.push(at(&files, 0, &[Seg::Field("include"), Seg::Index(index)], message).with_help(help))
            }
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    let origins = merge(&mut def, libraries);
    let too_many = too_many(&def, &files);
    if !too_many.is_empty() {
        return Err(Diagnostics(too_many));
    }
    let notes = overridden(&origins, &files);
    let mut scenario = Scenario::new(def, files, origins);
    let found = validate::check_scenario(&scenario).into_iter().chain(notes).collect::<Vec<_>>();
    let (errors, warnings): (Vec<_>, Vec<_>) = found.into_iter().partition(|d| d.is_error());
    if errors.is_empty() {
        scenario.warnings = warnings;
        Ok(scenario)
    } else {
        Err(Diagnostics(errors.into_iter().chain(warnings).collect()))
    }
}

/// The most of each kind of thing a scenario may have, with its libraries. The shipped
/// map has 65 places; the limits keep a file from making a game that
/// cannot be held in memory (the distances between places grow as their square) or played.
pub const LIMITS: &[(&str, usize)] = &[
    ("places", 2_000),
    ("routes", 20_000),
    ("cities", 2_000),
    ("characters", 5_000),
    ("armies", 1_000),
    ("decisions", 1_000),
    ("events", 5_000),
    ("outcomes", 500),
    ("milestones", 1_000),
];

/// Each kind of thing the scenario has more of than [`LIMITS`] allows, at its field.
fn too_many(def: &ScenarioFile, files: &[SourceText]) -> Vec<Diagnostic> {
    let count = |kind: &str| match kind {
        "places" => def.places.len(),
        "routes" => def.routes.len(),
        "cities" => def.cities.len(),
        "characters" => def.characters.len(),
        "armies" => def.armies.len(),
        "decisions" => def.decisions.len(),
        "events" => def.events.len(),
        "outcomes" => def.outcomes.len(),
        _ => def.milestones.len(),
    };
    LIMITS
        .iter()
        .filter(|(kind, most)| count(kind) > *most)
        .map(|&(kind, most)| {
            let message = format!("the scenario has {} {kind}: the most a scenario may have is {most}", count(kind));
            at(files, 0, &[Seg::Field(kind)], message).with_help("split it into several scenarios")
        })
        .collect()
}

/// A note at each item a later file overrides, naming the file it replaces it from, so a
/// modder sees what their mod changes of the base data.
fn overridden(origins: &Origins, files: &[SourceText]) -> Vec<Diagnostic> {
    origins
        .overrides
        .iter()
        .map(|o| {
            let from = &files[o.replaced.file].name;
            let (path, message) = match o.list {
                "court" | "diplomacy" => {
                    (vec![Seg::Field(o.list)], format!("overrides the {} given by `{from}`", o.list))
                }
                list => {
                    let key = match list {
                        "cast" => "character",
                        "cities" => "place",
                        _ => "id",
                    };
                    let path = vec![Seg::Field(list), Seg::Index(o.by.index), Seg::Field(key)];
                    (path, format!("overrides {} `{}` of `{from}`", singular(list), o.id))
                }
            };
            at(files, o.by.file, &path, message).note()
        })
        .collect()
}

/// The noun for one item of a merged list, as messages name it.
fn singular(list: &str) -> &str {
    match list {
        "places" => "place",
        "characters" => "character",
        "factions" => "faction",
        "sources" => "source",
        "cast" => "the cast entry of",
        "cities" => "the city at",
        "armies" => "army",
        "decisions" => "decision",
        "events" => "event",
        "chapters" => "chapter",
        _ => "milestone",
    }
}

/// Merges one list: library items first, in include order, then the scenario's own. An id
/// given in an earlier file and again in a later one is overridden in place (a mod's way to
/// change the base data without copying it); twice in one file stays a duplicate for the
/// checker to report.
fn merge_list<T: Keyed>(
    list: &'static str,
    own: &mut Vec<T>,
    from_libraries: Vec<(usize, Vec<T>)>,
    origins: &mut Vec<Origin>,
    overrides: &mut Vec<Override>,
) {
    let own_items = (0, std::mem::take(own));
    let mut first_at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (file, items) in from_libraries.into_iter().chain([own_items]) {
        for (index, item) in items.into_iter().enumerate() {
            let origin = Origin { file, index };
            let id = item.key().map(str::to_string);
            match id.as_ref().and_then(|id| first_at.get(id)) {
                Some(&at) if origins[at].file != file => {
                    let replaced = std::mem::replace(&mut origins[at], origin);
                    overrides.push(Override { list, id: id.unwrap_or_default(), replaced, by: origin });
                    own[at] = item;
                }
                _ => {
                    if let Some(id) = id {
                        first_at.entry(id).or_insert(own.len());
                    }
                    origins.push(origin);
                    own.push(item);
                }
            }
        }
    }
}

/// What a merged list's items are known by, for overriding: the id, or for a cast entry its
/// character and for a city its place. Routes and history lines have none and only add up.
trait Keyed {
    fn key(&self) -> Option<&str> {
        None
    }
}

macro_rules! keyed {
    ($($ty:ty => $field:ident),* ; $($plain:ty),*) => {
        $(impl Keyed for $ty { fn key(&self) -> Option<&str> { Some(&self.$field) } })*
        $(impl Keyed for $plain {})*
    };
}

keyed!(PlaceDef => id, CharacterDef => id, FactionDef => id, SourceDef => id, CastDef => character,
    CityDef => place, ArmyDef => id, DecisionDef => id, EventDef => id, ChapterDef => id, MilestoneDef => id;
    RouteDef, HistoryDef);

/// Puts library items first, in include order, then the scenario's own, remembering where
/// each came from and what later files override.
fn merge(def: &mut ScenarioFile, mut libraries: Vec<(usize, Library)>) -> Origins {
    let mut o = Origins::default();
    macro_rules! merge_lists {
        ($($list:ident),*) => {$(
            let items = libraries.iter_mut().map(|(file, l)| (*file, std::mem::take(&mut l.$list))).collect();
            merge_list(stringify!($list), &mut def.$list, items, &mut o.$list, &mut o.overrides);
        )*};
    }
    merge_lists!(
        places, routes, characters, factions, sources, cast, cities, armies, decisions, events, history, chapters,
        milestones
    );
    let added_offices: Vec<(usize, Vec<OfficeDef>)> =
        libraries.iter_mut().map(|(file, l)| (*file, std::mem::take(&mut l.offices))).collect();
    // The court and the diplomacy are one each: a later file's replaces an earlier one's,
    // and the scenario's own comes last.
    let own = (0, def.court_def.take(), def.diplomacy_def.take());
    let from_libraries = libraries.into_iter().map(|(file, l)| (file, l.court, l.diplomacy));
    for (file, court, diplomacy) in from_libraries.chain([own]) {
        let by = Origin { file, index: 0 };
        if let Some(court) = court {
            if let Some(before) = o.court.replace(file) {
                o.overrides.push(Override {
                    list: "court",
                    id: String::new(),
                    replaced: Origin { file: before, index: 0 },
                    by,
                });
            }
            def.court_def = Some(court);
        }
        if let Some(diplomacy) = diplomacy {
            if let Some(before) = o.diplomacy.replace(file) {
                let replaced = Origin { file: before, index: 0 };
                o.overrides.push(Override { list: "diplomacy", id: String::new(), replaced, by });
            }
            def.diplomacy_def = Some(diplomacy);
        }
    }
    if let Some(court) = &mut def.court_def {
        let court_file = o.court.unwrap_or(0);
        o.offices = (0..court.offices.len())
            .map(|i| (court_file, vec![Seg::Field("court"), Seg::Field("offices"), Seg::Index(i)]))
            .collect();
        for (file, offices) in added_offices {
            o.offices.extend((0..offices.len()).map(|i| (file, vec![Seg::Field("offices"), Seg::Index(i)])));
            court.offices.extend(offices);
        }
    }
    o
}

pub fn load_policy(file: SourceText, scenario: &Scenario) -> Result<Policy, Diagnostics> {
    let def: PolicyFile = parse(&file).map_err(|d| Diagnostics(vec![d]))?;
    let policy = Policy { def, file };
    let errors = validate::check_policy(&policy, scenario);
    if errors.iter().any(|d| d.is_error()) { Err(Diagnostics(errors)) } else { Ok(policy) }
}

/// Loads an exercise and its scenario: a built-in id, or a scenario file beside the exercise.
pub fn load_exercise(file: SourceText) -> Result<Exercise, Diagnostics> {
    let def: ExerciseFile = parse(&file).map_err(|d| Diagnostics(vec![d]))?;
    let files = std::slice::from_ref(&file);
    let scenario = if super::files::BUILTIN_SCENARIOS.contains(&def.scenario.as_str()) {
        super::open(&def.scenario)
    } else {
        let text =
            file.sibling(&def.scenario).map_err(|m| Diagnostics(vec![at(files, 0, &[Seg::Field("scenario")], m)]))?;
        load_scenario(text)
    }
    .map_err(|_| {
        let message = format!("the exercise's scenario `{}` cannot be loaded", def.scenario);
        Diagnostics(vec![
            at(files, 0, &[Seg::Field("scenario")], message)
                .with_help("give a built-in scenario id, or the path of a valid scenario file beside the exercise"),
        ])
    })?;
    let mut problems = validate::check_choices(files, "locked", &def.locked, &scenario.def);
    // A fixed option must be one the card always offers: where it is not on the card, the
    // class would be made to take a choice that makes no sense there.
    for (decision, option) in &def.locked {
        let d = scenario.def.decisions.iter().find(|d| &d.id == decision);
        let o = d.and_then(|d| d.options.iter().find(|o| &o.id == option));
        if o.is_some_and(|o| o.when != crate::scenario::schema::Condition::Always) {
            let path = [Seg::Field("locked"), Seg::Key(decision.clone())];
            problems.push(
                at(
                    files,
                    0,
                    &path,
                    format!("option `{option}` is offered only in some situations, so it cannot be fixed"),
                )
                .with_help("fix an option the card always offers, or leave this decision open"),
            );
        }
    }
    if def.questions.is_empty() {
        problems.push(
            at(files, 0, &[Seg::Field("questions")], "an exercise asks at least one question".to_string())
                .with_help("add the questions the students answer: `questions: [\"…\"]`"),
        );
    }
    if problems.iter().any(|d| d.is_error()) {
        return Err(Diagnostics(problems));
    }
    Ok(Exercise { def, file, scenario: Arc::new(scenario) })
}

/// Loads a scenario and checks that the historical policy it names (the one the track, the
/// debrief and the lab play) plays it: a scenario whose policy cannot be played is not valid.
pub fn load_playable(file: SourceText) -> Result<Scenario, Diagnostics> {
    let scenario = load_scenario(file)?;
    if scenario.def.historical_policy.is_some()
        && let Err(Diagnostics(problems)) = historical_policy(&scenario)
    {
        return Err(Diagnostics(problems.into_iter().chain(scenario.warnings).collect()));
    }
    Ok(scenario)
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
