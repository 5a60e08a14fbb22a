//! What a decision's option is expected to do, in words, read from its effects: who is
//! appointed or dismissed, what the treasury and the factions gain or lose, which armies march,
//! and the odds of each chance. Shown under each option so the player chooses knowingly.
//! Every sentence is a message of the locale (`forecast.ftl`).

use super::Locale;
use crate::scenario::schema::{Cmp, Condition, Effect, OrderDef, Side, Treasury, Troops};
use crate::sim::chronicle::{Arg, Phrase};
use crate::sim::script::record::LoadedScenario;
use crate::sim::world::{Armies, Army, Court, Diplomacy, Map, Place, character, city, treasury_moves, treasury_part};
use bevy::prelude::*;

/// One line of the forecast, indented under the chance or condition it depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub depth: usize,
    pub text: String,
}

/// The expected effects of a list of effects, in the world as it stands.
pub fn forecast(world: &World, locale: &Locale, effects: &[Effect]) -> Vec<Line> {
    let mut phrases = Vec::new();
    Names(world).describe_all(effects, 0, &mut phrases);
    phrases.into_iter().map(|(depth, p)| Line { depth, text: locale.phrase(&p) }).collect()
}

/// An order in words: "marches to Bianjing (Kaifeng)".
pub fn order_text(world: &World, locale: &Locale, order: &OrderDef) -> String {
    locale.phrase(&Names(world).order(order))
}

/// A condition in words: "the Jin hold Taiyuan".
pub fn condition_text(world: &World, locale: &Locale, condition: &Condition) -> String {
    locale.phrase(&Names(world).condition(condition))
}

type Out = Vec<(usize, Phrase)>;

/// Looks up the names the effects refer to by id.
struct Names<'w>(&'w World);

/// A change up or down, as `$sign` (`up`, `down`) and `$delta` (its size).
fn signed(p: Phrase, x: f32) -> Phrase {
    p.arg("sign", if x >= 0.0 { "up" } else { "down" }).arg("delta", x.abs().round())
}

fn men(t: &Troops) -> Arg {
    Arg::Number(t.total() as f64)
}

/// Gold, silver and silk as phrases, leaving out what is nothing.
fn goods(t: &Treasury) -> Vec<Phrase> {
    [("goods-gold", t.gold), ("goods-silver", t.silver), ("goods-silk", t.silk)]
        .into_iter()
        .filter(|(_, n)| *n != 0.0)
        .map(|(key, n)| Phrase::new(key).arg("amount", n.abs()))
        .collect()
}

