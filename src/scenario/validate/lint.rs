//! Warnings for what the format allows but is almost surely a slip: a decision or event whose
//! trigger can never hold, an option that changes nothing, an army whose goal no route leads
//! to, a text that names a place the scenario's map lacks (a student would look for it).

use super::{Refs, origin_of, with};
use crate::calendar::Date;
use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::files::{GAME_PREFIX, SourceText, base_map};
use crate::scenario::loaded::Scenario;
use crate::scenario::locate::{Path, Seg, strings};
use crate::scenario::read::{at, parse};
use crate::scenario::schema::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The most warnings about place names in texts, per file: one slip is often copied many times.
const MOST_NAME_WARNINGS: usize = 20;

/// An army raised by an effect: the file and path it is written at.
type Spawned = (usize, Path, ArmyDef);

pub(super) fn warnings(s: &Scenario, refs: &Refs, spawned: &[Spawned]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    never_triggered(s, refs, &mut out);
    options_without_effect(s, refs, &mut out);
    unreachable_goals(s, spawned, &mut out);
    let missing = base_places_missing(s);
    for source in s.files.iter().filter(|f| !f.name.starts_with(&format!("{GAME_PREFIX}common/"))) {
        missing_places_named(&missing, source, &mut out);
    }
    out
}

fn warn(s: &Scenario, file: usize, path: &[Seg], message: String, help: &str) -> Diagnostic {
    at(&s.files, file, path, message).with_help(help).warning()
}

/// Whether `c` is false on every day from `start` to `end`, whatever the world.
fn never_holds(c: &Condition, start: Date, end: Date) -> bool {
    match c {
        Condition::Never => true,
        Condition::DateFrom(d) => *d > end,
        Condition::DateBefore(d) => *d <= start,
        Condition::All(list) => list.iter().any(|c| never_holds(c, start, end)),
        Condition::Any(list) => list.iter().all(|c| never_holds(c, start, end)),
        Condition::Not(inner) => **inner == Condition::Always,
        _ => false,
    }
}

/// Why a trigger can never raise its card or event, if it cannot: its window lies outside
/// the scenario, or its `when` never holds. `opened`: an `OpenDecision` raises it (before
/// its window, and whatever a `when: Never` says).
fn why_never(trigger: &TriggerDef, turns: &Turns, opened: bool) -> Option<String> {
    let (start, end) = (turns.start, turns.end);
    if let Some(until) = trigger.until.filter(|until| *until < start) {
        return Some(format!("its window closes on {until}, before the scenario starts ({start})"));
    }
    if let Some(from) = trigger.from.filter(|from| *from > end)
        && !opened
    {
        return Some(format!("its window opens on {from}, after the scenario ends ({end})"));
    }
    if let (Some(from), Some(until)) = (trigger.from, trigger.until)
        && from <= until
        && !turns.lands_in(from, until)
    {
        return Some(format!(
            "no turn begins between {from} and {until} (turns of {} days from {start}): its window falls between two turns",
            turns.days.unwrap_or_default()
        ));
    }
    match &trigger.when {
        Condition::Never if opened => None,
        Condition::Never => Some("its `when` is `Never` and no `OpenDecision` raises it".into()),
        when if never_holds(when, start, end) => Some(format!("its `when` cannot hold between {start} and {end}")),
        _ => None,
    }
}

/// The days on which the game looks at triggers: the first day, the first day of every turn
/// after it, and the last day (the last turn is cut short to end on it).
struct Turns {
    start: Date,
    end: Date,
    /// The length of a turn, if it is the same all game (no chapter sets its own).
    days: Option<i32>,
}

impl Turns {
    fn of(d: &ScenarioFile) -> Turns {
        let fixed = d.chapters.iter().all(|c| c.turn_days.is_none()) && d.turn_days > 0;
        Turns { start: d.start, end: d.end, days: fixed.then_some(d.turn_days as i32) }
    }

