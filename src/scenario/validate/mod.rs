//! Cross-checks of a loaded scenario: unknown and duplicate ids, impossible numbers, places the
//! route graph cannot reach. Every problem names the file, line and column where it is written.

use super::diagnostic::{Diagnostic, did_you_mean};
use super::files::SourceText;
use super::loaded::{Origin, Origins, Policy, Scenario};
use super::locate::{Path, Seg};
use super::read::at;
use super::schema::*;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

mod lint;

/// Flags the rules themselves set (see docs/modding.md).
/// The longest a scenario may last, in days (twenty years): a limit on how long a game can
/// run, whatever a file says.
pub const MOST_DAYS: i32 = 20 * 365 + 5;

pub const RULE_FLAGS: &[&str] = &["raid_succeeded", "raid_failed", "sally_succeeded", "sally_failed"];

/// What kind of thing an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Place,
    /// A place with an entry in `cities`.
    City,
    Character,
    Faction,
    Army,
    Decision,
    Event,
    Outcome,
    Office,
    Source,
    Flag,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::City => "city",
            Kind::Character => "character",
            Kind::Faction => "faction",
            Kind::Army => "army",
            Kind::Decision => "decision",
            Kind::Event => "event",
            Kind::Outcome => "outcome",
            Kind::Office => "office",
            Kind::Source => "source",
            Kind::Flag => "flag",
        }
    }
}

/// A use of an id somewhere in the scenario or one of its libraries.
struct Use {
    file: usize,
    path: Path,
    kind: Kind,
    id: String,
}

/// Collects the ids an effect, condition, order or goal refers to, each with the file it is
/// written in (`file`, set before walking an item).
#[derive(Default)]
struct Refs {
    file: usize,
    uses: Vec<Use>,
    /// (decision, option) pairs named by `Chose`, with where.
    options: Vec<(usize, Path, String, String)>,
    flags_set: BTreeSet<String>,
    /// Decisions an `OpenDecision` puts on the table.
    opened: BTreeSet<String>,
    spawned_armies: Vec<(usize, Path, ArmyDef)>,
    /// Troops named by effects (levies, reinforcements, escorts), to check their size.
    troops: Vec<(usize, Path, Troops)>,
}

fn with(path: &Path, seg: Seg) -> Path {
    let mut p = path.clone();
    p.push(seg);
    p
}

impl Refs {
    fn add(&mut self, path: Path, kind: Kind, id: &str) {
        self.uses.push(Use { file: self.file, path, kind, id: id.to_string() });
    }

    fn condition(&mut self, c: &Condition, path: Path) {
        use Condition::*;
        let arg = |n| with(&path, Seg::Arg(n));
        let field = |name| with(&path, Seg::Field(name));
        match c {
            Always | Never | DateFrom(_) | DateBefore(_) | Authority(_) | Grievance(_) | Treaty(_) | TreatyMade
            | TermsOnTable | PaidFraction(_) | HostagesHeld(_) | CessionsPending => {}
            HandedOver(p) => self.add(arg(0), Kind::City, p),
            ArmyFought(a) | Unordered(a) => self.add(arg(0), Kind::Army, a),
            ArmySupply { army, .. } => self.add(field("army"), Kind::Army, army),
            Measure { of, .. } => self.measure(of, field("of")),
            Flag(f) => self.add(arg(0), Kind::Flag, f),
            Chose { decision, option } => {
                self.add(field("decision"), Kind::Decision, decision);
                self.options.push((self.file, field("option"), decision.clone(), option.clone()));
            }
            Decided(d) => self.add(arg(0), Kind::Decision, d),
            Happened(e) => self.add(arg(0), Kind::Event, e),
            Reached(o) => self.add(arg(0), Kind::Outcome, o),
            Controls { place, .. } => self.add(field("place"), Kind::City, place),
            Besieged(p) | WallsFallen(p) => self.add(arg(0), Kind::City, p),
            Ceded(p) | CourtAt(p) | BattleAt(p) => self.add(arg(0), Kind::Place, p),
            ArmyAt { army, place } => {
                self.add(field("army"), Kind::Army, army);
                self.add(field("place"), Kind::Place, place);
            }
            ArmyIs { army, .. } => self.add(field("army"), Kind::Army, army),
            TroopsNear { place, .. } => self.add(field("place"), Kind::Place, place),
            Status { character, .. } => self.add(field("character"), Kind::Character, character),
            Influence { faction, .. } => self.add(field("faction"), Kind::Faction, faction),
            CityMorale { city, .. } | FoodDays { city, .. } | SiegeDays { city, .. } => {
                self.add(field("city"), Kind::City, city)
            }
            Hostage(ch) => self.add(arg(0), Kind::Character, ch),
            All(list) | Any(list) => {
                for (i, c) in list.iter().enumerate() {
                    self.condition(c, with(&arg(0), Seg::Index(i)));
                }
            }
            Not(inner) => self.condition(inner, arg(0)),
        }
    }

    /// The conditions of a text's parts.
    fn text(&mut self, text: &Text, path: Path) {
        if text.is_plain() {
            return;
        }
        for (i, part) in text.0.iter().enumerate() {
            self.condition(&part.when, with(&with(&path, Seg::Index(i)), Seg::Field("when")));
        }
    }

