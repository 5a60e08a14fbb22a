//! Refused commands and choices in words. (`Display` uses the English locale: the command line
//! prints it; the game renders the same messages in its own locale.)

use super::Locale;
use crate::lab::branch::BranchError;
use crate::sim::chronicle::Phrase;
use crate::sim::commands::CommandError;
use crate::sim::script::flow::ChoiceError;
use std::fmt;

impl ChoiceError {
    pub fn message(&self) -> Phrase {
        match self {
            ChoiceError::NotPending(d) => Phrase::new("error-not-pending").arg("decision", d),
            ChoiceError::NoSuchOption { decision, option } => {
                Phrase::new("error-no-such-option").arg("decision", decision).arg("option", option)
            }
            ChoiceError::NotAllowed { decision, option } => {
                Phrase::new("error-not-allowed").arg("decision", decision).arg("option", option)
            }
            ChoiceError::NotOffered { decision, option } => {
                Phrase::new("error-not-offered").arg("decision", decision).arg("option", option)
            }
            ChoiceError::Locked { decision, option, fixed } => {
                Phrase::new("error-locked").arg("decision", decision).arg("option", option).arg("fixed", fixed)
            }
            ChoiceError::GameOver => Phrase::new("error-game-over"),
        }
    }
}

impl BranchError {
    pub fn message(&self) -> Phrase {
        match self {
            BranchError::NotDecided { decision } => Phrase::new("error-branch-not-decided").arg("decision", decision),
            BranchError::SameOption { decision, option } => {
                Phrase::new("error-branch-same-option").arg("decision", decision).arg("option", option)
            }
            BranchError::Refused(e) => e.message(),
        }
    }
}

impl CommandError {
    pub fn message(&self) -> Phrase {
        match self {
            CommandError::Choice(e) => e.message(),
            CommandError::NoSuchArmy(a) => Phrase::new("error-no-such-army").arg("army", a),
            CommandError::NotYours(a) => Phrase::new("error-not-yours").arg("army", a),
            CommandError::ArmyGone(a) => Phrase::new("error-army-gone").arg("army", a),
            CommandError::NoSuchPlace(p) => Phrase::new("error-no-such-place").arg("place", p),
            CommandError::Refused { army, reason } => {
                Phrase::new("error-refused").arg("army", army).arg("reason", vec![reason.message()])
            }
            CommandError::GameOver => Phrase::new("error-game-over"),
        }
    }
}

impl fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Locale::english().phrase(&self.message()))
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Locale::english().phrase(&self.message()))
    }
}
