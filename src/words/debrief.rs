//! The game set beside history: each decision taken against Qinzong's, what followed it and
//! the sources; each milestone against the day it came in history. The debrief panel and the
//! exported reports both read this.

use super::Locale;
use crate::calendar::Date;
use crate::scenario::schema::{DecisionDef, SourceDef};
use crate::sim::chronicle::{Cause, Chronicle};
use crate::sim::script::conditions::say;
use crate::sim::script::record::{LoadedScenario, Record};
use bevy::prelude::World;

/// One decision of the game, beside history.
#[derive(Clone, Debug)]
pub struct DecisionReview {
    pub decision: String,
    pub title: String,
    pub date: Date,
    /// The option's label as the card showed it.
    pub chosen: String,
    /// Nobody chose: the moment passed and the default was taken.
    pub by_default: bool,
    pub history: Verdict,
    /// What historians say of the road taken, when it is not Qinzong's.
    pub chosen_note: String,
    /// What the chronicle records as the doing of this choice, in words.
    pub followed: Vec<String>,
    pub sources: Vec<SourceDef>,
}

/// How a choice stands against Qinzong's.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// The same as Qinzong's; what happened then.
    AsInHistory { what_happened: String },
    /// Another road; Qinzong's label and what happened on it.
    Differs { qinzong: String, what_happened: String },
    /// The moment never came in history.
    NotInHistory,
}

/// Every decision taken so far, in the order taken.
pub fn decisions(world: &World, locale: &Locale) -> Vec<DecisionReview> {
    let scenario = world.resource::<LoadedScenario>();
    let record = world.resource::<Record>();
    record
        .choices
        .iter()
        .filter_map(|choice| {
            let def = scenario.def.decisions.iter().find(|d| d.id == choice.decision)?;
            let historical = def.options.iter().find(|o| o.historical);
            let history = match historical {
                Some(h) if h.id == choice.option => Verdict::AsInHistory { what_happened: h.history.clone() },
                Some(h) => Verdict::Differs { qinzong: say(world, &h.label), what_happened: h.history.clone() },
                None => Verdict::NotInHistory,
            };
            let chosen_note = match &history {
                Verdict::AsInHistory { .. } => String::new(),
                _ => def.options.iter().find(|o| o.id == choice.option).map(|o| o.history.clone()).unwrap_or_default(),
            };
            Some(DecisionReview {
                decision: def.id.clone(),
                title: def.title.clone(),
                date: choice.date,
                chosen: choice.label.clone(),
                by_default: choice.by_default,
                history,
                chosen_note,
                followed: followed(world, locale, &def.id),
                sources: sources(&scenario.def.sources, def),
            })
        })
        .collect()
}

fn followed(world: &World, locale: &Locale, decision: &str) -> Vec<String> {
    let of_this = |cause: &Cause| match cause {
        Cause::Decision { decision: d, .. } | Cause::Default { decision: d, .. } => d == decision,
        _ => false,
    };
    let chronicle = world.resource::<Chronicle>();
    chronicle.entries.iter().filter(|e| of_this(&e.cause)).map(|e| locale.entry(e)).collect()
}

fn sources(all: &[SourceDef], def: &DecisionDef) -> Vec<SourceDef> {
    def.sources.iter().filter_map(|id| all.iter().find(|s| &s.id == id).cloned()).collect()
}

/// One milestone of the scenario: when it came in this game, and in history.
#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneReview {
    pub id: String,
    pub title: String,
    pub reached: Option<Date>,
    pub history: Option<Date>,
}

impl MilestoneReview {
    /// Days this game was later (positive) or earlier than history, when both came.
    pub fn days_from_history(&self) -> Option<i32> {
        Some(self.reached?.days_since(self.history?))
    }
}

/// Every milestone of the scenario, in its order: reached, in history, or both.
pub fn milestones(world: &World) -> Vec<MilestoneReview> {
    let scenario = world.resource::<LoadedScenario>();
    let record = world.resource::<Record>();
    scenario
        .def
        .milestones
        .iter()
        .map(|m| MilestoneReview {
            id: m.id.clone(),
            title: m.title.clone(),
            reached: record.milestones.iter().find(|(id, _)| *id == m.id).map(|(_, d)| *d),
            history: m.history,
        })
        .filter(|m| m.reached.is_some() || m.history.is_some())
        .collect()
}

/// "12 days later", "3 days earlier", "the same day": a game's day against history's.
pub fn days_apart(days: i32, locale: &Locale) -> String {
    use crate::sim::chronicle::{Arg, Phrase};
    let direction = match days.signum() {
        1 => "later",
        -1 => "earlier",
        _ => "same",
    };
    let phrase =
        Phrase::new("report-days-apart").arg("days", Arg::Count(days.abs().into())).arg("direction", direction);
    locale.phrase(&phrase)
}
