//! What stands on the map: routes, cities with their walls and controller, army counters and
//! where they are marching, sieges with the tightness of their blockade, and recent battles.

use super::{
    BoldLines, COUNTER_PX, Counters, DashedLines, FineLines, INK, MapLayout, MapView, MarchLines, place_point, project,
    side_color,
};
use crate::scenario::schema::{PlaceKind, RouteKind};
use crate::sim::chronicle::Chronicle;
use crate::sim::world::{Army, ArmyStatus, City, Clock, Location, Map, Place};
use bevy::prelude::*;
use std::f32::consts::{FRAC_PI_4, TAU};

const ROAD: Color = Color::srgba(0.45, 0.36, 0.25, 0.75);
const MOUNTAIN_ROAD: Color = Color::srgba(0.40, 0.26, 0.16, 0.85);
const CROSSING: Color = Color::srgb(0.15, 0.35, 0.75);
const SIEGE: Color = Color::srgb(0.90, 0.45, 0.0);
const BATTLE: Color = Color::srgb(0.85, 0.05, 0.05);
const PAPER: Color = Color::srgb(0.97, 0.95, 0.88);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            draw_routes,
            draw_cities,
            draw_marches,
            draw_leaders,
            draw_battles,
            draw_selection,
            spawn_counters,
            place_counters,
        )
            .after(MapLayout),
    );
}

fn draw_routes(mut fine: Gizmos<FineLines>, mut dashed: Gizmos<DashedLines>, map: Res<Map>) {
    for r in &map.routes {
        let (a, b) = (place_point(&map, r.a), place_point(&map, r.b));
        match r.kind {
            RouteKind::Road => fine.line_2d(a, b, ROAD),
            RouteKind::Mountain => dashed.line_2d(a, b, MOUNTAIN_ROAD),
            RouteKind::RiverCrossing => dashed.line_2d(a, b, CROSSING),
        }
    }
}

/// Cities as rings (more rings, stronger walls) in their controller's colour; a besieged city
/// is circled in orange, the besiegers' share of the roads drawn as an arc in their colour;
/// fallen walls are crossed out. Camps, passes and fords are small squares.
fn draw_cities(
    mut gizmos: Gizmos,
    mut fine: Gizmos<FineLines>,
    mut bold: Gizmos<BoldLines>,
    view: Res<MapView>,
    places: Query<(&Place, Option<&City>)>,
) {
    let px = view.px;
    for (p, city) in &places {
        let at = project(p.lon, p.lat);
        let Some(c) = city else {
            if p.kind.is_on_routes() {
                fine.rect_2d(at, Vec2::splat(5.0 * px), INK);
            }
            continue;
        };
        let color = side_color(c.controller);
        let radius = (4.0 + c.walls * 0.5) * px;
        gizmos.circle_2d(at, radius, color);
        fine.circle_2d(at, radius * 0.45, color);
        if p.kind == PlaceKind::Capital {
            fine.rect_2d(Isometry2d::new(at, Rot2::radians(FRAC_PI_4)), Vec2::splat(radius * 2.6), color);
        }
        if let Some(siege) = &c.siege {
            let ring = radius + 5.0 * px;
            fine.circle_2d(at, ring, SIEGE);
            // The arc starts at north and runs clockwise over the share of the roads closed.
            let angle = siege.tightness.clamp(0.02, 1.0) * TAU;
            bold.arc_2d(Isometry2d::new(at, Rot2::radians(-angle / 2.0)), angle, ring, side_color(siege.by))
                .resolution(48);
        }
        if c.walls_fallen {
            bold.cross_2d(at, radius + 2.0 * px, BATTLE);
        }
    }
}

/// An army on the march: a dashed line from its counter along the rest of its path, with an
/// arrowhead at the end.
fn draw_marches(
    mut marches: Gizmos<MarchLines>,
    mut gizmos: Gizmos,
    view: Res<MapView>,
    map: Res<Map>,
    counters: Res<Counters>,
    armies: Query<(Entity, &Army, &Location)>,
) {
    for (e, army, loc) in &armies {
        let Some(&from) = counters.at.get(&e) else { continue };
        let Some(&last) = loc.path.last() else { continue };
        let color = side_color(army.side).with_alpha(0.85);
        let points: Vec<Vec2> = std::iter::once(from).chain(loc.path.iter().map(|&i| place_point(&map, i))).collect();
        marches.linestrip_2d(points.iter().copied(), color);
        let end = place_point(&map, last);
        let before = points[points.len().saturating_sub(2)];
        let back = (before - end).normalize_or_zero() * 10.0 * view.px;
        for turn in [0.45f32, -0.45] {
            gizmos.line_2d(end, end + Rot2::radians(turn) * back, color);
        }
    }
}

/// Thin lines from where an army stands to its counter, when the counter had to move aside.
fn draw_leaders(mut fine: Gizmos<FineLines>, counters: Res<Counters>) {
    for (from, to) in &counters.leaders {
        fine.line_2d(*from, *to, INK.with_alpha(0.7));
    }
}

