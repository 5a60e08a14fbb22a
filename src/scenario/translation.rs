//! Scenario texts in other languages. A file `X.ron` may have beside it `X.zh-Hant.ron` and
//! `X.zh-Hans.ron`, each a `Translation` that gives, for English texts of the scenario, what a
//! reader of that language is shown:
//!
//! ```ron
//! Translation(
//!     language: "zh-Hant",
//!     texts: {
//!         "Flee or stay": "出逃還是留守",
//!         "Li Gang": "李綱",
//!     },
//! )
//! ```
//!
//! Texts are matched by their English words, as gettext matches messages: a text translated
//! once is translated wherever it appears (in any file of the scenario, and in a mod that
//! includes the game's libraries), and a text whose English is later rewritten loses its
//! translation instead of showing one that no longer says the same thing. A text with no
//! translation is shown in English, marked. The rules never read a text, so a game plays the
//! same in every language.

use super::Scenario;
use super::diagnostic::{Diagnostic, Diagnostics};
use super::files::{GAME_PREFIX, SourceText};
use super::load::MOST_BYTES;
use super::locate::Seg;
use super::read::{at, parse};
use super::schema::{DecisionDef, Effect, EventDef, ExerciseFile, Library, PolicyFile, ScenarioFile};
use super::text::Text;
use crate::words::Language;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// One translation file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Translation")]
pub struct TranslationFile {
    pub language: Language,
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

/// The translations into one language of a scenario's files, merged: a later file's wins.
#[derive(Clone, Debug, Default)]
pub struct Translations {
    pub language: Language,
    texts: HashMap<String, String>,
    /// The translation files read, each with the English texts it gives.
    pub files: Vec<(SourceText, Vec<String>)>,
}

impl Translations {
    /// No translation into `language`: every text it is asked for is marked.
    pub fn none(language: Language) -> Translations {
        Translations { language, ..Default::default() }
    }

    pub fn get(&self, english: &str) -> Option<&str> {
        self.texts.get(english.trim()).map(String::as_str).filter(|t| !t.trim().is_empty())
    }
}

/// The name of the translation of the file `name` into `language`: `first_siege.zh-Hant.ron`
/// for `chapters/first_siege.ron`.
pub fn file_name(name: &str, language: Language) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.strip_suffix(".ron").unwrap_or(file);
    format!("{stem}.{}.ron", language.id())
}

/// Reads the translations into `language` of every file of the scenario that has one.
pub fn read(scenario: &Scenario, language: Language) -> Result<Translations, Diagnostics> {
    read_beside(&scenario.files, language)
}