    fn measure(&mut self, m: &Measure, path: Path) {
        let arg = |n| with(&path, Seg::Arg(n));
        let field = |name| with(&path, Seg::Field(name));
        match m {
            Measure::Grievance | Measure::Authority | Measure::PaidFraction | Measure::Unpaid => {}
            Measure::HeldBy { cities, .. } => {
                for (i, c) in cities.iter().enumerate() {
                    self.add(with(&field("cities"), Seg::Index(i)), Kind::City, c);
                }
            }
            Measure::Troops { place, .. } => self.add(field("place"), Kind::Place, place),
            Measure::CityMorale(c) | Measure::FoodDays(c) | Measure::SiegeDays(c) => self.add(arg(0), Kind::City, c),
            Measure::DaysSince(e) => self.add(arg(0), Kind::Event, e),
            Measure::Influence(f) => self.add(arg(0), Kind::Faction, f),
        }
    }

    fn effects(&mut self, list: &[Effect], path: Path) {
        for (i, e) in list.iter().enumerate() {
            self.effect(e, with(&path, Seg::Index(i)));
        }
    }

    fn effect(&mut self, e: &Effect, path: Path) {
        use Effect::*;
        let arg = |n| with(&path, Seg::Arg(n));
        let field = |name| with(&path, Seg::Field(name));
        match e {
            Appoint { character, office } => {
                self.add(field("character"), Kind::Character, character);
                self.add(field("office"), Kind::Office, office);
            }
            Dismiss(ch) | Exile(ch) | SendHostage(ch) | ReleaseHostage(ch) => self.add(arg(0), Kind::Character, ch),
            SetStatus { character, .. } => self.add(field("character"), Kind::Character, character),
            Influence { faction, .. } => self.add(field("faction"), Kind::Faction, faction),
            CityMorale { city, .. } | Confiscate { city, .. } | Capture { city, .. } => {
                self.add(field("city"), Kind::City, city)
            }
            Sally { city, troops, .. } | Levy { city, troops } | Discharge { city, troops } => {
                self.add(field("city"), Kind::City, city);
                self.troops.push((self.file, field("troops"), *troops));
            }
            Muster { city, army, troops } => {
                self.add(field("city"), Kind::City, city);
                self.add(field("army"), Kind::Army, army);
                self.troops.push((self.file, field("troops"), *troops));
            }
            SetGovernor { city, character } => {
                self.add(field("city"), Kind::City, city);
                if let Some(c) = character {
                    self.add(field("character"), Kind::Character, c);
                }
            }
            ArmyMorale { army, .. } => self.add(field("army"), Kind::Army, army),
            Reinforce { army, troops } => {
                self.add(field("army"), Kind::Army, army);
                self.troops.push((self.file, field("troops"), *troops));
            }
            Authority(_)
            | Treasury(_)
            | AcceptTerms
            | ScaleTerms { .. }
            | RejectTerms
            | PayIndemnity(_)
            | BreakTreaty
            | CedeTerms
            | Grievance(_) => {}
            Chronicle(text) => self.text(text, arg(0)),
            DemandTerms(terms) => {
                for (i, place) in terms.cede.iter().enumerate() {
                    self.add(with(&with(&arg(0), Seg::Field("cede")), Seg::Index(i)), Kind::City, place);
                }
            }
            Cede(p) | EndSiege(p) => self.add(arg(0), Kind::City, p),
            MoveCourt { to, escort } => {
                self.add(field("to"), Kind::Place, to);
                self.troops.push((self.file, field("escort"), *escort));
            }
            ResumePlan(a) => self.add(arg(0), Kind::Army, a),
            Plan { army, plan } => {
                self.add(field("army"), Kind::Army, army);
                self.goals(plan, field("plan"));
            }
            SpawnArmy(def) => self.spawned_armies.push((self.file, arg(0), def.clone())),
            Garrison { army, city } | StartSiege { city, army } | Assault { army, city, .. } => {
                self.add(field("army"), Kind::Army, army);
                self.add(field("city"), Kind::City, city);
            }
            Disband(a) => self.add(arg(0), Kind::Army, a),
            Join { army, into } => {
                self.add(field("army"), Kind::Army, army);
                self.add(field("into"), Kind::Army, into);
            }
            Order { army, order } => {
                self.add(field("army"), Kind::Army, army);
                self.order(order, field("order"));
            }
            Command { army, commander } => {
                self.add(field("army"), Kind::Army, army);
                if let Some(c) = commander {
                    self.add(field("commander"), Kind::Character, c);
                }
            }
            SetFlag(f) => {
                self.flags_set.insert(f.clone());
            }
            ClearFlag(f) => self.add(arg(0), Kind::Flag, f),
            OpenDecision(d) => {
                self.add(arg(0), Kind::Decision, d);
                self.opened.insert(d.clone());
            }
            Chance { then, otherwise, .. } => {
                self.effects(then, field("then"));
                self.effects(otherwise, field("otherwise"));
            }
            If { when, then, otherwise } => {
                self.condition(when, field("when"));
                self.effects(then, field("then"));
                self.effects(otherwise, field("otherwise"));
            }
        }
    }

    fn order(&mut self, order: &OrderDef, path: Path) {
        if let Some(p) = order.place() {
            self.add(with(&path, Seg::Arg(0)), Kind::Place, p);
        } else if let OrderDef::Pursue(a) = order {
            self.add(with(&path, Seg::Arg(0)), Kind::Army, a);
        }
    }

    fn army(&mut self, army: &ArmyDef, path: Path) {
        let field = |name| with(&path, Seg::Field(name));
        self.add(field("location"), Kind::Place, &army.location);
        if let Some(c) = &army.commander {
            self.add(field("commander"), Kind::Character, c);
        }
        self.order(&army.order, field("order"));
        self.goals(&army.plan, field("plan"));
    }

