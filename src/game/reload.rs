//! Hot reload: while the game runs, saving a file of the scenario being played, or of the mod
//! it comes from, checks the scenario again. A mistake is shown in a window with the file,
//! line and column (the game plays on, on the file as it was); a good change is what the next
//! new game begins with, and its words and rule numbers apply at once, with a line in the
//! chronicle saying which ([`crate::scenario::hot`]). The files are watched with `notify`.

use super::Session;
use super::locale::UiLocale;
use crate::scenario::{self, Scenario, hot};
use crate::sim::chronicle::{Arg, Cause, Chronicle, Entry};
use crate::sim::script::record::LoadedScenario;
use crate::sim::world::{Clock, RuleBook};
use bevy::prelude::*;
use bevy_egui::egui;
use notify::Watcher;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// How long the files must be quiet before they are read: an editor writes a file in
/// several steps (a temporary file, a rename), and a half-written file is not a mistake.
const QUIET: Duration = Duration::from_millis(250);

/// The most problems the window lists; `jingkang validate` lists them all.
const MOST_SHOWN: usize = 6;

/// The watcher and what it has seen.
#[derive(Resource)]
pub struct Watch {
    /// `None` where the platform gives no watcher: the game plays on without hot reload.
    watcher: Option<notify::RecommendedWatcher>,
    changes: Mutex<mpsc::Receiver<notify::Result<notify::Event>>>,
    /// The scenario whose folders are watched, as the session names it.
    watching: Option<String>,
    folders: Vec<PathBuf>,
    /// When a change to a watched file was last seen, if it has not been read yet.
    changed_at: Option<Instant>,
}

/// What the last check of the edited files found.
#[derive(Resource, Default, Debug)]
pub struct Reloaded {
    /// The mistakes, each as `path:line:col: message` with its help; empty when the files are good.
    pub problems: Vec<String>,
    /// How many more there are than [`MOST_SHOWN`].
    pub more: usize,
    /// The player closed the window: it opens again at the next check that finds mistakes.
    pub hidden: bool,
    /// How many times the files have been read again (for tests and the status line).
    pub checks: u32,
}

pub(super) fn plugin(app: &mut App) {
    let (send, changes) = mpsc::channel();
    // A watcher that cannot start (no inotify left, say) costs only hot reload.
    let watcher = notify::recommended_watcher(send).ok();
    app.insert_resource(Watch {
        watcher,
        changes: Mutex::new(changes),
        watching: None,
        folders: Vec::new(),
        changed_at: None,
    })
    .init_resource::<Reloaded>()
    .add_systems(Update, (follow_the_session, read_changes).chain());
}

/// Watches the folders of the scenario being played, whenever it changes (a new game, a
/// loaded save). Built-in scenarios live in the binary: nothing to watch.
fn follow_the_session(world: &mut World) {
    let current = world.resource::<Session>().scenario.clone();
    if world.resource::<Watch>().watching.as_ref() == Some(&current) {
        return;
    }
    let folders = folders_of(&world.resource::<LoadedScenario>().0);
    let mut watch = world.resource_mut::<Watch>();
    let old = std::mem::take(&mut watch.folders);
    if let Some(w) = watch.watcher.as_mut() {
        for folder in &old {
            let _ = w.unwatch(folder);
        }
        for folder in &folders {
            let _ = w.watch(folder, notify::RecursiveMode::NonRecursive);
        }
    }
    watch.folders = folders;
    watch.watching = Some(current);
    watch.changed_at = None;
}

/// The folders holding the scenario's files on disk, each once.
fn folders_of(s: &Scenario) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = s
        .files
        .iter()
        .filter_map(|f| f.on_disk())
        .filter_map(|p| p.canonicalize().ok()?.parent().map(PathBuf::from))
        .collect();
    folders.sort();
    folders.dedup();
    folders
}

