//! Hover and selection on the map: the army or city under the cursor, and the one the player
//! clicked, with its state and the orders it can take.

use super::map::{COUNTER_PX, Counters, MapLayout, MapView, project};
use crate::scenario::schema::OrderDef;
use crate::sim::world::{Army, City, Location, Map, Orders, Place};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Selection>().add_systems(Update, (hover, click).chain().after(MapLayout));
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
    window: Single<&Window, With<PrimaryWindow>>,
    camera: Single<(&Camera, &GlobalTransform), With<super::camera::MapCamera>>,
    egui_input: Res<EguiWantsInput>,
    view: Res<MapView>,
    counters: Res<Counters>,
    places: Query<(Entity, &Place)>,
    mut selection: ResMut<Selection>,
) {
    selection.hovered = None;
    let (camera, transform) = *camera;
    let Some(cursor) = window.cursor_position() else { return };
    if egui_input.wants_any_pointer_input() {
        return;
    }
    let Ok(at) = camera.viewport_to_world_2d(transform, cursor) else { return };
    // Counters are drawn over places, so they are picked first.
    let half = COUNTER_PX * 0.5 * view.px;
    let army = counters
        .0
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

fn click(buttons: Res<ButtonInput<MouseButton>>, egui_input: Res<EguiWantsInput>, mut selection: ResMut<Selection>) {
    if buttons.just_pressed(MouseButton::Left) && !egui_input.wants_any_pointer_input() {
        selection.selected = selection.hovered;
    }
}

/// One line describing an army or a city, for tooltips.
pub fn describe(world: &World, e: Entity) -> String {
    if let Some(a) = world.get::<Army>(e) {
        let t = &a.troops;
        return format!(
            "{} ({:?}): {} cavalry, {} infantry, {} militia; morale {:.0}, training {:.0}, food {:.0} days",
            a.name, a.side, t.cavalry, t.infantry, t.militia, a.morale, a.training, a.supply
        );
    }
    if let Some(p) = world.get::<Place>(e) {
        return match world.get::<City>(e) {
            Some(c) => format!(
                "{} {} — {:?}; walls {:.0}, garrison {}, food {:.0} days, morale {:.0}{}",
                p.name,
                p.chinese,
                c.controller,
                c.walls,
                c.garrison.total(),
                c.food_days,
                c.morale,
                if c.siege.is_some() { ", BESIEGED" } else { "" }
            ),
            None => format!("{} {} ({:?})", p.name, p.chinese, p.kind),
        };
    }
    String::new()
}

/// The orders a player's army can be given, as (label, order) pairs, towards `target`.
pub fn order_choices(world: &World, army: Entity, target: Option<&str>) -> Vec<(&'static str, OrderDef)> {
    let mut out = vec![("Hold", OrderDef::Hold)];
    if let Some(t) = target {
        let t = t.to_string();
        out.push(("Move", OrderDef::MoveTo(t.clone())));
        out.push(("Attack", OrderDef::Attack(t.clone())));
        out.push(("Relieve", OrderDef::Relieve(t.clone())));
        out.push(("Raid", OrderDef::Raid(t.clone())));
        out.push(("Garrison", OrderDef::Garrison(t)));
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
            out.push(("Pursue", OrderDef::Pursue(id.clone())));
        }
    }
    out
}
