//! A turn-based game waiting for the player should cost almost nothing. The window is drawn
//! again on input, when egui asks (a hover, the lab's progress bar), and at least every
//! [`WAKE`] (for hot reload and the autosave), not as fast as the machine can: on a school
//! laptop drawing with the CPU, an idle window drawn continuously kept 1.6 cores busy. While a
//! key or a mouse button is held (panning the map) it draws at full rate. Screenshots and the
//! frame benchmark draw continuously.

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};
use std::time::Duration;

/// The longest the game sleeps with its window in focus, and out of it.
pub const WAKE: Duration = Duration::from_millis(250);
const WAKE_UNFOCUSED: Duration = Duration::from_secs(1);

pub(super) fn plugin(continuous: bool) -> impl Fn(&mut App) {
    move |app: &mut App| {
        let settings = if continuous {
            WinitSettings { focused_mode: UpdateMode::Continuous, unfocused_mode: UpdateMode::Continuous }
        } else {
            WinitSettings {
                focused_mode: UpdateMode::reactive(WAKE),
                unfocused_mode: UpdateMode::reactive_low_power(WAKE_UNFOCUSED),
            }
        };
        app.insert_resource(settings).add_systems(Update, keep_drawing_while_held).add_systems(
            PreUpdate,
            pass_on_changed_modifiers_only.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
        );
    }
}

/// A key or button held down moves the map every frame: keep drawing until it is let go.
fn keep_drawing_while_held(
    keys: Res<ButtonInput<KeyCode>>,
    buttons: Res<ButtonInput<MouseButton>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if keys.get_pressed().next().is_some() || buttons.get_pressed().next().is_some() {
        redraw.write(RequestRedraw);
    }
}

/// bevy_egui tells egui the modifier keys every frame, changed or not, and egui takes any input
/// event as a reason to draw the next frame at once: the window never rested (0.9 cores, idle).
/// egui keeps the modifiers from one frame to the next, so only a change need be passed on.
fn pass_on_changed_modifiers_only(mut inputs: Query<&mut EguiInput>, mut last: Local<Option<egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.events.retain(|event| match event {
            egui::Event::ModifiersChanged(now) => {
                let changed = *last != Some(*now);
                *last = Some(*now);
                changed
            }
            _ => true,
        });
    }
}
