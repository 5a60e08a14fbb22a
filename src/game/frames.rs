//! `--bench-frames N`: run N frames, then print the mean and worst frame time and the resident
//! memory, and exit. With `--empty`, the same window with nothing in it but an egui label, as
//! the baseline the game is compared with.

use bevy::prelude::*;

/// Frames skipped before timing starts (start-up, shader compilation, font atlas).
const WARM_UP: u32 = 30;

pub(super) fn plugin(frames: u32) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(FrameTimes { wanted: frames, seen: 0, times: Vec::new() }).add_systems(Last, measure);
    }
}

#[derive(Resource)]
struct FrameTimes {
    wanted: u32,
    seen: u32,
    times: Vec<f32>,
}

fn measure(time: Res<Time<Real>>, mut frames: ResMut<FrameTimes>, mut exit: MessageWriter<AppExit>) {
    frames.seen += 1;
    if frames.seen <= WARM_UP {
        return;
    }
    frames.times.push(time.delta_secs() * 1000.0);
    if frames.times.len() as u32 >= frames.wanted {
        let n = frames.times.len() as f32;
        let mean = frames.times.iter().sum::<f32>() / n;
        let worst = frames.times.iter().copied().fold(0.0, f32::max);
        println!("frames={} mean_ms={mean:.2} worst_ms={worst:.2} rss_mb={:.0}", frames.times.len(), resident_mb());
        exit.write(AppExit::Success);
    }
}

/// Resident memory of this process in MB (Linux), or 0 where unknown.
pub fn resident_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

/// An empty Bevy + egui window of the game's size: the baseline for `--bench-frames`.
pub fn run_empty(frames: u32) -> Result<(), String> {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window { resolution: bevy::window::WindowResolution::new(1280, 720), ..default() }),
            ..default()
        }))
        .add_plugins(bevy_egui::EguiPlugin::default())
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(bevy_egui::EguiPrimaryContextPass, |mut contexts: bevy_egui::EguiContexts| -> Result {
            bevy_egui::egui::Window::new("Empty").show(contexts.ctx_mut()?, |ui| ui.label("baseline"));
            Ok(())
        })
        .add_plugins(plugin(frames))
        .run();
    Ok(())
}