    /// Whether a turn begins on a day from `from` to `until`; true when turns vary.
    fn lands_in(&self, from: Date, until: Date) -> bool {
        let Some(days) = self.days else { return true };
        if (from..=until).contains(&self.end) || (from..=until).contains(&self.start) {
            return true;
        }
        // The first turn day on or after `from`.
        let since = from.days_since(self.start);
        let first = if since <= 0 { self.start } else { self.start.add_days((since + days - 1) / days * days) };
        first <= until && first <= self.end
    }
}

fn never_triggered(s: &Scenario, refs: &Refs, out: &mut Vec<Diagnostic>) {
    let turns = Turns::of(&s.def);
    for (decision, origin) in s.def.decisions.iter().zip(&s.origins.decisions) {
        let opened = refs.opened.contains(&decision.id);
        if let Some(why) = why_never(&decision.trigger, &turns, opened) {
            let (f, path) = origin_of(origin, "decisions");
            let message = format!("decision `{}` can never be put to the emperor: {why}", decision.id);
            let help = "change the trigger, or raise the card with `OpenDecision` from an event";
            out.push(warn(s, f, &with(&path, Seg::Field("trigger")), message, help));
        }
    }
    for (event, origin) in s.def.events.iter().zip(&s.origins.events) {
        if let Some(why) = why_never(&event.trigger, &turns, false) {
            let (f, path) = origin_of(origin, "events");
            let message = format!("event `{}` can never happen: {why}", event.id);
            out.push(warn(s, f, &with(&path, Seg::Field("trigger")), message, "change the trigger"));
        }
    }
}

/// An option with no effects that nothing tests with `Chose` changes nothing in the world.
fn options_without_effect(s: &Scenario, refs: &Refs, out: &mut Vec<Diagnostic>) {
    let chosen: BTreeSet<(&str, &str)> = refs.options.iter().map(|(_, _, d, o)| (d.as_str(), o.as_str())).collect();
    for (decision, origin) in s.def.decisions.iter().zip(&s.origins.decisions) {
        let (f, path) = origin_of(origin, "decisions");
        for (j, option) in decision.options.iter().enumerate() {
            if option.effects.is_empty() && !chosen.contains(&(decision.id.as_str(), option.id.as_str())) {
                let at = with(&with(&with(&path, Seg::Field("options")), Seg::Index(j)), Seg::Field("effects"));
                let message = format!(
                    "option `{}` of decision `{}` changes nothing: it has no effects and nothing tests it with `Chose`",
                    option.id, decision.id
                );
                let help = "give it effects, or let an event, milestone or outcome follow it with `Chose(decision: ..., option: ...)`";
                out.push(warn(s, f, &at, message, help));
            }
        }
    }
}

/// The places an army's order and plan send it to, with where each is written.
fn destinations(army: &ArmyDef, path: &Path) -> Vec<(Path, String)> {
    let mut out = Vec::new();
    if let Some(p) = army.order.place() {
        out.push((with(&with(path, Seg::Field("order")), Seg::Arg(0)), p.to_string()));
    }
    for (i, goal) in army.plan.iter().enumerate() {
        let goal_path = with(&with(path, Seg::Field("plan")), Seg::Index(i));
        match goal {
            GoalDef::Take(p) | GoalDef::Blockade(p) => out.push((with(&goal_path, Seg::Arg(0)), p.clone())),
            GoalDef::Invest { capital, camp } => {
                out.push((with(&goal_path, Seg::Field("capital")), capital.clone()));
                out.push((with(&goal_path, Seg::Field("camp")), camp.clone()));
            }
            GoalDef::Withdraw(rule) => {
                out.push((with(&with(&goal_path, Seg::Arg(0)), Seg::Field("to")), rule.to.clone()))
            }
            GoalDef::WaitUntil(_) => {}
        }
    }
    out
}

