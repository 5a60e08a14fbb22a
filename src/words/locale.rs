//! Player-facing text of the rules, from Fluent files in `assets/locale/`. Scenario text
//! (decisions, events) comes from the scenario files themselves.

use super::language::Language;
use crate::calendar::Date;
use crate::scenario::translation::{self, Translations};
use crate::scenario::{Diagnostics, Scenario};
use crate::sim::chronicle::{Arg, Cause, Entry, Phrase};
use crate::sim::script::record::{LoadedScenario, Record};
use crate::sim::world::{Armies, Army};
use bevy::prelude::World;
use fluent_bundle::{FluentArgs, FluentBundle, FluentMessage, FluentResource, FluentValue};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// The Fluent files of one language, in the order of `en-US`'s (the same names in each folder).
macro_rules! locale_files {
    ($folder:literal) => {
        &[
            include_str!(concat!("../../assets/locale/", $folder, "/chronicle.ftl")),
            include_str!(concat!("../../assets/locale/", $folder, "/messages.ftl")),
            include_str!(concat!("../../assets/locale/", $folder, "/forecast.ftl")),
            include_str!(concat!("../../assets/locale/", $folder, "/cli.ftl")),
            include_str!(concat!("../../assets/locale/", $folder, "/game.ftl")),
            include_str!(concat!("../../assets/locale/", $folder, "/report.ftl")),
            include_str!(concat!("../../assets/locale/", $folder, "/language.ftl")),
        ]
    };
}

/// The bundled Fluent sources of a language.
pub fn sources(language: Language) -> &'static [&'static str] {
    match language {
        Language::English => locale_files!("en-US"),
        Language::SimplifiedChinese => locale_files!("zh-Hans"),
        Language::TraditionalChinese => locale_files!("zh-Hant"),
    }
}

pub struct Locale {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// English, for a message the language lacks (none of the bundled ones does: `tests/locales.rs`).
    fallback: Option<FluentBundle<FluentResource>>,
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.id().parse().expect("valid language id");
    let mut bundle = FluentBundle::new(vec![id]);
    // Plain text output: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    for source in sources(language) {
        let resource = FluentResource::try_new(source.to_string()).expect("the bundled locales parse");
        bundle.add_resource(resource).expect("no duplicate messages in a bundled locale");
    }
    bundle
}

impl Locale {
    pub fn new(language: Language) -> Locale {
        let fallback = (language != Language::English).then(|| bundle(Language::English));
        Locale { language, bundle: bundle(language), fallback }
    }

