//! Scenario texts in other languages: a translation beside each file, matched by the English
//! words; what it lacks shown in English, marked, and counted by `validate`; and the game the
//! same game in every language.

use jingkang::lab::{PolicyKind, play_out};
use jingkang::scenario::translation::{self, file_name};
use jingkang::sim::commands::CommandLog;
use jingkang::words::{Language, Locale};
use std::path::PathBuf;
use std::sync::Arc;

fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jingkang-translation-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture() -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The fixture in a folder of its own, with `translation` beside it as its zh-Hant file.
fn with_translation(test: &str, translation: &str) -> jingkang::scenario::Scenario {
    let dir = folder(test);
    std::fs::write(dir.join("crossing.ron"), fixture()).unwrap();
    std::fs::write(dir.join("crossing.zh-Hant.ron"), translation).unwrap();
    jingkang::scenario::open(&dir.join("crossing.ron").display().to_string()).unwrap()
}

const SOME: &str = r#"Translation(language: "zh-Hant", texts: {
    "Test: the crossing": "測試：渡河",
    "South City": "南城",
    "A line no file has any more": "舊句",
})"#;

#[test]
fn a_translation_replaces_the_texts_it_gives_and_marks_the_english_it_lacks() {
    let scenario = with_translation("replaces", SOME);
    assert_eq!(
        translation::file_name("chapters/first_siege.ron", Language::TraditionalChinese),
        "first_siege.zh-Hant.ron"
    );
    let translated = Locale::new(Language::TraditionalChinese).scenario(&scenario).unwrap();
    assert_eq!(translated.def.title, "測試：渡河");
    let south = translated.def.places.iter().find(|p| p.id == "south_city").unwrap();
    assert_eq!(south.name, "南城");
    let north = translated.def.places.iter().find(|p| p.id == "north_city").unwrap();
    assert_eq!(north.name, "〔未譯〕North City", "the English stands in, marked");
    // Back to English: the words as written.
    let again = Locale::english().scenario(&translated).unwrap();
    assert_eq!(again.def.title, "Test: the crossing");
    assert_eq!(again.language, Language::English);
    // Another language with no file: every text marked, in that language's mark.
    let simplified = Locale::new(Language::SimplifiedChinese).scenario(&scenario).unwrap();
    assert_eq!(simplified.def.title, "〔未译〕Test: the crossing");
}

#[test]
fn validate_counts_what_a_translation_lacks_and_names_what_it_gives_that_no_file_has() {
    let scenario = with_translation("counts", SOME);
    let found = translation::check(&scenario, Language::TraditionalChinese);
    let lacking = found.iter().find(|d| d.message.contains("have no zh-Hant translation")).expect("a count");
    assert!(!lacking.is_error() && lacking.severity_name() == "warning", "{lacking}");
    let texts = {
        let mut n = 0;
        translation::each_text(&mut scenario.def.clone(), &mut |t, _| n += usize::from(!t.trim().is_empty()));
        n
    };
    assert!(lacking.message.starts_with(&format!("{} of {texts} texts", texts - 2)), "{}", lacking.message);
    let stale = found.iter().find(|d| d.file.ends_with("crossing.zh-Hant.ron")).expect("the stale text");
    assert!(
        stale.message.starts_with("1 texts translated here")
            && stale.help.as_deref().unwrap_or("").contains("A line no file has"),
        "{stale}"
    );
    // A language the scenario's own files do not translate at all is no mistake.
    assert_eq!(translation::check(&scenario, Language::SimplifiedChinese), vec![]);
    // Through the binary, as a modder runs it.
    let path = scenario.files[0].name.clone();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jingkang")).args(["validate", &path]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && said.contains("have no zh-Hant translation"), "{said}");
}

#[test]
fn a_translation_naming_another_language_or_broken_is_an_error_at_its_line() {
    let wrong = with_translation("wrong", r#"Translation(language: "zh-Hans", texts: {})"#);
    let d = Locale::new(Language::TraditionalChinese).scenario(&wrong).unwrap_err();
    assert!(d.0[0].message.contains("named as the zh-Hant translation but says `language: \"zh-Hans\"`"), "{d}");
    assert_eq!((d.0[0].line, d.0[0].file.ends_with("crossing.zh-Hant.ron")), (1, true), "{d}");
    let broken = with_translation("broken", "Translation(language: \"zh-Hant\", texts: {\"a\": 5})");
    let d = Locale::new(Language::TraditionalChinese).scenario(&broken).unwrap_err();
    assert!(d.0[0].file.ends_with("crossing.zh-Hant.ron") && d.0[0].line == 1, "{d}");
}

#[cfg(unix)]
#[test]
fn a_translation_that_is_a_link_out_of_the_folder_is_refused_not_read() {
    let dir = folder("link");
    std::fs::write(dir.join("crossing.ron"), fixture()).unwrap();
    let outside = folder("link-outside").join("secret.ron");
    std::fs::write(&outside, "Translation(language: \"zh-Hant\", texts: {\"Test: the crossing\": \"secret\"})")
        .unwrap();
    std::os::unix::fs::symlink(&outside, dir.join(file_name("crossing.ron", Language::TraditionalChinese))).unwrap();
    let scenario = jingkang::scenario::open(&dir.join("crossing.ron").display().to_string()).unwrap();
    let refused = Locale::new(Language::TraditionalChinese).scenario(&scenario).unwrap_err();
    assert!(!refused.to_string().contains("secret\""), "{refused}");
}

#[test]
fn a_game_in_chinese_is_the_same_game_as_in_english_command_for_command() {
    for id in jingkang::scenario::files::BUILTIN_SCENARIOS {
        let english = Arc::new(jingkang::scenario::open(id).unwrap());
        for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
            let translated = Arc::new(Locale::new(language).scenario(&english).unwrap());
            for seed in [1, 7] {
                let (a, game_a) = play_out(english.clone(), seed, &PolicyKind::Random);
                let (b, game_b) = play_out(translated.clone(), seed, &PolicyKind::Random);
                assert_eq!((&a.outcome, a.end_date, a.turns), (&b.outcome, b.end_date, b.turns), "{id} {seed}");
                let log = |g: &jingkang::sim::Sim| g.world().resource::<CommandLog>().0.clone();
                assert_eq!(log(&game_a), log(&game_b), "{id} seed {seed}: the same commands");
                assert_ne!(a.outcome_title, b.outcome_title, "the words differ");
            }
        }
    }
}