/// Crossed swords where blood was shed in the last two turns, fading with age.
fn draw_battles(
    mut bold: Gizmos<BoldLines>,
    view: Res<MapView>,
    clock: Res<Clock>,
    chronicle: Res<Chronicle>,
    map: Res<Map>,
    places: Query<&Place>,
) {
    const FIGHTS: [&str; 5] = ["battle", "raid-succeeded", "raid-failed", "assault-", "sally-"];
    let recent = chronicle.entries.iter().rev().take_while(|e| e.turn + 2 > clock.turn);
    for entry in recent.filter(|e| FIGHTS.iter().any(|k| e.key.starts_with(k))) {
        let Some(place) = entry.place.as_ref().and_then(|id| map.entity(id)).and_then(|e| places.get(e).ok()) else {
            continue;
        };
        let age = clock.turn.saturating_sub(entry.turn) as f32;
        let color = BATTLE.with_alpha(1.0 - 0.45 * age);
        let at = project(place.lon, place.lat) + Vec2::new(-14.0, 12.0) * view.px;
        let r = 7.0 * view.px;
        for dir in [Vec2::new(1.0, 1.0), Vec2::new(-1.0, 1.0)] {
            bold.line_2d(at - dir * r, at + dir * r, color);
            // The hilt: a short guard across each blade near its lower end.
            let guard = at - dir * r * 0.55;
            let across = dir.perp() * r * 0.3;
            bold.line_2d(guard - across, guard + across, color);
        }
    }
}

fn draw_selection(
    mut gizmos: Gizmos,
    view: Res<MapView>,
    counters: Res<Counters>,
    selection: Res<crate::game::select::Selection>,
    places: Query<&Place>,
) {
    for (entity, color) in [(selection.hovered, Color::srgb(1.0, 0.85, 0.2)), (selection.selected, Color::WHITE)] {
        let Some(e) = entity else { continue };
        if let Some(at) = counters.at.get(&e) {
            gizmos.rect_2d(*at, (COUNTER_PX + Vec2::splat(8.0)) * view.px, color);
        } else if let Ok(p) = places.get(e) {
            gizmos.circle_2d(project(p.lon, p.lat), 16.0 * view.px, color);
        }
    }
}

/// An army's counter: a block in its side's colour with its strength, drawn at the army's
/// place in `Counters`.
#[derive(Component)]
struct Counter(Entity);

#[derive(Component)]
struct CounterStrength;

fn spawn_counters(
    mut commands: Commands,
    armies: Query<(Entity, &Army), Added<Army>>,
    font: Res<super::super::fonts::MapFont>,
) {
    for (e, army) in &armies {
        commands.spawn((
            Counter(e),
            Sprite::from_color(side_color(army.side), COUNTER_PX),
            Transform::from_xyz(0.0, 0.0, 5.0),
            Visibility::Hidden,
            children![(
                CounterStrength,
                Text2d::default(),
                TextFont { font: font.0.clone().into(), font_size: FontSize::Px(12.0), ..default() },
                TextColor(PAPER),
                Transform::from_xyz(0.0, 0.0, 0.1),
            )],
        ));
    }
}

fn place_counters(
    mut commands: Commands,
    view: Res<MapView>,
    counters: Res<Counters>,
    armies: Query<&Army>,
    mut blocks: Query<(Entity, &Counter, &Children, &mut Transform, &mut Visibility, &mut Sprite)>,
    mut strengths: Query<&mut Text2d, With<CounterStrength>>,
) {
    for (block, Counter(army), children, mut transform, mut visibility, mut sprite) in &mut blocks {
        let Ok(a) = armies.get(*army) else {
            commands.entity(block).despawn();
            continue;
        };
        let Some(at) = counters.at.get(army) else {
            *visibility = Visibility::Hidden;
            continue;
        };
        *visibility = Visibility::Visible;
        transform.translation = at.extend(5.0);
        transform.scale = Vec3::splat(view.px);
        let routed = matches!(a.state, ArmyStatus::Routed { .. });
        sprite.color = side_color(a.side).with_alpha(if routed { 0.45 } else { 1.0 });
        for child in children.iter() {
            if let Ok(mut text) = strengths.get_mut(child) {
                let strength = short_number(a.troops.total());
                if **text != strength {
                    **text = strength;
                }
            }
        }
    }
}

/// 32,000 as "32k", 2,500 as "2.5k".
fn short_number(n: u32) -> String {
    match n {
        0..1000 => n.to_string(),
        1000..9_950 => format!("{:.1}k", n as f32 / 1000.0),
        _ => format!("{}k", (n as f32 / 1000.0).round()),
    }
}

#[cfg(test)]
mod tests {
    use super::short_number;

    #[test]
    fn strengths_are_short() {
        assert_eq!(short_number(950), "950");
        assert_eq!(short_number(2500), "2.5k");
        assert_eq!(short_number(32_400), "32k");
    }
}