    fn goals(&mut self, plan: &[GoalDef], path: Path) {
        for (i, goal) in plan.iter().enumerate() {
            let goal_path = with(&path, Seg::Index(i));
            match goal {
                GoalDef::Take(p) | GoalDef::Blockade(p) => self.add(with(&goal_path, Seg::Arg(0)), Kind::City, p),
                GoalDef::Invest { capital, camp } => {
                    self.add(with(&goal_path, Seg::Field("capital")), Kind::City, capital);
                    self.add(with(&goal_path, Seg::Field("camp")), Kind::Place, camp);
                }
                GoalDef::Withdraw(rule) => {
                    let rule_path = with(&goal_path, Seg::Arg(0));
                    self.add(with(&rule_path, Seg::Field("to")), Kind::Place, &rule.to);
                    self.condition(&rule.stays_until, with(&rule_path, Seg::Field("stays_until")));
                }
                GoalDef::WaitUntil(c) => self.condition(c, with(&goal_path, Seg::Arg(0))),
            }
        }
    }
}

fn field(name: &'static str) -> Path {
    vec![Seg::Field(name)]
}

fn item(list: &'static str, index: usize) -> Path {
    vec![Seg::Field(list), Seg::Index(index)]
}

/// The file and path of a merged list's element, from where it came from.
fn origin_of(origin: &Origin, list: &'static str) -> (usize, Path) {
    (origin.file, item(list, origin.index))
}

struct Checker<'a> {
    s: &'a Scenario,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, file: usize, path: &[Seg], message: String, help: Option<String>) {
        let mut d = at(&self.s.files, file, path, message);
        d.help = help;
        self.out.push(d);
    }

    fn warn(&mut self, file: usize, path: &[Seg], message: String, help: Option<String>) {
        self.error(file, path, message, help);
        if let Some(last) = self.out.pop() {
            self.out.push(last.warning());
        }
    }

    /// Reports ids that appear twice; returns the set of ids.
    fn unique<'b>(&mut self, noun: &str, items: impl Iterator<Item = (usize, Path, &'b str)>) -> BTreeSet<String> {
        let mut seen: BTreeMap<&str, ()> = BTreeMap::new();
        for (file, path, id) in items {
            if seen.insert(id, ()).is_some() {
                self.error(file, &path, format!("duplicate {noun} id `{id}`"), Some("give each one its own id".into()));
            }
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                self.warn(
                    file,
                    &path,
                    format!("{noun} id `{id}` is not snake_case"),
                    Some("ids are lower-case ascii letters, digits and `_`, e.g. `li_gang`".into()),
                );
            }
        }
        seen.into_keys().map(str::to_string).collect()
    }
}

