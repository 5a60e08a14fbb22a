//! The cameras: the map camera, which draws northern China where the panels leave room (pan
//! with the arrow keys, WASD or a right-button drag; zoom with the wheel or +/-), and the
//! window-wide camera egui draws its panels with.

use crate::sim::world::{Court, Map};
use bevy::camera::CameraOutputMode;
use bevy::camera::visibility::RenderLayers;
use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll};
use bevy::prelude::*;
use bevy::render::render_resource::BlendState;
use bevy_egui::{EguiGlobalSettings, PrimaryEguiContext};

/// The camera looking at the map.
#[derive(Component)]
pub struct MapCamera;

pub(super) fn plugin(app: &mut App) {
    // The panels get a camera of their own, so the map camera's viewport can shrink to the
    // space between them.
    app.world_mut().resource_mut::<EguiGlobalSettings>().auto_create_primary_context = false;
    app.add_systems(Startup, spawn_cameras).add_systems(Update, (pan, zoom));
}

/// The map opens on the capital, with the theatre north of it to the Taihang in view.
fn spawn_cameras(mut commands: Commands, court: Option<Res<Court>>, map: Option<Res<Map>>) {
    let capital = court.zip(map).map_or(Vec2::ZERO, |(court, map)| {
        let (lon, lat) = map.coords[court.capital];
        super::map::project(lon, lat + 1.0)
    });
    commands.spawn((
        MapCamera,
        Camera2d,
        Transform::from_translation(capital.extend(0.0)),
        Projection::Orthographic(OrthographicProjection { scale: 1.5, ..OrthographicProjection::default_2d() }),
    ));
    commands.spawn((
        PrimaryEguiContext,
        Camera2d,
        RenderLayers::none(),
        Camera {
            order: 1,
            output_mode: CameraOutputMode::Write {
                blend_state: Some(BlendState::ALPHA_BLENDING),
                clear_color: ClearColorConfig::None,
            },
            clear_color: ClearColorConfig::Custom(Color::NONE),
            ..default()
        },
    ));
}

fn pan(
    keys: Res<ButtonInput<KeyCode>>,
    buttons: Res<ButtonInput<MouseButton>>,
    motion: Res<AccumulatedMouseMotion>,
    time: Res<Time>,
    mut camera: Single<(&mut Transform, &Projection), With<MapCamera>>,
) {
    let (transform, projection) = &mut *camera;
    let scale = match projection {
        Projection::Orthographic(o) => o.scale,
        _ => 1.0,
    };
    let mut dir = Vec2::ZERO;
    for (key, d) in [
        (KeyCode::ArrowLeft, -Vec2::X),
        (KeyCode::KeyA, -Vec2::X),
        (KeyCode::ArrowRight, Vec2::X),
        (KeyCode::KeyD, Vec2::X),
        (KeyCode::ArrowUp, Vec2::Y),
        (KeyCode::KeyW, Vec2::Y),
        (KeyCode::ArrowDown, -Vec2::Y),
        (KeyCode::KeyS, -Vec2::Y),
    ] {
        if keys.pressed(key) {
            dir += d;
        }
    }
    let mut delta = dir * 600.0 * scale * time.delta_secs();
    if buttons.pressed(MouseButton::Right) {
        delta += Vec2::new(-motion.delta.x, motion.delta.y) * scale;
    }
    transform.translation += delta.extend(0.0);
}

fn zoom(
    keys: Res<ButtonInput<KeyCode>>,
    scroll: Res<AccumulatedMouseScroll>,
    egui_input: Res<bevy_egui::input::EguiWantsInput>,
    mut projection: Single<&mut Projection, With<MapCamera>>,
) {
    // The wheel over a panel scrolls the panel, not the map.
    let wheel = if egui_input.wants_any_pointer_input() { 0.0 } else { scroll.delta.y };
    let mut factor = 1.0 - wheel * 0.1;
    if keys.just_pressed(KeyCode::Equal) || keys.just_pressed(KeyCode::NumpadAdd) {
        factor *= 0.8;
    }
    if keys.just_pressed(KeyCode::Minus) || keys.just_pressed(KeyCode::NumpadSubtract) {
        factor *= 1.25;
    }
    if let Projection::Orthographic(o) = &mut **projection {
        o.scale = (o.scale * factor).clamp(0.15, 4.0);
    }
}
