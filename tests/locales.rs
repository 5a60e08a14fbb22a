//! The three languages: every message of English in both Chinese locales with no variable
//! English does not give, every character of the interface and of the shipped scenarios in
//! every language drawn by the bundled font, the shipped scenarios wholly translated, and a
//! game played in Chinese the same game as in English.

use fluent_syntax::ast;
use jingkang::scenario::translation::{self, each_text};
use jingkang::words::{Language, Locale, locale::sources};
use std::collections::{BTreeMap, BTreeSet};

/// Each message and term of a locale, with the variables it uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for source in sources(language) {
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("a {} locale file does not parse: {errors:?}", language.id()));
        for entry in resource.body {
            let (name, pattern, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            for p in pattern.iter().chain(attributes.iter().map(|a| &a.value)) {
                pattern_variables(p, &mut variables);
            }
            assert!(found.insert(name.clone(), variables).is_none(), "{name} twice in {}", language.id());
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    let inline = |e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>| match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    };
    match expression {
        ast::Expression::Inline(e) => inline(e, out),
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

#[test]
fn both_chinese_locales_have_every_english_message_and_no_variable_english_lacks() {
    let english = messages(Language::English);
    assert!(english.len() > 500, "only {} English messages: the scan is broken", english.len());
    for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
        let translated = messages(language);
        let missing: Vec<&String> = english.keys().filter(|k| !translated.contains_key(*k)).collect();
        let extra: Vec<&String> = translated.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.id());
        assert!(extra.is_empty(), "{} has messages English does not: {extra:?}", language.id());
        for (key, variables) in &translated {
            let unknown: Vec<&String> = variables.difference(&english[key]).collect();
            assert!(unknown.is_empty(), "{} `{key}` uses {unknown:?}, which English does not give", language.id());
        }
    }
}

/// The characters the bundled font has.
fn font_characters() -> BTreeSet<char> {
    let face = ttf_parser::Face::parse(jingkang::words::font::FONT, 0).expect("the bundled font parses");
    let mut chars = BTreeSet::new();
    for table in face.tables().cmap.expect("the font has a character map").subtables {
        table.codepoints(|c| {
            if let Some(c) = char::from_u32(c) {
                chars.insert(c);
            }
        });
    }
    chars
}

/// What `text` has that the font lacks, each with the first text it is in.
fn lacking(font: &BTreeSet<char>, texts: impl IntoIterator<Item = String>, out: &mut BTreeMap<char, String>) {
    for text in texts {
        for c in text.chars().filter(|c| !c.is_control() && !font.contains(c)) {
            out.entry(c).or_insert_with(|| text.chars().take(60).collect());
        }
    }
}

#[test]
fn the_bundled_font_draws_every_character_of_every_locale_and_every_shipped_scenario_in_every_language() {
    let font = font_characters();
    assert!(font.contains(&'汴') && font.contains(&'a') && !font.contains(&'\u{10FFFF}'));
    let mut missing = BTreeMap::new();
    for language in Language::ALL {
        lacking(&font, sources(language).iter().map(|s| s.to_string()), &mut missing);
        // The built-in scenarios and the example mod shipped beside them.
        let taiyuan = format!("{}/mods/taiyuan/taiyuan.ron", env!("CARGO_MANIFEST_DIR"));
        let shipped_mods = [taiyuan.as_str()];
        for id in jingkang::scenario::files::BUILTIN_SCENARIOS.iter().chain(&shipped_mods) {
            let scenario = jingkang::scenario::open(id).unwrap();
            let mut translated = Locale::new(language).scenario(&scenario).unwrap();
            let mut texts = Vec::new();
            each_text(&mut translated.def, &mut |t, _| texts.push(t.clone()));
            lacking(&font, texts, &mut missing);
        }
    }
    assert!(missing.is_empty(), "the font lacks (re-run tools/subset_font.py): {missing:?}");
}

#[test]
fn the_shipped_scenarios_are_wholly_translated_into_both_chinese_scripts() {
    for id in jingkang::scenario::files::BUILTIN_SCENARIOS {
        let scenario = jingkang::scenario::open(id).unwrap();
        for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
            let problems = translation::check(&scenario, language);
            assert!(problems.is_empty(), "{id} in {}: {problems:?}", language.id());
            let translated = Locale::new(language).scenario(&scenario).unwrap();
            assert_eq!(translated.language, language);
            assert!(!translated.def.title.is_ascii(), "{id}: {}", translated.def.title);
        }
    }
}

#[test]
fn every_shipped_policy_and_exercise_speaks_both_chinese_scripts_in_characters_the_font_has() {
    let font = font_characters();
    let mut missing = BTreeMap::new();
    for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
        let locale = Locale::new(language);
        let untranslated = locale.text("untranslated", &[("text", String::new())]);
        let mut texts = Vec::new();
        for name in jingkang::scenario::files::BUILTIN_POLICIES {
            let file = jingkang::scenario::files::builtin_policy(name).unwrap();
            let def: jingkang::scenario::schema::PolicyFile = jingkang::scenario::read::parse(&file).unwrap();
            let scenario = jingkang::scenario::open(&def.scenario).unwrap();
            let policy = jingkang::lab::PolicyKind::resolve(name, &scenario).unwrap();
            let jingkang::lab::PolicyKind::Scripted(p) = locale.policy(policy).unwrap() else { unreachable!() };
            texts.extend([p.def.title.clone(), p.def.description.clone()]);
        }
        for name in jingkang::scenario::files::BUILTIN_EXERCISES {
            let file = jingkang::scenario::files::builtin_exercise(name).unwrap();
            let mut def = jingkang::scenario::load_exercise(file.clone()).unwrap().def;
            locale.exercise(&file, &mut def);
            texts.extend([def.title.clone(), def.introduction.clone()]);
            texts.extend(def.questions.iter().cloned());
        }
        assert!(texts.len() > 30, "{} texts: the scan is broken", texts.len());
        for t in &texts {
            assert!(!t.contains(untranslated.trim()) && !t.is_ascii(), "{}: not translated: {t}", language.id());
        }
        lacking(&font, texts, &mut missing);
    }
    assert!(missing.is_empty(), "the font lacks (re-run tools/subset_font.py): {missing:?}");
}
