//! The RON file formats: a scenario, the libraries it includes (maps, people) and policies.
//!
//! These types are the contract with scenario writers and modders; `docs/modding.md`
//! documents every field. They only describe data: loading and cross-checking live in
//! [`super::load`] and [`super::validate`].

use super::bounded::{Chance, Delta, Percent, Rating, short_list};
pub use super::rules::Rules;
pub use super::text::Text;
use crate::calendar::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub type Id = String;

/// A file of shared data that scenarios include: a map, a cast of people, sources, the state
/// of the world on a day (court, cast, cities, armies, diplomacy), or a chapter of the reign
/// (its decisions, events and history), so that the campaign and the shorter scenarios are
/// made from one set of data.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// At most one of a scenario's files may give the court and the diplomacy.
    #[serde(default)]
    pub court: Option<CourtDef>,
    #[serde(default)]
    pub diplomacy: Option<DiplomacyDef>,
    #[serde(default)]
    pub cast: Vec<CastDef>,
    #[serde(default)]
    pub cities: Vec<CityDef>,
    /// Offices a chapter needs, added to the court's.
    #[serde(default)]
    pub offices: Vec<OfficeDef>,
    #[serde(default)]
    pub places: Vec<PlaceDef>,
    #[serde(default)]
    pub routes: Vec<RouteDef>,
    #[serde(default)]
    pub characters: Vec<CharacterDef>,
    #[serde(default)]
    pub factions: Vec<FactionDef>,
    #[serde(default)]
    pub sources: Vec<SourceDef>,
    #[serde(default)]
    pub armies: Vec<ArmyDef>,
    #[serde(default)]
    pub decisions: Vec<DecisionDef>,
    #[serde(default)]
    pub events: Vec<EventDef>,
    #[serde(default)]
    pub history: Vec<HistoryDef>,
    #[serde(default)]
    pub chapters: Vec<ChapterDef>,
    #[serde(default)]
    pub milestones: Vec<MilestoneDef>,
}

/// One playable scenario.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Scenario")]
pub struct ScenarioFile {
    pub id: Id,
    pub title: String,
    /// One line for the scenario picker.
    pub summary: String,
    /// The situation at the start, for the player.
    pub description: String,
    /// Library files, relative to this file.
    #[serde(default)]
    pub include: Vec<String>,
    pub start: Date,
    /// The last day: if no outcome is reached by then, `timeout_outcome` applies.
    pub end: Date,
    pub turn_days: u32,
    /// The place whose fall is "the capital has fallen".
    pub capital: Id,
    /// The character the player is (the emperor).
    pub ruler: Id,
    #[serde(default)]
    pub rules: Rules,
    /// The court at the start: here or in an included library (read it with [`Self::court`]).
    #[serde(default, rename = "court")]
    pub court_def: Option<CourtDef>,
    #[serde(default)]
    pub cast: Vec<CastDef>,
    #[serde(default)]
    pub cities: Vec<CityDef>,
    #[serde(default)]
    pub armies: Vec<ArmyDef>,
    /// The Jin and the Song at the start: here or in an included library; none means no
    /// grievance, no terms, no treaty.
    #[serde(default, rename = "diplomacy")]
    pub diplomacy_def: Option<DiplomacyDef>,
    #[serde(default)]
    pub decisions: Vec<DecisionDef>,
    #[serde(default)]
    pub events: Vec<EventDef>,
    pub outcomes: Vec<OutcomeDef>,
    pub timeout_outcome: Id,
    /// The historical track: what happened, dated, for comparison and debriefs.
    #[serde(default)]
    pub history: Vec<HistoryDef>,
    /// The parts of the reign the scenario plays, in order (from its libraries, then its own).
    #[serde(default)]
    pub chapters: Vec<ChapterDef>,
    /// The dated moments a comparison with history needs.
    #[serde(default)]
    pub milestones: Vec<MilestoneDef>,
    /// Path of the historical policy, relative to this file.
    #[serde(default)]
    pub historical_policy: Option<String>,
    /// Places, routes, characters, factions and sources may also be given inline (armies,
    /// decisions, events and history are, above); library items come first.
    #[serde(default)]
    pub places: Vec<PlaceDef>,
    #[serde(default)]
    pub routes: Vec<RouteDef>,
    #[serde(default)]
    pub characters: Vec<CharacterDef>,
    #[serde(default)]
    pub factions: Vec<FactionDef>,
    #[serde(default)]
    pub sources: Vec<SourceDef>,
}

