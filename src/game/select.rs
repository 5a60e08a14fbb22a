//! Hover and selection on the map: the army or city under the cursor, and the one the player
//! clicked, with its state and the orders it can take.

use super::camera::MapPointer;
use super::map::{COUNTER_PX, Counters, MapLayout, MapView, project};
use crate::scenario::schema::OrderDef;
use crate::sim::world::{Army, Location, Map, Orders, Place};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Selection>()
        .init_resource::<OrderTarget>()
        .add_systems(Update, (hover, click).chain().after(MapLayout));
}

/// What the cursor is over, and what was clicked.
#[derive(Resource, Default, Clone, Copy, Debug, PartialEq)]
pub struct Selection {
    pub hovered: Option<Entity>,
    pub selected: Option<Entity>,
}

/// How close, in screen pixels, the cursor must be to pick something.
const PICK_PIXELS: f32 = 14.0;

fn hover(
    pointer: MapPointer,
    camera: Single<(&Camera, &GlobalTransform), With<super::camera::MapCamera>>,
    view: Res<MapView>,
    counters: Res<Counters>,
    places: Query<(Entity, &Place)>,
    mut selection: ResMut<Selection>,
) {
    selection.hovered = None;
    let (camera, transform) = *camera;
    let Some(cursor) = pointer.cursor() else { return };
    let Ok(at) = camera.viewport_to_world_2d(transform, cursor) else { return };
    // Counters are drawn over places, so they are picked first.
    let half = COUNTER_PX * 0.5 * view.px;
    let army = counters
        .at
        .iter()
        .filter(|(_, c)| (at - **c).abs().cmplt(half).all())
        .min_by(|a, b| a.1.distance(at).total_cmp(&b.1.distance(at)))
        .map(|(e, _)| *e);
    let reach = PICK_PIXELS * view.px;
    let place = places
        .iter()
        .map(|(e, p)| (e, project(p.lon, p.lat).distance(at)))
        .filter(|(_, d)| *d <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(e, _)| e);
    selection.hovered = army.or(place);
}

/// A left click selects what is under the cursor; while one of the player's armies is
/// selected, clicking a place makes it the target of the army's next order instead.
fn click(
    buttons: Res<ButtonInput<MouseButton>>,
    pointer: MapPointer,
    armies: Query<&Army>,
    places: Query<&Place>,
    mut selection: ResMut<Selection>,
    mut target: ResMut<OrderTarget>,
) {
    if !buttons.just_pressed(MouseButton::Left) || pointer.cursor().is_none() {
        return;
    }
    let commanding = selection.selected.and_then(|e| armies.get(e).ok()).is_some_and(|a| a.player_controlled);
    match selection.hovered.and_then(|e| places.get(e).ok()) {
        Some(place) if commanding => target.0 = Some(place.id.clone()),
        _ => {
            if selection.selected != selection.hovered {
                target.0 = None;
            }
            selection.selected = selection.hovered;
        }
    }
}

/// The place a selected army's next order points at.
#[derive(Resource, Default)]
pub struct OrderTarget(pub Option<String>);

/// The orders a player's army can be given towards `target`.
pub fn order_choices(world: &World, army: Entity, target: Option<&str>) -> Vec<OrderDef> {
    let mut out = vec![OrderDef::Hold];
    if let Some(t) = target {
        let t = t.to_string();
        out.push(OrderDef::MoveTo(t.clone()));
        out.push(OrderDef::Attack(t.clone()));
        out.push(OrderDef::Relieve(t.clone()));
        out.push(OrderDef::Raid(t.clone()));
        out.push(OrderDef::Garrison(t));
    }
    // Pursue the nearest enemy army that is going home.
    if let (Some(me), Some(here)) = (world.get::<Army>(army), world.get::<Location>(army)) {
        let map = world.resource::<Map>();
        let quarry = world
            .resource::<crate::sim::world::Armies>()
            .iter()
            .filter_map(|(id, e)| {
                Some((id, world.get::<Army>(*e)?, world.get::<Location>(*e)?, world.get::<Orders>(*e)?))
            })
            .filter(|(_, a, _, o)| a.side != me.side && a.is_in_play() && matches!(o.order, OrderDef::Withdraw(_)))
            .min_by(|a, b| map.km_between(here.at, a.2.at).total_cmp(&map.km_between(here.at, b.2.at)));
        if let Some((id, _, _, _)) = quarry {
            out.push(OrderDef::Pursue(id.clone()));
        }
    }
    out
}
