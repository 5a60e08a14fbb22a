//! `jingkang translate FILE --lang L`: the translation file of a scenario or library file to
//! fill in, every English text of the file with what a translation beside it already gives
//! ("" where none does yet).

use crate::scenario::read::parse;
use crate::scenario::schema::{ExerciseFile, Library, PolicyFile, ScenarioFile};
use crate::scenario::translation::{
    TranslationFile, each_exercise_text, each_library_text, each_policy_text, each_text, file_name,
};
use crate::scenario::{Diagnostics, files};
use crate::words::{Language, Locale};
use std::fmt::Write;

pub fn run(path: &str, language: Language, write: bool, locale: &Locale) -> Result<(), String> {
    let source = files::open_file(path)?;
    let mut english = Vec::new();
    let mut collect = |t: &mut String, _: Option<&str>| {
        let t = t.trim();
        if !t.is_empty() && !english.iter().any(|e: &String| e == t) {
            english.push(t.to_string());
        }
    };
    let shown = |d| Diagnostics(vec![d]).to_string();
    match files::kind_of(&source.text).as_str() {
        "Scenario" => each_text(&mut parse::<ScenarioFile>(&source).map_err(shown)?, &mut collect),
        "Policy" => each_policy_text(&mut parse::<PolicyFile>(&source).map_err(shown)?, &mut |t| collect(t, None)),
        "Exercise" => {
            each_exercise_text(&mut parse::<ExerciseFile>(&source).map_err(shown)?, &mut |t| collect(t, None))
        }
        _ => each_library_text(&mut parse::<Library>(&source).map_err(shown)?, &mut collect),
    }
    let beside = file_name(&source.name, language);
    let known = match source.optional_sibling(&beside)? {
        Some(t) => parse::<TranslationFile>(&t).map_err(shown)?.texts,
        None => Default::default(),
    };
    let text = template(&source.name, language, &english, &known);
    if !write {
        print!("{text}");
        return Ok(());
    }
    let target = std::path::Path::new(path).with_file_name(&beside);
    crate::save::write_atomically(&target, &text).map_err(|e| format!("{}: {e}", target.display()))?;
    let missing = english.iter().filter(|e| known.get(*e).is_none_or(|t| t.trim().is_empty())).count();
    let args = [
        ("path", target.display().to_string()),
        ("count", english.len().to_string()),
        ("missing", missing.to_string()),
    ];
    println!("{}", locale.text("cli-translate-written", &args));
    Ok(())
}

/// The file's text: its texts in order, each with its translation or "".
fn template(
    name: &str,
    language: Language,
    english: &[String],
    known: &std::collections::BTreeMap<String, String>,
) -> String {
    let quoted = |s: &str| ron::to_string(s).expect("strings serialize");
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let mut out = String::new();
    let _ =
        writeln!(out, "// The {} texts of {file}: each English text, then what the reader is shown.", language.id());
    let _ = writeln!(out, "// \"\" is not translated yet: the English is shown, marked. `jingkang translate` remakes");
    let _ = writeln!(out, "// this file with the file's texts as they are now, keeping what is translated.");
    let _ = writeln!(out, "Translation(\n    language: \"{}\",\n    texts: {{", language.id());
    for e in english {
        let t = known.get(e).map_or("", String::as_str);
        let _ = writeln!(out, "        {}:\n            {},", quoted(e), quoted(t));
    }
    out.push_str("    },\n)\n");
    out
}
