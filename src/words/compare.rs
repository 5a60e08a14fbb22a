//! How two games of one scenario differ as they stand: towns held, the men near the capital,
//! the treasury, the throne's authority, the capital's heart, who holds each office. The
//! historical track sets the player's game beside Qinzong's of the same seed on the same day.

use super::{Locale, format_number};
use crate::calendar::Date;
use crate::scenario::schema::Side;
use crate::sim::series::{NEAR_CAPITAL_KM, Sample, Series};
use crate::sim::world::{City, Clock, Court, Place, character};
use bevy::prelude::World;

/// What the historical track shows of history around a day.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    pub date: Date,
    /// What happened in history from that day to three weeks on, in date order: the
    /// scenario's dated history and its milestones, (date, words).
    pub coming: Vec<(Date, String)>,
    /// Milestones history had reached by that day, each with whether this game has.
    pub passed: Vec<(Date, String, bool)>,
}

/// How far ahead the track looks.
pub const AHEAD_DAYS: i32 = 21;

pub fn track(world: &World) -> Track {
    let date = world.resource::<Clock>().date;
    let def = &world.resource::<crate::sim::script::record::LoadedScenario>().def;
    let record = world.resource::<crate::sim::script::record::Record>();
    let dated = def.milestones.iter().filter_map(|m| Some((m.history?, m)));
    let ahead = |d: &Date| *d >= date && d.days_since(date) <= AHEAD_DAYS;
    let mut coming: Vec<(Date, String)> = def
        .history
        .iter()
        .filter(|h| ahead(&h.date))
        .map(|h| (h.date, h.text.clone()))
        .chain(dated.clone().filter(|(d, _)| ahead(d)).map(|(d, m)| (d, m.title.clone())))
        .collect();
    // By date; on one day, history's own account before the milestone it reaches.
    coming.sort_by_key(|(d, _)| *d);
    let passed = dated
        .filter(|(d, _)| *d < date)
        .map(|(d, m)| (d, m.title.clone(), record.milestones.iter().any(|(id, _)| *id == m.id)))
        .collect();
    Track { date, coming, passed }
}

/// Each way `ours` differs from `theirs` today, in words; empty if they are alike.
pub fn differences(ours: &World, theirs: &World, locale: &Locale) -> Vec<String> {
    let mut out = towns(ours, theirs, locale);
    let (a, b) = (today(ours), today(theirs));
    let (Some(a), Some(b)) = (a, b) else { return out };
    let n = |x: f64| format_number(x.round());
    let mut figure = |key: &str, ours: f64, theirs: f64, close: f64| {
        if (ours - theirs).abs() > close {
            out.push(locale.text(key, &[("ours", n(ours)), ("theirs", n(theirs))]));
        }
    };
    figure("compare-capital-morale", a.capital_morale.into(), b.capital_morale.into(), 2.0);
    figure("compare-authority", a.authority.into(), b.authority.into(), 2.0);
    figure("compare-treasury", a.treasury, b.treasury, 10_000.0);
    figure("compare-grievance", a.grievance.into(), b.grievance.into(), 2.0);
    for (side, ours, theirs) in
        [("song", a.song_near_capital, b.song_near_capital), ("jin", a.jin_near_capital, b.jin_near_capital)]
    {
        if ours.abs_diff(theirs) > 500 {
            let args = [
                ("side", side.to_string()),
                ("km", n(NEAR_CAPITAL_KM.into())),
                ("ours", n(ours.into())),
                ("theirs", n(theirs.into())),
            ];
            out.push(locale.text("compare-near-capital", &args));
        }
    }
    out.extend(offices(ours, theirs, locale));
    out
}

fn today(world: &World) -> Option<Sample> {
    world.resource::<Series>().0.last().copied()
}

/// Towns one game's side holds and the other's does not.
fn towns(ours: &World, theirs: &World, locale: &Locale) -> Vec<String> {
    let held = |world: &World, side: Side| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = world
            .iter_entities()
            .filter_map(|e| Some((e.get::<Place>()?, e.get::<City>()?)))
            .filter(|(_, c)| c.controller == side)
            .map(|(p, _)| (p.id.clone(), p.name.clone()))
            .collect();
        v.sort();
        v
    };
    let (a, b) = (held(ours, Side::Jin), held(theirs, Side::Jin));
    let names = |x: &[(String, String)], y: &[(String, String)]| -> Vec<String> {
        x.iter().filter(|p| !y.contains(p)).map(|(_, name)| name.clone()).collect()
    };
    let (lost_here, lost_there) = (names(&a, &b), names(&b, &a));
    let mut out = Vec::new();
    if !lost_here.is_empty() {
        out.push(locale.text("compare-towns-lost", &[("towns", locale.join(&lost_here))]));
    }
    if !lost_there.is_empty() {
        out.push(locale.text("compare-towns-kept", &[("towns", locale.join(&lost_there))]));
    }
    out
}

/// Offices held by someone else in the other game.
fn offices(ours: &World, theirs: &World, locale: &Locale) -> Vec<String> {
    let holder = |world: &World, id: &Option<String>| {
        id.as_deref()
            .and_then(|h| character(world, h))
            .map_or_else(|| locale.text("court-office-vacant", &[]), |c| c.name.clone())
    };
    let theirs_court = theirs.resource::<Court>();
    ours.resource::<Court>()
        .offices
        .iter()
        .filter_map(|o| {
            let other = theirs_court.offices.iter().find(|x| x.id == o.id)?;
            (other.holder != o.holder).then(|| {
                let args = [
                    ("office", o.name.clone()),
                    ("ours", holder(ours, &o.holder)),
                    ("theirs", holder(theirs, &other.holder)),
                ];
                locale.text("compare-office", &args)
            })
        })
        .collect()
}
