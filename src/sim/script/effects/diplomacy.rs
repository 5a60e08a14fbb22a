//! Effects on the treasury and on relations with the Jin: terms, treaties, payments,
//! cession edicts, hostages and grievance.

use super::super::super::chronicle::{Cause, Entry, Phrase};
use super::super::super::world::*;
use super::court::set_status;
use super::{change, changed, name_of_place, note};
use crate::scenario::schema::{Effect, Side, Status, Treasury as Goods, TreatyState};
use bevy::prelude::*;

pub(super) fn apply(world: &mut World, effect: &Effect, cause: &Cause) {
    match effect {
        Effect::Treasury(t) => treasury(world, t, cause),
        Effect::Confiscate { city, fraction } => confiscate(world, city, fraction.get() as f64, cause),
        Effect::DemandTerms(terms) => {
            let mut d = world.resource_mut::<Diplomacy>();
            // New terms supersede a treaty in force: nothing of them is agreed or paid yet.
            // A treaty the Song broke stays broken.
            if d.treaty == TreatyState::Accepted {
                d.treaty = TreatyState::None;
            }
            d.paid = Goods::default();
            d.terms = Some(terms.clone());
            note(world, Entry::new("terms-demanded", cause.clone()).arg("terms", terms.text.clone()));
        }
        Effect::AcceptTerms => {
            let mut d = world.resource_mut::<Diplomacy>();
            (d.treaty, d.treaty_made) = (TreatyState::Accepted, true);
            note(world, Entry::new("terms-accepted", cause.clone()));
        }
        Effect::ScaleTerms { indemnity, drop_cessions } => {
            let mut d = world.resource_mut::<Diplomacy>();
            if let Some(t) = &mut d.terms {
                let k = *indemnity as f64;
                t.indemnity =
                    Goods { gold: t.indemnity.gold * k, silver: t.indemnity.silver * k, silk: t.indemnity.silk * k };
                if *drop_cessions {
                    t.cede.clear();
                }
            }
            note(
                world,
                Entry::new("terms-changed", cause.clone())
                    .arg("indemnity", (*indemnity * 100.0).round())
                    .arg("cessions", if *drop_cessions { "dropped" } else { "kept" }),
            );
        }
        Effect::RejectTerms => {
            let mut d = world.resource_mut::<Diplomacy>();
            if d.treaty == TreatyState::Accepted {
                d.treaty = TreatyState::Broken;
            }
            d.terms = None;
            note(world, Entry::new("terms-rejected", cause.clone()));
        }
        Effect::PayIndemnity(fraction) => pay_indemnity(world, fraction.get() as f64, cause),
        Effect::Cede(place) => cede(world, place, cause),
        Effect::CedeTerms => {
            let cities = world.resource::<Diplomacy>().terms.as_ref().map(|t| t.cede.clone()).unwrap_or_default();
            for city in cities {
                cede(world, &city, cause);
            }
        }
        Effect::BreakTreaty => {
            let mut d = world.resource_mut::<Diplomacy>();
            d.treaty = TreatyState::Broken;
            d.ceded.clear();
            d.awaiting_handover.clear();
            note(world, Entry::new("treaty-broken", cause.clone()));
        }
        Effect::SendHostage(ch) => {
            if character(world, ch).is_some_and(|c| matches!(c.status, Status::Dead | Status::Captured)) {
                return;
            }
            world.resource_mut::<Diplomacy>().hostages.insert(ch.clone());
            set_status(world, ch, Status::Hostage, cause);
        }
        Effect::ReleaseHostage(ch) => {
            if world.resource_mut::<Diplomacy>().hostages.remove(ch) {
                set_status(world, ch, Status::OutOfOffice, cause);
            }
        }
        Effect::Grievance(delta) => {
            let (before, after) = change(&mut world.resource_mut::<Diplomacy>().grievance, delta.get());
            changed(world, Phrase::new("change-grievance"), before, after);
        }
        _ => unreachable!("not a diplomatic effect: {effect:?}"),
    }
}

/// Gold, silver and silk as phrases, leaving out what is nothing.
fn goods(t: &Goods) -> Vec<Phrase> {
    [("goods-gold", t.gold), ("goods-silver", t.silver), ("goods-silk", t.silk)]
        .into_iter()
        .filter(|(_, n)| n.round() != 0.0)
        .map(|(key, n)| Phrase::new(key).arg("amount", n.abs().round()))
        .collect()
}

