//! `--screenshot PATH`: render a few frames, write a PNG of the window, and exit. Used by the
//! rendered-window test under Xvfb.

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use std::path::PathBuf;

/// Frames to render before the capture, so fonts and panels have settled.
const SETTLE_FRAMES: u32 = 20;

pub(super) fn plugin(path: PathBuf) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(ScreenshotTarget(path.clone())).add_systems(Update, capture_when_settled);
    }
}

#[derive(Resource)]
struct ScreenshotTarget(PathBuf);

fn capture_when_settled(mut commands: Commands, mut frames: Local<u32>, target: Res<ScreenshotTarget>) {
    *frames += 1;
    if *frames != SETTLE_FRAMES {
        return;
    }
    let path = target.0.clone();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
            let result = captured.image.clone().try_into_dynamic().map_err(|e| e.to_string()).and_then(|image| {
                // Write beside the target and rename, so a reader never sees half a file.
                let partial = path.with_extension("png.partial");
                image.to_rgb8().save_with_format(&partial, image::ImageFormat::Png).map_err(|e| e.to_string())?;
                std::fs::rename(&partial, &path).map_err(|e| e.to_string())
            });
            match result {
                Ok(()) => {
                    info!("screenshot written to {}", path.display());
                    exit.write(AppExit::Success);
                }
                Err(e) => {
                    error!("could not write the screenshot {}: {e}", path.display());
                    exit.write(AppExit::error());
                }
            }
        },
    );
}