pub fn check_scenario<'a>(s: &'a Scenario) -> Vec<Diagnostic> {
    let d = &s.def;
    let o = &s.origins;
    let mut c = Checker { s, out: Vec::new() };

    // Ids, each list unique. Library items are reported in the file they came from.
    let library_ids = |list: &'static str, ids: Vec<&'a str>, origins: &'a [Origin]| {
        ids.into_iter().zip(origins).map(move |(id, origin)| {
            let (f, path) = origin_of(origin, list);
            (f, with(&path, Seg::Field("id")), id)
        })
    };
    let places = c.unique("place", library_ids("places", d.places.iter().map(|x| x.id.as_str()).collect(), &o.places));
    let characters = c.unique(
        "character",
        library_ids("characters", d.characters.iter().map(|x| x.id.as_str()).collect(), &o.characters),
    );
    let factions =
        c.unique("faction", library_ids("factions", d.factions.iter().map(|x| x.id.as_str()).collect(), &o.factions));
    let sources =
        c.unique("source", library_ids("sources", d.sources.iter().map(|x| x.id.as_str()).collect(), &o.sources));
    let mut refs = Refs::default();
    for (army, origin) in d.armies.iter().zip(&o.armies) {
        let (f, path) = origin_of(origin, "armies");
        refs.file = f;
        refs.army(army, path);
    }
    for (decision, origin) in d.decisions.iter().zip(&o.decisions) {
        let (f, path) = origin_of(origin, "decisions");
        refs.file = f;
        refs.condition(&decision.trigger.when, with(&with(&path, Seg::Field("trigger")), Seg::Field("when")));
        refs.text(&decision.text, with(&path, Seg::Field("text")));
        for (j, option) in decision.options.iter().enumerate() {
            let opt = with(&with(&path, Seg::Field("options")), Seg::Index(j));
            refs.text(&option.label, with(&opt, Seg::Field("label")));
            refs.text(&option.text, with(&opt, Seg::Field("text")));
            refs.condition(&option.when, with(&opt, Seg::Field("when")));
            refs.condition(&option.requires, with(&opt, Seg::Field("requires")));
            refs.effects(&option.effects, with(&opt, Seg::Field("effects")));
            for (k, who) in option.advocates.iter().enumerate() {
                refs.add(with(&with(&opt, Seg::Field("advocates")), Seg::Index(k)), Kind::Character, who);
            }
        }
        for (k, src) in decision.sources.iter().enumerate() {
            refs.add(with(&with(&path, Seg::Field("sources")), Seg::Index(k)), Kind::Source, src);
        }
        if let Some(who) = &decision.decider {
            refs.add(with(&path, Seg::Field("decider")), Kind::Character, who);
        }
    }
    for (event, origin) in d.events.iter().zip(&o.events) {
        let (f, path) = origin_of(origin, "events");
        refs.file = f;
        refs.condition(&event.trigger.when, with(&with(&path, Seg::Field("trigger")), Seg::Field("when")));
        refs.text(&event.text, with(&path, Seg::Field("text")));
        refs.effects(&event.effects, with(&path, Seg::Field("effects")));
        if let Some(odds) = &event.odds {
            for (k, f) in odds.factors.iter().enumerate() {
                let fp = with(&with(&with(&path, Seg::Field("odds")), Seg::Field("factors")), Seg::Index(k));
                refs.condition(&f.when, with(&fp, Seg::Field("when")));
                if let Some(m) = &f.per {
                    refs.measure(m, with(&fp, Seg::Field("per")));
                }
            }
        }
        if let Some(p) = &event.place {
            refs.add(with(&path, Seg::Field("place")), Kind::Place, p);
        }
        for (k, src) in event.sources.iter().enumerate() {
            refs.add(with(&with(&path, Seg::Field("sources")), Seg::Index(k)), Kind::Source, src);
        }
    }
    refs.file = 0;
    for (i, outcome) in d.outcomes.iter().enumerate() {
        refs.condition(&outcome.when, with(&item("outcomes", i), Seg::Field("when")));
        refs.text(&outcome.text, with(&item("outcomes", i), Seg::Field("text")));
    }
    for (h, origin) in d.history.iter().zip(&o.history) {
        let (f, path) = origin_of(origin, "history");
        refs.file = f;
        if let Some(p) = &h.place {
            refs.add(with(&path, Seg::Field("place")), Kind::Place, p);
        }
        for (k, src) in h.sources.iter().enumerate() {
            refs.add(with(&with(&path, Seg::Field("sources")), Seg::Index(k)), Kind::Source, src);
        }
    }
    let spawned = std::mem::take(&mut refs.spawned_armies);
    for (f, path, army) in &spawned {
        refs.file = *f;
        refs.army(army, path.clone());
    }
    refs.file = 0;
    // An army raised by an effect may bear the id of one that left the field: it takes the
    // field again.
    let mut armies =
        c.unique("army", library_ids("armies", d.armies.iter().map(|x| x.id.as_str()).collect(), &o.armies));
    armies.extend(spawned.iter().map(|(_, _, a)| a.id.clone()));
    c.unique("chapter", library_ids("chapters", d.chapters.iter().map(|x| x.id.as_str()).collect(), &o.chapters));
    c.unique(
        "milestone",
        library_ids("milestones", d.milestones.iter().map(|x| x.id.as_str()).collect(), &o.milestones),
    );
    for (chapter, origin) in d.chapters.iter().zip(&o.chapters) {
        let (f, path) = origin_of(origin, "chapters");
        refs.file = f;
        refs.condition(&chapter.begins, with(&path, Seg::Field("begins")));
        if let Some(days) = chapter.turn_days
            && !(1..=30).contains(&days)
        {
            c.error(f, &with(&path, Seg::Field("turn_days")), format!("turn_days is {days}: use 1 to 30 days"), None);
        }
    }
    for (milestone, origin) in d.milestones.iter().zip(&o.milestones) {
        let (f, path) = origin_of(origin, "milestones");
        refs.file = f;
        refs.condition(&milestone.when, with(&path, Seg::Field("when")));
    }
    refs.file = 0;
    let decisions = c.unique(
        "decision",
        library_ids("decisions", d.decisions.iter().map(|x| x.id.as_str()).collect(), &o.decisions),
    );
    let events = c.unique("event", library_ids("events", d.events.iter().map(|x| x.id.as_str()).collect(), &o.events));
    let outcomes = c.unique(
        "outcome",
        d.outcomes.iter().enumerate().map(|(i, x)| (0, with(&item("outcomes", i), Seg::Field("id")), x.id.as_str())),
    );
    let cities = c.unique(
        "city",
        d.cities.iter().zip(&o.cities).map(|(x, origin)| {
            let (f, path) = origin_of(origin, "cities");
            (f, with(&path, Seg::Field("place")), x.place.as_str())
        }),
    );
    let court_file = o.court.unwrap_or(0);
    let diplomacy_file = o.diplomacy.unwrap_or(0);
    if d.court_def.is_none() {
        c.error(
            0,
            &field("id"),
            "this scenario has no `court`".into(),
            Some(
                "write `court: (authority: ..., influence: {...}, treasury: (...))` or include a library that has one"
                    .into(),
            ),
        );
    }
    let offices = c.unique(
        "office",
        d.court()
            .offices
            .iter()
            .zip(&o.offices)
            .map(|(x, (f, path))| (*f, with(path, Seg::Field("id")), x.id.as_str())),
    );

    // Plain references in the scenario's own lists.
    refs.add(field("capital"), Kind::City, &d.capital);
    refs.add(field("ruler"), Kind::Character, &d.ruler);
    refs.add(field("timeout_outcome"), Kind::Outcome, &d.timeout_outcome);
    for (cast, origin) in d.cast.iter().zip(&o.cast) {
        let (f, path) = origin_of(origin, "cast");
        refs.file = f;
        refs.add(with(&path, Seg::Field("character")), Kind::Character, &cast.character);
        if let Some(p) = &cast.location {
            refs.add(with(&path, Seg::Field("location")), Kind::Place, p);
        }
        if let Some(office) = &cast.office {
            refs.add(with(&path, Seg::Field("office")), Kind::Office, office);
        }
    }
    for (city, origin) in d.cities.iter().zip(&o.cities) {
        let (f, path) = origin_of(origin, "cities");
        refs.file = f;
        refs.add(with(&path, Seg::Field("place")), Kind::Place, &city.place);
        if let Some(g) = &city.governor {
            refs.add(with(&path, Seg::Field("governor")), Kind::Character, g);
        }
    }
    refs.file = court_file;
    for faction in d.court().influence.keys() {
        refs.add(vec![Seg::Field("court"), Seg::Field("influence"), Seg::Key(faction.clone())], Kind::Faction, faction);
    }
    for (office, (f, path)) in d.court().offices.iter().zip(&o.offices) {
        if let Some(h) = &office.holder {
            refs.file = *f;
            refs.add(with(path, Seg::Field("holder")), Kind::Character, h);
        }
    }
    refs.file = diplomacy_file;
    for (i, p) in d.diplomacy().ceded.iter().enumerate() {
        refs.add(vec![Seg::Field("diplomacy"), Seg::Field("ceded"), Seg::Index(i)], Kind::City, p);
    }
    for (i, h) in d.diplomacy().hostages.iter().enumerate() {
        refs.add(vec![Seg::Field("diplomacy"), Seg::Field("hostages"), Seg::Index(i)], Kind::Character, h);
    }

    // Routes' and characters' references, in the files they are written in.
    for (r, origin) in d.routes.iter().zip(&o.routes) {
        let (f, path) = origin_of(origin, "routes");
        refs.file = f;
        refs.add(with(&path, Seg::Field("from")), Kind::Place, &r.from);
        refs.add(with(&path, Seg::Field("to")), Kind::Place, &r.to);
    }
    for (ch, origin) in d.characters.iter().zip(&o.characters) {
        let (f, path) = origin_of(origin, "characters");
        refs.file = f;
        if let Some(fa) = &ch.faction {
            refs.add(with(&path, Seg::Field("faction")), Kind::Faction, fa);
        }
        for (k, src) in ch.sources.iter().enumerate() {
            refs.add(with(&with(&path, Seg::Field("sources")), Seg::Index(k)), Kind::Source, src);
        }
    }

    let mut flags_set = refs.flags_set.clone();
    flags_set.extend(RULE_FLAGS.iter().map(|f| f.to_string()));
    let known = |kind: Kind| -> &BTreeSet<String> {
        match kind {
            Kind::Place => &places,
            Kind::City => &cities,
            Kind::Character => &characters,
            Kind::Faction => &factions,
            Kind::Army => &armies,
            Kind::Decision => &decisions,
            Kind::Event => &events,
            Kind::Outcome => &outcomes,
            Kind::Office => &offices,
            Kind::Source => &sources,
            Kind::Flag => &flags_set,
        }
    };
    // One of the game's files naming what another of them defines, not included: said once,
    // at its include, instead of at every name inside a file the modder cannot change.
    let mut needs: BTreeSet<(usize, &'static str, &'static str)> = BTreeSet::new();
    for Use { file, path, kind, id } in &refs.uses {
        let (file, kind, id) = (*file, *kind, id.as_str());
        let set = known(kind);
        if !set.contains(id)
            && let Some(library) = game_library_of(kind)
            && s.files[file].name.starts_with(super::files::GAME_PREFIX)
            && !s.files.iter().any(|f| f.name == library)
        {
            needs.insert((file, library, kind.noun()));
            continue;
        }
        if !set.contains(id) {
            let hint = did_you_mean(id, set.iter().map(String::as_str));
            if kind == Kind::Flag {
                c.warn(
                    file,
                    path,
                    format!("flag `{id}` is tested or cleared but no effect ever sets it"),
                    hint.or(Some("set it with `SetFlag(\"...\")` somewhere, or fix the name".into())),
                );
            } else if kind == Kind::City && places.contains(id) {
                let help = format!("add `(place: \"{id}\", ...)` to `cities`, or name a place that has one");
                c.error(
                    file,
                    path,
                    format!("place `{id}` has no city: walls, garrison and food are needed here"),
                    Some(help),
                );
            } else {
                let help = hint.unwrap_or_else(|| format!("define the {} or fix the id", kind.noun()));
                c.error(file, path, format!("unknown {} `{id}`", kind.noun()), Some(help));
            }
        }
    }

    for (file, library, noun) in needs {
        let name = &s.files[file].name;
        let at = d.include.iter().position(|i| i == name).map_or_else(|| field("include"), |i| item("include", i));
        c.error(
            0,
            &at,
            format!("`{name}` names {noun}s of `{library}`, which this scenario does not include"),
            Some(format!("add \"{library}\" to `include`")),
        );
    }

    // Decision options: `Chose` names, defaults, duplicates, historical marks.
    let options_of: BTreeMap<&str, Vec<&str>> =
        d.decisions.iter().map(|x| (x.id.as_str(), x.options.iter().map(|o| o.id.as_str()).collect())).collect();
    for (file, path, decision, option) in &refs.options {
        if let Some(opts) = options_of.get(decision.as_str())
            && !opts.contains(&option.as_str())
        {
            let help =
                did_you_mean(option, opts.iter().copied()).unwrap_or_else(|| format!("options: {}", opts.join(", ")));
            c.error(*file, path, format!("decision `{decision}` has no option `{option}`"), Some(help));
        }
    }
    for (decision, origin) in d.decisions.iter().zip(&o.decisions) {
        let (f, path) = origin_of(origin, "decisions");
        check_decision(&mut c, f, &path, decision);
    }
    for (event, origin) in d.events.iter().zip(&o.events) {
        let (f, path) = origin_of(origin, "events");
        check_window(&mut c, f, &event.trigger, &path);
        if let Some(odds) = &event.odds {
            check_odds(&mut c, f, odds, event, &path);
        }
    }
    check_rules(&mut c, &d.rules);
    check_cast_offices(&mut c, d, o);

    // Numbers.
    if !(1..=30).contains(&d.turn_days) {
        c.error(0, &field("turn_days"), format!("turn_days is {}: use 1 to 30 days", d.turn_days), None);
    }
    if d.end <= d.start {
        c.error(0, &field("end"), format!("the scenario ends ({}) before it starts ({})", d.end, d.start), None);
    } else if d.end.days_since(d.start) > MOST_DAYS {
        let years = d.end.days_since(d.start) / 365;
        c.error(
            0,
            &field("end"),
            format!("the scenario lasts {years} years: the most a scenario may last is {} years", MOST_DAYS / 365),
            Some("a reign is a few years; end the scenario sooner".into()),
        );
    }
    for (p, origin) in d.places.iter().zip(&o.places) {
        let (f, path) = origin_of(origin, "places");
        if !(-90.0..=90.0).contains(&p.lat) || !(-180.0..=180.0).contains(&p.lon) {
            c.error(
                f,
                &with(&path, Seg::Field("lat")),
                format!("place `{}` has impossible coordinates {}, {}", p.id, p.lat, p.lon),
                Some("latitude is -90..90, longitude -180..180, in degrees".into()),
            );
        }
    }
    for (r, origin) in d.routes.iter().zip(&o.routes) {
        let (f, path) = origin_of(origin, "routes");
        if r.from == r.to {
            c.error(f, &path, format!("route from `{}` to itself", r.from), None);
        }
        if let Some(km) = r.km
            && !(km > 0.0 && km < 3000.0)
        {
            c.error(
                f,
                &with(&path, Seg::Field("km")),
                format!("route length {km} km is impossible"),
                Some("use a length from 0 to 3000 km, or leave it out to compute it".into()),
            );
        }
    }
    let mut troop_checks: Vec<(usize, Path, &ArmyDef)> = d
        .armies
        .iter()
        .zip(&o.armies)
        .map(|(a, origin)| {
            let (f, path) = origin_of(origin, "armies");
            (f, path, a)
        })
        .collect();
    troop_checks.extend(spawned.iter().map(|(f, p, a)| (*f, p.clone(), a)));
    for (f, path, troops) in &refs.troops {
        check_troops(&mut c, *f, troops, path);
    }
    for (f, path, army) in troop_checks {
        check_troops(&mut c, f, &army.troops, &with(&path, Seg::Field("troops")));
        check_withdraw_rules(&mut c, f, army, &path);
        if !(0.0..=365.0).contains(&army.supply) {
            c.error(
                f,
                &with(&path, Seg::Field("supply")),
                format!("{} days of supply is impossible", army.supply),
                Some("use 0 to 365 days".into()),
            );
        }
    }
    for (city, origin) in d.cities.iter().zip(&o.cities) {
        let (f, path) = origin_of(origin, "cities");
        check_troops(&mut c, f, &city.garrison, &with(&path, Seg::Field("garrison")));
        if !(0.0..=3650.0).contains(&city.food_days) {
            c.error(
                f,
                &with(&path, Seg::Field("food_days")),
                format!("{} days of food is impossible", city.food_days),
                Some("use 0 to 3650 days".into()),
            );
        }
        if let Some(since) = city.besieged_since.filter(|since| *since > d.start) {
            c.error(
                f,
                &with(&path, Seg::Field("besieged_since")),
                format!("a siege found on the first day ({}) cannot have begun later, on {since}", d.start),
                Some("give the day the siege began, on or before the scenario's start".into()),
            );
        }
        if city.population > 5_000_000 {
            c.error(
                f,
                &with(&path, Seg::Field("population")),
                format!("a population of {} is impossible for one city", city.population),
                Some("the largest cities of 1126 held about 1.5 million".into()),
            );
        }
    }
    let t = &d.court().treasury;
    if [t.gold, t.silver, t.silk].iter().any(|v| !v.is_finite() || *v < 0.0) {
        c.error(
            court_file,
            &[Seg::Field("court"), Seg::Field("treasury")],
            "the treasury cannot hold negative amounts".into(),
            None,
        );
    }

    // Every place on the route graph is reachable from the capital.
    if places.contains(&d.capital) {
        let reached = reachable(d, &d.capital);
        for (p, origin) in d.places.iter().zip(&o.places) {
            if p.kind.is_on_routes() && !reached.contains(p.id.as_str()) {
                let (f, path) = origin_of(origin, "places");
                c.error(
                    f,
                    &with(&path, Seg::Field("id")),
                    format!("place `{}` cannot be reached from the capital by any route", p.id),
                    Some("add a route to it, or make it a `Region` or `Gate`".into()),
                );
            }
        }
    }
    c.out.extend(lint::warnings(s, &refs, &spawned));
    c.out.sort_by(|a, b| (a.severity, &a.file, a.line, a.col).cmp(&(b.severity, &b.file, b.line, b.col)));
    c.out
}

