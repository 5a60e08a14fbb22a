//! The player's settings, remembered between runs: UI scale, smooth lines, fullscreen and the
//! language. Kept as RON in the platform's config folder
//! (`~/.config/jingkang/settings.ron` on Linux; `$JINGKANG_CONFIG_DIR` overrides it), written
//! atomically whenever the menu changes one; a file that cannot be read gives the defaults
//! and a line in the menu saying why, and is overwritten only when a setting is changed.

use super::menu::Menu;
use crate::words::Language;
use bevy::prelude::*;
use bevy::window::{PrimaryWindow, WindowMode};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The UI scales the menu offers.
pub const SCALES: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// The largest settings file read: a few lines are expected.
const MOST_BYTES: u64 = 64 * 1024;

/// What is remembered. Fields a later version adds are left at their defaults when an older
/// file lacks them, and fields this version does not know are ignored.
#[derive(Resource, Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub ui_scale: f32,
    /// `None` until the player chooses: the game then picks by the graphics it runs on.
    pub smooth_lines: Option<bool>,
    pub fullscreen: bool,
    pub language: Language,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { ui_scale: 1.0, smooth_lines: None, fullscreen: false, language: Language::English }
    }
}

impl Settings {
    /// The settings with what no menu could have set brought back into range.
    fn sane(mut self) -> Settings {
        self.ui_scale =
            if self.ui_scale.is_finite() { self.ui_scale.clamp(*SCALES.start(), *SCALES.end()) } else { 1.0 };
        self
    }
}

/// Where the settings are kept.
pub fn path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("JINGKANG_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join("settings.ron"));
    }
    directories::ProjectDirs::from("", "", "jingkang").map(|p| p.config_dir().join("settings.ron"))
}

/// The settings in `file`: the defaults if there is none yet; an error naming the file and
/// what is wrong if it cannot be read.
pub fn read(file: &Path) -> Result<Settings, String> {
    if !file.exists() {
        return Ok(Settings::default());
    }
    let text = crate::scenario::files::read_text(file, MOST_BYTES)?;
    ron::from_str::<Settings>(&text).map(Settings::sane).map_err(|e| format!("{}:{e}", file.display()))
}

/// Keeps `settings` in `file`.
pub fn write(file: &Path, settings: &Settings) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default()).expect("settings serialize");
    crate::save::write_atomically(file, &text).map_err(|e| format!("{}: {e}", file.display()))
}

/// The settings file in use, and whether it may be written (not when it could not be read:
/// the player's file is kept until a setting is changed on purpose).
#[derive(Resource, Debug)]
struct Kept {
    file: Option<PathBuf>,
    /// The language given by `play --lang` for this run only: not remembered unless the
    /// player picks another in the menu.
    given: Option<Language>,
}

/// The language the settings file names, English if it names none or cannot be read.
pub fn remembered_language() -> Language {
    path().and_then(|file| read(&file).ok()).map_or(Language::English, |s| s.language)
}

pub(super) fn plugin(given: Option<Language>) -> impl Fn(&mut App) {
    move |app: &mut App| add_to(app, given)
}

fn add_to(app: &mut App, given: Option<Language>) {
    let file = path();
    let (settings, problem) = match file.as_deref().map(read) {
        Some(Ok(s)) => (s, None),
        Some(Err(why)) => (Settings::default(), Some(why)),
        None => (Settings::default(), None),
    };
    if let Some(why) = &problem {
        warn!("the settings could not be read, so the defaults are used: {why}");
    }
    app.insert_resource(settings)
        .insert_resource(Kept { file, given })
        .add_systems(Startup, apply)
        .add_systems(Update, remember.run_if(resource_changed::<Menu>));
    if let Some(why) = problem {
        app.add_systems(Startup, move |mut menu: ResMut<Menu>, locale: NonSend<super::locale::UiLocale>| {
            menu.message = locale.0.text("settings-unreadable", &[("why", why.clone())]);
        });
    }
}

/// Puts the remembered settings into the menu and the window.
fn apply(
    settings: Res<Settings>,
    kept: Res<Kept>,
    mut menu: ResMut<Menu>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
) {
    menu.ui_scale = settings.ui_scale;
    menu.language = kept.given.unwrap_or(settings.language);
    if let Some(smooth) = settings.smooth_lines {
        menu.smooth_lines = smooth;
    }
    menu.smooth_lines_chosen = settings.smooth_lines.is_some();
    if settings.fullscreen {
        for mut w in &mut windows {
            w.mode = WindowMode::BorderlessFullscreen(MonitorSelection::Current);
        }
    }
}

/// Keeps what the menu changed.
fn remember(
    menu: Res<Menu>,
    mut settings: ResMut<Settings>,
    kept: Res<Kept>,
    windows: Query<&Window, With<PrimaryWindow>>,
) {
    let fullscreen = windows.iter().any(|w| w.mode != WindowMode::Windowed);
    let now = Settings {
        ui_scale: menu.ui_scale,
        smooth_lines: if menu.smooth_lines_chosen { Some(menu.smooth_lines) } else { settings.smooth_lines },
        fullscreen: if windows.is_empty() { settings.fullscreen } else { fullscreen },
        language: if Some(menu.language) == kept.given { settings.language } else { menu.language },
    };
    if now == *settings {
        return;
    }
    *settings = now;
    if let Some(file) = &kept.file
        && let Err(why) = write(file, &settings)
    {
        warn!("the settings could not be kept: {why}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("jingkang-settings-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn settings_are_kept_and_read_back_and_a_first_run_has_the_defaults() {
        let file = folder("kept").join("settings.ron");
        assert_eq!(read(&file), Ok(Settings::default()), "no file yet");
        let mine = Settings {
            ui_scale: 1.25,
            smooth_lines: Some(false),
            fullscreen: true,
            language: Language::TraditionalChinese,
        };
        write(&file, &mine).unwrap();
        assert_eq!(read(&file), Ok(mine));
    }

    #[test]
    fn a_broken_or_strange_file_gives_defaults_with_why_and_numbers_out_of_range_are_brought_back() {
        let dir = folder("broken");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("settings.ron");
        std::fs::write(&file, "(ui_scale: 1.5, fullscreen: maybe)").unwrap();
        let why = read(&file).unwrap_err();
        assert!(why.starts_with(&format!("{}:1:", file.display())), "{why}");
        std::fs::write(&file, "(ui_scale: 40.0, colour: \"teal\")").unwrap();
        assert_eq!(read(&file).unwrap().ui_scale, 2.0, "too large is the largest; an unknown field is ignored");
        std::fs::write(&file, "(ui_scale: NaN)").unwrap();
        assert_eq!(read(&file).unwrap().ui_scale, 1.0);
        std::fs::write(&file, "(language: \"fr\")").unwrap();
        let why = read(&file).unwrap_err();
        assert!(why.contains("unknown language `fr`: one of en-US, zh-Hans, zh-Hant"), "{why}");
    }
}