impl Names<'_> {
    fn person(&self, id: &str) -> String {
        character(self.0, id).map_or_else(|| id.to_string(), |c| c.name.clone())
    }

    fn place(&self, id: &str) -> String {
        let map = self.0.resource::<Map>();
        map.entity(id).and_then(|e| self.0.get::<Place>(e)).map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    fn places(&self, ids: &[String]) -> Vec<Phrase> {
        ids.iter().map(|id| Phrase::new("name").arg("name", self.place(id))).collect()
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

    /// Whether the army is in the field now (an effect on one long gone says nothing).
    fn in_play(&self, id: &str) -> bool {
        let armies = self.0.resource::<Armies>();
        armies.0.get(id).and_then(|e| self.0.get::<Army>(*e)).is_some_and(Army::is_in_play)
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

    /// The weighed questions a flag counts in: (event title, factor label, weight).
    fn weighed_flag(&self, flag: &str) -> Vec<(String, String, f32)> {
        fn mentions(c: &Condition, flag: &str) -> bool {
            match c {
                Condition::Flag(f) => f == flag,
                Condition::All(list) | Condition::Any(list) => list.iter().any(|c| mentions(c, flag)),
                _ => false,
            }
        }
        let scenario = &self.0.resource::<LoadedScenario>().def;
        let mut out = Vec::new();
        for event in &scenario.events {
            for factor in event.odds.iter().flat_map(|o| o.factors.iter()) {
                if mentions(&factor.when, flag) && factor.per.is_none() {
                    out.push((event.title.clone(), factor.label.clone(), factor.weight));
                }
            }
        }
        out
    }

    fn describe_all(&self, effects: &[Effect], depth: usize, out: &mut Out) {
        for effect in effects {
            self.describe(effect, depth, out);
        }
    }

    fn describe(&self, effect: &Effect, depth: usize, out: &mut Out) {
        let mut say = |p: Phrase| out.push((depth, p));
        let p = Phrase::new;
        match effect {
            Effect::Appoint { character, office } => {
                say(p("fc-appoint").arg("character", self.person(character)).arg("office", self.office(office)))
            }
            Effect::Dismiss(c) => say(p("fc-dismiss").arg("character", self.person(c))),
            Effect::Exile(c) => say(p("fc-exile").arg("character", self.person(c))),
            Effect::SetStatus { character, status } => {
                say(p("fc-status").arg("character", self.person(character)).arg("status", status.id()))
            }
            Effect::Influence { faction, delta } => {
                say(signed(p("fc-influence").arg("faction", self.faction(faction)), delta.get()))
            }
            Effect::Authority(d) => say(signed(p("fc-authority"), d.get())),
            Effect::CityMorale { city, delta } => {
                say(signed(p("fc-city-morale").arg("city", self.place(city)), delta.get()))
            }
            Effect::ArmyMorale { army, delta } => {
                say(signed(p("fc-army-morale").arg("army", self.army(army)), delta.get()))
            }
            Effect::Treasury(t) => {
                let moved = treasury_moves(&self.0.resource::<Court>().treasury, t);
                let spent = treasury_part(&moved, |x| x.min(0.0));
                let gained = treasury_part(&moved, |x| x.max(0.0));
                if !goods(&spent).is_empty() {
                    say(p("fc-treasury-spends").arg("goods", goods(&spent)));
                }
                if !goods(&gained).is_empty() {
                    say(p("fc-treasury-receives").arg("goods", goods(&gained)));
                }
            }
            Effect::Confiscate { city, fraction } => {
                say(p("fc-confiscate").arg("city", self.place(city)).arg("share", (fraction.get() * 100.0).round()))
            }
            Effect::DemandTerms(terms) => {
                let mut items = Vec::new();
                if !goods(&terms.indemnity).is_empty() {
                    items.push(p("fc-demand-goods").arg("goods", goods(&terms.indemnity)));
                }
                if !terms.cede.is_empty() {
                    items.push(p("fc-demand-cession").arg("cities", self.places(&terms.cede)));
                }
                if terms.hostages > 0 {
                    let n = terms.hostages as i64;
                    items
                        .push(p("fc-demand-hostages").arg("hostages", terms.hostages).arg("hostages_n", Arg::Count(n)));
                }
                say(p("fc-demand").arg("items", items))
            }
            Effect::AcceptTerms => say(p("fc-accept")),
            Effect::ScaleTerms { indemnity, drop_cessions } => say(p("fc-counter-offer")
                .arg("share", (indemnity * 100.0).round())
                .arg("cessions", if *drop_cessions { "dropped" } else { "kept" })),
            Effect::RejectTerms => say(p("fc-reject")),
            Effect::PayIndemnity(f) => say(p("fc-pay").arg("share", (f.get() * 100.0).round())),
            Effect::Cede(c) => self.cessions(std::slice::from_ref(c), depth, out),
            Effect::CedeTerms => {
                let cities: Vec<String> =
                    self.0.resource::<Diplomacy>().terms.iter().flat_map(|t| t.cede.clone()).collect();
                self.cessions(&cities, depth, out);
            }
            Effect::BreakTreaty => say(p("fc-break-treaty")),
            Effect::SendHostage(c) => say(p("fc-hostage").arg("character", self.person(c))),
            Effect::ReleaseHostage(c) => {
                if self.0.resource::<Diplomacy>().hostages.contains(c) {
                    say(p("fc-release").arg("character", self.person(c)))
                }
            }
            Effect::Grievance(d) => say(signed(p("fc-grievance"), d.get())),
            Effect::SpawnArmy(a) => {
                say(p("fc-spawn").arg("army", &a.name).arg("men", men(&a.troops)).arg("place", self.place(&a.location)))
            }
            Effect::Reinforce { army, troops } => {
                say(p("fc-reinforce").arg("army", self.army(army)).arg("men", men(troops)))
            }
            Effect::Levy { city, troops } => {
                if crate::sim::script::effects::levies_men(self.0, city) {
                    say(p("fc-levy").arg("city", self.place(city)).arg("men", men(troops)))
                }
            }
            Effect::Discharge { city, troops } => {
                say(p("fc-discharge").arg("city", self.place(city)).arg("men", men(troops)))
            }
            Effect::SetGovernor { city, character } => say(match character {
                Some(c) => p("fc-governor").arg("character", self.person(c)).arg("city", self.place(city)),
                None => p("fc-no-governor").arg("city", self.place(city)),
            }),
            Effect::Garrison { army, city } => {
                say(p("fc-garrison").arg("army", self.army(army)).arg("city", self.place(city)))
            }
            Effect::Muster { city, army, troops } => {
                say(p("fc-muster").arg("men", men(troops)).arg("city", self.place(city)).arg("army", self.army(army)))
            }
            Effect::Disband(a) => {
                if self.in_play(a) {
                    say(p("fc-disband").arg("army", self.army(a)))
                }
            }
            Effect::Join { army, into } => say(p("fc-join").arg("army", self.army(army)).arg("into", self.army(into))),
            Effect::Order { army, order } => {
                say(p("fc-order").arg("army", self.army(army)).arg("order", vec![self.order(order)]))
            }
            Effect::Command { army, commander } => match commander {
                Some(c) => say(p("fc-command").arg("character", self.person(c)).arg("army", self.army(army))),
                None if self.in_play(army) => say(p("fc-no-command").arg("army", self.army(army))),
                None => {}
            },
            Effect::MoveCourt { to, escort } => {
                let escort = crate::sim::script::effects::escort_for(self.0, escort);
                say(p("fc-move-court").arg("place", self.place(to)).arg("men", men(&escort)))
            }
            Effect::ResumePlan(a) => say(p("fc-resume-plan").arg("army", self.army(a))),
            Effect::Plan { army, .. } => say(p("fc-new-plan").arg("army", self.army(army))),
            Effect::OpenDecision(d) => say(p("fc-open-decision").arg("decision", self.decision(d))),
            Effect::StartSiege { city, army } => {
                say(p("fc-start-siege").arg("army", self.army(army)).arg("city", self.place(city)))
            }
            Effect::EndSiege(c) => say(p("fc-end-siege").arg("city", self.place(c))),
            Effect::Assault { army, city, .. } => {
                say(p("fc-assault").arg("army", self.army(army)).arg("city", self.place(city)))
            }
            Effect::Sally { city, troops, .. } => {
                say(p("fc-sally").arg("city", self.place(city)).arg("men", men(troops)))
            }
            Effect::Capture { city, side } => say(p("fc-capture").arg("city", self.place(city)).arg("side", side.id())),
            Effect::Chance { p: chance, then, otherwise } => {
                let odds = |x: f32| Phrase::new("fc-chance").arg("chance", (x * 100.0).round());
                self.branches((odds(chance.get()), then), (odds(1.0 - chance.get()), otherwise), depth, out);
            }
            // An option's effects apply the moment it is chosen, so the branch is the one the
            // world as it stands picks; only a condition on a flag the same choice may change
            // is left as a condition.
            Effect::If { when, then, otherwise } if !self.on_flags(when) => {
                let branch = if crate::sim::script::conditions::holds(self.0, when) { then } else { otherwise };
                self.describe_all(branch, depth, out);
            }
            Effect::If { when, then, otherwise } => {
                let when = self.condition(when);
                let yes = Phrase::new("fc-if").arg("condition", vec![when.clone()]);
                let no = Phrase::new("fc-unless").arg("condition", vec![when]);
                self.branches((yes, then), (no, otherwise), depth, out);
            }
            Effect::SetFlag(f) if f == crate::sim::orders::NO_FIGHTING => say(p("fc-no-fighting")),
            Effect::ClearFlag(f) if f == crate::sim::orders::NO_FIGHTING => {
                if self.0.resource::<crate::sim::world::Flags>().contains(f) {
                    say(p("fc-fighting-allowed"))
                }
            }
            // A flag is bookkeeping for later triggers, except where a council weighs it.
            Effect::SetFlag(f) => {
                for (event, label, weight) in self.weighed_flag(f) {
                    say(p("fc-weighs").arg("event", event).arg("factor", label).arg("points", weight.round()));
                }
                let scenario = &self.0.resource::<LoadedScenario>().def;
                // An outcome counted only when time runs out does not end the game now.
                let ends_now = |o: &&crate::scenario::schema::OutcomeDef| {
                    o.ends_game && !o.at_end && o.when == Condition::Flag(f.clone())
                };
                for outcome in scenario.outcomes.iter().filter(ends_now) {
                    say(p("fc-ends").arg("outcome", outcome.title.clone()));
                }
            }
            // A chronicle line is its own report.
            Effect::ClearFlag(_) | Effect::Chronicle(_) => {}
        }
    }

    /// Edicts of cession: cities still to be handed over, and cities the Jin already hold,
    /// whose cession only recognises what they have.
    fn cessions(&self, cities: &[String], depth: usize, out: &mut Out) {
        let d = self.0.resource::<Diplomacy>();
        let held = |c: &String| city(self.0, c).map(|x| x.controller);
        let held_by_jin = |c: &String| held(c) == Some(Side::Jin);
        let new: Vec<String> =
            cities.iter().filter(|c| !d.ceded.contains(*c) || d.refused(c, held(c))).cloned().collect();
        let (taken, to_hand_over): (Vec<String>, Vec<String>) = new.into_iter().partition(held_by_jin);
        if !to_hand_over.is_empty() {
            out.push((depth, Phrase::new("fc-cede").arg("cities", self.places(&to_hand_over))));
        }
        if !taken.is_empty() {
            out.push((depth, Phrase::new("fc-cede-recognised").arg("cities", self.places(&taken))));
        }
    }

    /// Whether a condition reads a flag, which the choice's own effects may set or clear
    /// before it is tested.
    fn on_flags(&self, c: &Condition) -> bool {
        match c {
            Condition::Flag(_) => true,
            Condition::All(list) | Condition::Any(list) => list.iter().any(|c| self.on_flags(c)),
            Condition::Not(c) => self.on_flags(c),
            _ => false,
        }
    }

    /// Two alternatives, each under its heading; an alternative that changes nothing a player
    /// sees is left out (and "otherwise" becomes its own condition when it stands alone).
    fn branches(&self, first: (Phrase, &[Effect]), second: (Phrase, &[Effect]), depth: usize, out: &mut Out) {
        let mut shown_first = false;
        for (i, (heading, effects)) in [first, second].into_iter().enumerate() {
            let mut lines = Vec::new();
            self.describe_all(effects, depth + 1, &mut lines);
            if lines.is_empty() {
                continue;
            }
            let heading = if i == 1 && shown_first { Phrase::new("fc-otherwise") } else { heading };
            shown_first |= i == 0;
            out.push((depth, heading));
            out.extend(lines);
        }
    }

    fn order(&self, order: &OrderDef) -> Phrase {
        let kind = order.kind();
        let target = match order {
            OrderDef::Pursue(a) => self.army(a),
            _ => order.place().map(|p| self.place(p)).unwrap_or_default(),
        };
        Phrase::new("fc-order-kind").arg("kind", kind).arg("target", target)
    }

    /// A condition in words.
    fn condition(&self, condition: &Condition) -> Phrase {
        use Condition::*;
        let p = Phrase::new;
        let cmp = |c: Cmp| match c {
            Cmp::AtLeast(x) => Phrase::new("fc-at-least").arg("n", x as f64),
            Cmp::AtMost(x) => Phrase::new("fc-at-most").arg("n", x as f64),
        };
        match condition {
            Always => p("fc-cond-always"),
            Never => p("fc-cond-never"),
            Flag(f) => p("fc-cond-flag").arg("flag", f),
            Chose { decision, option } => {
                let scenario = self.0.resource::<LoadedScenario>();
                let label = scenario
                    .def
                    .decisions
                    .iter()
                    .find(|d| &d.id == decision)
                    .and_then(|d| d.options.iter().find(|o| &o.id == option))
                    .map_or_else(|| option.to_string(), |o| crate::sim::script::conditions::say(self.0, &o.label));
                p("fc-cond-chose").arg("option", label)
            }
            Decided(d) => p("fc-cond-decided").arg("decision", self.decision(d)),
            Happened(e) => {
                let scenario = self.0.resource::<LoadedScenario>();
                let title = scenario.def.events.iter().find(|d| &d.id == e).map_or(e.as_str(), |d| d.title.as_str());
                p("fc-cond-happened").arg("event", title)
            }
            Reached(o) => {
                let scenario = self.0.resource::<LoadedScenario>();
                let title = scenario.def.outcomes.iter().find(|d| &d.id == o).map_or(o.as_str(), |d| d.title.as_str());
                p("fc-cond-reached").arg("outcome", title)
            }
            DateFrom(d) => p("fc-cond-date-from").arg("date", d),
            DateBefore(d) => p("fc-cond-date-before").arg("date", d),
            Controls { place, side } => p("fc-cond-controls").arg("side", side.id()).arg("place", self.place(place)),
            Besieged(c) => p("fc-cond-besieged").arg("city", self.place(c)),
            WallsFallen(c) => p("fc-cond-walls-fallen").arg("city", self.place(c)),
            ArmyAt { army, place } => p("fc-cond-army-at").arg("army", self.army(army)).arg("place", self.place(place)),
            ArmyIs { army, state } => p("fc-cond-army-is").arg("army", self.army(army)).arg("state", state.id()),
            TroopsNear { side, place, km, cmp: c } => p("fc-cond-troops-near")
                .arg("side", side.id())
                .arg("place", self.place(place))
                .arg("km", *km)
                .arg("cmp", vec![cmp(*c)]),
            Status { character, status } => {
                p("fc-cond-status").arg("character", self.person(character)).arg("status", status.id())
            }
            Influence { faction, cmp: c } => {
                p("fc-cond-influence").arg("faction", self.faction(faction)).arg("cmp", vec![cmp(*c)])
            }
            Authority(c) => p("fc-cond-authority").arg("cmp", vec![cmp(*c)]),
            CityMorale { city, cmp: c } => {
                p("fc-cond-city-morale").arg("city", self.place(city)).arg("cmp", vec![cmp(*c)])
            }
            FoodDays { city, cmp: c } => p("fc-cond-food-days").arg("city", self.place(city)).arg("cmp", vec![cmp(*c)]),
            Grievance(c) => p("fc-cond-grievance").arg("cmp", vec![cmp(*c)]),
            Treaty(state) => p("fc-cond-treaty").arg("state", state.id()),
            TreatyMade => p("fc-cond-treaty-made"),
            TermsOnTable => p("fc-cond-terms"),
            PaidFraction(c) => p("fc-cond-paid").arg("cmp", vec![cmp(*c)]),
            Ceded(c) => p("fc-cond-ceded").arg("city", self.place(c)),
            Hostage(c) => p("fc-cond-hostage").arg("character", self.person(c)),
            CourtAt(place) => p("fc-cond-court-at").arg("place", self.place(place)),
            SiegeDays { city, cmp: c } => {
                p("fc-cond-siege-days").arg("city", self.place(city)).arg("cmp", vec![cmp(*c)])
            }
            BattleAt(place) => p("fc-cond-battle-at").arg("place", self.place(place)),
            ArmyFought(army) => p("fc-cond-army-fought").arg("army", self.army(army)),
            Unordered(army) => p("fc-cond-unordered").arg("army", self.army(army)),
            HostagesHeld(c) => p("fc-cond-hostages-held").arg("cmp", vec![cmp(*c)]),
            CessionsPending => p("fc-cond-cessions-pending"),
            HandedOver(c) => p("fc-cond-handed-over").arg("city", self.place(c)),
            ArmySupply { army, cmp: c } => {
                p("fc-cond-army-supply").arg("army", self.army(army)).arg("cmp", vec![cmp(*c)])
            }
            Measure { .. } => p("fc-cond-measure"),
            All(all) => p("fc-cond-all").arg("conditions", all.iter().map(|c| self.condition(c)).collect::<Vec<_>>()),
            Any(any) => p("fc-cond-any").arg("conditions", any.iter().map(|c| self.condition(c)).collect::<Vec<_>>()),
            Not(inner) => p("fc-cond-not").arg("condition", vec![self.condition(inner)]),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goods_leave_out_what_is_nothing() {
        let t = Treasury { gold: 5_000_000.0, silver: 50_000_000.0, ..Treasury::default() };
        let locale = Locale::english();
        assert_eq!(locale.list(&goods(&t)), "5,000,000 taels of gold and 50,000,000 taels of silver");
        assert!(goods(&Treasury::default()).is_empty());
    }
}