    pub fn english() -> Locale {
        Locale::new(Language::English)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message and the bundle that has it: this language's, else English.
    fn find(&self, key: &str) -> Option<(&FluentBundle<FluentResource>, FluentMessage<'_>)> {
        std::iter::once(&self.bundle)
            .chain(self.fallback.as_ref())
            .find_map(|b| b.get_message(key).filter(|m| m.value().is_some()).map(|m| (b, m)))
    }

    /// A date as a reader of this language writes it: `19 Jan 1126`; in Chinese the era date,
    /// 靖康元年正月初七, in the script of the language (the Western date where the calendar
    /// table ends).
    pub fn date(&self, date: Date) -> String {
        if !self.language.is_chinese() {
            return date.long();
        }
        era_date_in(self.language, date).unwrap_or_else(|| self.western_date(date))
    }

    /// The ISO date with the era date beside it, for lines that must sort and read alike in
    /// every language: "1126-01-25 (靖康元年正月初一)".
    pub fn date_with_era(&self, date: Date) -> String {
        let chinese = if self.language.is_chinese() { self.language } else { Language::TraditionalChinese };
        match era_date_in(chinese, date) {
            Some(era) => self.text("date-with-era", &[("date", date.to_string()), ("era", era)]),
            None => date.to_string(),
        }
    }

    /// The scenario with its texts in this language: each text its translation gives, or the
    /// English marked as a stand-in where it gives none. A translation file that cannot be
    /// read is an error, with where and why.
    pub fn scenario(&self, scenario: &Scenario) -> Result<Scenario, Diagnostics> {
        if self.language == Language::English {
            return Ok(scenario.in_english());
        }
        let found = translation::read(scenario, self.language)?;
        Ok(translation::translated(scenario, &found, &|english| self.untranslated(english)).0)
    }

    /// A policy with its title and description in this language (a shipped policy or a
    /// policy file with a translation beside it; else the English, marked).
    pub fn policy(&self, policy: crate::lab::PolicyKind) -> Result<crate::lab::PolicyKind, Diagnostics> {
        let crate::lab::PolicyKind::Scripted(mut p) = policy else { return Ok(policy) };
        let found = translation::read_beside(std::slice::from_ref(&p.file), self.language)?;
        translation::each_policy_text(&mut p.def, &mut |t| found.apply(t, &|english| self.untranslated(english)));
        Ok(crate::lab::PolicyKind::Scripted(p))
    }

    /// An exercise's title, introduction and questions in this language, from the
    /// translation beside its file (the English, marked, where there is none).
    pub fn exercise(&self, file: &crate::scenario::files::SourceText, def: &mut crate::scenario::schema::ExerciseFile) {
        let found = translation::read_beside(std::slice::from_ref(file), self.language)
            .unwrap_or_else(|_| Translations::none(self.language));
        translation::each_exercise_text(def, &mut |t| found.apply(t, &|english| self.untranslated(english)));
    }

    /// English standing in for a missing translation, marked as such (〔未譯〕).
    fn untranslated(&self, english: &str) -> String {
        self.text("untranslated", &[("text", english.to_string())])
    }

    /// The Julian date in this language's words: `19 Jan 1126`, `1126年1月19日`.
    pub fn western_date(&self, date: Date) -> String {
        let (year, month, day) = date.ymd();
        let args = [("year", year.to_string()), ("month", month.to_string()), ("day", day.to_string())];
        match self.language {
            Language::English => date.long(),
            _ => self.text("date-western", &args),
        }
    }

    /// The text of a message with arguments; the key itself if it is missing.
    pub fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        let Some((bundle, message)) = self.find(key) else {
            return key.to_string();
        };
        let pattern = message.value().expect("found messages have a value");
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.clone()));
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    pub fn entry(&self, entry: &Entry) -> String {
        self.message(entry.key, &entry.args)
    }

    /// A phrase: a message used inside another, or a message of its own (an error's reason).
    pub fn phrase(&self, phrase: &Phrase) -> String {
        self.message(phrase.key, &phrase.args)
    }

    /// A message with the arguments of an entry or a phrase: numbers formatted, counts kept as
    /// numbers for plural forms, lists of phrases rendered and joined.
    fn message(&self, key: &str, args: &BTreeMap<&'static str, Arg>) -> String {
        let Some((bundle, message)) = self.find(key) else {
            return key.to_string();
        };
        let pattern = message.value().expect("found messages have a value");
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.clone()),
                Arg::Number(n) => FluentValue::from(format_number(*n)),
                Arg::Count(n) => FluentValue::from(*n),
                Arg::List(items) => FluentValue::from(self.list(items)),
                Arg::Date(date) => FluentValue::from(self.date(*date)),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// Phrases joined as a list: "a, b and c".
    pub fn list(&self, items: &[Phrase]) -> String {
        let texts: Vec<String> = items.iter().map(|p| self.phrase(p)).collect();
        self.join(&texts)
    }

    /// Words joined as a list in this language: "a, b and c", 「甲、乙、丙」.
    pub fn join(&self, texts: &[String]) -> String {
        let (comma, and) = (self.text("list-separator", &[]), self.text("list-last-separator", &[]));
        match texts {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => format!("{}{and}{last}", init.join(&comma)),
        }
    }

    /// Items that may hold commas themselves, one after another: "a, 3; b, 4".
    pub fn items(&self, texts: &[String]) -> String {
        texts.join(&self.text("list-items-separator", &[]))
    }

    /// The cause of an entry, with ids resolved to the names the world gives them: the option
    /// as its card showed it, the army by its name (raised later or not).
    pub fn cause(&self, cause: &Cause, world: &World) -> String {
        let d = &world.resource::<LoadedScenario>().def;
        let record = world.resource::<Record>();
        let decision_title =
            |id: &str| d.decisions.iter().find(|x| x.id == id).map(|x| x.title.clone()).unwrap_or(id.to_string());
        let option_label = |decision: &str, option: &str| {
            record
                .choices
                .iter()
                .find(|c| c.decision == decision && c.option == option)
                .map(|c| c.label.clone())
                .unwrap_or(option.to_string())
        };
        let army_name = |id: &str| {
            world
                .resource::<Armies>()
                .get(id)
                .and_then(|e| world.get::<Army>(*e))
                .map(|a| a.name.clone())
                .unwrap_or(id.to_string())
        };
        let event_title =
            |id: &str| d.events.iter().find(|e| e.id == id).map(|e| e.title.clone()).unwrap_or(id.to_string());
        match cause {
            Cause::Scenario => self.text("cause-scenario", &[]),
            Cause::Rule { rule } => {
                let name = self.text(&format!("rule-{}", rule.id()), &[]);
                self.text("cause-rule", &[("rule", name)])
            }
            Cause::Event { event } => self.text("cause-event", &[("event", event_title(event))]),
            Cause::Trigger { decision } => self.text("cause-trigger", &[("decision", decision_title(decision))]),
            Cause::Ending { outcome } => {
                let title = d.outcomes.iter().find(|o| &o.id == outcome).map_or(outcome.clone(), |o| o.title.clone());
                self.text("cause-ending", &[("outcome", title)])
            }
            Cause::Decision { decision, option } => self.text(
                "cause-decision",
                &[("decision", decision_title(decision)), ("option", option_label(decision, option))],
            ),
            Cause::Default { decision, option } => self.text(
                "cause-default",
                &[("decision", decision_title(decision)), ("option", option_label(decision, option))],
            ),
            Cause::Order { army } => self.text("cause-order", &[("army", army_name(army))]),
            Cause::Plan { army } => self.text("cause-plan", &[("army", army_name(army))]),
        }
    }
}