impl ScenarioFile {
    /// The court at the start (a checked scenario always has one).
    pub fn court(&self) -> &CourtDef {
        static NONE: std::sync::LazyLock<CourtDef> = std::sync::LazyLock::new(CourtDef::default);
        self.court_def.as_ref().unwrap_or(&NONE)
    }

    /// The diplomacy at the start.
    pub fn diplomacy(&self) -> &DiplomacyDef {
        static NONE: std::sync::LazyLock<DiplomacyDef> = std::sync::LazyLock::new(DiplomacyDef::default);
        self.diplomacy_def.as_ref().unwrap_or(&NONE)
    }
}

// ---------------------------------------------------------------------------------------------
// The map

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlaceKind {
    Capital,
    City,
    Camp,
    Pass,
    Ford,
    Battlefield,
    /// A gate of a city: shown on the map, not part of the route graph.
    Gate,
    /// A circuit seat or a far-off place troops come from; may lie outside the map.
    Region,
}

impl PlaceKind {
    /// Whether the place must be reachable through the route graph.
    pub fn is_on_routes(self) -> bool {
        !matches!(self, PlaceKind::Gate | PlaceKind::Region)
    }

    /// The stable id the locale names it by.
    pub fn id(self) -> &'static str {
        match self {
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Camp => "camp",
            PlaceKind::Pass => "pass",
            PlaceKind::Ford => "ford",
            PlaceKind::Battlefield => "battlefield",
            PlaceKind::Gate => "gate",
            PlaceKind::Region => "region",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Place")]
pub struct PlaceDef {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub chinese: String,
    pub kind: PlaceKind,
    pub lon: f64,
    pub lat: f64,
    /// How rich the country round it is in food and fodder, 0 (bare mountains) to 10 (the
    /// richest plain); left out, it follows the kind of place (see [`PlaceKind::richness`]).
    #[serde(default)]
    pub forage: Option<Rating>,
    #[serde(default)]
    pub note: String,
}

impl PlaceDef {
    /// The richness of the country round the place, 0–10.
    pub fn richness(&self) -> f32 {
        self.forage.map_or_else(|| self.kind.richness(), |r| r.get())
    }
}

impl PlaceKind {
    /// The richness of the country round a place of this kind when the data gives none.
    pub fn richness(self) -> f32 {
        match self {
            PlaceKind::Capital => 6.0,
            PlaceKind::City | PlaceKind::Camp | PlaceKind::Battlefield => 5.0,
            PlaceKind::Ford => 4.0,
            PlaceKind::Pass => 1.0,
            PlaceKind::Gate | PlaceKind::Region => 0.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RouteKind {
    Road,
    Mountain,
    /// Crosses the Yellow River: only at fords, ferries and bridges.
    RiverCrossing,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Route")]
pub struct RouteDef {
    pub from: Id,
    pub to: Id,
    pub kind: RouteKind,
    /// Travel length; computed from the coordinates when left out.
    #[serde(default)]
    pub km: Option<f32>,
    #[serde(default)]
    pub note: String,
}

// ---------------------------------------------------------------------------------------------
// People and the court

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    Song,
    Jin,
}

impl Side {
    /// The stable id the chronicle and the locale use.
    pub fn id(self) -> &'static str {
        match self {
            Side::Song => "song",
            Side::Jin => "jin",
        }
    }

    pub fn enemy(self) -> Side {
        match self {
            Side::Song => Side::Jin,
            Side::Jin => Side::Song,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Trait {
    /// Holds firm: the troops he commands lose less morale.
    Resolute,
    /// Avoids risk: fights defensively, rarely attacks against the odds.
    Cautious,
    /// Attacks boldly: more damage dealt and taken.
    Reckless,
    /// Inspires soldiers and crowds.
    Charismatic,
    /// Quick to give way.
    Timid,
    /// A veteran of the north-western frontier wars.
    Veteran,
    /// Believes what he wishes to believe.
    Credulous,
    /// Serves himself first.
    Opportunist,
}

/// Skills from 0 to 10; a skill left out is an unremarkable 4.
#[derive(Clone, Copy, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Skills {
    /// Leading troops in the field and on the walls.
    #[serde(default = "average")]
    pub command: Rating,
    /// Raising money, food and men.
    #[serde(default = "average")]
    pub administration: Rating,
    /// Dealing with envoys and with the court.
    #[serde(default = "average")]
    pub diplomacy: Rating,
}

fn average() -> Rating {
    Rating::new(4.0)
}

impl Default for Skills {
    fn default() -> Self {
        Skills { command: average(), administration: average(), diplomacy: average() }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Character")]
pub struct CharacterDef {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub chinese: String,
    /// How the player knows him: "Emperor Qinzong", "Prince Kang".
    #[serde(default)]
    pub title: String,
    pub side: Side,
    #[serde(default)]
    pub faction: Option<Id>,
    #[serde(default)]
    pub skills: Skills,
    #[serde(default)]
    pub traits: Vec<Trait>,
    #[serde(default)]
    pub bio: String,
    #[serde(default)]
    pub sources: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Holds an office or a command.
    InOffice,
    /// At court without office.
    OutOfOffice,
    Dismissed,
    Exiled,
    Hostage,
    Captured,
    Fled,
    Dead,
}

impl Status {
    /// The stable id the chronicle and the locale use.
    pub fn id(self) -> &'static str {
        match self {
            Status::InOffice => "in_office",
            Status::OutOfOffice => "out_of_office",
            Status::Dismissed => "dismissed",
            Status::Exiled => "exiled",
            Status::Hostage => "hostage",
            Status::Captured => "captured",
            Status::Fled => "fled",
            Status::Dead => "dead",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Faction")]
pub struct FactionDef {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub chinese: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Office")]
pub struct OfficeDef {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub chinese: String,
    #[serde(default)]
    pub holder: Option<Id>,
    /// A commission held alongside one's office (Li Gang commanded the defence as Right
    /// Assistant Director); an appointment to any other office replaces the office held.
    #[serde(default)]
    pub concurrent: bool,
    /// The day the office was created, if after the start: until then the court does not
    /// list it (an appointment to it creates it at once).
    #[serde(default)]
    pub instituted: Option<Date>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treasury {
    /// Taels (liang) of gold.
    #[serde(default)]
    pub gold: f64,
    /// Taels of silver.
    #[serde(default)]
    pub silver: f64,
    /// Bolts of silk.
    #[serde(default)]
    pub silk: f64,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Court")]
pub struct CourtDef {
    /// The emperor's authority over the court.
    pub authority: Percent,
    /// Faction id → influence.
    pub influence: BTreeMap<Id, Percent>,
    pub treasury: Treasury,
    #[serde(default)]
    pub offices: Vec<OfficeDef>,
}

/// A character's state at the start of the scenario.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Cast")]
pub struct CastDef {
    pub character: Id,
    pub status: Status,
    #[serde(default)]
    pub location: Option<Id>,
    /// The office he holds at the start: one the court or a library defines, so a scenario
    /// can fill an office that a shared file describes.
    #[serde(default)]
    pub office: Option<Id>,
}

// ---------------------------------------------------------------------------------------------
// Cities and armies

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Troops {
    #[serde(default)]
    pub cavalry: u32,
    #[serde(default)]
    pub infantry: u32,
    #[serde(default)]
    pub militia: u32,
}

impl Troops {
    /// All the men; saturates rather than overflow on absurd numbers (the checker refuses
    /// those, but messages about them are built with this).
    pub fn total(&self) -> u32 {
        self.cavalry.saturating_add(self.infantry).saturating_add(self.militia)
    }

    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "City")]
pub struct CityDef {
    pub place: Id,
    pub controller: Side,
    /// 0 (open town) to 10 (the capital's triple walls).
    pub walls: Rating,
    pub garrison: Troops,
    #[serde(default)]
    pub training: Percent,
    pub population: u32,
    /// Days the city can eat from its granaries with no supply coming in.
    pub food_days: f32,
    /// Precious stores that can be confiscated for an indemnity.
    #[serde(default)]
    pub stores: Treasury,
    pub morale: Percent,
    #[serde(default)]
    pub governor: Option<Id>,
    /// For a city already under siege when the scenario opens: the day that siege began
    /// (Taiyuan's, on 13 January 1126, in a scenario opening in July). The besiegers must be
    /// before it on the first day.
    #[serde(default)]
    pub besieged_since: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Army")]
pub struct ArmyDef {
    pub id: Id,
    pub name: String,
    /// Whether the name is plural ("Shaanxi armies"), so sentences agree with it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plural: bool,
    pub side: Side,
    #[serde(default)]
    pub commander: Option<Id>,
    pub location: Id,
    pub troops: Troops,
    pub training: Percent,
    pub morale: Percent,
    /// Days of food carried.
    pub supply: f32,
    #[serde(default)]
    pub order: OrderDef,
    /// Whether the player may give this army orders.
    #[serde(default)]
    pub player_controlled: bool,
    /// The plan an AI commander follows.
    #[serde(default)]
    #[serde(deserialize_with = "short_list")]
    pub plan: Vec<GoalDef>,
}

/// An order to an army, from the player, a decision or an AI plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum OrderDef {
    #[default]
    Hold,
    MoveTo(Id),
    /// Fight the enemy army or besiegers at a place.
    Attack(Id),
    Besiege(Id),
    /// March to a besieged city and fight its besiegers.
    Relieve(Id),
    /// A surprise night attack on an enemy camp or army at a place.
    Raid(Id),
    /// Follow a retreating enemy army and strike it.
    Pursue(Id),
    /// March into a city and join its garrison.
    Garrison(Id),
    /// March home by the given place and leave the theatre.
    Withdraw(Id),
    Disband,
}

impl OrderDef {
    /// The stable id of the kind of order, for the chronicle and the locale.
    pub fn kind(&self) -> &'static str {
        match self {
            OrderDef::Hold => "hold",
            OrderDef::MoveTo(_) => "move",
            OrderDef::Attack(_) => "attack",
            OrderDef::Besiege(_) => "besiege",
            OrderDef::Relieve(_) => "relieve",
            OrderDef::Raid(_) => "raid",
            OrderDef::Pursue(_) => "pursue",
            OrderDef::Garrison(_) => "garrison",
            OrderDef::Withdraw(_) => "withdraw",
            OrderDef::Disband => "disband",
        }
    }

    /// The place the order names, if it names one.
    pub fn place(&self) -> Option<&Id> {
        use OrderDef::*;
        match self {
            MoveTo(p) | Attack(p) | Besiege(p) | Relieve(p) | Raid(p) | Garrison(p) | Withdraw(p) => Some(p),
            Hold | Disband | Pursue(_) => None,
        }
    }
}

/// One step of an AI commander's plan. Goals are taken in order; a goal is left when it is
/// achieved or becomes impossible, and `Withdraw` conditions are checked every turn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum GoalDef {
    /// March to a city and take it, by assault when the odds allow, else by blockade.
    Take(Id),
    /// Blockade a city until it falls or the plan moves on.
    Blockade(Id),
    /// March to a camp before the enemy capital and besiege it.
    Invest { capital: Id, camp: Id },
    /// Go home by `route_by` when paid and threatened, or starving.
    Withdraw(WithdrawRule),
    /// Wait where it stands until the condition holds.
    WaitUntil(Condition),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawRule {
    pub to: Id,
    /// Fraction of the demanded indemnity value (with hostages and cessions) that satisfies.
    pub satisfied_at: Chance,
    /// Enemy field troops near the camp, as a ratio of the army's strength, that make it fear
    /// being cut off.
    pub danger_ratio: f32,
    /// Within this many km of the army, enemy field armies count as a threat.
    #[serde(default = "default_threat_km")]
    pub threat_km: f32,
    /// Withdraw when satisfied, even without danger, after this many days of siege.
    #[serde(default)]
    pub patience_days: Option<u32>,
    /// The army does not weigh going home until this holds (what it will not leave without).
    #[serde(default)]
    pub stays_until: Condition,
}

fn default_threat_km() -> f32 {
    120.0
}

// ---------------------------------------------------------------------------------------------
// Diplomacy

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Diplomacy")]
pub struct DiplomacyDef {
    /// The Jin sense of having been wronged, which drives a new invasion.
    #[serde(default)]
    pub grievance: Percent,
    /// Terms already on the table at the start.
    #[serde(default)]
    pub terms: Option<TermsDef>,
    #[serde(default)]
    pub treaty: TreatyState,
    #[serde(default)]
    pub paid: Treasury,
    #[serde(default)]
    pub ceded: Vec<Id>,
    #[serde(default)]
    pub hostages: Vec<Id>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TreatyState {
    #[default]
    None,
    /// Terms accepted; payment and cession under way.
    Accepted,
    /// The Song side has gone back on the treaty.
    Broken,
}

impl TreatyState {
    /// The stable id the chronicle, the locale and `--json` use.
    pub fn id(self) -> &'static str {
        match self {
            TreatyState::None => "none",
            TreatyState::Accepted => "accepted",
            TreatyState::Broken => "broken",
        }
    }
}

/// Terms the Jin put on the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Terms")]
pub struct TermsDef {
    pub id: Id,
    #[serde(default)]
    pub indemnity: Treasury,
    #[serde(default)]
    pub cede: Vec<Id>,
    /// How many hostages of rank (a prince, a chief minister) are demanded.
    #[serde(default)]
    pub hostages: u32,
    #[serde(default)]
    pub text: String,
}

// ---------------------------------------------------------------------------------------------
// Decisions, events, outcomes

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Trigger")]
pub struct TriggerDef {
    /// The card cannot appear before this day.
    #[serde(default)]
    pub from: Option<Date>,
    /// Past this day it no longer appears; a pending decision then takes its default.
    #[serde(default)]
    pub until: Option<Date>,
    #[serde(default)]
    pub when: Condition,
}

/// A choice put to the emperor.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Decision")]
pub struct DecisionDef {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub chinese: String,
    /// The situation, as the emperor hears it; parts may depend on the world.
    pub text: Text,
    pub trigger: TriggerDef,
    #[serde(deserialize_with = "short_list")]
    pub options: Vec<OptionDef>,
    /// Option taken if the moment passes (`trigger.until`) with no choice.
    pub default: Id,
    #[serde(default)]
    pub sources: Vec<Id>,
    /// Where the sources disagree about this moment.
    #[serde(default)]
    pub disputed: String,
    /// A moment that arises only off the historical track, so no option is historical.
    #[serde(default)]
    pub counterfactual: bool,
    /// Who takes the decision, when it is not the ruler: a commander on the walls, a
    /// minister sent to the Jin camp. The player answers it in his place.
    #[serde(default)]
    pub decider: Option<Id>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Option")]
pub struct OptionDef {
    pub id: Id,
    pub label: Text,
    /// The argument for it, as made at the time.
    #[serde(default)]
    pub text: Text,
    /// Who argued for it.
    #[serde(default)]
    pub advocates: Vec<Id>,
    /// Whether this is what Qinzong actually did.
    #[serde(default)]
    pub historical: bool,
    /// For the historical option: what happened. For others: what historians say of it.
    #[serde(default)]
    pub history: String,
    /// The option is offered only when this holds: where it would make no sense, it is not
    /// on the card at all.
    #[serde(default)]
    pub when: Condition,
    /// The option is on the card but can be chosen only when this holds (shown greyed out,
    /// with the condition, otherwise).
    #[serde(default)]
    pub requires: Condition,
    #[serde(deserialize_with = "short_list")]
    pub effects: Vec<Effect>,
}

/// Something that happens when its trigger holds.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Event")]
pub struct EventDef {
    pub id: Id,
    pub title: String,
    pub text: Text,
    pub trigger: TriggerDef,
    /// Chance, per turn while the trigger holds, that it happens.
    #[serde(default = "certain")]
    pub chance: Chance,
    /// Instead of a fixed chance: the chance weighed from causes in the world, each time the
    /// question comes up (a council deciding on war).
    #[serde(default)]
    pub odds: Option<OddsDef>,
    /// Whether it can happen again after it has happened once.
    #[serde(default)]
    pub repeatable: bool,
    #[serde(deserialize_with = "short_list")]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub place: Option<Id>,
    #[serde(default)]
    pub historical: bool,
    #[serde(default)]
    pub sources: Vec<Id>,
}

fn certain() -> Chance {
    Chance::new(1.0)
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Outcome")]
pub struct OutcomeDef {
    /// A stable snake_case id, reported by `simulate --json`.
    pub id: Id,
    pub title: String,
    pub text: Text,
    pub when: Condition,
    /// Whether the game ends when this outcome is reached (else it is only recorded).
    #[serde(default = "yes")]
    pub ends_game: bool,
    /// Considered only when time runs out: the first such outcome whose `when` holds ends the
    /// game on the last day (before `timeout_outcome`).
    #[serde(default)]
    pub at_end: bool,
}

/// A chance weighed from causes: each factor adds its points when its condition holds
/// (times a measure of the world, if it has one); the chance is 50% when the points sum to
/// `even`, and rises or falls smoothly (a logistic curve) by `spread` points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Odds")]
pub struct OddsDef {
    pub even: f32,
    pub spread: f32,
    /// The question is weighed every this many days (0: every turn while the trigger holds);
    /// each weighing is written in the chronicle with what weighed how much.
    #[serde(default)]
    pub every_days: u32,
    #[serde(deserialize_with = "short_list")]
    pub factors: Vec<FactorDef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Factor")]
pub struct FactorDef {
    /// What the factor is, for the chronicle: "the three towns withheld".
    pub label: String,
    /// Points it adds (negative: takes away), or points per unit of `per`.
    pub weight: f32,
    #[serde(default)]
    pub when: Condition,
    /// A measure of the world the weight is multiplied by.
    #[serde(default)]
    pub per: Option<Measure>,
}

/// A number read off the world, for weighing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Measure {
    /// Jin grievance, 0–100.
    Grievance,
    /// The emperor's authority, 0–100.
    Authority,
    /// Share of the indemnity on the table paid so far, 0–1.
    PaidFraction,
    /// Share of the indemnity on the table still unpaid, 0–1 (0 without terms).
    Unpaid,
    /// Share of these cities the side holds, 0–1.
    HeldBy {
        side: Side,
        cities: Vec<Id>,
    },
    /// Men of a side in field armies within `km` of a place.
    Troops {
        side: Side,
        place: Id,
        km: f32,
    },
    CityMorale(Id),
    FoodDays(Id),
    SiegeDays(Id),
    /// Days since the event happened (0 if it has not).
    DaysSince(Id),
    Influence(Id),
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "History")]
pub struct HistoryDef {
    pub date: Date,
    pub text: String,
    #[serde(default)]
    pub place: Option<Id>,
    #[serde(default)]
    pub sources: Vec<Id>,
}

/// A part of the reign: the first siege, the months between the sieges. A chapter begins on
/// the first turn its `begins` holds (a later chapter may begin first, and the ones between
/// are skipped); from then on turns last `turn_days`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Chapter")]
pub struct ChapterDef {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub chinese: String,
    pub begins: Condition,
    /// Days a turn lasts in this chapter; left out, the scenario's `turn_days`.
    #[serde(default)]
    pub turn_days: Option<u32>,
    /// What the months of the chapter held in history, for the chapter card.
    #[serde(default)]
    pub history: String,
}

/// A dated moment: the first day its condition holds is kept in the record and reported by
/// `simulate --json`, so that runs can be compared with history.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Milestone")]
pub struct MilestoneDef {
    /// A stable snake_case id: `taiyuan_fallen`.
    pub id: Id,
    pub title: String,
    pub when: Condition,
    /// The day it happened in history, if it did.
    #[serde(default)]
    pub history: Option<Date>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Source")]
pub struct SourceDef {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub url: String,
}

/// A change to the world. Effects are what decisions and events do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    /// Put a character into an office (and status `InOffice`).
    Appoint {
        character: Id,
        office: Id,
    },
    /// Remove from office (status `Dismissed`).
    Dismiss(Id),
    Exile(Id),
    SetStatus {
        character: Id,
        status: Status,
    },
    /// Change a faction's influence.
    Influence {
        faction: Id,
        delta: Delta,
    },
    Authority(Delta),
    /// Change a city's popular morale.
    CityMorale {
        city: Id,
        delta: Delta,
    },
    ArmyMorale {
        army: Id,
        delta: Delta,
    },
    /// Add to (or take from, with negative numbers) the treasury.
    Treasury(Treasury),
    /// Confiscate a fraction of a city's stores into the treasury.
    Confiscate {
        city: Id,
        fraction: Chance,
    },
    /// The Jin put terms on the table.
    DemandTerms(TermsDef),
    /// The Song accept the terms on the table.
    AcceptTerms,
    /// Scale the terms on the table by a factor (a bargain).
    ScaleTerms {
        indemnity: f32,
        drop_cessions: bool,
    },
    RejectTerms,
    /// Pay up to this fraction of the outstanding indemnity from the treasury.
    PayIndemnity(Chance),
    /// Issue the edict ceding a city. The Jin count it towards their satisfaction at once;
    /// the city itself obeys and opens its gates, or refuses, by its mood (the `handover`
    /// rule).
    Cede(Id),
    /// Issue the edicts ceding every city the terms on the table name that is not yet ceded:
    /// the same edict whichever path leads to it.
    CedeTerms,
    /// Go back on the treaty.
    BreakTreaty,
    SendHostage(Id),
    ReleaseHostage(Id),
    Grievance(Delta),
    /// Raise an army. An army of the same id that has left the field (gone home, dispersed,
    /// destroyed) takes it again as described; one still in the field is left as it is.
    SpawnArmy(ArmyDef),
    Reinforce {
        army: Id,
        troops: Troops,
    },
    /// Raise troops in a city: townsmen armed, guards called up.
    Levy {
        city: Id,
        troops: Troops,
    },
    /// Send men of a city's garrison home (as many of these as it has): levies stood down,
    /// provincial troops returned to their circuits.
    Discharge {
        city: Id,
        troops: Troops,
    },
    /// Put a character in command of a city's walls (or nobody).
    SetGovernor {
        city: Id,
        character: Option<Id>,
    },
    /// Move troops from an army into a city's garrison.
    Garrison {
        army: Id,
        city: Id,
    },
    /// Men of a city's garrison march out to join an army of its side standing in the city:
    /// as many of these as the garrison has. The reverse of `Garrison`.
    Muster {
        city: Id,
        army: Id,
        troops: Troops,
    },
    Disband(Id),
    /// An army joins another of its side: its men march with the other from then on.
    Join {
        army: Id,
        into: Id,
    },
    Order {
        army: Id,
        order: OrderDef,
    },
    /// Change an army's commander.
    Command {
        army: Id,
        commander: Option<Id>,
    },
    /// The court (and the emperor) sets out for a place with an escort taken from the
    /// garrison where it is; it travels as the imperial train, and Jin horsemen within reach
    /// may catch it on the road (the `flight` rule).
    MoveCourt {
        to: Id,
        #[serde(default)]
        escort: Troops,
    },
    /// An AI army given an `Order` follows it until it is carried out, and holds after a
    /// `Hold`; this sends it back to its plan.
    ResumePlan(Id),
    /// Give an AI army a new plan, from its first goal (a council ordering a new campaign).
    Plan {
        army: Id,
        #[serde(deserialize_with = "short_list")]
        plan: Vec<GoalDef>,
    },
    SetFlag(Id),
    ClearFlag(Id),
    /// Put a decision on the table now, whatever its trigger.
    OpenDecision(Id),
    /// Start a siege of a city by an army standing at or next to it.
    StartSiege {
        city: Id,
        army: Id,
    },
    EndSiege(Id),
    /// An assault on a city's walls, resolved by the siege rules with a modifier.
    Assault {
        army: Id,
        city: Id,
        modifier: f32,
    },
    /// A sally from a city against its besiegers: troops taken from the garrison.
    Sally {
        city: Id,
        troops: Troops,
        modifier: f32,
    },
    /// The city changes hands.
    Capture {
        city: Id,
        side: Side,
    },
    /// Chance-driven branch, drawn from the game's seeded generator.
    Chance {
        p: Chance,
        #[serde(deserialize_with = "short_list")]
        then: Vec<Effect>,
        #[serde(deserialize_with = "short_list")]
        otherwise: Vec<Effect>,
    },
    /// Branch on the state of the world.
    If {
        when: Condition,
        #[serde(deserialize_with = "short_list")]
        then: Vec<Effect>,
        #[serde(deserialize_with = "short_list")]
        otherwise: Vec<Effect>,
    },
    /// A chronicle line with no other effect; parts may depend on the world at that moment.
    Chronicle(Text),
}

/// A comparison with a number.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cmp {
    AtLeast(f32),
    AtMost(f32),
}

impl Cmp {
    pub fn holds(self, value: f32) -> bool {
        match self {
            Cmp::AtLeast(x) => value >= x,
            Cmp::AtMost(x) => value <= x,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArmyState {
    /// Still in the field (possibly routed), and not going home.
    Active,
    /// Standing before a city it besieges (not merely marching to one).
    Besieging,
    /// Following a `Withdraw` order or plan.
    Withdrawing,
    /// Broken in battle and not yet rallied.
    Routed,
    /// Gone: left the theatre, disbanded, dispersed or destroyed.
    Gone,
    Destroyed,
    /// Melted away before the enemy without a battle.
    Dispersed,
}

impl ArmyState {
    /// The stable id the locale uses.
    pub fn id(self) -> &'static str {
        match self {
            ArmyState::Active => "active",
            ArmyState::Besieging => "besieging",
            ArmyState::Withdrawing => "withdrawing",
            ArmyState::Routed => "routed",
            ArmyState::Gone => "gone",
            ArmyState::Destroyed => "destroyed",
            ArmyState::Dispersed => "dispersed",
        }
    }
}

/// A test on the state of the world.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    #[default]
    Always,
    Never,
    Flag(Id),
    /// The decision was taken with this option.
    Chose {
        decision: Id,
        option: Id,
    },
    /// The decision has been taken (with any option).
    Decided(Id),
    /// The event has happened.
    Happened(Id),
    /// The outcome has been recorded.
    Reached(Id),
    DateFrom(Date),
    DateBefore(Date),
    Controls {
        place: Id,
        side: Side,
    },
    Besieged(Id),
    /// The walls of the city have been stormed (it may still hold out inside).
    WallsFallen(Id),
    ArmyAt {
        army: Id,
        place: Id,
    },
    ArmyIs {
        army: Id,
        state: ArmyState,
    },
    /// Troops of a side in field armies within a distance of a place.
    TroopsNear {
        side: Side,
        place: Id,
        km: f32,
        cmp: Cmp,
    },
    Status {
        character: Id,
        status: Status,
    },
    Influence {
        faction: Id,
        cmp: Cmp,
    },
    Authority(Cmp),
    CityMorale {
        city: Id,
        cmp: Cmp,
    },
    FoodDays {
        city: Id,
        cmp: Cmp,
    },
    Grievance(Cmp),
    Treaty(TreatyState),
    /// A treaty has been agreed at some time (it may since have been broken, or superseded by
    /// new terms).
    TreatyMade,
    TermsOnTable,
    /// Fraction of the demanded indemnity value paid so far.
    PaidFraction(Cmp),
    Ceded(Id),
    Hostage(Id),
    /// The emperor is at this place.
    CourtAt(Id),
    /// Days since the city came under siege (0 if it is not besieged).
    SiegeDays {
        city: Id,
        cmp: Cmp,
    },
    /// A battle has been fought at the place (a field battle or a raid).
    BattleAt(Id),
    /// The army has fought a battle or a raid.
    ArmyFought(Id),
    /// Nobody has given the army an order since it took the field: a player's army still
    /// waits where it was raised, an AI army follows its plan.
    Unordered(Id),
    /// How many characters the Jin hold as hostages.
    HostagesHeld(Cmp),
    /// The terms on the table cede a city no edict has ceded yet.
    CessionsPending,
    /// The city obeyed an edict ceding it and opened its gates to the Jin.
    HandedOver(Id),
    /// Days of food the army carries.
    ArmySupply {
        army: Id,
        cmp: Cmp,
    },
    /// A measure of the world compared with a number.
    Measure {
        of: Measure,
        cmp: Cmp,
    },
    All(#[serde(deserialize_with = "short_list")] Vec<Condition>),
    Any(#[serde(deserialize_with = "short_list")] Vec<Condition>),
    Not(Box<Condition>),
}

// ---------------------------------------------------------------------------------------------
// Policies

/// A scripted set of choices for headless play: the historical track, or an exercise.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Policy")]
pub struct PolicyFile {
    pub scenario: Id,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Decision id → option id.
    #[serde(default)]
    pub choices: BTreeMap<Id, Id>,
    /// What to do for decisions the policy does not name.
    #[serde(default)]
    pub otherwise: Fallback,
    /// Orders to armies, each given on the first turn that starts on or after its `date`.
    #[serde(default)]
    pub orders: Vec<PolicyOrder>,
}

/// A teacher's exercise: a scenario to play, the choices fixed for the class, the questions
/// the students answer, and whether history is shown while they play.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Exercise")]
pub struct ExerciseFile {
    /// A built-in scenario id, or the path of a scenario file beside the exercise.
    pub scenario: String,
    pub title: String,
    /// What the class is asked to look into, shown when the game opens.
    #[serde(default)]
    pub introduction: String,
    #[serde(default = "first_seed")]
    pub seed: u64,
    /// Decision id → the only option the class may take there.
    #[serde(default)]
    pub locked: BTreeMap<Id, Id>,
    pub questions: Vec<String>,
    /// Whether the historical track (History) is open to the class while it plays; the
    /// debrief sets the choices beside Qinzong's at the end either way.
    #[serde(default = "yes")]
    pub history: bool,
}

fn first_seed() -> u64 {
    1
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum Fallback {
    /// The option marked historical.
    #[default]
    Historical,
    /// The decision's default option.
    Default,
    /// A uniformly random allowed option, from the policy's own seeded generator.
    Random,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyOrder {
    pub date: Date,
    pub army: Id,
    pub order: OrderDef,
}
