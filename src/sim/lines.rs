//! The lines of a game: the one being played and every other it has branched from or into,
//! named, each kept as its command log, so a save holds them all and a report can set any two
//! side by side. Branching itself is the lab's (`crate::lab::branch`).

use super::commands::Command;
use crate::calendar::Date;
use crate::scenario::schema::Id;
use bevy::prelude::Resource;
use serde::{Deserialize, Serialize};

/// The name of the line a game begins with.
pub const FIRST_LINE: &str = "main";

/// Where a line left another: the same commands up to `shared`, then another option.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BranchPoint {
    pub line: String,
    pub decision: Id,
    /// The option the other line took, and the one this line takes.
    pub was: Id,
    pub option: Id,
    /// Julian calendar, ISO format.
    pub date: Date,
    /// How many commands of the other line this one shares.
    pub shared: usize,
}

/// A line of the game not being played now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedLine {
    pub name: String,
    /// Where its commands lead, as a save's header gives it.
    pub date: String,
    pub turn: u32,
    pub commands: Vec<(u32, Command)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<BranchPoint>,
}

/// Every line of the game: the one being played and the others kept.
#[derive(Resource, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lines {
    pub current: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<BranchPoint>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<SavedLine>,
}

impl Default for Lines {
    fn default() -> Self {
        Lines { current: FIRST_LINE.to_string(), from: None, others: Vec::new() }
    }
}

impl Lines {
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.current.as_str()).chain(self.others.iter().map(|l| l.name.as_str()))
    }

    /// A name no line has: `wanted` itself, or with a number after it.
    pub fn unused_name(&self, wanted: &str) -> String {
        let taken = |n: &str| self.names().any(|x| x == n);
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..).map(|i| format!("{wanted} {i}")).find(|n| !taken(n)).expect("some number is free")
    }
}
