//! The base map of 1126 under the routes: land (filled), lakes, rivers, the Yellow River on its
//! 1126 course, canals and the Taihang, from `assets/map/northern_china_1126.json`.

use super::map::project;
use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use serde::Deserialize;

const GEOMETRY: &str = include_str!("../../assets/map/northern_china_1126.json");
const LAND: Color = Color::srgb(0.90, 0.85, 0.72);
const RIVER: Color = Color::srgb(0.30, 0.50, 0.80);
const YELLOW_RIVER: Color = Color::srgb(0.55, 0.45, 0.15);
const CANAL: Color = Color::srgb(0.20, 0.55, 0.55);
const RIDGE: Color = Color::srgb(0.55, 0.38, 0.22);

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

/// The lines of the base map in world coordinates, drawn every frame.
#[derive(Resource)]
struct BaseLines(Vec<(Vec<Vec2>, Color)>);

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
    let lake = materials.add(super::map::SEA);
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
    for r in &geometry.rivers {
        let alpha = match r.rank {
            Some(1) => 0.9,
            Some(2) => 0.7,
            _ => 0.45,
        };
        lines.push((to_world(&r.line), RIVER.with_alpha(alpha)));
    }
    for l in &geometry.yellow_river_1126 {
        let line = to_world(l);
        // Drawn three times, a little apart, so it reads as the great river it was.
        for dy in [-0.8, 0.0, 0.8] {
            lines.push((line.iter().map(|p| *p + Vec2::new(0.0, dy)).collect(), YELLOW_RIVER));
        }
    }
    lines.extend(geometry.canals.iter().map(|c| (to_world(&c.line), CANAL)));
    lines.extend(geometry.ridges.iter().map(|r| (to_world(&r.line), RIDGE)));
    commands.insert_resource(BaseLines(lines));
}

fn draw_lines(mut gizmos: Gizmos, lines: Option<Res<BaseLines>>) {
    let Some(lines) = lines else { return };
    for (line, color) in &lines.0 {
        gizmos.linestrip_2d(line.iter().copied(), *color);
    }
}
