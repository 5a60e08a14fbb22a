//! The game's font (the bundled [`crate::words::font`]): it has Latin, pinyin and Chinese
//! characters, so names show in both scripts on the map and in the panels.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::words::font::FONT as NOTO_SANS_CJK_TC;

/// The font of the map's labels.
#[derive(Resource, Clone)]
pub struct MapFont(pub Handle<Font>);

pub(super) fn plugin(app: &mut App) {
    let handle = app.world_mut().resource_mut::<Assets<Font>>().add(Font::from_bytes(NOTO_SANS_CJK_TC.to_vec()));
    app.insert_resource(MapFont(handle)).add_systems(EguiPrimaryContextPass, add_to_egui);
}

/// egui keeps its own Latin fonts and falls back to ours for the characters they lack.
fn add_to_egui(mut contexts: EguiContexts, mut done: Local<bool>) {
    if *done {
        return;
    }
    let Ok(ctx) = contexts.ctx_mut() else { return };
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| egui::epaint::text::InsertFontFamily {
            family,
            priority: egui::epaint::text::FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(egui::epaint::text::FontInsert::new(
        "noto_sans_cjk_tc",
        egui::FontData::from_static(NOTO_SANS_CJK_TC),
        families,
    ));
    *done = true;
}
