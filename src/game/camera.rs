//! The map camera: pan with the arrow keys, WASD or a right-button drag; zoom with the wheel
//! or +/-.

use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_camera).add_systems(Update, (pan, zoom));
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Camera2d,
        Projection::Orthographic(OrthographicProjection { scale: 1.2, ..OrthographicProjection::default_2d() }),
    ));
}

fn pan(
    keys: Res<ButtonInput<KeyCode>>,
    buttons: Res<ButtonInput<MouseButton>>,
    motion: Res<AccumulatedMouseMotion>,
    time: Res<Time>,
    mut camera: Single<(&mut Transform, &Projection), With<Camera2d>>,
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
    mut projection: Single<&mut Projection, With<Camera2d>>,
) {
    let mut factor = 1.0 - scroll.delta.y * 0.1;
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