/// A decision's options: unique ids, at least two, a default that is always possible, one
/// historical mark.
fn check_decision(c: &mut Checker, file: usize, path: &Path, decision: &DecisionDef) {
    let options = with(path, Seg::Field("options"));
    let opts: Vec<&str> = decision.options.iter().map(|o| o.id.as_str()).collect();
    c.unique(
        "option",
        decision
            .options
            .iter()
            .enumerate()
            .map(|(j, o)| (file, with(&with(&options, Seg::Index(j)), Seg::Field("id")), o.id.as_str())),
    );
    if decision.options.len() < 2 {
        c.error(file, &options, format!("decision `{}` needs at least two options", decision.id), None);
    }
    if !opts.contains(&decision.default.as_str()) {
        let help = did_you_mean(&decision.default, opts.iter().copied());
        c.error(
            file,
            &with(path, Seg::Field("default")),
            format!("default option `{}` is not one of this decision's options", decision.default),
            help,
        );
    }
    if let Some((j, o)) = decision
        .options
        .iter()
        .enumerate()
        .find(|(_, o)| o.id == decision.default && (o.requires != Condition::Always || o.when != Condition::Always))
    {
        let field = if o.when != Condition::Always { "when" } else { "requires" };
        let at = with(&with(&options, Seg::Index(j)), Seg::Field(field));
        c.error(file, &at, format!("the default option `{}` has conditions", decision.default), Some(format!("the default is taken when the moment passes, so it must always be possible: make another option the default, or drop `{field}`")));
    }
    let historical = decision.options.iter().filter(|o| o.historical).count();
    if historical > 1 {
        c.error(
            file,
            &options,
            format!("decision `{}` marks {historical} options as historical", decision.id),
            Some("mark exactly one".into()),
        );
    } else if historical == 0 && !decision.counterfactual {
        c.warn(
            file,
            &options,
            format!("decision `{}` marks no option as historical", decision.id),
            Some("mark what Qinzong actually chose with `historical: true`".into()),
        );
    }
    check_window(c, file, &decision.trigger, path);
}

