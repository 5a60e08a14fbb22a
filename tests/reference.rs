//! `docs/modding.md` against the format it describes: every field of every record, every
//! variant of every list of kinds (effects, conditions, orders, goals…) and every field of
//! those variants is named in the reference section for it, so a field added to the schema
//! without its documentation fails here; and every example in the docs is one the game reads.
//!
//! The schema's own names come from the parser: asked for a field that does not exist, it
//! answers with the fields that do.

use jingkang::scenario::files::SourceText;
use jingkang::scenario::load::parse;
use jingkang::scenario::mods::Manifest;
use jingkang::scenario::schema::*;
use jingkang::scenario::text::Text;
use serde::de::DeserializeOwned;

fn docs() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/modding.md")).unwrap()
}

/// The text of the section whose heading starts with `heading`, up to the next heading of
/// its level or above.
fn section(docs: &str, heading: &str) -> String {
    let start = docs.find(&format!("\n{heading}")).unwrap_or_else(|| panic!("no section `{heading}`"));
    let level = heading.chars().take_while(|c| *c == '#').count();
    let rest = &docs[start + 1..];
    let end = rest[1..]
        .match_indices("\n#")
        .find(|(i, _)| rest[i + 2..].chars().take_while(|c| *c == '#').count() <= level)
        .map_or(rest.len(), |(i, _)| i + 1);
    rest[..end].to_string()
}

fn read<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    parse::<T>(&SourceText::in_memory("probe.ron", text)).map_err(|d| d.message)
}

/// The names in the parser's answer: "…, expected one of `a`, `b`" or "…: `a`, `b`".
fn names_in(message: &str) -> Vec<String> {
    // "Unexpected field…, expected one of": the list follows the last "expected".
    let listed = message.rsplit_once("expected").map_or(message, |(_, l)| l);
    listed.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

/// The fields of the record `T`, asked of the parser.
fn fields<T: DeserializeOwned + std::fmt::Debug>(shape: &str) -> Vec<String> {
    let message = read::<T>(&shape.replace("{}", "zzz_no_such_field: 0")).expect_err("the probe is refused");
    let names = names_in(&message);
    assert!(!names.is_empty(), "the parser did not list the fields of `{shape}`: {message}");
    names
}

/// The variants of the enum `T`, asked of the parser.
fn variants<T: DeserializeOwned + std::fmt::Debug>() -> Vec<String> {
    let message = read::<T>("ZzzNoSuchVariant").expect_err("the probe is refused");
    let names = names_in(&message);
    assert!(!names.is_empty(), "the parser did not list the variants: {message}");
    names
}

/// The fields of each struct-like variant of the enum `T` (tuple variants have none).
fn variant_fields<T: DeserializeOwned + std::fmt::Debug>() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for v in variants::<T>() {
        if let Err(message) = read::<T>(&format!("{v}(zzz_no_such_field: 0)"))
            && message.contains("field named `zzz_no_such_field`")
        {
            out.extend(names_in(&message).into_iter().map(|f| (v.clone(), f)));
        }
    }
    out
}

fn named(section: &str, name: &str) -> bool {
    section.contains(&format!("`{name}`"))
        || section.contains(&format!("`{name}("))
        || section.contains(&format!("{name}:"))
}

