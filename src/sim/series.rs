//! The key figures of the world, sampled at the end of every turn: what the debrief draws and
//! the reports chart and tabulate. A replay of the same commands samples the same series.

use super::losses::Losses;
use super::script::conditions::Facts;
use super::world::{City, Clock, Court, Diplomacy, Map, value};
use crate::calendar::Date;
use crate::scenario::schema::Side;
use bevy::prelude::*;
use serde::Serialize;

/// How far from the capital an army counts as near it: about four days' march on foot.
pub const NEAR_CAPITAL_KM: f32 = 100.0;

/// The world on one day.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Sample {
    /// Julian calendar, ISO format.
    pub date: Date,
    pub capital_morale: f32,
    pub authority: f32,
    /// Men of each side under arms within [`NEAR_CAPITAL_KM`] of the capital, its garrison
    /// counted with the side that holds it.
    pub song_near_capital: u32,
    pub jin_near_capital: u32,
    /// Silver-equivalent taels.
    pub treasury: f64,
    pub grievance: f32,
    /// Men each side has lost so far, whatever the cause.
    pub song_lost: u64,
    pub jin_lost: u64,
}

/// Every sample of the game so far, one a day at most, in date order.
#[derive(Resource, Clone, Debug, Default, PartialEq, Serialize)]
pub struct Series(pub Vec<Sample>);

impl Series {
    /// The samples as the figure `pick` chooses, for charts.
    pub fn points(&self, pick: impl Fn(&Sample) -> f64) -> Vec<(Date, f64)> {
        self.0.iter().map(|s| (s.date, pick(s))).collect()
    }
}

/// Samples the world as it stands on the clock's date; a second sample on the same day
/// replaces the first (the state after the day's events is the day's state).
pub fn sample(world: &mut World) {
    let s = measure(world);
    let mut series = world.resource_mut::<Series>();
    match series.0.last_mut() {
        Some(last) if last.date == s.date => *last = s,
        _ => series.0.push(s),
    }
}

fn measure(world: &World) -> Sample {
    let court = world.resource::<Court>();
    let capital = court.capital;
    let city = world.get::<City>(world.resource::<Map>().entities[capital]);
    let garrison = |side: Side| city.filter(|c| c.controller == side).map_or(0, |c| c.garrison.total());
    let facts = Facts::of(world);
    let near = |side: Side| facts.troops_near(side, capital, NEAR_CAPITAL_KM) + garrison(side);
    let losses = world.resource::<Losses>();
    Sample {
        date: world.resource::<Clock>().date,
        capital_morale: city.map_or(0.0, |c| c.morale),
        authority: court.authority,
        song_near_capital: near(Side::Song),
        jin_near_capital: near(Side::Jin),
        treasury: value(&court.treasury),
        grievance: world.resource::<Diplomacy>().grievance,
        song_lost: losses.song.total(),
        jin_lost: losses.jin.total(),
    }
}
