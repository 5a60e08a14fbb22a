//! Numbers with a range and lists with a length, checked while a file is read so that a bad
//! value is reported at its own line and column.

use serde::de::{SeqAccess, Visitor};
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

/// The most items a list inside an item may hold: the effects of an option, the conditions of
/// an `All`, the goals of a plan, the parts of a text. The longest shipped list holds under 40;
/// the limit keeps a file from making a turn that takes minutes (an event's effects run every
/// time it fires).
pub const MOST_IN_A_LIST: usize = 500;

/// Reads a list of at most [`MOST_IN_A_LIST`] items, refusing the first one over at its
/// position, before anything more is read.
pub fn short_list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    d.deserialize_seq(ShortList(std::marker::PhantomData))
}

struct ShortList<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ShortList<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of at most {MOST_IN_A_LIST} items")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            if items.len() == MOST_IN_A_LIST {
                return Err(too_long());
            }
            items.push(item);
        }
        Ok(items)
    }
}

/// The error for a list past [`MOST_IN_A_LIST`].
pub fn too_long<E: serde::de::Error>() -> E {
    E::custom(format!(
        "this list has more than {MOST_IN_A_LIST} items, the most a list may hold: split the item in two"
    ))
}