/// Notes changes to data files in the watched folders, and reads the scenario again once
/// they have been quiet for [`QUIET`].
fn read_changes(world: &mut World) {
    let mut watch = world.resource_mut::<Watch>();
    let seen: Vec<notify::Event> = match watch.changes.get_mut() {
        Ok(changes) => changes.try_iter().filter_map(Result::ok).collect(),
        Err(_) => Vec::new(),
    };
    let ours = seen.iter().filter(|e| e.kind.is_create() || e.kind.is_modify() || e.kind.is_remove()).any(|e| {
        e.paths.iter().any(|p| {
            p.extension().is_some_and(|x| x == "ron")
                && p.parent().is_some_and(|f| watch.folders.iter().any(|w| w == f))
        })
    });
    let now = Instant::now();
    if ours {
        watch.changed_at = Some(now);
    }
    if watch.changed_at.is_some_and(|at| now.duration_since(at) >= QUIET) {
        watch.changed_at = None;
        check_again(world);
    }
}

/// Reads the scenario being played again: its mistakes go to the window, a good edit into
/// the game and the next new game.
pub fn check_again(world: &mut World) {
    let reference = world.resource::<Session>().scenario.clone();
    world.resource_mut::<Reloaded>().checks += 1;
    let playing = world.resource::<LoadedScenario>().0.clone();
    // In the language the game is played in: its translations are read again too.
    let in_language = |s: scenario::Scenario| crate::words::Locale::new(playing.language).scenario(&s);
    match scenario::open(&reference).and_then(in_language) {
        Err(found) => {
            let errors: Vec<&scenario::Diagnostic> = found.0.iter().filter(|d| d.is_error()).collect();
            // As `validate` draws them: the line, the mistake underlined, the help.
            let mut sources = crate::words::snippet::Sources::default();
            let shown = errors.iter().take(MOST_SHOWN).map(|d| sources.shown(d)).collect();
            let mut reloaded = world.resource_mut::<Reloaded>();
            reloaded.more = errors.len().saturating_sub(MOST_SHOWN);
            reloaded.problems = shown;
            reloaded.hidden = false;
            set_status(world, "reload-broken");
        }
        Ok(edited) => {
            let had_problems = !std::mem::take(&mut world.resource_mut::<Reloaded>().problems).is_empty();
            let edit = hot::edit(&playing.def, &edited.def);
            apply(world, &playing, &edit, &edited);
            super::menu::forget_catalogue(world);
            let key = match (edit.applies_now(), edit.rest_changed || !edit.rules_later.is_empty()) {
                (true, _) => "reload-applied",
                (false, true) => "reload-next-game",
                (false, false) if had_problems => "reload-fixed",
                (false, false) => return,
            };
            set_status(world, key);
        }
    }
}

fn set_status(world: &mut World, key: &str) {
    let status = world.non_send::<UiLocale>().0.text(key, &[]);
    world.resource_mut::<Session>().status = status;
}

/// Puts the edit's words and numbers into the game under way, and says so in the chronicle.
/// The scenario keeps the files it was begun with, so a save made now says truly that the
/// game was not played on the edited file from its first day.
fn apply(world: &mut World, playing: &Arc<Scenario>, edit: &hot::Edit, edited: &Scenario) {
    let mut lines = Vec::new();
    if edit.texts > 0 {
        lines.push(Entry::new("scenario-edited-texts", Cause::Scenario).arg("count", Arg::Count(edit.texts as i64)));
    }
    for change in &edit.rules {
        lines.push(rule_line("scenario-edited-rule", change));
    }
    for change in &edit.rules_later {
        lines.push(rule_line("scenario-edited-rule-later", change));
    }
    if edit.texts_later > 0 || edit.rest_changed {
        lines.push(Entry::new("scenario-edited-rest", Cause::Scenario));
    }
    if edit.applies_now() {
        let mut scenario = (**playing).clone();
        scenario.def = edit.def.clone();
        // The words as written take on the edit too, for a later switch of language.
        if let (Some(was), Some(now)) = (&playing.english, &edited.english) {
            scenario.english = Some(Arc::new(hot::edit(was, now).def));
        }
        world.insert_resource(RuleBook(edit.def.rules.clone()));
        world.insert_resource(LoadedScenario(Arc::new(scenario)));
    }
    let clock = world.resource::<Clock>().clone();
    let mut chronicle = world.resource_mut::<Chronicle>();
    for line in lines {
        chronicle.record(&clock, line);
    }
}