fn check_window(c: &mut Checker, file: usize, trigger: &TriggerDef, path: &Path) {
    if let (Some(from), Some(until)) = (trigger.from, trigger.until)
        && until < from
    {
        c.error(
            file,
            &with(&with(path, Seg::Field("trigger")), Seg::Field("until")),
            format!("`until` ({until}) is before `from` ({from})"),
            None,
        );
    }
}

/// The numbers of an army's withdraw rule: a commander satisfied by nothing, or who fears no
/// danger or every shadow, is a typing slip.
fn check_withdraw_rules(c: &mut Checker, file: usize, army: &ArmyDef, path: &Path) {
    for (i, goal) in army.plan.iter().enumerate() {
        let GoalDef::Withdraw(rule) = goal else { continue };
        let rule_path = with(&with(&with(path, Seg::Field("plan")), Seg::Index(i)), Seg::Arg(0));
        let checks = [
            ("satisfied_at", rule.satisfied_at.get(), 0.01, 1.0, "a share of the demands from 0.01 to 1"),
            ("danger_ratio", rule.danger_ratio, 0.05, 100.0, "a ratio of enemy to own troops from 0.05 to 100"),
            ("threat_km", rule.threat_km, 1.0, 2000.0, "a distance from 1 to 2000 km"),
        ];
        for (field, value, lo, hi, what) in checks {
            if !(lo..=hi).contains(&value) {
                c.error(
                    file,
                    &with(&rule_path, Seg::Field(field)),
                    format!("`{field}` of army `{}` is {value}: it must be {what}", army.id),
                    Some("see the withdraw rule in docs/modding.md".into()),
                );
            }
        }
    }
}