fn treasury(world: &mut World, t: &Goods, cause: &Cause) {
    let mut court = world.resource_mut::<Court>();
    let tr = &mut court.treasury;
    let moved = treasury_moves(tr, t);
    tr.gold += moved.gold;
    tr.silver += moved.silver;
    tr.silk += moved.silk;
    let spent = goods(&treasury_part(&moved, |x| x.min(0.0)));
    let gained = goods(&treasury_part(&moved, |x| x.max(0.0)));
    if !spent.is_empty() {
        note(world, Entry::new("treasury-spends", cause.clone()).arg("goods", spent));
    }
    if !gained.is_empty() {
        note(world, Entry::new("treasury-receives", cause.clone()).arg("goods", gained));
    }
}

fn confiscate(world: &mut World, city: &str, f: f64, cause: &Cause) {
    let Some(e) = world.resource::<Map>().entity(city) else { return };
    let Some(mut c) = world.get_mut::<City>(e) else { return };
    let taken = Goods { gold: c.stores.gold * f, silver: c.stores.silver * f, silk: c.stores.silk * f };
    c.stores.gold -= taken.gold;
    c.stores.silver -= taken.silver;
    c.stores.silk -= taken.silk;
    let (before, after) = change(&mut c.morale, -10.0 * f as f32);
    let mut court = world.resource_mut::<Court>();
    court.treasury.gold += taken.gold;
    court.treasury.silver += taken.silver;
    court.treasury.silk += taken.silk;
    let name = name_of_place(world, city);
    let list = goods(&taken);
    if !list.is_empty() {
        note(
            world,
            Entry::new("confiscation", cause.clone()).arg("city", name.clone()).arg("goods", list).at(city.to_string()),
        );
    }
    changed(world, Phrase::new("change-city-morale").arg("city", name), before, after);
}

/// Pays up to `fraction` of what is still owed, from what the treasury holds.
fn pay_indemnity(world: &mut World, fraction: f64, cause: &Cause) {
    let Some(terms) = world.resource::<Diplomacy>().terms.clone() else { return };
    let paid = world.resource::<Diplomacy>().paid;
    let mut court = world.resource_mut::<Court>();
    let pay = |owed: f64, already: f64, held: &mut f64| {
        let amount = ((owed - already).max(0.0) * fraction).min(*held);
        *held -= amount;
        amount
    };
    let t = &mut court.treasury;
    let sent = Goods {
        gold: pay(terms.indemnity.gold, paid.gold, &mut t.gold),
        silver: pay(terms.indemnity.silver, paid.silver, &mut t.silver),
        silk: pay(terms.indemnity.silk, paid.silk, &mut t.silk),
    };
    let mut d = world.resource_mut::<Diplomacy>();
    d.paid.gold += sent.gold;
    d.paid.silver += sent.silver;
    d.paid.silk += sent.silk;
    let share = d.paid_fraction();
    let list = goods(&sent);
    let key = if list.is_empty() { "indemnity-nothing-to-pay" } else { "indemnity-paid" };
    // A share that rounds to nothing is still not nothing: it is said as "under 1%".
    let under = if share > 0.0 && share < 0.005 { "yes" } else { "no" };
    let entry = Entry::new(key, cause.clone()).arg("goods", list).arg("share", (share * 100.0).round());
    note(world, entry.arg("under_one", under));
}

/// The edict ceding a city: the Jin count it at once; the city answers it next turn. A city
/// the Jin already hold needs no handing over: the edict only recognises what they have. A
/// city that refused an earlier edict is ordered again and answers again.
fn cede(world: &mut World, place: &str, cause: &Cause) {
    let held = city(world, place).map(|c| c.controller);
    let mut d = world.resource_mut::<Diplomacy>();
    if !d.ceded.insert(place.to_string()) && !d.refused(place, held) {
        return;
    }
    let key = if held == Some(Side::Jin) {
        "cession-recognised"
    } else {
        d.awaiting_handover.push(place.to_string());
        "cession-ordered"
    };
    let name = name_of_place(world, place);
    note(world, Entry::new(key, cause.clone()).arg("city", name).at(place.to_string()));
}