/// Reads the translations into `language` of each of `files` that has one, merged.
pub fn read_beside(files: &[SourceText], language: Language) -> Result<Translations, Diagnostics> {
    let mut found = Translations { language, ..Default::default() };
    if language == Language::English {
        return Ok(found);
    }
    let mut problems = Vec::new();
    let mut bytes = 0;
    for source in files {
        let translation = match source.optional_sibling(&file_name(&source.name, language)) {
            Ok(Some(t)) => t,
            Ok(None) => continue,
            Err(message) => {
                problems.push(Diagnostic::error(&source.name, 0, 0, message));
                continue;
            }
        };
        bytes += translation.text.len();
        if bytes > MOST_BYTES {
            let message = format!(
                "the translations come to more than {} MB, the most a scenario's files may be",
                MOST_BYTES / (1024 * 1024)
            );
            problems.push(Diagnostic::error(&translation.name, 0, 0, message));
            break;
        }
        match parse::<TranslationFile>(&translation) {
            Ok(file) if file.language != language => {
                let message = format!(
                    "this file is named as the {} translation but says `language: \"{}\"`",
                    language.id(),
                    file.language.id()
                );
                problems.push(at(std::slice::from_ref(&translation), 0, &[Seg::Field("language")], message));
            }
            Ok(file) => {
                let english: Vec<String> = file.texts.keys().cloned().collect();
                found.texts.extend(file.texts.into_iter().map(|(k, v)| (k.trim().to_string(), v)));
                found.files.push((translation, english));
            }
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() { Ok(found) } else { Err(Diagnostics(problems)) }
}

impl Translations {
    /// `text` in the translations' language, or passed to `untranslated` (which marks the
    /// English as a stand-in); an empty text stays empty.
    pub fn apply(&self, text: &mut String, untranslated: &dyn Fn(&str) -> String) {
        if text.trim().is_empty() || self.language == Language::English {
            return;
        }
        *text = match self.get(text) {
            Some(t) => t.to_string(),
            None => untranslated(text),
        };
    }
}

/// The texts of a policy file: its title and description.
pub fn each_policy_text(def: &mut PolicyFile, f: &mut dyn FnMut(&mut String)) {
    f(&mut def.title);
    f(&mut def.description);
}

/// The texts of an exercise file: its title, introduction and questions.
pub fn each_exercise_text(def: &mut ExerciseFile, f: &mut dyn FnMut(&mut String)) {
    f(&mut def.title);
    f(&mut def.introduction);
    for q in &mut def.questions {
        f(q);
    }
}

/// How much of a scenario a language has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    /// The scenario's texts (not counting empty ones).
    pub texts: usize,
    /// The English of those with no translation, in the order the scenario gives them.
    pub missing: Vec<String>,
}

/// The scenario with its texts in the translations' language. A text with none is passed to
/// `untranslated` (which marks the English as a stand-in); a name with none is given in the
/// characters of its `chinese` field, where it has one, when the language is Chinese.
pub fn translated(
    scenario: &Scenario,
    translations: &Translations,
    untranslated: &dyn Fn(&str) -> String,
) -> (Scenario, Coverage) {
    let mut out = scenario.in_english();
    out.english = Some(std::sync::Arc::new(out.def.clone()));
    out.language = translations.language;
    let mut coverage = Coverage::default();
    each_text(&mut out.def, &mut |text, chinese| {
        if text.trim().is_empty() {
            return;
        }
        coverage.texts += 1;
        if let Some(t) = translations.get(text) {
            *text = t.to_string();
            return;
        }
        coverage.missing.push(text.clone());
        *text = match chinese {
            Some(name) if translations.language.is_chinese() && !name.trim().is_empty() => name.trim().to_string(),
            _ => untranslated(text),
        };
    });
    if translations.language.is_chinese() {
        // The names are Chinese now: the characters beside them would say them twice.
        blank_chinese_names(&mut out.def);
    }
    (out, coverage)
}

fn blank_chinese_names(def: &mut ScenarioFile) {
    let names = def.places.iter_mut().map(|p| &mut p.chinese);
    let names = names.chain(def.characters.iter_mut().map(|c| &mut c.chinese));
    let names = names.chain(def.factions.iter_mut().map(|x| &mut x.chinese));
    let names = names.chain(def.court_def.iter_mut().flat_map(|c| c.offices.iter_mut()).map(|o| &mut o.chinese));
    let names = names.chain(def.decisions.iter_mut().map(|d| &mut d.chinese));
    for name in names.chain(def.chapters.iter_mut().map(|c| &mut c.chinese)) {
        name.clear();
    }
}

/// Every player-facing text of a scenario, in a fixed order, each with the `chinese` form of
/// the name where the text is a name that has one.
pub fn each_text(def: &mut ScenarioFile, f: &mut dyn FnMut(&mut String, Option<&str>)) {
    for s in [&mut def.title, &mut def.summary, &mut def.description] {
        f(s, None);
    }
    lists!(def, f);
    for o in def.court_def.iter_mut().flat_map(|c| c.offices.iter_mut()) {
        f(&mut o.name, Some(&o.chinese));
    }
    if let Some(terms) = def.diplomacy_def.as_mut().and_then(|d| d.terms.as_mut()) {
        f(&mut terms.text, None);
    }
    for o in &mut def.outcomes {
        f(&mut o.title, None);
        text(&mut o.text, f);
    }
}

/// Every player-facing text of a library file, as [`each_text`] of a scenario.
pub fn each_library_text(lib: &mut Library, f: &mut dyn FnMut(&mut String, Option<&str>)) {
    lists!(lib, f);
    let court = lib.court.iter_mut().flat_map(|c| c.offices.iter_mut());
    for o in court.chain(lib.offices.iter_mut()) {
        f(&mut o.name, Some(&o.chinese));
    }
    if let Some(terms) = lib.diplomacy.as_mut().and_then(|d| d.terms.as_mut()) {
        f(&mut terms.text, None);
    }
}

/// The texts of the lists a scenario and a library both have (the same fields in each).
macro_rules! lists {
    ($def:expr, $f:expr) => {{
        let (def, f) = (&mut *$def, &mut *$f);
        for p in &mut def.places {
            f(&mut p.name, Some(&p.chinese));
            f(&mut p.note, None);
        }
        for r in &mut def.routes {
            f(&mut r.note, None);
        }
        for c in &mut def.characters {
            f(&mut c.name, Some(&c.chinese));
            f(&mut c.title, None);
            f(&mut c.bio, None);
        }
        for x in &mut def.factions {
            f(&mut x.name, Some(&x.chinese));
            f(&mut x.description, None);
        }
        for a in &mut def.armies {
            f(&mut a.name, None);
        }
        for s in &mut def.sources {
            f(&mut s.title, None);
        }
        for d in &mut def.decisions {
            decision(d, f);
        }
        for e in &mut def.events {
            event(e, f);
        }
        for c in &mut def.chapters {
            f(&mut c.title, Some(&c.chinese));
            f(&mut c.history, None);
        }
        for m in &mut def.milestones {
            f(&mut m.title, None);
        }
        for h in &mut def.history {
            f(&mut h.text, None);
        }
    }};
}
use lists;

fn decision(d: &mut DecisionDef, f: &mut dyn FnMut(&mut String, Option<&str>)) {
    f(&mut d.title, Some(&d.chinese));
    text(&mut d.text, f);
    f(&mut d.disputed, None);
    for o in &mut d.options {
        text(&mut o.label, f);
        text(&mut o.text, f);
        f(&mut o.history, None);
        effects(&mut o.effects, f);
    }
}

fn event(e: &mut EventDef, f: &mut dyn FnMut(&mut String, Option<&str>)) {
    f(&mut e.title, None);
    text(&mut e.text, f);
    for factor in e.odds.iter_mut().flat_map(|o| o.factors.iter_mut()) {
        f(&mut factor.label, None);
    }
    effects(&mut e.effects, f);
}

fn text(t: &mut Text, f: &mut dyn FnMut(&mut String, Option<&str>)) {
    for part in &mut t.0 {
        f(&mut part.text, None);
        f(&mut part.otherwise, None);
    }
}

fn effects(list: &mut [Effect], f: &mut dyn FnMut(&mut String, Option<&str>)) {
    for effect in list {
        match effect {
            Effect::Chronicle(t) => text(t, f),
            Effect::DemandTerms(terms) => f(&mut terms.text, None),
            Effect::SpawnArmy(army) => f(&mut army.name, None),
            Effect::Chance { then, otherwise, .. } | Effect::If { then, otherwise, .. } => {
                effects(then, f);
                effects(otherwise, f);
            }
            _ => {}
        }
    }
}

/// What `validate` says of a scenario's translations into `language`: the texts they lack,
/// as one warning with the count (nothing if the scenario's own files have no translation into
/// it at all: a scenario in one language is not a mistake), and the texts they translate that
/// the scenario no longer has.
pub fn check(scenario: &Scenario, language: Language) -> Vec<Diagnostic> {
    let translations = match read(scenario, language) {
        Ok(t) => t,
        Err(d) => return d.0,
    };
    let (_, coverage) = translated(scenario, &translations, &|s| s.to_string());
    let own = |name: &str| !name.starts_with(GAME_PREFIX);
    let translated_own = translations.files.iter().any(|(f, _)| own(&f.name));
    let mut found = Vec::new();
    let first = &scenario.files[0].name;
    if !coverage.missing.is_empty() && translated_own {
        let message = format!(
            "{} of {} texts have no {} translation: they are shown in English, marked",
            coverage.missing.len(),
            coverage.texts,
            language.id()
        );
        let examples: Vec<String> = coverage.missing.iter().take(3).map(|t| format!("\"{}\"", shortened(t))).collect();
        let help = format!(
            "give them in `{}` beside each file (docs/translation.md); the first: {}",
            file_name("FILE.ron", language),
            examples.join(", ")
        );
        found.push(Diagnostic::error(first, 0, 0, message).with_help(help).warning());
    }
    let mut all = Vec::new();
    each_text(&mut scenario.def.clone(), &mut |t, _| all.push(t.trim().to_string()));
    let all: std::collections::HashSet<String> = all.into_iter().collect();
    for (file, english) in translations.files.iter().filter(|(f, _)| own(&f.name)) {
        let stale: Vec<&String> = english.iter().filter(|e| !all.contains(e.trim())).collect();
        if let Some(example) = stale.first() {
            let message = format!("{} texts translated here are in none of the scenario's files", stale.len());
            let help = format!("was the English rewritten? The first: \"{}\"", shortened(example));
            found.push(Diagnostic::error(&file.name, 0, 0, message).with_help(help).warning());
        }
    }
    found
}

fn shortened(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(60).collect();
    if chars.next().is_some() { format!("{short}…") } else { short }
}
