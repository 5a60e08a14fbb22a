//! The men each side has lost, by cause: the tally behind the casualty figures of the lab and
//! the reports. Every rule that takes men away counts them here as it takes them.

use crate::scenario::schema::Side;
use bevy::prelude::Resource;
use serde::Serialize;

/// Why men were lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossCause {
    /// Killed, wounded or scattered in battles, raids, assaults and sallies.
    Fighting,
    /// Worn away on campaign, or dead of hunger in the field or behind starving walls.
    Hardship,
    /// Slipped away from shaken armies and despairing garrisons.
    Desertion,
    /// The garrison of a city that fell: killed, taken or scattered with it.
    Captured,
}

/// One side's men lost so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SideLosses {
    pub fighting: u64,
    pub hardship: u64,
    pub desertion: u64,
    pub captured: u64,
}

impl SideLosses {
    pub fn total(&self) -> u64 {
        self.fighting + self.hardship + self.desertion + self.captured
    }
}

#[derive(Resource, Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Losses {
    pub song: SideLosses,
    pub jin: SideLosses,
}

impl Losses {
    pub fn count(&mut self, side: Side, cause: LossCause, men: u32) {
        let tally = match side {
            Side::Song => &mut self.song,
            Side::Jin => &mut self.jin,
        };
        let bucket = match cause {
            LossCause::Fighting => &mut tally.fighting,
            LossCause::Hardship => &mut tally.hardship,
            LossCause::Desertion => &mut tally.desertion,
            LossCause::Captured => &mut tally.captured,
        };
        *bucket += u64::from(men);
    }

    pub fn of(&self, side: Side) -> &SideLosses {
        match side {
            Side::Song => &self.song,
            Side::Jin => &self.jin,
        }
    }
}