#[test]
fn every_field_and_kind_of_the_format_is_in_its_section_of_the_reference() {
    let docs = docs();
    let mut missing = Vec::new();
    let mut check = |heading: &str, what: &str, names: Vec<String>| {
        let text = section(&docs, heading);
        for name in names {
            if !named(&text, &name) {
                missing.push(format!("{what} `{name}` is not described in `{heading}`"));
            }
        }
    };
    check("### 3.1 Scenario", "scenario field", fields::<ScenarioFile>("Scenario({})"));
    check("### 3.2 Library", "library field", fields::<Library>("Library({})"));
    check("### 3.3 Policy", "policy field", fields::<PolicyFile>("Policy({})"));
    check("### 3.5 Place", "place field", fields::<PlaceDef>("({})"));
    check("### 3.5 Place", "place kind", variants::<PlaceKind>());
    check("### 3.6 Route", "route field", fields::<RouteDef>("({})"));
    check("### 3.6 Route", "route kind", variants::<RouteKind>());
    check("### 3.7 Faction", "faction field", fields::<FactionDef>("({})"));
    check("### 3.8 Character", "character field", fields::<CharacterDef>("({})"));
    check("### 3.8 Character", "skill", fields::<Skills>("({})"));
    check("### 3.8 Character", "trait", variants::<Trait>());
    check("### 3.10 Cast", "status", variants::<Status>());
    check("### 3.9 Court", "court field", fields::<CourtDef>("({})"));
    check("### 3.9 Court", "office field", fields::<OfficeDef>("({})"));
    check("### 3.9 Court", "treasury field", fields::<Treasury>("({})"));
    check("### 3.10 Cast", "cast field", fields::<CastDef>("({})"));
    check("### 3.11 City", "city field", fields::<CityDef>("({})"));
    check("### 3.12 Army", "army field", fields::<ArmyDef>("({})"));
    check("### 3.13 Orders", "order", variants::<OrderDef>());
    check("### 3.14 Plans", "goal", variants::<GoalDef>());
    check("### 3.14 Plans", "withdraw rule field", fields::<WithdrawRule>("({})"));
    check("### 3.15 Diplomacy", "diplomacy field", fields::<DiplomacyDef>("({})"));
    check("### 3.15 Diplomacy", "terms field", fields::<TermsDef>("({})"));
    check("### 3.15 Diplomacy", "treaty state", variants::<TreatyState>());
    check("### 3.16 Trigger", "trigger field", fields::<TriggerDef>("({})"));
    check("### 3.17 Decision", "decision field", fields::<DecisionDef>("({})"));
    check("### 3.17 Decision", "option field", fields::<OptionDef>("({})"));
    check("### 3.18 Event", "event field", fields::<EventDef>("({})"));
    check("### 3.19 Outcome", "outcome field", fields::<OutcomeDef>("({})"));
    check("### 3.20 History", "history field", fields::<HistoryDef>("({})"));
    check("### 3.21 Source", "source field", fields::<SourceDef>("({})"));
    check("### 3.23 Effects", "effect", variants::<Effect>());
    check("### 3.23 Effects", "effect field", variant_fields::<Effect>().into_iter().map(|(_, f)| f).collect());
    check("### 3.24 Conditions", "condition", variants::<Condition>());
    check("### 3.24 Conditions", "army state", variants::<ArmyState>());
    let condition_fields = variant_fields::<Condition>().into_iter().map(|(_, f)| f).collect();
    check("### 3.24 Conditions", "condition field", condition_fields);
    check("### 3.27 Weighed events", "odds field", fields::<OddsDef>("({})"));
    check("### 3.27 Weighed events", "factor field", fields::<FactorDef>("({})"));
    check("### 3.27 Weighed events", "measure", variants::<Measure>());
    check("### 3.28 Chapters", "chapter field", fields::<ChapterDef>("({})"));
    check("### 3.28 Chapters", "milestone field", fields::<MilestoneDef>("({})"));
    check("## 5. Policies", "exercise field", fields::<ExerciseFile>("Exercise({})"));
    check("### 1.1a Mods", "manifest field", fields::<Manifest>("Mod({})"));
    assert!(missing.is_empty(), "the reference lacks:\n{}", missing.join("\n"));
}

