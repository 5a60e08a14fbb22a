//! Names on the map: places in pinyin and characters, the commanders of army counters, and the
//! seas, rivers and mountains of the base map. Labels keep their size on screen; where two
//! would overlap, the more important one is shown and the other waits for the player to zoom in.

use super::{COUNTER_PX, Counters, INK, MapLayout, MapView, project, side_color};
use crate::game::fonts::MapFont;
use crate::scenario::schema::PlaceKind;
use crate::sim::world::{Army, Character, City, Place};
use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use serde::Deserialize;

const GEOGRAPHY: &str = include_str!("../../../assets/map/labels.ron");
const WATER: Color = Color::srgb(0.16, 0.33, 0.62);
const HILLS: Color = Color::srgb(0.45, 0.30, 0.16);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_geography).add_systems(
        Update,
        (spawn_place_labels, spawn_army_labels, follow_armies, declutter).chain().after(MapLayout),
    );
}

/// A label on the map: what it names, where it may go, and how it ranks against labels it would
/// overlap (lower first).
#[derive(Component, Clone, Copy)]
struct MapLabel {
    anchor: Vec2,
    placement: Placement,
    rank: u32,
    wanted: bool,
}

/// Where a label may sit relative to its anchor, in screen pixels.
#[derive(Clone, Copy)]
enum Placement {
    /// On the anchor (names of rivers and seas).
    On,
    /// Beside a marker of this radius: above it, else right, below or left, whichever is free.
    Around(f32),
    /// Under an army counter.
    Under,
}

impl Placement {
    /// The label's possible centres, best first, as offsets in screen pixels for a label of
    /// this size.
    fn offsets(self, size: Vec2) -> Vec<Vec2> {
        let half = size * 0.5;
        match self {
            Placement::On => vec![Vec2::ZERO],
            Placement::Around(gap) => vec![
                Vec2::new(0.0, gap + half.y),
                Vec2::new(gap + half.x, 0.0),
                Vec2::new(0.0, -gap - half.y),
                Vec2::new(-gap - half.x, 0.0),
            ],
            Placement::Under => vec![Vec2::new(0.0, -(COUNTER_PX.y * 0.5 + 1.0 + half.y))],
        }
    }

    /// The marker the label stands beside, which other labels must not cover.
    fn marker(self, anchor: Vec2, px: f32) -> Option<Rect> {
        match self {
            Placement::Around(gap) => Some(Rect::from_center_size(anchor, Vec2::splat(gap * 1.6 * px))),
            _ => None,
        }
    }
}

#[derive(Component)]
struct PlaceLabel(Entity);

#[derive(Component)]
struct ArmyLabel(Entity);

#[derive(Deserialize)]
struct Geographic {
    text: String,
    chinese: String,
    lon: f64,
    lat: f64,
    kind: Feature,
}

#[derive(Deserialize, Clone, Copy)]
enum Feature {
    Sea,
    River,
    Mountains,
}

fn text_bundle(text: String, px: f32, color: Color, font: &MapFont) -> impl Bundle {
    (
        Text2d::new(text),
        TextFont { font: font.0.clone().into(), font_size: FontSize::Px(px), ..default() },
        TextColor(color),
    )
}

fn spawn_geography(mut commands: Commands, font: Res<MapFont>) {
    let features: Vec<Geographic> = ron::from_str(GEOGRAPHY).expect("the bundled map labels parse");
    for f in features {
        let (size, color, rank) = match f.kind {
            Feature::Sea => (16.0, WATER, 70),
            Feature::River => (11.0, WATER, 80),
            Feature::Mountains => (13.0, HILLS, 75),
        };
        commands.spawn((
            MapLabel { anchor: project(f.lon, f.lat), placement: Placement::On, rank, wanted: true },
            text_bundle(format!("{} {}", f.text, f.chinese), size, color.with_alpha(0.85), &font),
            Transform::from_xyz(0.0, 0.0, 1.0),
        ));
    }
}

/// How much a place's name matters on a crowded map: the capital first, then cities by the
/// strength of their walls, then passes and fords, camps, and the gates of the capital.
fn place_rank(kind: PlaceKind, city: Option<&City>) -> u32 {
    match kind {
        PlaceKind::Capital => 0,
        PlaceKind::City => 30 - city.map_or(0.0, |c| c.walls).clamp(0.0, 10.0) as u32,
        PlaceKind::Pass | PlaceKind::Ford => 40,
        PlaceKind::Camp | PlaceKind::Battlefield => 45,
        PlaceKind::Gate | PlaceKind::Region => 60,
    }
}

