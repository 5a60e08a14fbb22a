//! `jingkang mods`: the mods the game finds, their scenarios, and the broken ones with why.

use crate::scenario::mods::{self, Found};
use crate::words::Locale;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(folders: &[PathBuf], locale: &Locale) -> ExitCode {
    let found = mods::discover(folders);
    let mut broken = 0;
    let mut sources = crate::words::snippet::Sources::default();
    for m in &found {
        describe(locale, &mut sources, m);
        if m.problems().iter().any(|d| d.is_error()) {
            broken += 1;
        }
    }
    let shipped = mods::shipped_folder().and_then(|f| f.canonicalize().ok());
    let is_shipped =
        |m: &Found| shipped.as_ref().is_some_and(|s| m.folder().canonicalize().is_ok_and(|f| f.starts_with(s)));
    if found.iter().all(is_shipped) {
        let folder = mods::user_folder().map_or_else(String::new, |f| f.display().to_string());
        println!("{}", locale.text("mods-none", &[("folder", folder)]));
    }
    if broken > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// A mod's lines: what it is and what it brings, or why it cannot be played.
pub fn describe(locale: &Locale, sources: &mut crate::words::snippet::Sources, found: &Found) {
    let folder = found.folder().display().to_string();
    match found {
        Found::Broken { problems, .. } => {
            println!("{}", locale.text("mods-broken", &[("folder", folder)]));
            for d in &problems.0 {
                eprintln!("{}", sources.shown(d));
            }
        }
        Found::Mod { manifest: m, scenarios, .. } => {
            let args = [
                ("name", m.name.clone()),
                ("id", m.id.clone()),
                ("version", m.version.clone()),
                ("authors", locale.join(&m.authors)),
                ("licence", m.licence.clone()),
                ("folder", folder),
            ];
            println!("{}", locale.text("mods-mod", &args));
            for s in scenarios {
                let path = s.path.display().to_string();
                match &s.loaded {
                    Ok(card) => {
                        let args = [("id", card.id.clone()), ("title", card.title.clone()), ("path", path)];
                        println!("{}", locale.text("mods-scenario", &args));
                    }
                    Err(problems) => {
                        println!("{}", locale.text("mods-scenario-broken", &[("file", s.file.clone())]));
                        for d in &problems.0 {
                            eprintln!("{}", sources.shown(d));
                        }
                    }
                }
            }
        }
    }
}
