//! Scenario data: the RON formats, loading, and validation with file:line:col diagnostics.

pub mod bounded;
pub mod diagnostic;
pub mod distances;
pub mod files;
pub mod hot;
pub mod load;
pub mod loaded;
pub mod locate;
pub mod mods;
pub mod read;
pub mod rules;
pub mod schema;
pub mod text;
pub mod translation;
pub mod validate;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use load::{
    Exercise, Policy, Scenario, historical_policy, load_exercise, load_playable, load_policy, load_scenario,
};

/// Loads a built-in scenario by id or a scenario file by path.
pub fn open(id_or_path: &str) -> Result<Scenario, Diagnostics> {
    let file = files::open_scenario(id_or_path)
        .map_err(|message| Diagnostics(vec![Diagnostic::error(id_or_path, 0, 0, message)]))?;
    load_scenario(file)
}