fn spawn_place_labels(
    mut commands: Commands,
    font: Res<MapFont>,
    places: Query<(Entity, &Place, Option<&City>), Added<Place>>,
    labels: Query<(Entity, &PlaceLabel)>,
    all_places: Query<(), With<Place>>,
) {
    for (label, PlaceLabel(place)) in &labels {
        if all_places.get(*place).is_err() {
            commands.entity(label).despawn();
        }
    }
    for (entity, p, city) in &places {
        if p.kind == PlaceKind::Region {
            continue;
        }
        let size = match p.kind {
            PlaceKind::Capital => 16.0,
            PlaceKind::City => 12.0,
            _ => 10.5,
        };
        commands.spawn((
            PlaceLabel(entity),
            MapLabel {
                anchor: project(p.lon, p.lat),
                placement: Placement::Around(if city.is_some() { 10.0 } else { 5.0 }),
                rank: place_rank(p.kind, city),
                wanted: true,
            },
            text_bundle(format!("{} {}", p.name, p.chinese), size, INK, &font),
            Transform::from_xyz(0.0, 0.0, 2.0),
        ));
    }
}

fn spawn_army_labels(mut commands: Commands, font: Res<MapFont>, armies: Query<(Entity, &Army), Added<Army>>) {
    for (e, army) in &armies {
        commands.spawn((
            ArmyLabel(e),
            MapLabel { anchor: Vec2::ZERO, placement: Placement::Under, rank: 10, wanted: false },
            text_bundle(army.name.clone(), 10.5, side_color(army.side), &font),
            Transform::from_xyz(0.0, 0.0, 6.0),
        ));
    }
}

/// An army's label names its commander (or the army, if nobody leads it) under its counter.
fn follow_armies(
    mut commands: Commands,
    counters: Res<Counters>,
    armies: Query<&Army>,
    people: Query<&Character>,
    mut labels: Query<(Entity, &ArmyLabel, &mut MapLabel, &mut Text2d)>,
) {
    for (label, ArmyLabel(army), mut map_label, mut text) in &mut labels {
        let Ok(a) = armies.get(*army) else {
            commands.entity(label).despawn();
            continue;
        };
        map_label.wanted = counters.0.contains_key(army);
        if let Some(at) = counters.0.get(army) {
            map_label.anchor = *at;
        }
        let commander = a.commander.as_ref().and_then(|id| people.iter().find(|p| &p.id == id));
        let name = commander.map_or_else(|| a.name.clone(), |c| c.name.clone());
        if **text != name {
            **text = name;
        }
    }
}

/// Places each label at its screen size beside what it names, where it covers neither a marker,
/// a counter nor a more important label; a label with no free place waits for the player to
/// zoom in.
fn declutter(
    view: Res<MapView>,
    counters: Res<Counters>,
    mut labels: Query<(&MapLabel, &TextLayoutInfo, &mut Transform, &mut Visibility)>,
) {
    let px = view.px;
    let mut taken: Vec<Rect> = counters.0.values().map(|at| Rect::from_center_size(*at, COUNTER_PX * px)).collect();
    taken.extend(labels.iter().filter_map(|(label, ..)| label.placement.marker(label.anchor, px)));
    let mut order: Vec<_> = labels.iter_mut().collect();
    order.sort_by_key(|(label, ..)| label.rank);
    for (label, layout, mut transform, mut visibility) in order {
        let size = layout.size / layout.scale_factor.max(0.01);
        let free = label
            .placement
            .offsets(size)
            .into_iter()
            .map(|offset| Rect::from_center_size(label.anchor + offset * px, size * px))
            .find(|rect| !taken.iter().any(|t| !t.intersect(*rect).is_empty()));
        let shown = match free {
            Some(rect) if label.wanted => {
                taken.push(rect);
                transform.translation = rect.center().extend(transform.translation.z);
                transform.scale = Vec3::splat(px);
                Visibility::Visible
            }
            _ => Visibility::Hidden,
        };
        if *visibility != shown {
            *visibility = shown;
        }
    }
}
