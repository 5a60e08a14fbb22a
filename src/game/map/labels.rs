//! Names on the map: places in pinyin and characters, the commanders of army counters, and the
//! seas, rivers and mountains of the base map. Labels keep their size on screen; where two
//! would overlap, the more important one is shown and the other waits for the player to zoom in.

use super::{COUNTER_PX, Counters, INK, MapLayout, MapView, project, side_color};
use crate::game::fonts::MapFont;
use crate::scenario::schema::PlaceKind;
use crate::sim::world::{Army, Character, City, People, Place};
use crate::words::Language;
use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use serde::Deserialize;

const GEOGRAPHY: &str = include_str!("../../../assets/map/labels.ron");
const WATER: Color = Color::srgb(0.16, 0.33, 0.62);
const HILLS: Color = Color::srgb(0.45, 0.30, 0.16);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_geography).add_systems(
        Update,
        (name_geography, spawn_place_labels, spawn_army_labels, follow_armies, declutter).chain().after(MapLayout),
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
            // Above, right, below, left, then the corners, then the same a little further out.
            Placement::Around(gap) => [gap, gap * 2.5]
                .into_iter()
                .flat_map(|gap| {
                    let (x, y) = (gap + half.x, gap + half.y);
                    [(0.0, y), (x, 0.0), (0.0, -y), (-x, 0.0), (x, y), (x, -y), (-x, -y), (-x, y)]
                })
                .map(|(x, y)| Vec2::new(x, y))
                .collect(),
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
    simplified: String,
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

/// A name of the base map, in each language's form.
#[derive(Component)]
struct GeographyLabel {
    english: String,
    traditional: String,
    simplified: String,
}

/// Names the seas, rivers and mountains in the window's language, whenever it changes.
fn name_geography(
    locale: NonSend<crate::game::locale::UiLocale>,
    mut shown: Local<Option<Language>>,
    mut labels: Query<(&GeographyLabel, &mut Text2d)>,
) {
    let language = locale.0.language();
    if *shown == Some(language) {
        return;
    }
    *shown = Some(language);
    for (names, mut text) in &mut labels {
        text.0 = match language {
            Language::English => format!("{} {}", names.english, names.traditional),
            Language::TraditionalChinese => names.traditional.clone(),
            Language::SimplifiedChinese => names.simplified.clone(),
        };
    }
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
            text_bundle(String::new(), size, color.with_alpha(0.85), &font),
            GeographyLabel { english: f.text, traditional: f.chinese, simplified: f.simplified },
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
            text_bundle(format!("{} {}", p.name, p.chinese).trim().to_string(), size, INK, &font),
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
    people: Res<People>,
    characters: Query<&Character>,
    mut labels: Query<(Entity, &ArmyLabel, &mut MapLabel, &mut Text2d)>,
) {
    for (label, ArmyLabel(army), mut map_label, mut text) in &mut labels {
        let Ok(a) = armies.get(*army) else {
            commands.entity(label).despawn();
            continue;
        };
        let counter = counters.at.get(army);
        map_label.wanted = counter.is_some();
        if let Some(at) = counter {
            map_label.anchor = *at;
        }
        let commander = a.commander.as_ref().and_then(|id| people.get(id)).and_then(|e| characters.get(*e).ok());
        let name = commander.map_or(a.name.as_str(), |c| c.name.as_str());
        if text.as_str() != name {
            **text = name.to_string();
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
    let mut taken: Vec<Rect> = counters.at.values().map(|at| Rect::from_center_size(*at, COUNTER_PX * px)).collect();
    taken.extend(labels.iter().filter_map(|(label, ..)| label.placement.marker(label.anchor, px)));
    let markers: Vec<Vec2> =
        labels.iter().filter(|(l, ..)| l.placement.marker(l.anchor, px).is_some()).map(|(l, ..)| l.anchor).collect();
    let mut order: Vec<_> = labels.iter_mut().collect();
    order.sort_by_key(|(label, ..)| label.rank);
    for (label, layout, mut transform, mut visibility) in order {
        let size = layout.size / layout.scale_factor.max(0.01);
        let spots: Vec<Rect> = label
            .placement
            .offsets(size)
            .into_iter()
            .map(|offset| Rect::from_center_size(label.anchor + offset * px, size * px))
            .collect();
        // No other marker may be nearer a name than its own, or it names the wrong place.
        let own = |rect: &Rect| {
            markers.iter().all(|m| *m == label.anchor || distance(rect, *m) >= distance(rect, label.anchor))
        };
        let clear = |rect: &Rect| !taken.iter().any(|t| !t.intersect(*rect).is_empty());
        let free = spots.iter().copied().find(|rect| clear(rect) && own(rect));
        // A capital is named whatever crowds it: where nothing is covered if it can be, else
        // above its marker.
        let capital = || spots.iter().copied().find(|rect| clear(rect)).or(spots.first().copied());
        let free = free.or_else(|| capital().filter(|_| label.rank == 0));
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

/// How far a point is from a rectangle (0 inside it).
fn distance(rect: &Rect, point: Vec2) -> f32 {
    (point - point.clamp(rect.min, rect.max)).length()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bevy::ecs::system::RunSystemOnce;

    /// Runs the declutter system once over labels of the given anchor, rank and size (in screen
    /// pixels), at a zoom of one world unit per pixel; returns the rectangles of those shown.
    fn shown(labels: &[(Vec2, u32, Vec2)]) -> Vec<(u32, Rect)> {
        let mut world = World::new();
        world.insert_resource(MapView { px: 1.0 });
        world.init_resource::<Counters>();
        for (anchor, rank, size) in labels {
            world.spawn((
                MapLabel { anchor: *anchor, placement: Placement::Around(10.0), rank: *rank, wanted: true },
                TextLayoutInfo { size: *size, scale_factor: 1.0, ..default() },
                Transform::default(),
                Visibility::Hidden,
            ));
        }
        world.run_system_once(declutter).expect("the system runs");
        let mut query = world.query::<(&MapLabel, &TextLayoutInfo, &Transform, &Visibility)>();
        query
            .iter(&world)
            .filter(|(.., v)| **v == Visibility::Visible)
            .map(|(l, info, t, _)| (l.rank, Rect::from_center_size(t.translation.truncate(), info.size)))
            .collect()
    }

    #[test]
    fn crowded_labels_move_aside_and_never_overlap() {
        let size = Vec2::new(80.0, 14.0);
        let labels: Vec<_> = (0..6).map(|i| (Vec2::new(i as f32 * 12.0, 0.0), 20 + i, size)).collect();
        let shown = shown(&labels);
        assert!(shown.len() >= 3, "room was found beside the markers for several: {shown:?}");
        for (i, (_, a)) in shown.iter().enumerate() {
            for (_, b) in &shown[i + 1..] {
                assert!(a.intersect(*b).is_empty(), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_name_is_never_put_nearer_another_marker_than_its_own() {
        // Long names on markers in a row and in a column: those put beside their marker must
        // not reach over to a neighbour's, where a reader would take them for its name.
        let long = Vec2::new(150.0, 14.0);
        let anchors: Vec<Vec2> = (0..5)
            .map(|i| Vec2::new(i as f32 * 45.0, 0.0))
            .chain((1..4).map(|i| Vec2::new(0.0, i as f32 * 30.0)))
            .collect();
        let labels: Vec<_> = anchors.iter().enumerate().map(|(i, a)| (*a, 10 + i as u32, long)).collect();
        let shown = shown(&labels);
        assert!(!shown.is_empty());
        for (rank, rect) in &shown {
            let own = anchors[(*rank - 10) as usize];
            for other in anchors.iter().filter(|a| **a != own) {
                assert!(
                    distance(rect, *other) >= distance(rect, own),
                    "name {rank} at {}–{} is nearer the marker at {}",
                    rect.min,
                    rect.max,
                    other
                );
            }
        }
    }

    #[test]
    fn the_capital_is_named_even_when_crowded_out() {
        let size = Vec2::new(200.0, 20.0);
        let mut labels = vec![(Vec2::ZERO, 0, size)];
        // Markers all round it leave no free place.
        for x in -4..=4 {
            for y in -4..=4 {
                labels.push((Vec2::new(x as f32 * 20.0, y as f32 * 12.0), 50, size));
            }
        }
        let shown = shown(&labels);
        assert!(shown.iter().any(|(rank, _)| *rank == 0), "the capital's name is always shown");
    }
}