/// The Chinese era date of a day in the script of `language` (闰 for 閏 in Simplified), if the
/// calendar table has it.
pub fn era_date_in(language: Language, date: Date) -> Option<String> {
    let (_, chinese) = crate::calendar::era::era_date(date)?;
    Some(if language == Language::SimplifiedChinese { chinese.replace('閏', "闰") } else { chinese })
}

/// `12345.0` → `12,345`; `0.75` → `0.75`.
pub fn format_number(n: f64) -> String {
    if n.fract() != 0.0 && n.abs() < 100.0 {
        return format!("{n:.2}").trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let whole = n.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if whole < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_key_the_rules_use_is_in_the_english_locale() {
        let locale = Locale::english();
        let sources = [
            include_str!("../sim/rules/battle.rs"),
            include_str!("../sim/rules/siege.rs"),
            include_str!("../sim/rules/movement.rs"),
            include_str!("../sim/rules/supply.rs"),
            include_str!("../sim/rules/court.rs"),
            include_str!("../sim/rules/desertion.rs"),
            include_str!("../sim/rules/flight.rs"),
            include_str!("../sim/rules/handover.rs"),
            include_str!("../sim/script/effects/mod.rs"),
            include_str!("../sim/script/effects/court.rs"),
            include_str!("../sim/script/effects/diplomacy.rs"),
            include_str!("../sim/script/effects/military.rs"),
            include_str!("../sim/script/flow.rs"),
            include_str!("../sim/orders.rs"),
            include_str!("../sim/ai.rs"),
            include_str!("../sim/setup.rs"),
            include_str!("../sim/commands.rs"),
            include_str!("errors.rs"),
            include_str!("describe.rs"),
            include_str!("forecast.rs"),
            include_str!("chapter.rs"),
            include_str!("../lab/table.rs"),
            include_str!("../cli/mod.rs"),
            include_str!("../cli/decisions.rs"),
            include_str!("../cli/validate.rs"),
            include_str!("../game/panels.rs"),
            include_str!("../game/menu.rs"),
            include_str!("../game/mod.rs"),
            include_str!("../game/chapter_card.rs"),
        ];
        let mut checked = 0;
        for src in sources {
            // Every kebab-case string literal in these files is a message key.
            for literal in src.split('"').skip(1).step_by(2) {
                let is_key = literal.contains('-')
                    && literal.starts_with(|c: char| c.is_ascii_lowercase())
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                if is_key {
                    assert!(locale.bundle.has_message(literal), "missing message `{literal}` in assets/locale/en-US");
                    checked += 1;
                }
            }
        }
        assert!(checked > 40, "found only {checked} keys: the scan is broken");
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(format_number(12345.0), "12,345");
        assert_eq!(format_number(0.75), "0.75");
        assert_eq!(format_number(-1500.0), "-1,500");
    }
}
