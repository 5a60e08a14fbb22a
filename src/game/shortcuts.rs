//! The keyboard: a key for each action of the top bar and for finding the capital, all listed
//! in a help window (F1). A key is taken only when no text field has the keyboard, and Enter
//! only when no button has the focus (Tab moves the focus through the buttons, and Space or
//! Enter presses the one it is on, as egui does everywhere).

use bevy::prelude::*;
use bevy_egui::egui;

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shortcut {
    EndTurn,
    Advance,
    Save,
    Load,
    History,
    Lab,
    Exercise,
    Capital,
    Help,
}

/// Each shortcut: its key, the modifiers it needs, how the help window names the key, and the
/// message that says what it does.
const KEYS: &[(Shortcut, egui::Key, egui::Modifiers, &str, &str)] = &[
    // Shift+Enter before Enter: egui matches a key whatever extra Shift is held.
    (Shortcut::Advance, egui::Key::Enter, egui::Modifiers::SHIFT, "Shift+Enter", "keys-advance"),
    (Shortcut::EndTurn, egui::Key::Enter, egui::Modifiers::NONE, "Enter", "keys-end-turn"),
    (Shortcut::Save, egui::Key::F5, egui::Modifiers::NONE, "F5", "keys-save"),
    (Shortcut::Load, egui::Key::F9, egui::Modifiers::NONE, "F9", "keys-load"),
    (Shortcut::History, egui::Key::H, egui::Modifiers::NONE, "H", "keys-history"),
    (Shortcut::Lab, egui::Key::L, egui::Modifiers::NONE, "L", "keys-lab"),
    (Shortcut::Exercise, egui::Key::Q, egui::Modifiers::NONE, "Q", "keys-exercise"),
    (Shortcut::Capital, egui::Key::C, egui::Modifiers::NONE, "C", "keys-capital"),
    (Shortcut::Help, egui::Key::F1, egui::Modifiers::NONE, "F1", "keys-help"),
];

/// Keys the game has that are not shortcuts of its own: the menu, the map, the focus.
const OTHER_KEYS: &[(&str, &str)] = &[
    ("Esc", "keys-menu"),
    ("← → ↑ ↓ / W A S D", "keys-pan"),
    ("+ −", "keys-zoom"),
    ("Tab / Shift+Tab", "keys-focus"),
    ("Space", "keys-press"),
];

/// Whether the help window is open.
#[derive(Resource, Default)]
pub(super) struct KeysShown(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<KeysShown>();
}

/// The shortcut pressed this frame, if any, taken from egui's input so no widget sees it too.
pub(super) fn pressed(ctx: &egui::Context) -> Option<Shortcut> {
    if ctx.egui_wants_keyboard_input() {
        return None;
    }
    let focused = ctx.memory(|m| m.focused().is_some());
    KEYS.iter()
        .filter(|(_, key, ..)| !(focused && *key == egui::Key::Enter))
        .find(|(_, key, modifiers, ..)| ctx.input_mut(|i| i.consume_key(*modifiers, *key)))
        .map(|(shortcut, ..)| *shortcut)
}

/// The window listing every key.
pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    if !world.resource::<KeysShown>().0 {
        return;
    }
    let locale = &world.non_send::<super::locale::UiLocale>().0;
    let t = |key: &str| locale.text(key, &[]);
    let mut open = true;
    egui::Window::new(t("keys-title")).open(&mut open).resizable(false).show(ctx, |ui| {
        egui::Grid::new("keys").num_columns(2).striped(true).show(ui, |ui| {
            let keys = KEYS.iter().map(|(_, _, _, name, what)| (*name, *what));
            for (name, what) in keys.chain(OTHER_KEYS.iter().copied()) {
                ui.strong(name);
                ui.label(t(what));
                ui.end_row();
            }
        });
    });
    if !open {
        world.resource_mut::<KeysShown>().0 = false;
    }
}

/// How a button's hover text names its key: "F5".
pub(super) fn key_of(shortcut: Shortcut) -> &'static str {
    KEYS.iter().find(|(s, ..)| *s == shortcut).map_or("", |(_, _, _, name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut the keys of one frame give, with a text field focused or not.
    fn press(key: egui::Key, modifiers: egui::Modifiers, typing: bool) -> Option<Shortcut> {
        let ctx = egui::Context::default();
        let mut text = String::new();
        let frame = |events: Vec<egui::Event>, found: &mut Option<Shortcut>, text: &mut String| {
            let input = egui::RawInput { events, ..Default::default() };
            let mut output = ctx.run_ui(input, |ui| {
                let field = ui.text_edit_singleline(text);
                if typing {
                    field.request_focus();
                }
                *found = pressed(ui.ctx());
            });
            // Nothing draws these frames (a debug build checks that the font atlas is taken).
            output.textures_delta.clear();
        };
        let mut found = None;
        frame(Vec::new(), &mut found, &mut text);
        let down = egui::Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers };
        frame(vec![down], &mut found, &mut text);
        found
    }

    #[test]
    fn each_key_asks_for_its_action_and_none_while_the_player_types() {
        assert_eq!(press(egui::Key::Enter, egui::Modifiers::NONE, false), Some(Shortcut::EndTurn));
        assert_eq!(press(egui::Key::Enter, egui::Modifiers::SHIFT, false), Some(Shortcut::Advance));
        assert_eq!(press(egui::Key::F5, egui::Modifiers::NONE, false), Some(Shortcut::Save));
        assert_eq!(press(egui::Key::C, egui::Modifiers::NONE, false), Some(Shortcut::Capital));
        assert_eq!(press(egui::Key::X, egui::Modifiers::NONE, false), None);
        assert_eq!(press(egui::Key::H, egui::Modifiers::NONE, true), None, "H typed into the seed field");
        assert_eq!(press(egui::Key::Enter, egui::Modifiers::NONE, true), None);
    }

    #[test]
    fn every_key_is_named_in_the_help_in_every_language() {
        for language in crate::words::Language::ALL {
            let locale = crate::words::Locale::new(language);
            let keys = KEYS.iter().map(|(_, _, _, _, what)| *what).chain(OTHER_KEYS.iter().map(|(_, w)| *w));
            for what in keys.chain(["keys-title"]) {
                assert_ne!(locale.text(what, &[]), what, "{what} missing in {}", language.id());
            }
        }
    }
}
