//! The chronicle: every change that matters, dated, with its cause.
//!
//! Entries hold a message key and arguments, not text: [`crate::locale`] renders them, so the
//! same game reads in any language and tests can check causes without parsing prose.

use super::world::{Army, Clock};
use crate::calendar::Date;
use crate::scenario::schema::Id;
use bevy::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// Why something happened.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cause {
    /// The scenario set it up.
    Scenario,
    /// A rule of the model.
    Rule { rule: Rule },
    /// A scenario event.
    Event { event: Id },
    /// A decision's trigger: it came before the emperor, or was withdrawn, as it held or no
    /// longer held.
    Trigger { decision: Id },
    /// An ending's condition held.
    Ending { outcome: Id },
    /// The emperor's choice.
    Decision { decision: Id, option: Id },
    /// A decision whose moment passed without a choice.
    Default { decision: Id, option: Id },
    /// An order to an army from the player.
    Order { army: Id },
    /// An AI commander's plan.
    Plan { army: Id },
}

/// The rules of the model, named so a student can look each one up in docs/model.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Movement,
    Battle,
    Rout,
    Raid,
    Pursuit,
    Siege,
    Assault,
    Starvation,
    Surrender,
    Supply,
    Morale,
    Court,
    Diplomacy,
    /// Poorly trained armies melting away before a stronger enemy.
    Desertion,
    /// A court on the road and the horsemen who may catch it.
    Flight,
    /// Ceded cities obeying or refusing the edict.
    Handover,
    /// Orders carried out or stood down (the emperor's ban on fighting).
    Orders,
}

impl Rule {
    /// The stable id a student looks up in docs/model.md (and the locale names).
    pub fn id(self) -> &'static str {
        match self {
            Rule::Movement => "movement",
            Rule::Battle => "battle",
            Rule::Rout => "rout",
            Rule::Raid => "raid",
            Rule::Pursuit => "pursuit",
            Rule::Siege => "siege",
            Rule::Assault => "assault",
            Rule::Starvation => "starvation",
            Rule::Surrender => "surrender",
            Rule::Supply => "supply",
            Rule::Morale => "morale",
            Rule::Court => "court",
            Rule::Diplomacy => "diplomacy",
            Rule::Desertion => "desertion",
            Rule::Flight => "flight",
            Rule::Handover => "handover",
            Rule::Orders => "orders",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// A number the sentence agrees with (plural forms); never printed.
    Count(i64),
    /// Phrases, each a message of its own, rendered and joined into a list.
    List(Vec<Phrase>),
    /// A day, written as the reader's language writes dates.
    Date(crate::calendar::Date),
}

impl From<crate::calendar::Date> for Arg {
    fn from(date: crate::calendar::Date) -> Arg {
        Arg::Date(date)
    }
}
impl From<&crate::calendar::Date> for Arg {
    fn from(date: &crate::calendar::Date) -> Arg {
        Arg::Date(*date)
    }
}

/// A message used inside another: one item of a list ("war party influence 30 → 45").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Phrase {
    pub key: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
}

impl Phrase {
    pub fn new(key: &'static str) -> Self {
        Phrase { key, args: BTreeMap::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.insert(name, value.into());
        self
    }
}

impl From<Vec<Phrase>> for Arg {
    fn from(list: Vec<Phrase>) -> Arg {
        Arg::List(list)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Number(n as f64)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<f32> for Arg {
    fn from(n: f32) -> Arg {
        Arg::Number(n as f64)
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Number(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(n as f64)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    pub date: Date,
    pub turn: u32,
    /// Message key in the locale files.
    pub key: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
    /// Where it happened, if somewhere on the map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Id>,
    pub cause: Cause,
}

impl Entry {
    pub fn new(key: &'static str, cause: Cause) -> Self {
        Entry { date: Date::from_ymd(1, 1, 1).expect("valid"), turn: 0, key, args: BTreeMap::new(), place: None, cause }
    }

    pub fn rule(key: &'static str, rule: Rule) -> Self {
        Entry::new(key, Cause::Rule { rule })
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.insert(name, value.into());
        self
    }

    pub fn at(mut self, place: impl Into<Id>) -> Self {
        self.place = Some(place.into());
        self
    }

    /// The army the sentence is about, as `$army`, with `$army_n` for agreement.
    pub fn army(self, army: &Army) -> Self {
        self.arg("army", &army.name).arg("army_n", Arg::Count(if army.plural { 2 } else { 1 }))
    }

    /// The text of an argument, if it is one.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        match self.args.get(name) {
            Some(Arg::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// The value of a number argument, if it is one.
    pub fn number_arg(&self, name: &str) -> Option<f64> {
        match self.args.get(name) {
            Some(Arg::Number(n)) => Some(*n),
            _ => None,
        }
    }
}

#[derive(Resource, Clone, Debug, Default)]
pub struct Chronicle {
    pub entries: Vec<Entry>,
}

impl Chronicle {
    /// Records an entry, dated now.
    pub fn record(&mut self, clock: &Clock, mut entry: Entry) {
        entry.date = clock.date;
        entry.turn = clock.turn;
        self.entries.push(entry);
    }
}
