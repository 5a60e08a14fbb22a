//! What a decision's option is expected to do, in words, read from its effects: who is
//! appointed or dismissed, what the treasury and the factions gain or lose, which armies march,
//! and the odds of each chance. Shown under each option so the player chooses knowingly.

use crate::scenario::schema::{Cmp, Condition, Effect, OrderDef, Side, Treasury, Troops};
use crate::sim::script::record::LoadedScenario;
use crate::sim::world::{Armies, Army, Court, Map, Place, character};
use bevy::prelude::*;

/// One line of the forecast, indented under the chance or condition it depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub depth: usize,
    pub text: String,
}

/// The expected effects of a list of effects, in the world as it stands.
pub fn forecast(world: &World, effects: &[Effect]) -> Vec<Line> {
    let mut out = Vec::new();
    Names(world).describe_all(effects, 0, &mut out);
    out
}

/// An order in words: "marches to Bianjing (Kaifeng)".
pub fn order_text(world: &World, order: &OrderDef) -> String {
    Names(world).order(order)
}

/// Looks up the names the effects refer to by id.
struct Names<'w>(&'w World);

impl Names<'_> {
    fn person(&self, id: &str) -> String {
        character(self.0, id).map_or_else(|| id.to_string(), |c| c.name.clone())
    }

    fn place(&self, id: &str) -> String {
        let map = self.0.resource::<Map>();
        map.entity(id).and_then(|e| self.0.get::<Place>(e)).map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    /// An army in the field, or one the scenario will raise later.
    fn army(&self, id: &str) -> String {
        let armies = self.0.resource::<Armies>();
        if let Some(army) = armies.0.get(id).and_then(|e| self.0.get::<Army>(*e)) {
            return army.name.clone();
        }
        let scenario = &self.0.resource::<LoadedScenario>().def;
        let effects = scenario
            .decisions
            .iter()
            .flat_map(|d| d.options.iter().map(|o| o.effects.as_slice()))
            .chain(scenario.events.iter().map(|e| e.effects.as_slice()));
        effects.into_iter().find_map(|e| raised(e, id)).unwrap_or_else(|| id.to_string())
    }

    fn office(&self, id: &str) -> String {
        let court = self.0.resource::<Court>();
        court.offices.iter().find(|o| o.id == id).map_or_else(|| id.to_string(), |o| o.name.clone())
    }

    fn faction(&self, id: &str) -> String {
        self.0.resource::<Court>().faction_names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    fn decision(&self, id: &str) -> String {
        let scenario = self.0.resource::<LoadedScenario>();
        scenario.def.decisions.iter().find(|d| d.id == id).map_or_else(|| id.to_string(), |d| d.title.clone())
    }

    fn describe_all(&self, effects: &[Effect], depth: usize, out: &mut Vec<Line>) {
        for effect in effects {
            self.describe(effect, depth, out);
        }
    }

    fn describe(&self, effect: &Effect, depth: usize, out: &mut Vec<Line>) {
        let mut say = |text: String| out.push(Line { depth, text });
        match effect {
            Effect::Appoint { character, office } => {
                say(format!("{} becomes {}", self.person(character), self.office(office)))
            }
            Effect::Dismiss(c) => say(format!("{} is dismissed", self.person(c))),
            Effect::Exile(c) => say(format!("{} is sent into exile", self.person(c))),
            Effect::SetStatus { character, status } => say(format!("{}: {}", self.person(character), words(status))),
            Effect::Influence { faction, delta } => {
                say(format!("{} influence {}", self.faction(faction), signed(delta.get())))
            }
            Effect::Authority(d) => say(format!("Your authority {}", signed(d.get()))),
            Effect::CityMorale { city, delta } => {
                say(format!("Morale in {} {}", self.place(city), signed(delta.get())))
            }
            Effect::ArmyMorale { army, delta } => say(format!("Morale of {} {}", self.army(army), signed(delta.get()))),
            Effect::Treasury(t) => say(format!("Treasury {}", signed_goods(t))),
            Effect::Confiscate { city, fraction } => {
                say(format!("Seize {:.0}% of the gold and silver of {}", fraction.get() * 100.0, self.place(city)))
            }
            Effect::DemandTerms(terms) => {
                let mut demand = vec![goods(&terms.indemnity)];
                if !terms.cede.is_empty() {
                    let cities: Vec<String> = terms.cede.iter().map(|c| self.place(c)).collect();
                    demand.push(format!("the cession of {}", cities.join(", ")));
                }
                if terms.hostages > 0 {
                    demand.push(format!("{} hostage(s) of rank", terms.hostages));
                }
                say(format!("The Jin demand {}", demand.join("; ")))
            }
            Effect::AcceptTerms => say("The terms on the table are accepted: a treaty".into()),
            Effect::ScaleTerms { indemnity, drop_cessions } => say(format!(
                "Counter-offer: {:.0}% of the indemnity{}",
                indemnity * 100.0,
                if *drop_cessions { ", no prefectures ceded" } else { "" }
            )),
            Effect::RejectTerms => say("The Jin terms are rejected".into()),
            Effect::PayIndemnity(f) => {
                say(format!("Pay up to {:.0}% of the indemnity still owed, from the treasury", f.get() * 100.0))
            }
            Effect::Cede(c) => say(format!("An edict cedes {} to the Jin", self.place(c))),
            Effect::BreakTreaty => say("The treaty is broken".into()),
            Effect::SendHostage(c) => say(format!("{} goes to the Jin camp as a hostage", self.person(c))),
            Effect::ReleaseHostage(c) => say(format!("{} is released", self.person(c))),
            Effect::Grievance(d) => say(format!("Jin grievance {}", signed(d.get()))),
            Effect::SpawnArmy(a) => {
                say(format!("A new army: {}, {} at {}", a.name, men(&a.troops), self.place(&a.location)))
            }
            Effect::Reinforce { army, troops } => say(format!("{} reinforces {}", men(troops), self.army(army))),
            Effect::Levy { city, troops } => say(format!("{} levied in {}", men(troops), self.place(city))),
            Effect::SetGovernor { city, character } => say(match character {
                Some(c) => format!("{} commands the walls of {}", self.person(c), self.place(city)),
                None => format!("Nobody commands the walls of {}", self.place(city)),
            }),
            Effect::Garrison { army, city } => {
                say(format!("{} joins the garrison of {}", self.army(army), self.place(city)))
            }
            Effect::Disband(a) => say(format!("{} is disbanded", self.army(a))),
            Effect::Order { army, order } => say(format!("{}: {}", self.army(army), self.order(order))),
            Effect::Command { army, commander } => say(match commander {
                Some(c) => format!("{} takes command of {}", self.person(c), self.army(army)),
                None => format!("{} is left without a commander", self.army(army)),
            }),
            Effect::MoveCourt(p) => say(format!("The court and the emperor move to {}", self.place(p))),
            Effect::OpenDecision(d) => say(format!("Leads to a further decision: {}", self.decision(d))),
            Effect::StartSiege { city, army } => say(format!("{} lays siege to {}", self.army(army), self.place(city))),
            Effect::EndSiege(c) => say(format!("The siege of {} ends", self.place(c))),
            Effect::Assault { army, city, .. } => {
                say(format!("{} storms the walls of {}", self.army(army), self.place(city)))
            }
            Effect::Sally { city, troops, .. } => say(format!("{} sally out of {}", men(troops), self.place(city))),
            Effect::Capture { city, side } => say(format!("{} passes to the {}", self.place(city), side_name(*side))),
            Effect::Chance { p, then, otherwise } => {
                let odds = |p: f32| format!("With a chance of {:.0}%:", p * 100.0);
                self.branches((odds(p.get()), then), (odds(1.0 - p.get()), otherwise), depth, out);
            }
            Effect::If { when, then, otherwise } => {
                let when = self.condition(when);
                self.branches((format!("If {when}:"), then), (format!("Unless {when}:"), otherwise), depth, out);
            }
            // Flags are bookkeeping for later triggers; a chronicle line is its own report.
            Effect::SetFlag(_) | Effect::ClearFlag(_) | Effect::Chronicle(_) => {}
        }
    }

    /// Two alternatives, each under its heading; an alternative that changes nothing a player
    /// sees is left out (and "otherwise" becomes its own condition when it stands alone).
    fn branches(&self, first: (String, &[Effect]), second: (String, &[Effect]), depth: usize, out: &mut Vec<Line>) {
        let mut shown_first = false;
        for (i, (heading, effects)) in [first, second].into_iter().enumerate() {
            let mut lines = Vec::new();
            self.describe_all(effects, depth + 1, &mut lines);
            if lines.is_empty() {
                continue;
            }
            let heading = if i == 1 && shown_first { "Otherwise:".to_string() } else { heading };
            shown_first |= i == 0;
            out.push(Line { depth, text: heading });
            out.extend(lines);
        }
    }

    fn order(&self, order: &OrderDef) -> String {
        match order {
            OrderDef::Hold => "holds where it stands".into(),
            OrderDef::MoveTo(p) => format!("marches to {}", self.place(p)),
            OrderDef::Attack(p) => format!("attacks at {}", self.place(p)),
            OrderDef::Besiege(p) => format!("besieges {}", self.place(p)),
            OrderDef::Relieve(p) => format!("marches to relieve {}", self.place(p)),
            OrderDef::Raid(p) => format!("raids the enemy at {} by night", self.place(p)),
            OrderDef::Pursue(a) => format!("pursues {}", self.army(a)),
            OrderDef::Garrison(p) => format!("joins the garrison of {}", self.place(p)),
            OrderDef::Withdraw(p) => format!("withdraws by way of {}", self.place(p)),
            OrderDef::Disband => "disbands".into(),
        }
    }

    /// A condition in words.
    fn condition(&self, condition: &Condition) -> String {
        use Condition::*;
        match condition {
            Always => "always".into(),
            Never => "never".into(),
            Flag(f) => format!("“{f}” holds"),
            Chose { decision, option } => {
                let scenario = self.0.resource::<LoadedScenario>();
                let label = scenario
                    .def
                    .decisions
                    .iter()
                    .find(|d| &d.id == decision)
                    .and_then(|d| d.options.iter().find(|o| &o.id == option))
                    .map_or_else(|| option.to_string(), |o| o.label.clone());
                format!("you chose “{label}”")
            }
            Decided(d) => format!("“{}” has been decided", self.decision(d)),
            Happened(e) => {
                let scenario = self.0.resource::<LoadedScenario>();
                let title = scenario.def.events.iter().find(|d| &d.id == e).map_or(e.as_str(), |d| d.title.as_str());
                format!("“{title}” has happened")
            }
            Reached(o) => format!("the outcome “{o}” is reached"),
            DateFrom(d) => format!("it is {} or later", d.long()),
            DateBefore(d) => format!("it is before {}", d.long()),
            Controls { place, side } => format!("the {} hold {}", side_name(*side), self.place(place)),
            Besieged(c) => format!("{} is besieged", self.place(c)),
            WallsFallen(c) => format!("the walls of {} have fallen", self.place(c)),
            ArmyAt { army, place } => format!("{} is at {}", self.army(army), self.place(place)),
            ArmyIs { army, state } => format!("{} is {}", self.army(army), words(state)),
            TroopsNear { side, place, km, cmp } => {
                format!(
                    "{} troops within {km:.0} km of {} number {}",
                    side_name(*side),
                    self.place(place),
                    compare(*cmp)
                )
            }
            Status { character, status } => {
                format!("{} is {}", self.person(character), words(status))
            }
            Influence { faction, cmp } => format!("{} influence is {}", self.faction(faction), compare(*cmp)),
            Authority(cmp) => format!("your authority is {}", compare(*cmp)),
            CityMorale { city, cmp } => format!("morale in {} is {}", self.place(city), compare(*cmp)),
            FoodDays { city, cmp } => format!("{} has food for {} days", self.place(city), compare(*cmp)),
            Grievance(cmp) => format!("Jin grievance is {}", compare(*cmp)),
            Treaty(state) => format!("the treaty is {}", words(state)),
            TermsOnTable => "Jin terms are on the table".into(),
            PaidFraction(cmp) => format!("the share of the indemnity paid is {}", compare(*cmp)),
            Ceded(c) => format!("{} has been ceded", self.place(c)),
            Hostage(c) => format!("{} is a hostage", self.person(c)),
            CourtAt(p) => format!("the court is at {}", self.place(p)),
            SiegeDays { city, cmp } => format!("{} has been besieged for {} days", self.place(city), compare(*cmp)),
            All(all) => all.iter().map(|c| self.condition(c)).collect::<Vec<_>>().join(" and "),
            Any(any) => any.iter().map(|c| self.condition(c)).collect::<Vec<_>>().join(" or "),
            Not(inner) => format!("not ({})", self.condition(inner)),
        }
    }
}

fn compare(cmp: Cmp) -> String {
    match cmp {
        Cmp::AtLeast(x) => format!("at least {}", crate::locale::format_number(x as f64)),
        Cmp::AtMost(x) => format!("at most {}", crate::locale::format_number(x as f64)),
    }
}

/// The name of the army `id` if these effects raise it.
fn raised(effects: &[Effect], id: &str) -> Option<String> {
    effects.iter().find_map(|e| match e {
        Effect::SpawnArmy(a) if a.id == id => Some(a.name.clone()),
        Effect::Chance { then, otherwise, .. } | Effect::If { then, otherwise, .. } => {
            raised(then, id).or_else(|| raised(otherwise, id))
        }
        _ => None,
    })
}

/// A unit-like enum value in words: `OutOfOffice` as "out of office".
fn words(value: &impl std::fmt::Debug) -> String {
    let name = format!("{value:?}");
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Song => "Song",
        Side::Jin => "Jin",
    }
}

