//! The map of northern China: routes, cities and armies drawn in Bevy 2D, in an equirectangular
//! projection centred on Kaifeng.

use crate::scenario::schema::{PlaceKind, RouteKind, Side};
use crate::sim::world::{Army, City, Location, Map, Place};
use bevy::prelude::*;

pub const SEA: Color = Color::srgb(0.62, 0.72, 0.78);
const ROAD: Color = Color::srgb(0.55, 0.45, 0.33);
const MOUNTAIN: Color = Color::srgb(0.45, 0.32, 0.22);
const CROSSING: Color = Color::srgb(0.15, 0.35, 0.75);
const SONG: Color = Color::srgb(0.75, 0.12, 0.10);
const JIN: Color = Color::srgb(0.12, 0.18, 0.35);
const LABEL: Color = Color::srgb(0.12, 0.10, 0.08);

/// World units per degree of latitude.
const SCALE: f32 = 120.0;
const CENTRE: (f64, f64) = (114.3, 34.8);

/// Longitude and latitude to world coordinates (north up; degrees of longitude shortened by
/// the cosine of the map's middle latitude).
pub fn project(lon: f64, lat: f64) -> Vec2 {
    let shrink = 36.0f64.to_radians().cos();
    Vec2::new(((lon - CENTRE.0) * shrink) as f32 * SCALE, (lat - CENTRE.1) as f32 * SCALE)
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (label_places, draw_routes, draw_cities, draw_armies, label_armies, draw_selection));
}

/// The name label of a place; places get one when they appear (at the start, after a load).
#[derive(Component)]
struct PlaceLabel(Entity);

/// Marks a place that has its label.
#[derive(Component)]
struct Labelled;

fn label_places(
    mut commands: Commands,
    places: Query<(Entity, &Place), Without<Labelled>>,
    labels: Query<(Entity, &PlaceLabel)>,
    all_places: Query<(), With<Place>>,
) {
    for (label, PlaceLabel(place)) in &labels {
        if all_places.get(*place).is_err() {
            commands.entity(label).despawn();
        }
    }
    for (entity, p) in &places {
        commands.entity(entity).insert(Labelled);
        if !p.kind.is_on_routes() && p.kind != PlaceKind::Gate {
            continue;
        }
        let size = if p.kind == PlaceKind::Capital { 15.0 } else { 11.0 };
        let at = project(p.lon, p.lat);
        commands.spawn((
            PlaceLabel(entity),
            Text2d::new(p.name.clone()),
            TextFont { font_size: FontSize::Px(size), ..default() },
            TextColor(LABEL),
            Transform::from_translation((at + Vec2::new(0.0, 9.0)).extend(2.0)),
        ));
    }
}

fn place_point(map: &Map, index: usize) -> Vec2 {
    let (lon, lat) = map.coords[index];
    project(lon, lat)
}

fn draw_routes(mut gizmos: Gizmos, map: Res<Map>) {
    for r in &map.routes {
        let color = match r.kind {
            RouteKind::Road => ROAD,
            RouteKind::Mountain => MOUNTAIN,
            RouteKind::RiverCrossing => CROSSING,
        };
        gizmos.line_2d(place_point(&map, r.a), place_point(&map, r.b), color.with_alpha(0.7));
    }
}

fn side_color(side: Side) -> Color {
    match side {
        Side::Song => SONG,
        Side::Jin => JIN,
    }
}

fn draw_cities(mut gizmos: Gizmos, places: Query<(&Place, Option<&City>)>) {
    for (p, city) in &places {
        let at = project(p.lon, p.lat);
        match city {
            Some(c) => {
                let radius = 3.0 + c.walls * 0.6;
                gizmos.circle_2d(at, radius, side_color(c.controller));
                gizmos.circle_2d(at, radius * 0.5, side_color(c.controller));
                if c.siege.is_some() {
                    gizmos.circle_2d(at, radius + 4.0, Color::srgb(0.9, 0.5, 0.0));
                }
                if c.walls_fallen {
                    gizmos.cross_2d(at, radius + 3.0, Color::srgb(0.9, 0.1, 0.1));
                }
            }
            None if p.kind.is_on_routes() => {
                gizmos.rect_2d(at, Vec2::splat(4.0), LABEL);
            }
            None => {}
        }
    }
}

/// Where an army is drawn: at its place, or part of the way along its route.
pub fn army_point(map: &Map, loc: &Location) -> Vec2 {
    let from = place_point(map, loc.at);
    match loc.path.first() {
        Some(&next) if loc.progress_km > 0.0 => {
            let km = map.route_between(loc.at, next).map_or(1.0, |r| r.km.max(1.0));
            from.lerp(place_point(map, next), (loc.progress_km / km).clamp(0.0, 1.0))
        }
        _ => from,
    }
}

fn draw_armies(mut gizmos: Gizmos, map: Res<Map>, armies: Query<(&Army, &Location)>) {
    for (army, loc) in &armies {
        if !army.is_in_play() {
            continue;
        }
        let at = army_point(&map, loc) + Vec2::new(10.0, -10.0);
        let size = Vec2::new(18.0, 12.0) * (1.0 + (army.troops.total() as f32 / 50000.0).sqrt() * 0.5);
        gizmos.rect_2d(at, size, side_color(army.side));
        gizmos.line_2d(at - size / 2.0, at + size / 2.0, side_color(army.side));
        gizmos.line_2d(
            at + Vec2::new(-size.x, size.y) / 2.0,
            at + Vec2::new(size.x, -size.y) / 2.0,
            side_color(army.side),
        );
    }
}

/// Marks the text label of an army counter.
#[derive(Component)]
struct ArmyLabel(Entity);

fn label_armies(
    mut commands: Commands,
    map: Res<Map>,
    armies: Query<(Entity, &Army, &Location)>,
    mut labels: Query<(Entity, &ArmyLabel, &mut Text2d, &mut Transform, &mut Visibility)>,
) {
    let mut labelled = Vec::new();
    for (label_entity, label, mut text, mut transform, mut visibility) in &mut labels {
        let Ok((_, army, loc)) = armies.get(label.0) else {
            commands.entity(label_entity).despawn();
            continue;
        };
        labelled.push(label.0);
        **text = format!("{} {}", army.name, army.troops.total());
        transform.translation = (army_point(&map, loc) + Vec2::new(10.0, -26.0)).extend(3.0);
        *visibility = if army.is_in_play() { Visibility::Visible } else { Visibility::Hidden };
    }
    for (e, army, _) in &armies {
        if !labelled.contains(&e) {
            commands.spawn((
                ArmyLabel(e),
                Text2d::new(army.name.clone()),
                TextFont { font_size: FontSize::Px(10.0), ..default() },
                TextColor(side_color(army.side)),
                Transform::default(),
                Visibility::Hidden,
            ));
        }
    }
}

fn draw_selection(
    mut gizmos: Gizmos,
    map: Res<Map>,
    selection: Res<super::select::Selection>,
    armies: Query<&Location, With<Army>>,
    places: Query<&Place>,
) {
    for (entity, color) in [(selection.hovered, Color::srgb(1.0, 0.85, 0.2)), (selection.selected, Color::WHITE)] {
        let Some(e) = entity else { continue };
        let at = match (armies.get(e), places.get(e)) {
            (Ok(loc), _) => army_point(&map, loc) + Vec2::new(10.0, -10.0),
            (_, Ok(p)) => project(p.lon, p.lat),
            _ => continue,
        };
        gizmos.circle_2d(at, 16.0, color);
    }
}