/// An army sent somewhere no route leads from where it stands (a gate or a region is off the
/// route graph) never gets there.
fn unreachable_goals(s: &Scenario, spawned: &[Spawned], out: &mut Vec<Diagnostic>) {
    let d = &s.def;
    let mut armies: Vec<(usize, Path, &ArmyDef)> = d
        .armies
        .iter()
        .zip(&s.origins.armies)
        .map(|(a, origin)| {
            let (f, path) = origin_of(origin, "armies");
            (f, path, a)
        })
        .collect();
    armies.extend(spawned.iter().map(|(f, p, a)| (*f, p.clone(), a)));
    let mut reach: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let known: BTreeSet<&str> = d.places.iter().map(|p| p.id.as_str()).collect();
    for (f, path, army) in armies {
        if !known.contains(army.location.as_str()) {
            continue;
        }
        let reached = reach.entry(&army.location).or_insert_with(|| super::reachable(d, &army.location));
        for (at, place) in destinations(army, &path) {
            if known.contains(place.as_str()) && !reached.contains(place.as_str()) {
                let message = format!(
                    "army `{}` can never reach `{place}`: no route leads there from `{}`, where it stands",
                    army.id, army.location
                );
                let help = "send it to a place on the routes, or add a route (gates and regions have none)";
                out.push(warn(s, f, &at, message, help));
            }
        }
    }
}

/// The names a place goes by in prose: `Bianjing (Kaifeng)` is "Bianjing" and "Kaifeng".
/// Only names that start with a capital and are four letters or more: "Gate" alone is not one.
fn names_of(name: &str) -> Vec<String> {
    let (main, rest) = name.split_once('(').unwrap_or((name, ""));
    [main, rest.trim_end_matches(')')]
        .iter()
        .map(|n| n.trim().to_string())
        .filter(|n| n.chars().count() >= 4 && n.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
}

/// The base map's places: each id with the names it goes by.
fn base_places() -> &'static Vec<(String, Vec<String>)> {
    static PLACES: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    PLACES.get_or_init(|| {
        let map: Library = parse(&base_map()).expect("the base map reads");
        map.places.iter().map(|p| (p.id.clone(), names_of(&p.name))).collect()
    })
}

/// Whether `word` stands in `text` at byte `at` as a whole word.
fn whole_word(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + word.len()..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The base map's places this scenario lacks, under its id or its name: (id, a name of it).
fn base_places_missing(s: &Scenario) -> Vec<(&'static str, &'static str)> {
    let ids: BTreeSet<&str> = s.def.places.iter().map(|p| p.id.as_str()).collect();
    let own: BTreeSet<String> = s.def.places.iter().flat_map(|p| names_of(&p.name)).collect();
    base_places()
        .iter()
        .filter(|(id, _)| !ids.contains(id.as_str()))
        .flat_map(|(id, names)| names.iter().filter(|n| !own.contains(*n)).map(move |n| (id.as_str(), n.as_str())))
        .collect()
}

/// Texts in `source` (strings with a space: prose, not ids) that name one of the `missing`
/// places of the base map.
fn missing_places_named(missing: &[(&str, &str)], source: &SourceText, out: &mut Vec<Diagnostic>) {
    let mut found = 0;
    for (offset, text) in strings(&source.text).filter(|(_, t)| t.contains(' ')) {
        for (id, name) in missing {
            let Some(i) = text.match_indices(name).map(|(i, _)| i).find(|i| whole_word(text, *i, name)) else {
                continue;
            };
            let (line, col) = source.line_col(offset + 1 + i);
            let message = format!("this text names {name}, a place this scenario's map does not have");
            let help = format!(
                "add the place `{id}` (it is in `{}`), or reword the text: a student will look for it on the map",
                crate::scenario::files::BASE_MAP
            );
            out.push(Diagnostic::error(&source.name, line, col, message).with_help(help).warning());
            found += 1;
            if found == MOST_NAME_WARNINGS {
                return;
            }
        }
    }
}
