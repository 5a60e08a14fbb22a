//! Hover and selection on the map: the army or city under the cursor, and the one the player
//! clicked, with its state and the orders it can take.

use super::map::{COUNTER_PX, Counters, MapLayout, MapView, project};
use crate::scenario::schema::OrderDef;
use crate::sim::rules::movement;
use crate::sim::world::{Army, ArmyStatus, City, Location, Map, Orders, Place, character};
use crate::words::format_number;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;

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
    egui_input: Res<EguiWantsInput>,
    armies: Query<&Army>,
    places: Query<&Place>,
    mut selection: ResMut<Selection>,
    mut target: ResMut<OrderTarget>,
) {
    if !buttons.just_pressed(MouseButton::Left) || egui_input.wants_any_pointer_input() {
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

/// A few lines describing an army or a city, for the tooltip and the selection window.
pub fn describe(world: &World, e: Entity) -> String {
    let person = |id: &Option<String>| {
        let c = character(world, id.as_deref()?)?;
        Some(format!("{} {}", c.name, c.chinese))
    };
    if let Some(a) = world.get::<Army>(e) {
        let t = &a.troops;
        let mut lines = vec![format!("{} — {:?}", a.name, a.side)];
        lines.push(format!("Commander: {}", person(&a.commander).unwrap_or_else(|| "nobody".into())));
        lines.push(format!(
            "{} men: {} cavalry, {} infantry, {} militia",
            format_number(t.total() as f64),
            format_number(t.cavalry as f64),
            format_number(t.infantry as f64),
            format_number(t.militia as f64)
        ));
        lines.push(format!("Morale {:.0} · training {:.0} · food for {:.0} days", a.morale, a.training, a.supply));
        if let ArmyStatus::Routed { until } = a.state {
            lines.push(format!("Routed: cannot attack until {}", until.long()));
        }
        if let Some(orders) = world.get::<Orders>(e) {
            let locale = &world.non_send::<super::panels::UiLocale>().0;
            lines.push(format!("Orders: {}", crate::words::forecast::order_text(world, locale, &orders.order)));
        }
        return lines.join("\n");
    }
    let Some(p) = world.get::<Place>(e) else { return String::new() };
    let Some(c) = world.get::<City>(e) else { return format!("{} {} ({:?})", p.name, p.chinese, p.kind) };
    let mut lines = vec![format!("{} {} — held by the {:?}", p.name, p.chinese, c.controller)];
    lines.push(format!(
        "Walls {:.0}{} · garrison {} · food for {:.0} days · morale {:.0}",
        c.walls,
        if c.walls_fallen { " (fallen)" } else { "" },
        format_number(c.garrison.total() as f64),
        c.food_days,
        c.morale
    ));
    if let Some(governor) = person(&c.governor) {
        lines.push(format!("Governor: {governor}"));
    }
    if let Some(siege) = &c.siege {
        lines.push(format!(
            "Besieged by the {:?} since {}; they close {:.0}% of the roads",
            siege.by,
            siege.since.long(),
            siege.tightness * 100.0
        ));
    }
    lines.join("\n")
}

/// How far a march to `target` is, and about how long it takes.
pub fn route_to(world: &World, army: Entity, target: &str) -> Option<String> {
    let map = world.resource::<Map>();
    let rules = &world.resource::<crate::sim::script::record::LoadedScenario>().def.rules;
    let (a, here, orders) = (world.get::<Army>(army)?, world.get::<Location>(army)?, world.get::<Orders>(army)?);
    let to = map.index(target)?;
    let path = movement::shortest_path(map, rules, here.at, to)?;
    let mut km = 0.0;
    let mut at = here.at;
    for next in path {
        km += map.route_between(at, next)?.km;
        at = next;
    }
    let days = (km / movement::speed_km_per_day(a, &orders.order, rules, false)).ceil();
    Some(format!("{km:.0} km by road, about {days:.0} days' march"))
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
