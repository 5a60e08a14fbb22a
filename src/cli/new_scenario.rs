//! `jingkang new-scenario NAME`: writes a small working mod to start from — a manifest, the
//! tutorial's scenario written out whole with comments, and its historical policy — which
//! validates and plays as written.

use crate::scenario::mods;
use crate::words::Locale;
use std::path::{Path, PathBuf};

const MANIFEST: &str = include_str!("../../assets/templates/mod.ron");
const SCENARIO: &str = include_str!("../../assets/templates/scenario.ron");
const POLICY: &str = include_str!("../../assets/templates/historical.ron");

pub fn run(name: &str, into: Option<&Path>, locale: &Locale) -> Result<(), String> {
    if !mods::is_id(name) {
        return Err(locale.text("new-scenario-bad-name", &[("name", name.to_string())]));
    }
    let folder = into.map_or_else(|| PathBuf::from(name), |dir| dir.join(name));
    if folder.exists() {
        return Err(locale.text("new-scenario-exists", &[("folder", folder.display().to_string())]));
    }
    let fill = |template: &str| template.replace("{{id}}", name).replace("{{game}}", &mods::game_version());
    let files = [
        (folder.join(mods::MANIFEST), fill(MANIFEST)),
        (folder.join(format!("{name}.ron")), fill(SCENARIO)),
        (folder.join("policies").join(format!("{name}_historical.ron")), fill(POLICY)),
    ];
    let cannot = |e: std::io::Error| {
        locale.text("new-scenario-cannot-write", &[("folder", folder.display().to_string()), ("error", e.to_string())])
    };
    std::fs::create_dir_all(folder.join("policies")).map_err(cannot)?;
    for (path, text) in files {
        std::fs::write(&path, text).map_err(cannot)?;
    }
    let args = [
        ("name", name.to_string()),
        ("folder", folder.display().to_string()),
        ("scenario", folder.join(format!("{name}.ron")).display().to_string()),
        ("mods", mods::user_folder().map_or_else(String::new, |f| f.display().to_string())),
    ];
    println!("{}", locale.text("new-scenario-written", &args));
    Ok(())
}
