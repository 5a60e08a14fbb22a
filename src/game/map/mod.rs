//! The map of northern China in 1126, drawn in Bevy 2D in an equirectangular projection centred
//! on Kaifeng: the base map (land, rivers, mountains), the routes, cities and armies, and the
//! labels. Markers and labels keep their size on screen whatever the zoom; `MapView` says how
//! many world units a screen pixel covers.

mod basemap;
mod labels;
mod markers;

use crate::scenario::schema::Side;
use crate::sim::world::{Army, Location, Map};
use bevy::prelude::*;
use std::collections::HashMap;

pub const SEA: Color = Color::srgb(0.62, 0.72, 0.78);
const SONG: Color = Color::srgb(0.75, 0.12, 0.10);
const JIN: Color = Color::srgb(0.12, 0.18, 0.35);
const INK: Color = Color::srgb(0.12, 0.10, 0.08);

/// World units per degree of latitude.
const SCALE: f32 = 120.0;
const CENTRE: (f64, f64) = (114.3, 34.8);

/// Longitude and latitude to world coordinates (north up; degrees of longitude shortened by
/// the cosine of the map's middle latitude).
pub fn project(lon: f64, lat: f64) -> Vec2 {
    let shrink = 36.0f64.to_radians().cos();
    Vec2::new(((lon - CENTRE.0) * shrink) as f32 * SCALE, (lat - CENTRE.1) as f32 * SCALE)
}

fn side_color(side: Side) -> Color {
    match side {
        Side::Song => SONG,
        Side::Jin => JIN,
    }
}

/// Line widths, in screen pixels, beyond the default group's 2.
#[derive(Default, Reflect, GizmoConfigGroup)]
struct FineLines;
#[derive(Default, Reflect, GizmoConfigGroup)]
struct BoldLines;
#[derive(Default, Reflect, GizmoConfigGroup)]
struct DashedLines;
#[derive(Default, Reflect, GizmoConfigGroup)]
struct MarchLines;

/// How many world units one logical screen pixel covers at the present zoom.
#[derive(Resource, Clone, Copy, Debug)]
pub struct MapView {
    pub px: f32,
}

/// Where each army's counter is drawn this frame: beside its place or along its route; when
/// several stand close together, in a block of two columns, each tied to where it stands by a
/// leader line. Picking uses the same positions.
#[derive(Resource, Default, Debug)]
pub struct Counters {
    pub at: HashMap<Entity, Vec2>,
    /// From where an army stands to its counter, for counters moved aside.
    leaders: Vec<(Vec2, Vec2)>,
}

/// The size of an army counter in screen pixels.
pub const COUNTER_PX: Vec2 = Vec2::new(34.0, 18.0);

/// Runs before anything that draws or picks on the map.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct MapLayout;

pub(super) fn plugin(app: &mut App) {
    app.insert_gizmo_config(FineLines, line_config(1.0, GizmoLineStyle::Solid))
        .insert_gizmo_config(BoldLines, line_config(3.5, GizmoLineStyle::Solid))
        .insert_gizmo_config(DashedLines, line_config(1.5, GizmoLineStyle::Dashed { gap_scale: 3.0, line_scale: 4.0 }))
        .insert_gizmo_config(MarchLines, line_config(2.5, GizmoLineStyle::Dashed { gap_scale: 1.5, line_scale: 3.0 }))
        .insert_resource(MapView { px: 1.0 })
        .init_resource::<Counters>()
        .add_systems(Update, (read_zoom, lay_out_counters).chain().in_set(MapLayout))
        .add_plugins((basemap::plugin, markers::plugin, labels::plugin));
}

fn line_config(width: f32, style: GizmoLineStyle) -> GizmoConfig {
    GizmoConfig { line: GizmoLineConfig { width, style, ..default() }, ..default() }
}

fn read_zoom(projection: Single<&Projection, With<crate::game::camera::MapCamera>>, mut view: ResMut<MapView>) {
    if let Projection::Orthographic(o) = *projection {
        view.px = o.scale;
    }
}

fn place_point(map: &Map, index: usize) -> Vec2 {
    let (lon, lat) = map.coords[index];
    project(lon, lat)
}

/// Where an army stands: at its place, or part of the way along its route.
fn army_point(map: &Map, loc: &Location) -> Vec2 {
    let from = place_point(map, loc.at);
    match loc.path.first() {
        Some(&next) if loc.progress_km > 0.0 => {
            let km = map.route_between(loc.at, next).map_or(1.0, |r| r.km.max(1.0));
            from.lerp(place_point(map, next), (loc.progress_km / km).clamp(0.0, 1.0))
        }
        _ => from,
    }
}

fn lay_out_counters(
    map: Res<Map>,
    view: Res<MapView>,
    armies: Query<(Entity, &Army, &Location)>,
    mut counters: ResMut<Counters>,
) {
    counters.at.clear();
    counters.leaders.clear();
    let mut in_play: Vec<(Entity, &Army, Vec2)> =
        armies.iter().filter(|(_, a, _)| a.is_in_play()).map(|(e, a, loc)| (e, a, army_point(&map, loc))).collect();
    // A stable order (by id), so a block does not shuffle from one frame to the next.
    in_play.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    let beside = Vec2::new(COUNTER_PX.x * 0.5 + 8.0, -COUNTER_PX.y * 0.5 - 4.0) * view.px;
    // Room for a counter and its commander's name under it.
    let slot = Vec2::new(COUNTER_PX.x + 4.0, COUNTER_PX.y + 13.0) * view.px;
    let mut placed: Vec<Vec2> = Vec::new();
    for (e, _, at) in in_play {
        let free = |spot: &Vec2| !placed.iter().any(|p| (*p - *spot).abs().cmplt(slot).all());
        let spot = (0..16)
            .map(|k| at + beside + Vec2::new((k % 2) as f32 * slot.x, -((k / 2) as f32) * slot.y))
            .find(free)
            .unwrap_or(at + beside);
        if spot != at + beside {
            counters.leaders.push((at, spot - Vec2::new(COUNTER_PX.x * 0.5 * view.px, 0.0)));
        }
        placed.push(spot);
        counters.at.insert(e, spot);
    }
}
