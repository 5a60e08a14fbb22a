//! The chapter card: when a new part of the reign begins, what the last one hands on to it —
//! the treasury, the treaty and what has been paid, the towns the terms name, the hostages,
//! who holds office, the armies — in words and numbers, with the history of those months.

use super::Locale;
use crate::calendar::Date;
use crate::scenario::schema::{ChapterDef, Side};
use crate::sim::chronicle::{Arg, Phrase};
use crate::sim::rules::siege::sheltered_men;
use crate::sim::script::record::{LoadedScenario, Record};
use crate::sim::world::{Armies, Army, City, Court, Diplomacy, Location, Map, character, city, value};
use bevy::prelude::World;

/// What the card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChapterCard {
    pub title: String,
    pub chinese: String,
    pub date: Date,
    /// The chapter just played, and what its months held in history, to set beside the game.
    pub after: Option<(String, String)>,
    /// The world the chapter begins with, one sentence each.
    pub carried_over: Vec<String>,
}

/// The card of the chapter the game is in, as the world stands now.
pub fn current(world: &World, locale: &Locale) -> Option<ChapterCard> {
    let record = world.resource::<Record>();
    let chapters = &world.resource::<LoadedScenario>().def.chapters;
    let def_of = |id: &str| chapters.iter().find(|c| c.id == id);
    let (id, date) = record.chapters.last()?;
    let def: &ChapterDef = def_of(id)?;
    let before = record.chapters.len().checked_sub(2).map(|i| record.chapters[i].0.as_str());
    let after = before.and_then(def_of).map(|c| (c.title.clone(), c.history.clone()));
    Some(ChapterCard {
        title: def.title.clone(),
        chinese: def.chinese.clone(),
        date: *date,
        after,
        carried_over: carried_over(world, locale),
    })
}

/// The state of the world a new chapter inherits, as sentences.
pub fn carried_over(world: &World, locale: &Locale) -> Vec<String> {
    let court = world.resource::<Court>();
    let diplomacy = world.resource::<Diplomacy>();
    let say = |p: Phrase| locale.phrase(&p);
    // Counts beside the numbers, so that the text can say "no gold" rather than "0 taels".
    let count = |x: f64| Arg::Count(x.round().clamp(0.0, i64::MAX as f64) as i64);
    let t = &court.treasury;
    let mut lines = vec![
        say(Phrase::new("card-treasury")
            .arg("gold", t.gold)
            .arg("gold_n", count(t.gold))
            .arg("silver", t.silver)
            .arg("silver_n", count(t.silver))
            .arg("silk", t.silk)
            .arg("silk_n", count(t.silk))),
        say(Phrase::new("card-court").arg("authority", court.authority.round()).arg("capital", capital(world, locale))),
        say(Phrase::new("card-treaty")
            .arg("treaty", diplomacy.treaty.id())
            .arg("grievance", diplomacy.grievance.round())),
    ];
    if let Some(terms) = &diplomacy.terms {
        let demanded = value(&terms.indemnity);
        if demanded > 0.0 {
            let share = (100.0 * value(&diplomacy.paid) / demanded).min(100.0);
            lines.push(say(Phrase::new("card-paid")
                .arg("paid", value(&diplomacy.paid).round())
                .arg("demanded", demanded.round())
                .arg("share", Arg::Count(share.round() as i64))));
        }
    }
    lines.extend(towns(world, locale));
    let hostages: Vec<Phrase> = diplomacy.hostages.iter().filter_map(|id| person(world, id)).collect();
    if !hostages.is_empty() {
        let n = hostages.len() as i64;
        lines.push(say(Phrase::new("card-hostages").arg("people", hostages).arg("n", Arg::Count(n))));
    }
    let offices: Vec<Phrase> = court
        .offices
        .iter()
        .filter_map(|o| {
            let holder = character(world, o.holder.as_deref()?)?;
            Some(Phrase::new("card-office").arg("office", o.name.clone()).arg("name", holder.name.clone()))
        })
        .collect();
    if !offices.is_empty() {
        lines.push(say(Phrase::new("card-offices").arg("offices", offices)));
    }
    for side in [Side::Song, Side::Jin] {
        let armies = armies_of(world, side);
        if !armies.is_empty() {
            lines.push(say(Phrase::new("card-armies").arg("side", side.id()).arg("armies", armies)));
        }
    }
    lines
}

fn capital(world: &World, locale: &Locale) -> String {
    let court = world.resource::<Court>();
    let map = world.resource::<Map>();
    let Some(city) = world.get::<City>(map.entities[court.capital]) else { return String::new() };
    // Field armies standing inside the walls man them too (once the outer walls are lost,
    // only the garrison is counted, as before).
    let inside = if city.walls_fallen { 0 } else { sheltered_men(world, court.capital, city.controller) };
    locale.phrase(
        &Phrase::new("card-capital")
            .arg("city", map.names[court.capital].clone())
            .arg("morale", city.morale.round())
            .arg("food", city.food_days.round())
            .arg("men", city.garrison.total() + inside)
            .arg("inside", inside)
            .arg("any_inside", if inside > 0 { "yes" } else { "no" })
            .arg("walls", if city.walls_fallen { "fallen" } else { "held" }),
    )
}

/// Each town the terms on the table (or an edict) have named: held, refusing, handed over or
/// taken.
fn towns(world: &World, locale: &Locale) -> Vec<String> {
    let diplomacy = world.resource::<Diplomacy>();
    let map = world.resource::<Map>();
    let mut named: Vec<&String> = diplomacy.terms.iter().flat_map(|t| t.cede.iter()).collect();
    let more: Vec<&String> = diplomacy.ceded.iter().filter(|c| !named.contains(c)).collect();
    named.extend(more);
    named
        .into_iter()
        .filter_map(|id| {
            let city = city(world, id)?;
            let state = match (city.controller, diplomacy.handed_over.contains(id), diplomacy.ceded.contains(id)) {
                (Side::Jin, true, _) => "handed",
                (Side::Jin, false, _) => "taken",
                (Side::Song, _, true) => "refused",
                (Side::Song, _, false) => "held",
            };
            Some(locale.phrase(&Phrase::new("card-town").arg("city", map.name_of(id)).arg("state", state)))
        })
        .collect()
}

fn person(world: &World, id: &str) -> Option<Phrase> {
    character(world, id).map(|c| Phrase::new("card-person").arg("name", c.name.clone()))
}

/// The armies of a side in the field, largest first, each with its men and where it stands.
fn armies_of(world: &World, side: Side) -> Vec<Phrase> {
    let map = world.resource::<Map>();
    let mut armies: Vec<(&Army, &Location)> = world
        .resource::<Armies>()
        .values()
        .filter_map(|e| Some((world.get::<Army>(*e)?, world.get::<Location>(*e)?)))
        .filter(|(a, _)| a.side == side && a.is_in_play())
        .collect();
    armies.sort_by_key(|(a, _)| std::cmp::Reverse(a.troops.total()));
    armies
        .into_iter()
        .map(|(a, at)| {
            Phrase::new("card-army")
                .arg("army", a.name.clone())
                .arg("men", a.troops.total())
                .arg("place", map.names[at.at].clone())
        })
        .collect()
}
