//! The map camera: pan with the arrow keys, WASD or a right-button drag; zoom with the wheel
//! (towards the cursor) or +/-. egui draws its panels through the same camera: a second,
//! window-wide camera for them cost some 60 ms a frame under software rendering.

use super::map::MapView;
use super::menu::Menu;
use crate::sim::world::{Court, Map};
use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll};
use bevy::prelude::*;
use bevy::render::renderer::RenderAdapterInfo;
use bevy::render::view::Msaa;
use wgpu_types::DeviceType;

/// The camera looking at the map.
#[derive(Component)]
pub struct MapCamera;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_camera).add_systems(Update, (pan, zoom, choose_antialiasing, apply_antialiasing));
}

/// The map opens on the capital, with the theatre north of it to the Taihang in view.
fn spawn_camera(mut commands: Commands, court: Option<Res<Court>>, map: Option<Res<Map>>) {
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
}

/// Smooth lines (4× multisampling) unless the graphics run on the CPU: software rendering spends
/// some 40 ms a frame on it. The menu can change it either way.
fn choose_antialiasing(adapter: Option<Res<RenderAdapterInfo>>, mut menu: ResMut<Menu>, mut chosen: Local<bool>) {
    if *chosen {
        return;
    }
    let Some(adapter) = adapter else { return };
    *chosen = true;
    if menu.smooth_lines_chosen {
        return;
    }
    menu.smooth_lines = adapter.device_type != DeviceType::Cpu;
    if !menu.smooth_lines {
        info!("software rendering ({}): smooth lines are off (Esc, Settings)", adapter.name);
    }
}

fn apply_antialiasing(menu: Res<Menu>, mut camera: Single<&mut Msaa, With<MapCamera>>) {
    let wanted = if menu.smooth_lines { Msaa::Sample4 } else { Msaa::Off };
    if **camera != wanted {
        **camera = wanted;
    }
}

fn pan(
    keys: Res<ButtonInput<KeyCode>>,
    buttons: Res<ButtonInput<MouseButton>>,
    motion: Res<AccumulatedMouseMotion>,
    time: Res<Time>,
    view: Res<MapView>,
    mut transform: Single<&mut Transform, With<MapCamera>>,
) {
    let scale = view.px;
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

/// The part of the window the panels leave to the map, in logical pixels (the panels set it
/// each frame). The wheel and the pointer act on the map only there.
#[derive(Resource)]
pub struct MapArea(pub bevy_egui::egui::Rect);

/// Where the pointer is on the map: nowhere while it is over a panel or egui holds it.
#[derive(bevy::ecs::system::SystemParam)]
pub struct MapPointer<'w, 's> {
    window: Single<'w, 's, &'static Window, With<bevy::window::PrimaryWindow>>,
    egui_input: Res<'w, bevy_egui::input::EguiWantsInput>,
    area: Option<Res<'w, MapArea>>,
}

impl MapPointer<'_, '_> {
    /// The cursor in window coordinates, if it is over the map (anywhere until the panels
    /// have been laid out).
    pub fn cursor(&self) -> Option<Vec2> {
        let cursor = self.window.cursor_position()?;
        let inside = self.area.as_ref().is_none_or(|a| a.0.contains(bevy_egui::egui::pos2(cursor.x, cursor.y)));
        (inside && !self.egui_input.wants_any_pointer_input()).then_some(cursor)
    }
}

/// Zooms with the wheel towards the point under the cursor (it stays where it is on screen),
/// and with +/- around the middle of the map.
fn zoom(
    keys: Res<ButtonInput<KeyCode>>,
    scroll: Res<AccumulatedMouseScroll>,
    pointer: MapPointer,
    mut camera: Single<(&Camera, &GlobalTransform, &mut Transform, &mut Projection), With<MapCamera>>,
) {
    // The wheel over a panel scrolls the panel, not the map.
    let cursor = pointer.cursor();
    let wheel = if cursor.is_some() { scroll.delta.y } else { 0.0 };
    let mut factor = 1.0 - wheel * 0.1;
    if keys.just_pressed(KeyCode::Equal) || keys.just_pressed(KeyCode::NumpadAdd) {
        factor *= 0.8;
    }
    if keys.just_pressed(KeyCode::Minus) || keys.just_pressed(KeyCode::NumpadSubtract) {
        factor *= 1.25;
    }
    if factor == 1.0 {
        return;
    }
    let (camera, global, transform, projection) = &mut *camera;
    let Projection::Orthographic(o) = &mut **projection else { return };
    let scale = (o.scale * factor).clamp(0.15, 4.0);
    let pointer = cursor.filter(|_| wheel != 0.0).and_then(|c| camera.viewport_to_world_2d(global, c).ok());
    if let Some(fixed) = pointer {
        let centre = transform.translation.truncate();
        let moved = fixed + (centre - fixed) * (scale / o.scale);
        transform.translation = moved.extend(transform.translation.z);
    }
    o.scale = scale;
}
