//! The base map of 1126 under the routes: land (filled), lakes, rivers, the Yellow River on its
//! 1126 course, canals and the Taihang, from `assets/map/northern_china_1126.json`.

use super::{BoldLines, FineLines, project};
use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use serde::Deserialize;

const GEOMETRY: &str = include_str!("../../../assets/map/northern_china_1126.json");
const LAND: Color = Color::srgb(0.90, 0.85, 0.72);
const RIVER: Color = Color::srgb(0.25, 0.45, 0.78);
const YELLOW_RIVER: Color = Color::srgb(0.62, 0.50, 0.18);
const CANAL: Color = Color::srgb(0.20, 0.55, 0.55);
const RIDGE: Color = Color::srgb(0.55, 0.38, 0.22);
const COAST: Color = Color::srgb(0.42, 0.52, 0.60);

type Line = Vec<[f64; 2]>;

#[derive(Deserialize)]
struct Geometry {
    land: Vec<Line>,
    lakes: Vec<Line>,
    rivers: Vec<Named>,
    yellow_river_1126: Vec<Line>,
    canals: Vec<Named>,
    ridges: Vec<Named>,
}

#[derive(Deserialize)]
struct Named {
    line: Line,
    #[serde(default)]
    rank: Option<u8>,
}

/// How thick a line of the base map is drawn.
#[derive(Clone, Copy)]
enum Weight {
    Fine,
    Normal,
    Bold,
}

/// The lines of the base map in world coordinates, drawn every frame.
#[derive(Resource)]
struct BaseLines(Vec<(Vec<Vec2>, Color, Weight)>);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_land).add_systems(Update, draw_lines);
}

fn to_world(line: &Line) -> Vec<Vec2> {
    line.iter().map(|[lon, lat]| project(*lon, *lat)).collect()
}

/// A filled polygon mesh of a ring, triangulated.
fn ring_mesh(ring: &[Vec2]) -> Option<Mesh> {
    let flat: Vec<f64> = ring.iter().flat_map(|p| [p.x as f64, p.y as f64]).collect();
    let indices = earcutr::earcut(&flat, &[], 2).ok()?;
    let positions: Vec<[f32; 3]> = ring.iter().map(|p| [p.x, p.y, 0.0]).collect();
    Some(
        Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default())
            .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
            .with_inserted_indices(Indices::U32(indices.into_iter().map(|i| i as u32).collect())),
    )
}

fn spawn_land(mut commands: Commands, mut meshes: ResMut<Assets<Mesh>>, mut materials: ResMut<Assets<ColorMaterial>>) {
    let geometry: Geometry = serde_json::from_str(GEOMETRY).expect("the bundled map geometry parses");
    let land = materials.add(LAND);
    let lake = materials.add(super::SEA);
    for (rings, material, z) in [(&geometry.land, &land, -20.0), (&geometry.lakes, &lake, -19.0)] {
        for ring in rings {
            if let Some(mesh) = ring_mesh(&to_world(ring)) {
                commands.spawn((
                    Mesh2d(meshes.add(mesh)),
                    MeshMaterial2d(material.clone()),
                    Transform::from_xyz(0.0, 0.0, z),
                ));
            }
        }
    }
    let mut lines = Vec::new();
    for ring in &geometry.land {
        lines.push((to_world(ring), COAST, Weight::Fine));
    }
    for r in &geometry.rivers {
        let weight = match r.rank {
            Some(1) => Weight::Normal,
            _ => Weight::Fine,
        };
        lines.push((to_world(&r.line), RIVER, weight));
    }
    lines.extend(geometry.yellow_river_1126.iter().map(|l| (to_world(l), YELLOW_RIVER, Weight::Bold)));
    lines.extend(geometry.canals.iter().map(|c| (to_world(&c.line), CANAL, Weight::Normal)));
    for ridge in &geometry.ridges {
        lines.extend(peaks(&to_world(&ridge.line)).into_iter().map(|peak| (peak, RIDGE, Weight::Normal)));
    }
    commands.insert_resource(BaseLines(lines));
}

/// A mountain range as a row of peaks (little carets) along its crest line.
fn peaks(crest: &[Vec2]) -> Vec<Vec<Vec2>> {
    const SPACING: f32 = 7.0;
    const HALF_WIDTH: f32 = 3.5;
    const HEIGHT: f32 = 4.0;
    let mut out = Vec::new();
    let mut carry = 0.0;
    for pair in crest.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let length = a.distance(b);
        let mut t = carry;
        while t < length {
            let at = a.lerp(b, t / length);
            // Peaks alternate a little either side of the crest, as hand-drawn ranges do.
            let base = at + Vec2::new(if out.len() % 2 == 0 { -0.8 } else { 0.8 }, 0.0);
            out.push(vec![
                base - Vec2::new(HALF_WIDTH, 0.0),
                base + Vec2::new(0.0, HEIGHT),
                base + Vec2::new(HALF_WIDTH, 0.0),
            ]);
            t += SPACING;
        }
        carry = t - length;
    }
    out
}

fn draw_lines(
    mut fine: Gizmos<FineLines>,
    mut normal: Gizmos,
    mut bold: Gizmos<BoldLines>,
    lines: Option<Res<BaseLines>>,
) {
    let Some(lines) = lines else { return };
    for (line, color, weight) in &lines.0 {
        let points = line.iter().copied();
        match weight {
            Weight::Fine => fine.linestrip_2d(points, *color),
            Weight::Normal => normal.linestrip_2d(points, *color),
            Weight::Bold => bold.linestrip_2d(points, *color),
        }
    }
}