/// The `ron` blocks of the docs, with the line each starts at.
fn blocks(docs: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in docs.lines().enumerate() {
        // Blocks inside quotes (`> ```ron`) are examples too.
        let line = line.strip_prefix("> ").or_else(|| line.strip_prefix('>')).unwrap_or(line);
        match (&mut current, line.trim_start().starts_with("```")) {
            (None, true) if line.trim() == "```ron" => current = Some((n + 2, String::new())),
            (Some(_), true) => out.extend(current.take()),
            (Some((_, text)), false) => {
                text.push_str(line);
                text.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// Whether `text` reads as one of the things a data file holds, whole or as an item of a
/// list, and which.
fn reads_as(text: &str) -> Result<&'static str, String> {
    macro_rules! try_as {
        ($($name:literal => $ty:ty),* $(,)?) => {{
            let mut why = String::new();
            $(
                match read::<$ty>(text) {
                    Ok(_) => return Ok($name),
                    Err(e) if why.is_empty() => why = format!("as {}: {e}", $name),
                    Err(_) => {}
                }
                // An item shown with the comma that follows it in its list.
                if let Some(item) = text.trim_end().strip_suffix(',')
                    && read::<$ty>(item).is_ok()
                {
                    return Ok($name);
                }
            )*
            Err(why)
        }};
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect();
    // Several short examples, one a line.
    if lines.len() > 1 && lines.iter().all(|l| reads_as(l).is_ok()) {
        return Ok("examples");
    }
    let first = lines.first().copied().unwrap_or("");
    match first.split('(').next().unwrap_or("") {
        // A whole scenario must be one the game plays, with every id and number checked.
        "Scenario" => {
            let file = SourceText::in_memory("example.ron", text);
            return jingkang::scenario::load_scenario(file).map(|_| "scenario").map_err(|d| d.to_string());
        }
        "Library" => return read::<Library>(text).map(|_| "library"),
        "Policy" => return read::<PolicyFile>(text).map(|_| "policy"),
        "Exercise" => return read::<ExerciseFile>(text).map(|_| "exercise"),
        "Mod" => return read::<Manifest>(text).map(|_| "manifest"),
        _ => {}
    }
    // Fields of a record shown alone (`include: [...]`, `rules: (...)`, an option's `label`):
    // they read inside some record, which then lacks only its other fields.
    if first.contains(':') && !first.starts_with('(') {
        let body = text.trim_end().trim_end_matches(',');
        let fits = |r: Result<(), String>| r.is_ok() || r.is_err_and(|e| e.contains("missing field"));
        let inside = [
            fits(read::<ScenarioFile>(&format!("Scenario({body})")).map(drop)),
            fits(read::<Library>(&format!("Library({body})")).map(drop)),
            fits(read::<jingkang::scenario::rules::Rules>(&format!("({body})")).map(drop)),
            fits(read::<DecisionDef>(&format!("({body})")).map(drop)),
            fits(read::<OptionDef>(&format!("({body})")).map(drop)),
            fits(read::<EventDef>(&format!("({body})")).map(drop)),
        ];
        if inside.into_iter().any(|fits| fits) {
            return Ok("fields");
        }
    }
    // One part of a text that depends on the world.
    if read::<Text>(&format!("[{}]", text.trim())).is_ok() && first.starts_with("(when:") {
        return Ok("text part");
    }
    try_as!(
        "event" => EventDef, "decision" => DecisionDef, "option" => OptionDef, "outcome" => OutcomeDef,
        "army" => ArmyDef, "city" => CityDef, "place" => PlaceDef, "route" => RouteDef, "character" => CharacterDef,
        "cast" => CastDef, "court" => CourtDef, "terms" => TermsDef, "milestone" => MilestoneDef,
        "chapter" => ChapterDef, "history" => HistoryDef, "odds" => OddsDef, "effect" => Effect,
        "condition" => Condition, "goal" => GoalDef, "order" => OrderDef, "text" => Text,
        "effects" => Vec<Effect>, "places" => Vec<PlaceDef>, "routes" => Vec<RouteDef>, "armies" => Vec<ArmyDef>,
    )
}

#[test]
fn every_ron_example_in_the_docs_is_one_the_game_reads() {
    let docs = docs();
    // The tutorial's blocks are steps of one file: tests/docs.rs puts them together and plays it.
    let tutorial = docs.find("\n## 2. Tutorial").expect("tutorial");
    let after = docs.find("\n## 3. Reference").expect("reference");
    let (first, last) = (docs[..tutorial].lines().count(), docs[..after].lines().count());
    let examples: Vec<(usize, String)> =
        blocks(&docs).into_iter().filter(|(line, _)| !(first..last).contains(line)).collect();
    assert!(examples.len() > 20, "only {} examples found", examples.len());
    let unread: Vec<String> = examples
        .iter()
        .filter_map(|(line, text)| reads_as(text).err().map(|why| format!("docs/modding.md:{line}: {why}")))
        .collect();
    assert!(unread.is_empty(), "{} of {} examples do not read:\n{}", unread.len(), examples.len(), unread.join("\n"));
}

#[test]
fn the_examples_of_the_effects_and_conditions_tables_read() {
    let docs = docs();
    let mut unread = Vec::new();
    for (heading, kind) in [("### 3.23 Effects", "effect"), ("### 3.24 Conditions", "condition")] {
        for row in section(&docs, heading).lines().filter(|l| l.starts_with("| `")) {
            // The tables of kinds have three columns (name, example, meaning); the tables
            // of army states and the like, two.
            let cells: Vec<&str> = row.split('|').collect();
            let (Some(name), Some(cell), true) = (cells.get(1), cells.get(2), cells.len() >= 5) else { continue };
            let name = name.trim().trim_matches('`');
            // A cell may give several examples, each in its own backticks.
            for example in cell.split('`').skip(1).step_by(2).filter(|e| e.starts_with(name)) {
                let read =
                    if kind == "effect" { read::<Effect>(example).err() } else { read::<Condition>(example).err() };
                if let Some(why) = read {
                    unread.push(format!("{kind} example `{example}`: {why}"));
                }
            }
        }
    }
    assert!(unread.is_empty(), "{}", unread.join("\n"));
}