fn signed(x: f32) -> String {
    format!("{}{:.0}", if x >= 0.0 { "+" } else { "−" }, x.abs())
}

fn men(t: &Troops) -> String {
    format!("{} men", crate::locale::format_number(t.total() as f64))
}

/// Gold, silver and silk, as "100,000 gold, 2,000,000 silver".
fn goods(t: &Treasury) -> String {
    let parts: Vec<String> = [(t.gold, "gold"), (t.silver, "silver"), (t.silk, "bolts of silk")]
        .into_iter()
        .filter(|(n, _)| *n != 0.0)
        .map(|(n, what)| format!("{} {what}", crate::locale::format_number(n.abs())))
        .collect();
    if parts.is_empty() { "nothing".into() } else { parts.join(", ") }
}

fn signed_goods(t: &Treasury) -> String {
    let sign = if t.gold + t.silver + t.silk >= 0.0 { "+" } else { "−" };
    format!("{sign}{}", goods(t))
}

#[cfg(test)]
mod tests {
    use super::{goods, signed};
    use crate::scenario::schema::Treasury;

    #[test]
    fn numbers_read_as_a_player_expects() {
        assert_eq!(signed(10.0), "+10");
        assert_eq!(signed(-5.0), "−5");
        let t = Treasury { gold: 5_000_000.0, silver: 50_000_000.0, ..Treasury::default() };
        assert_eq!(goods(&t), "5,000,000 gold, 50,000,000 silver");
        assert_eq!(goods(&Treasury::default()), "nothing");
        assert_eq!(super::words(&crate::scenario::schema::Status::OutOfOffice), "out of office");
    }
}