fn rule_line(key: &'static str, change: &hot::RuleChange) -> Entry {
    Entry::new(key, Cause::Scenario)
        .arg("rule", format!("rules.{}.{}", change.group, change.name))
        .arg("was", change.was)
        .arg("now", change.now)
}

/// The window of the edited files' mistakes, while there are any and it is not hidden.
pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    let Some(reloaded) = world.get_resource::<Reloaded>().filter(|r| !r.problems.is_empty() && !r.hidden) else {
        return;
    };
    let mut hide = false;
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    egui::Window::new(t("reload-broken-title", &[]))
        .collapsible(false)
        .resizable(true)
        .anchor(egui::Align2::CENTER_TOP, egui::Vec2::new(0.0, 60.0))
        .default_width(640.0)
        .show(ctx, |ui| {
            ui.label(t("reload-broken-text", &[]));
            ui.separator();
            for problem in &reloaded.problems {
                ui.label(egui::RichText::new(problem).monospace());
            }
            if reloaded.more > 0 {
                ui.label(t("menu-mod-more-problems", &[("count", reloaded.more.to_string())]));
            }
            hide = ui.button(t("reload-broken-hide", &[])).clicked();
        });
    if hide {
        world.resource_mut::<Reloaded>().hidden = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::mods;
    use crate::sim::SimPlugin;

    const TEMPLATE: &str = include_str!("../../assets/templates/scenario.ron");

    /// The game's schedule without a window: the simulation, the session and hot reload.
    fn game_on(file: &std::path::Path) -> App {
        let reference = file.display().to_string();
        let scenario = Arc::new(scenario::open(&reference).unwrap_or_else(|d| panic!("{d}")));
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_plugins(SimPlugin { scenario, seed: 1 })
            .insert_non_send(UiLocale(crate::words::Locale::english()))
            .init_resource::<super::super::menu::Menu>()
            .insert_resource(Session {
                scenario: reference,
                seed: 1,
                status: String::new(),
                autosaved: 1,
                chapters_seen: 1,
                chronicle_chapter: None,
                changed_save: None,
            })
            .add_plugins(plugin);
        app.update();
        app
    }

    /// Saves `text` as the scenario and runs frames until the game has read it again.
    fn save_and_wait(app: &mut App, file: &std::path::Path, text: &str) {
        let checks = app.world().resource::<Reloaded>().checks;
        std::fs::write(file, text).unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while app.world().resource::<Reloaded>().checks == checks {
            assert!(Instant::now() < deadline, "the game never read the saved file again");
            std::thread::sleep(Duration::from_millis(20));
            app.update();
        }
    }

    /// The scenario `new-scenario` writes, as `river.ron` in a fresh folder for `test`: the
    /// folder, the file and its text.
    fn river(test: &str) -> (std::path::PathBuf, std::path::PathBuf, String) {
        let folder = std::env::temp_dir().join(format!("jingkang-reload-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join("river.ron");
        let text = TEMPLATE.replace("{{id}}", "river").replace("{{game}}", &mods::game_version());
        std::fs::write(&file, &text).unwrap();
        (folder, file, text)
    }

    fn chronicle_keys(app: &App) -> Vec<&'static str> {
        app.world().resource::<Chronicle>().entries.iter().map(|e| e.key).collect()
    }

    #[test]
    fn a_saved_translation_is_read_again_and_its_words_apply_at_once_to_a_game_in_its_language() {
        let (folder, file, _) = river("translation");
        let mut app = game_on(&file);
        let language = crate::words::Language::TraditionalChinese;
        let english = app.world().resource::<LoadedScenario>().0.clone();
        let chinese = crate::words::Locale::new(language).scenario(&english).unwrap();
        crate::save::replay_on(app.world_mut(), Arc::new(chinese), 1).unwrap();
        let envoys = |app: &App| {
            let playing = app.world().resource::<LoadedScenario>().0.clone();
            playing.def.events.iter().find(|e| e.id == "envoys").map(|e| e.title.clone())
        };
        assert_eq!(envoys(&app).as_deref(), Some("〔未譯〕Envoys from the camp"));
        let translation = r#"Translation(language: "zh-Hant", texts: {"Envoys from the camp": "金營來使"})"#;
        save_and_wait(&mut app, &folder.join("river.zh-Hant.ron"), translation);
        assert_eq!(envoys(&app).as_deref(), Some("金營來使"));
        assert_eq!(app.world().resource::<LoadedScenario>().0.language, language);
        assert!(chronicle_keys(&app).contains(&"scenario-edited-texts"), "{:?}", chronicle_keys(&app));
    }

    #[test]
    fn a_saved_edit_is_checked_its_words_and_numbers_apply_at_once_and_a_mistake_is_shown_where_it_is() {
        let (folder, file, original) = river("edit");
        let begun = crate::save::fingerprint(&scenario::open(&file.display().to_string()).unwrap());
        let mut app = game_on(&file);
        assert_eq!(app.world().resource::<Watch>().folders, vec![folder.canonicalize().unwrap()]);

        // New words and a new rule number: both apply in the game under way.
        let worded =
            original.replace("title: \"Envoys from the camp\"", "title: \"Envoys ride in from the camp\"").replace(
                "title: \"The River Town\",",
                "title: \"The River Town\",\n    rules: (siege: (assault_odds: 2.5)),",
            );
        save_and_wait(&mut app, &file, &worded);
        let playing = app.world().resource::<LoadedScenario>().0.clone();
        assert!(playing.def.events.iter().any(|e| e.title == "Envoys ride in from the camp"));
        assert_eq!(app.world().resource::<RuleBook>().siege.assault_odds, 2.5);
        let keys = chronicle_keys(&app);
        assert!(keys.contains(&"scenario-edited-texts") && keys.contains(&"scenario-edited-rule"), "{keys:?}");
        assert!(!keys.contains(&"scenario-edited-rest"), "nothing else was edited: {keys:?}");
        let entries = &app.world().resource::<Chronicle>().entries;
        let said: Vec<String> =
            entries.iter().rev().take(2).map(|e| crate::words::Locale::english().entry(e)).collect();
        assert!(
            said.contains(&"The scenario's file was edited: one text is now shown as rewritten.".to_string()),
            "{said:?}"
        );
        assert!(
            said.contains(
                &"The scenario's file was edited: from today rules.siege.assault_odds is 2.5 (it was 2).".to_string()
            ),
            "{said:?}"
        );
        // The save still names the file the game began with: it was not all played on this one.
        assert_eq!(crate::save::fingerprint(&playing), begun);

        // A mistake: the game plays on as it was, and says where the mistake is.
        let line = worded.lines().position(|l| l.contains("Envoys ride in")).unwrap() + 1;
        let broken = worded
            .replace("title: \"Envoys ride in from the camp\"", "title: \"Envoys ride in from the camp\" title: \"x\"");
        save_and_wait(&mut app, &file, &broken);
        let problems = &app.world().resource::<Reloaded>().problems;
        assert!(problems.first().is_some_and(|p| p.contains(&format!("river.ron:{line}:"))), "{problems:?}");
        // With the line itself, and a caret under the mistake.
        assert!(
            problems[0].contains(&format!(" {line} |")) && problems[0].contains('^') && problems[0].contains("help:"),
            "{}",
            problems[0]
        );
        assert_eq!(app.world().resource::<RuleBook>().siege.assault_odds, 2.5);
        assert!(app.world().resource::<Session>().status.contains("mistake"));

        // Fixed, with an army made larger: that waits for the next new game.
        let bigger = worded.replacen("cavalry: ", "cavalry: 1", 1);
        save_and_wait(&mut app, &file, &bigger);
        assert!(app.world().resource::<Reloaded>().problems.is_empty());
        assert!(chronicle_keys(&app).contains(&"scenario-edited-rest"));
        let _ = std::fs::remove_dir_all(&folder);
    }
}
