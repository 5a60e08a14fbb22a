//! What has been decided, what has happened, and how the game ended: the record that
//! conditions test and reports print.

use crate::calendar::Date;
use crate::scenario::Scenario;
use crate::scenario::schema::{ChapterDef, Id};
use bevy::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The loaded scenario, shared by every system that reads its definitions.
#[derive(Resource, Clone, Debug, Deref)]
pub struct LoadedScenario(pub Arc<Scenario>);

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Choice {
    #[serde(rename = "id")]
    pub decision: Id,
    pub option: Id,
    /// The option's label as the card showed it.
    pub label: String,
    pub date: Date,
    /// True when nobody chose and the moment passed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub by_default: bool,
    /// Whether this was the historical choice.
    pub historical: bool,
}

#[derive(Resource, Clone, Debug, Default)]
pub struct Record {
    pub choices: Vec<Choice>,
    pub happened: BTreeMap<Id, Date>,
    /// Outcomes reached, in order, with their dates.
    pub outcomes: Vec<(Id, Date)>,
    /// Decisions on the table, in the order they arose.
    pub pending: Vec<Id>,
    /// Decisions that have arisen at some time.
    pub offered: BTreeSet<Id>,
    /// The day the capital's walls fell, if they did.
    pub capital_fell: Option<Date>,
    /// The outcome that ended the game.
    pub ended: Option<(Id, Date)>,
    /// Places where battles (field battles and raids) were fought, with the first date.
    pub battles: BTreeMap<Id, Date>,
    /// Places where armies let each other pass under the treaty.
    pub passages: BTreeSet<Id>,
    /// When each weighed event was last weighed.
    pub weighed: BTreeMap<Id, Date>,
    /// Chapters begun, in order, with the day each began: the last is the one the game is in.
    pub chapters: Vec<(Id, Date)>,
    /// Milestones reached, in order, with the first day each held.
    pub milestones: Vec<(Id, Date)>,
}

impl Record {
    pub fn choice(&self, decision: &str) -> Option<&str> {
        self.choices.iter().find(|c| c.decision == decision).map(|c| c.option.as_str())
    }

    /// The chapter the game is in, as an index into the scenario's `chapters`.
    pub fn chapter_index(&self, chapters: &[ChapterDef]) -> Option<usize> {
        let (id, _) = self.chapters.last()?;
        chapters.iter().position(|c| &c.id == id)
    }

    pub fn is_over(&self) -> bool {
        self.ended.is_some()
    }
}
