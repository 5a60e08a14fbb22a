//! What loading gives: a scenario with its libraries merged and checked, where each of its
//! items was written, and the policies and exercises checked against a scenario.

use super::diagnostic::Diagnostic;
use super::distances::Distances;
use super::files::SourceText;
use super::locate::Path;
use super::schema::{ExerciseFile, PolicyFile, ScenarioFile};
use std::sync::Arc;

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
    /// The language its texts are in: English as written, or another after
    /// [`super::translation::translated`].
    pub language: crate::words::Language,
    /// Its texts as written, when they have been translated.
    pub english: Option<Arc<ScenarioFile>>,
    /// The distances between the places, worked out the first time a game asks.
    distances: std::sync::OnceLock<Arc<Distances>>,
}

impl Scenario {
    /// A scenario as merged, before its checks' warnings are added.
    pub fn new(def: ScenarioFile, files: Vec<SourceText>, origins: Origins) -> Scenario {
        let language = crate::words::Language::English;
        Scenario { def, files, origins, warnings: Vec::new(), language, english: None, distances: Default::default() }
    }

    /// The scenario with its texts as written.
    pub fn in_english(&self) -> Scenario {
        let mut out = self.clone();
        if let Some(english) = out.english.take() {
            out.def = (*english).clone();
        }
        out.language = crate::words::Language::English;
        out
    }

    /// The great-circle distances between the scenario's places, shared by all its games.
    /// Computed once: `def.places` must not change after the first game starts.
    pub fn distances(&self) -> Arc<Distances> {
        self.distances.get_or_init(|| Arc::new(Distances::of(&self.def.places))).clone()
    }
}

/// Where each merged item came from, for diagnostics: for every element of a merged list,
/// its file (an index into [`Scenario::files`]) and its index in that file's list.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    pub places: Vec<Origin>,
    pub routes: Vec<Origin>,
    pub characters: Vec<Origin>,
    pub factions: Vec<Origin>,
    pub sources: Vec<Origin>,
    pub armies: Vec<Origin>,
    pub decisions: Vec<Origin>,
    pub events: Vec<Origin>,
    pub history: Vec<Origin>,
    pub chapters: Vec<Origin>,
    pub milestones: Vec<Origin>,
    /// The file that gives the court and the one that gives the diplomacy, if any.
    pub court: Option<usize>,
    pub diplomacy: Option<usize>,
    /// Where each of the court's offices is written: the court's file and path, or a library's.
    pub offices: Vec<(usize, Path)>,
    pub cast: Vec<Origin>,
    pub cities: Vec<Origin>,
    /// Items a later file gives again by id, replacing the earlier file's.
    pub overrides: Vec<Override>,
}

/// One item's file and its index in that file's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: usize,
    pub index: usize,
}

/// An item given again, by id, in a later file: the later one (a mod's own, or a later
/// include) takes the earlier one's place in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Override {
    /// The merged list (`armies`) and the item's id.
    pub list: &'static str,
    pub id: String,
    /// The item replaced, and the one that replaced it.
    pub replaced: Origin,
    pub by: Origin,
}

/// A policy checked against the scenario it plays.
#[derive(Clone, Debug)]
pub struct Policy {
    pub def: PolicyFile,
    pub file: SourceText,
}

/// A teacher's exercise with the scenario it plays, checked against it.
#[derive(Clone, Debug)]
pub struct Exercise {
    pub def: ExerciseFile,
    pub file: SourceText,
    pub scenario: Arc<Scenario>,
}
