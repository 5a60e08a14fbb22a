//! Numbers with a range, checked while a file is read so that a bad value is reported at its
//! own line and column.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A number that must lie in `LO..=HI`.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default)]
pub struct Bounded<const LO: i64, const HI: i64>(f32);

/// 0–100: morale, authority, influence, training, grievance.
pub type Percent = Bounded<0, 100>;
/// −100–100: a change to a percentage.
pub type Delta = Bounded<-100, 100>;
/// 0–10: skills, walls.
pub type Rating = Bounded<0, 10>;
/// 0–1: a probability.
pub type Chance = Bounded<0, 1>;

impl<const LO: i64, const HI: i64> Bounded<LO, HI> {
    /// Clamps `value` into the range.
    pub fn new(value: f32) -> Self {
        Bounded(value.clamp(LO as f32, HI as f32))
    }
    pub fn get(self) -> f32 {
        self.0
    }
}

impl<const LO: i64, const HI: i64> Serialize for Bounded<LO, HI> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f32(self.0)
    }
}

impl<'de, const LO: i64, const HI: i64> Deserialize<'de> for Bounded<LO, HI> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        if value.is_finite() && (LO as f64..=HI as f64).contains(&value) {
            Ok(Bounded(value as f32))
        } else {
            Err(serde::de::Error::custom(format!("{value} is out of range: use a number from {LO} to {HI}")))
        }
    }
}

impl<const LO: i64, const HI: i64> fmt::Display for Bounded<LO, HI> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
