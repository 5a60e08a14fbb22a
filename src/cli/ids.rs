//! `jingkang ids FILE`: the ids a scenario or a library defines — places, people, factions,
//! sources, offices, cities, armies, events — so that a modder who includes the game's own
//! files (`game:common/people.ron`) can name what is in them without opening them.

use crate::scenario::files::{self, SourceText};
use crate::scenario::load::parse;
use crate::scenario::schema::{Library, ScenarioFile};
use crate::scenario::{self};
use crate::words::Locale;
use serde::Serialize;

/// One thing with an id, and what tells it apart for a reader: its name, and a kind or side.
#[derive(Serialize)]
struct Named {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    kind: String,
}

/// The ids of one file (with its includes, for a scenario), list by list.
#[derive(Serialize, Default)]
struct Ids {
    places: Vec<Named>,
    characters: Vec<Named>,
    factions: Vec<Named>,
    sources: Vec<Named>,
    offices: Vec<Named>,
    cities: Vec<Named>,
    armies: Vec<Named>,
    decisions: Vec<Named>,
    events: Vec<Named>,
}

fn named(id: &str, name: &str, kind: &str) -> Named {
    Named { id: id.to_string(), name: name.to_string(), kind: kind.to_string() }
}

impl Ids {
    fn of(lib: &Library) -> Ids {
        Ids {
            places: lib.places.iter().map(|p| named(&p.id, &p.name, p.kind.id())).collect(),
            characters: lib.characters.iter().map(|c| named(&c.id, &c.name, c.side.id())).collect(),
            factions: lib.factions.iter().map(|f| named(&f.id, &f.name, "")).collect(),
            sources: lib.sources.iter().map(|s| named(&s.id, &s.title, "")).collect(),
            offices: lib.offices.iter().map(|o| named(&o.id, &o.name, "")).collect(),
            cities: lib.cities.iter().map(|c| named(&c.place, "", c.controller.id())).collect(),
            armies: lib.armies.iter().map(|a| named(&a.id, &a.name, a.side.id())).collect(),
            decisions: lib.decisions.iter().map(|d| named(&d.id, &d.title, "")).collect(),
            events: lib.events.iter().map(|e| named(&e.id, &e.title, "")).collect(),
        }
    }

    /// A scenario's ids, its libraries' merged in.
    fn of_scenario(d: &ScenarioFile) -> Ids {
        let mut ids = Ids::of(&Library {
            places: d.places.clone(),
            characters: d.characters.clone(),
            factions: d.factions.clone(),
            sources: d.sources.clone(),
            offices: d.court().offices.clone(),
            cities: d.cities.clone(),
            armies: d.armies.clone(),
            decisions: d.decisions.clone(),
            events: d.events.clone(),
            ..Library::default()
        });
        ids.offices.sort_by(|a, b| a.id.cmp(&b.id));
        ids
    }

    fn lists(&self) -> [(&'static str, &[Named]); 9] {
        [
            ("ids-places", &self.places),
            ("ids-characters", &self.characters),
            ("ids-factions", &self.factions),
            ("ids-sources", &self.sources),
            ("ids-offices", &self.offices),
            ("ids-cities", &self.cities),
            ("ids-armies", &self.armies),
            ("ids-decisions", &self.decisions),
            ("ids-events", &self.events),
        ]
    }
}

/// A built-in scenario id, a `game:` file, or the path of a scenario or library file.
fn read(file: &str) -> Result<Ids, String> {
    let source: SourceText =
        if file.starts_with(files::GAME_PREFIX) { files::open_file(file)? } else { files::open_scenario(file)? };
    if files::kind_of(&source.text) == "Library" {
        return parse::<Library>(&source).map(|lib| Ids::of(&lib)).map_err(|d| d.to_string());
    }
    scenario::open(file).map(|s| Ids::of_scenario(&s.def)).map_err(|d| d.to_string())
}

pub fn run(file: &str, json: bool, locale: &Locale) -> Result<(), String> {
    let ids = read(file)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&ids).expect("ids serialize"));
        return Ok(());
    }
    for (heading, list) in ids.lists().into_iter().filter(|(_, list)| !list.is_empty()) {
        println!("{}", locale.text(heading, &[("count", list.len().to_string())]));
        for item in list {
            let key = if item.kind.is_empty() { "ids-line" } else { "ids-line-kind" };
            let args = [("id", item.id.clone()), ("name", item.name.clone()), ("kind", item.kind.clone())];
            println!("  {}", locale.text(key, &args));
        }
    }
    Ok(())
}