/// Rule numbers outside their ranges, at the line where the scenario sets them.
/// An office filled from the cast has one holder, and he is in office.
fn check_cast_offices(c: &mut Checker, d: &ScenarioFile, o: &Origins) {
    for (i, (cast, origin)) in d.cast.iter().zip(&o.cast).enumerate() {
        let Some(office) = &cast.office else { continue };
        let (f, path) = origin_of(origin, "cast");
        let path = with(&path, Seg::Field("office"));
        let court = d.court().offices.iter().find(|x| &x.id == office).and_then(|x| x.holder.as_ref());
        let earlier = d.cast[..i].iter().find(|x| x.office.as_ref() == Some(office)).map(|x| &x.character);
        if let Some(other) = court.or(earlier) {
            let message = format!("office `{office}` is given to `{}` and already held by `{other}`", cast.character);
            c.error(f, &path, message, Some("an office has one holder at the start: give it once".into()));
        }
        if cast.status != Status::InOffice {
            let message = format!("`{}` holds `{office}` at the start but his status is not InOffice", cast.character);
            c.error(f, &path, message, Some("use status: InOffice, or leave out the office".into()));
        }
    }
}

fn check_rules(c: &mut Checker, rules: &Rules) {
    for (group, name, value, lo, hi) in rules.out_of_range() {
        c.error(
            0,
            &[Seg::Field("rules"), Seg::Field(group), Seg::Field(name)],
            format!("rules.{group}.{name} is {value}: it must be a number from {lo} to {hi}"),
            Some("see the rules reference in docs/modding.md for what each number means".into()),
        );
    }
}

