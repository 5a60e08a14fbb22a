//! The language of the window: the locale every panel speaks, chosen in the menu (remembered
//! in the settings) or by `play --lang`, and switched at once when the player picks another.
//! The scenario's texts follow it: a game begun, loaded or switched in another language is
//! played again from its commands on the scenario translated, so that the chronicle so far,
//! the names on the map and every card speak the new language (the rules read no text, so
//! it is the same game).

use super::Session;
use super::menu::Menu;
use crate::sim::script::record::LoadedScenario;
use crate::words::{Language, Locale};
use bevy::prelude::*;
use std::sync::Arc;

/// The locale for the panels (Fluent bundles are not thread-safe, so it stays on the main thread).
pub(super) struct UiLocale(pub Locale);

pub(super) fn plugin(language: Language) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_non_send(UiLocale(Locale::new(language)))
            .add_systems(Update, (switch.run_if(resource_changed::<Menu>), match_the_scenario).chain());
    }
}

/// Speaks the menu's language from the next frame on.
fn switch(world: &mut World) {
    let wanted = world.resource::<Menu>().language;
    if world.non_send::<UiLocale>().0.language() != wanted {
        world.insert_non_send(UiLocale(Locale::new(wanted)));
        super::menu::forget_catalogue(world);
    }
}

/// Puts the game's texts into the window's language when they are in another (a new game, a
/// loaded one, a language just picked). A translation that cannot be read leaves the texts
/// in English, says why in the status line, and is not tried again until the game changes.
fn match_the_scenario(world: &mut World, mut failed: Local<Option<(Language, usize)>>) {
    let language = language(world);
    let playing = world.resource::<LoadedScenario>().0.clone();
    let this_game = (language, Arc::as_ptr(&playing) as usize);
    if playing.language == language || *failed == Some(this_game) {
        return;
    }
    let locale = Locale::new(language);
    let seed = world.resource::<Session>().seed;
    let done = locale
        .scenario(&playing)
        .map_err(|d| d.to_string())
        .and_then(|translated| crate::save::replay_on(world, Arc::new(translated), seed).map_err(|e| e.to_string()));
    if let Err(why) = done {
        warn!("the game's texts could not be put into {}: {why}", language.id());
        *failed = Some(this_game);
        world.resource_mut::<Session>().status = locale.text("language-untranslated", &[("why", why)]);
    }
}

/// The window's language (English in a world without a window, as in tests).
pub(super) fn language(world: &World) -> Language {
    world.get_non_send::<UiLocale>().map_or(Language::English, |l| l.0.language())
}

/// A message in the window's language, from the window's own locale.
pub(super) fn say(world: &World, key: &str, args: &[(&str, String)]) -> String {
    match world.get_non_send::<UiLocale>() {
        Some(locale) => locale.0.text(key, args),
        None => Locale::english().text(key, args),
    }
}

/// A locale of the window's language of its own, for work that holds it while it changes the
/// world (branching, comparing lines); a single message wants [`say`], which reads none.
pub(super) fn of_window(world: &World) -> Locale {
    Locale::new(language(world))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::SimPlugin;
    use crate::sim::chronicle::Chronicle;
    use crate::sim::commands::{Command, CommandLog, execute};

    /// The first siege headless, speaking `language`, with the menu and the session.
    fn game(language: Language) -> App {
        let scenario = Arc::new(crate::scenario::open("first_siege").unwrap());
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_plugins(SimPlugin { scenario, seed: 3 })
            .init_resource::<Menu>()
            .insert_resource(Session {
                scenario: "first_siege".into(),
                seed: 3,
                status: String::new(),
                autosaved: 1,
                chapters_seen: 1,
                chronicle_chapter: None,
                changed_save: None,
            })
            .add_plugins(plugin(language));
        // As the settings put the remembered language into the menu.
        app.world_mut().resource_mut::<Menu>().language = language;
        app.update();
        app
    }

    fn chronicle(app: &App) -> Vec<String> {
        let locale = &app.world().non_send::<UiLocale>().0;
        app.world().resource::<Chronicle>().entries.iter().map(|e| locale.entry(e)).collect()
    }

    /// The chronicle's first line as the locale of `language` says it of the scenario now played:
    /// "The scenario begins: …" with the title in that language.
    fn opening_line(app: &App, language: Language) -> String {
        let title = app.world().resource::<LoadedScenario>().def.title.clone();
        Locale::new(language).text("scenario-begins", &[("title", title)])
    }

    fn english_title() -> String {
        crate::scenario::open("first_siege").unwrap().def.title
    }

    #[test]
    fn picking_a_language_plays_the_same_game_again_in_it_and_back() {
        let mut app = game(Language::English);
        for _ in 0..6 {
            execute(app.world_mut(), &Command::EndTurn).unwrap();
        }
        let english = chronicle(&app);
        let log = app.world().resource::<CommandLog>().0.clone();
        assert_eq!(english[0], opening_line(&app, Language::English));
        app.world_mut().resource_mut::<Menu>().language = Language::TraditionalChinese;
        app.update();
        let playing = app.world().resource::<LoadedScenario>().0.clone();
        assert_eq!(playing.language, Language::TraditionalChinese);
        let chinese = chronicle(&app);
        assert_eq!(chinese.len(), english.len(), "the same chronicle, line for line");
        assert_ne!(playing.def.title, english_title(), "the scenario's own words are translated");
        assert_eq!(chinese[0], opening_line(&app, Language::TraditionalChinese));
        assert_eq!(app.world().resource::<CommandLog>().0, log, "the same commands");
        assert_eq!(app.world().resource::<crate::sim::world::Clock>().turn, 7);
        app.world_mut().resource_mut::<Menu>().language = Language::English;
        app.update();
        assert_eq!(chronicle(&app), english, "and back, word for word");
    }

    #[test]
    fn a_game_begun_in_english_and_loaded_in_chinese_is_put_into_chinese() {
        let mut app = game(Language::SimplifiedChinese);
        app.update();
        assert_eq!(app.world().resource::<LoadedScenario>().0.language, Language::SimplifiedChinese);
        assert_ne!(app.world().resource::<LoadedScenario>().def.title, english_title());
        assert_eq!(chronicle(&app)[0], opening_line(&app, Language::SimplifiedChinese));
    }
}
