//! Conditions that last (a garrison starving, men deserting, an army out of food): the
//! chronicle says when one begins, when it has doubled, and when it ends with its toll,
//! instead of a line every turn.

use crate::calendar::Date;
use crate::scenario::schema::Id;
use bevy::prelude::*;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A besieged garrison dying of hunger.
    GarrisonStarves,
    /// Despair sending defenders off the walls.
    GarrisonDeserts,
    /// An army out of food.
    ArmyHungry,
    /// A poorly trained army deserting before a stronger enemy.
    ArmyMelting,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Spell {
    pub since: Date,
    /// Men lost so far.
    pub total: u32,
    /// The total when the chronicle last spoke of it.
    pub reported: u32,
}

/// What the chronicle should say after a turn of a lasting condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Began,
    /// The toll has doubled since it was last reported.
    Worsened,
}

/// The conditions on now, by kind and subject (looked up by `&str`, without allocating: the
/// rules ask of every city and army every turn).
#[derive(Resource, Clone, Debug, Default)]
pub struct Ongoing(BTreeMap<Kind, BTreeMap<Id, Spell>>);

impl Ongoing {
    /// Adds a turn's toll to the condition of `subject`, starting it if need be.
    pub fn add(&mut self, kind: Kind, subject: &str, amount: u32, date: Date) -> Option<Step> {
        let spells = self.0.entry(kind).or_default();
        match spells.get_mut(subject) {
            None => {
                spells.insert(subject.to_string(), Spell { since: date, total: amount, reported: amount });
                Some(Step::Began)
            }
            Some(spell) => {
                spell.total += amount;
                if spell.total >= spell.reported.max(1) * 2 {
                    spell.reported = spell.total;
                    Some(Step::Worsened)
                } else {
                    None
                }
            }
        }
    }

    pub fn get(&self, kind: Kind, subject: &str) -> Option<&Spell> {
        self.0.get(&kind)?.get(subject)
    }

    /// Ends the condition, returning it if it was on.
    pub fn end(&mut self, kind: Kind, subject: &str) -> Option<Spell> {
        self.0.get_mut(&kind)?.remove(subject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_condition_is_told_when_it_begins_doubles_and_ends() {
        let day = Date::parse("1126-02-01").unwrap();
        let mut o = Ongoing::default();
        assert_eq!(o.add(Kind::GarrisonStarves, "taiyuan", 100, day), Some(Step::Began));
        assert_eq!(o.add(Kind::GarrisonStarves, "taiyuan", 50, day), None);
        assert_eq!(o.add(Kind::GarrisonStarves, "taiyuan", 60, day), Some(Step::Worsened));
        assert_eq!(o.add(Kind::GarrisonStarves, "taiyuan", 10, day), None);
        let spell = o.end(Kind::GarrisonStarves, "taiyuan").unwrap();
        assert_eq!((spell.total, spell.since), (220, day));
        assert!(o.end(Kind::GarrisonStarves, "taiyuan").is_none());
    }
}