fn check_odds(c: &mut Checker, file: usize, odds: &OddsDef, event: &EventDef, path: &Path) {
    let odds_path = with(path, Seg::Field("odds"));
    if !(odds.spread.is_finite() && odds.spread > 0.0 && odds.even.is_finite()) {
        c.error(
            file,
            &with(&odds_path, Seg::Field("spread")),
            format!("the odds of event `{}` need a finite `even` and a `spread` above 0", event.id),
            Some("`spread` is how many points take the chance from 50% to about 73%".into()),
        );
    }
    if odds.factors.is_empty() {
        c.error(
            file,
            &with(&odds_path, Seg::Field("factors")),
            format!("the odds of event `{}` weigh nothing", event.id),
            Some("list the factors that make it likelier or less likely".into()),
        );
    }
    for (k, f) in odds.factors.iter().enumerate() {
        if !f.weight.is_finite() {
            c.error(
                file,
                &with(&with(&with(&odds_path, Seg::Field("factors")), Seg::Index(k)), Seg::Field("weight")),
                format!("factor `{}` has no finite weight", f.label),
                None,
            );
        }
    }
    if event.chance.get() < 1.0 {
        c.warn(
            file,
            &with(path, Seg::Field("chance")),
            format!("event `{}` has both `chance` and `odds`: the odds decide", event.id),
            Some("drop `chance`".into()),
        );
    }
}

fn check_troops(c: &mut Checker, file: usize, troops: &Troops, path: &Path) {
    const MOST: u32 = 1_000_000;
    if troops.cavalry > MOST || troops.infantry > MOST || troops.militia > MOST {
        c.error(
            file,
            path,
            format!("{} troops is impossible for one force", troops.total()),
            Some("no army of 1126 exceeded a few hundred thousand men".into()),
        );
    }
}

/// The game's library that defines the things of this kind that its other files name.
fn game_library_of(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Source => Some("game:common/sources.ron"),
        Kind::Character | Kind::Faction => Some("game:common/people.ron"),
        Kind::Place => Some(super::files::BASE_MAP),
        Kind::Office => Some("game:common/offices_1126.ron"),
        _ => None,
    }
}

/// Place ids reachable from `start` along routes.
pub fn reachable<'a>(d: &'a ScenarioFile, start: &'a str) -> BTreeSet<&'a str> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &d.routes {
        next.entry(&r.from).or_default().push(&r.to);
        next.entry(&r.to).or_default().push(&r.from);
    }
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(p) = queue.pop_front() {
        for n in next.get(p).into_iter().flatten() {
            if seen.insert(n) {
                queue.push_back(n);
            }
        }
    }
    seen
}

/// Checks a policy's decisions, options and armies against its scenario.
/// Each `decision: option` pair of a policy's or an exercise's `field` names a decision of
/// the scenario and one of its options.
pub fn check_choices(
    files: &[SourceText],
    field_name: &'static str,
    choices: &std::collections::BTreeMap<String, String>,
    d: &ScenarioFile,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (decision, option) in choices {
        let path = vec![Seg::Field(field_name), Seg::Key(decision.clone())];
        match d.decisions.iter().find(|x| &x.id == decision) {
            None => {
                let mut e = at(files, 0, &path, format!("unknown decision `{decision}`"));
                e.help = did_you_mean(decision, d.decisions.iter().map(|x| x.id.as_str()));
                out.push(e);
            }
            Some(x) if !x.options.iter().any(|o| &o.id == option) => {
                let mut e = at(files, 0, &path, format!("decision `{decision}` has no option `{option}`"));
                e.help = did_you_mean(option, x.options.iter().map(|o| o.id.as_str())).or_else(|| {
                    Some(format!("options: {}", x.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", ")))
                });
                out.push(e);
            }
            Some(_) => {}
        }
    }
    out
}

pub fn check_policy(policy: &Policy, scenario: &Scenario) -> Vec<Diagnostic> {
    let files = std::slice::from_ref(&policy.file);
    let d = &scenario.def;
    let mut out = Vec::new();
    if policy.def.scenario != d.id {
        out.push(
            at(
                files,
                0,
                &field("scenario"),
                format!("this policy is for scenario `{}`, not `{}`", policy.def.scenario, d.id),
            )
            .with_help("play it with the scenario it names"),
        );
    }
    out.extend(check_choices(files, "choices", &policy.def.choices, d));
    let armies: Vec<&str> = d.armies.iter().map(|a| a.id.as_str()).collect();
    for (i, order) in policy.def.orders.iter().enumerate() {
        let order_path = [Seg::Field("orders"), Seg::Index(i), Seg::Field("order"), Seg::Arg(0)];
        if let Some(place) = order.order.place()
            && !d.places.iter().any(|p| &p.id == place)
        {
            let mut e = at(files, 0, &order_path, format!("unknown place `{place}`"));
            e.help = did_you_mean(place, d.places.iter().map(|p| p.id.as_str()));
            out.push(e);
        }
        if let OrderDef::Pursue(target) = &order.order
            && !armies.contains(&target.as_str())
            && !spawned_anywhere(d, target)
        {
            let mut e = at(files, 0, &order_path, format!("unknown army `{target}`"));
            e.help = did_you_mean(target, armies.iter().copied());
            out.push(e);
        }
        if !armies.contains(&order.army.as_str()) && !spawned_anywhere(d, &order.army) {
            let mut e = at(
                files,
                0,
                &[Seg::Field("orders"), Seg::Index(i), Seg::Field("army")],
                format!("unknown army `{}`", order.army),
            );
            e.help = did_you_mean(&order.army, armies.iter().copied());
            out.push(e);
        }
    }
    out
}

fn spawned_anywhere(d: &ScenarioFile, army: &str) -> bool {
    let mut refs = Refs::default();
    for (i, x) in d.decisions.iter().enumerate() {
        for o in &x.options {
            refs.effects(&o.effects, item("decisions", i));
        }
    }
    for e in &d.events {
        refs.effects(&e.effects, Vec::new());
    }
    refs.spawned_armies.iter().any(|(_, _, a)| a.id == army)
}
