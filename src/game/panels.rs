//! The egui panels over the map: the top bar, the court, the decisions and the chronicle.
//! Panels read the world and send commands; they change nothing themselves.

use super::camera::MapArea;
use super::locale::UiLocale;
use super::select::{OrderTarget, Selection, order_choices};
use super::shortcuts::{Shortcut, key_of};
use super::{Session, quicksave_path};
use crate::calendar::era::era_date;
use crate::save::Trust;
use crate::scenario::schema::Status;
use crate::sim::chronicle::Chronicle;
use crate::sim::chronicle::{Arg, Phrase};
use crate::sim::commands::{Command, advance_until_something_happens};
use crate::sim::orders::check_order;
use crate::sim::script::conditions::say;
use crate::sim::script::flow::{allowed_options, decision_def, offered_options};
use crate::sim::script::record::{LoadedScenario, Record};
use crate::sim::world::{Character, City, Clock, Court, Map, People, character};
use crate::words::debrief::Verdict;
use crate::words::describe::{describe, order_button, route};
use crate::words::{Locale, format_number};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw_panels);
}

fn draw_panels(world: &mut World) {
    let Some(ctx) =
        world.query::<&mut bevy_egui::EguiContext>().iter_mut(world).next().map(|mut c| c.get_mut().clone())
    else {
        return;
    };
    // Panels are laid out in a root Ui covering the window; the map shows where they are not.
    let mut root = egui::Ui::new(
        ctx.clone(),
        "panels".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let ui = &mut root;
    // Qinzong's game of the same seed, for the track and the debrief's charts.
    if world.resource::<super::history::HistoryTrack>().open || world.resource::<Record>().is_over() {
        super::history::refresh(world);
    }
    let mut commands = Vec::new();
    let mut action = None;
    top_bar(ui, world, &mut commands, &mut action);
    if let Some(place) = chronicle_panel(ui, world) {
        focus_on(world, &place);
    }
    court_panel(ui, world);
    decisions_panel(ui, world, &mut commands, &mut action);
    from_keys(&ctx, world, &mut commands, &mut action);
    remember_map_area(world, ui.available_rect_before_wrap(), ctx.zoom_factor());
    selection_window(&ctx, world, &mut commands);
    hover_tooltip(&ctx, world);
    super::chapter_card::show(&ctx, world);
    super::menu::show(&ctx, world);
    super::load_prompt::show(&ctx, world);
    super::reload::show(&ctx, world);
    super::history::show(&ctx, world);
    super::lab::show(&ctx, world);
    super::exercise::show(&ctx, world);
    super::shortcuts::show(&ctx, world);
    for c in commands {
        world.write_message(c);
    }
    if let Some(action) = action {
        let status = act(world, action);
        world.resource_mut::<Session>().status = status;
    }
}

/// What the keyboard asks for, as the top bar's buttons would (not while the menu is open; the
/// key of a button that is not shown or not enabled does nothing).
fn from_keys(ctx: &egui::Context, world: &mut World, commands: &mut Vec<Command>, action: &mut Option<Action>) {
    if world.resource::<super::menu::Menu>().open {
        return;
    }
    let Some(key) = super::shortcuts::pressed(ctx) else { return };
    let over = world.resource::<Record>().is_over() || super::chapter_card::waiting(world);
    let history = super::exercise::history_shown(world);
    let wanted = match key {
        Shortcut::EndTurn if !over => {
            commands.push(Command::EndTurn);
            None
        }
        Shortcut::Advance if !over => Some(Action::Advance),
        Shortcut::Save => Some(Action::Save),
        Shortcut::Load => Some(Action::Load),
        Shortcut::History if history => Some(Action::History),
        Shortcut::Lab if history => Some(Action::Lab),
        Shortcut::Exercise if world.contains_resource::<super::exercise::ExerciseView>() => Some(Action::Exercise),
        Shortcut::Capital => {
            let capital = world.resource::<Map>().entities[world.resource::<Court>().capital];
            if let Some(id) = world.get::<crate::sim::world::Place>(capital).map(|p| p.id.clone()) {
                focus_on(world, &id);
            }
            None
        }
        Shortcut::Help => Some(Action::Keys),
        _ => None,
    };
    if wanted.is_some() {
        *action = wanted;
    }
}

fn act(world: &mut World, action: Action) -> String {
    match action {
        Action::Menu => {
            world.resource_mut::<super::menu::Menu>().open = true;
            String::new()
        }
        Action::Advance => match advance_until_something_happens(world, 30) {
            Ok(turns) => {
                let advanced = Phrase::new("status-advanced").arg("turns", Arg::Count(turns as i64));
                world.non_send::<UiLocale>().0.phrase(&advanced)
            }
            Err(e) => e.to_string(),
        },
        Action::Save => super::quicksave(world).unwrap_or_else(|e| e),
        Action::Load => super::load_game(world, &quicksave_path(), Trust::Unchanged).unwrap_or_else(|e| e),
        Action::Branch { decision, option } => super::lines::branch(world, &decision, &option).unwrap_or_else(|e| e),
        Action::Report => super::export::write_report(world).unwrap_or_else(|e| e),
        Action::Exercise => {
            if let Some(mut view) = world.get_resource_mut::<super::exercise::ExerciseView>() {
                view.open = !view.open;
            }
            String::new()
        }
        Action::History => {
            let mut track = world.resource_mut::<super::history::HistoryTrack>();
            track.open = !track.open;
            String::new()
        }
        Action::Lab => {
            let mut lab = world.resource_mut::<super::lab::LabScreen>();
            lab.open = !lab.open;
            String::new()
        }
        Action::Keys => {
            let mut shown = world.resource_mut::<super::shortcuts::KeysShown>();
            shown.0 = !shown.0;
            String::new()
        }
        Action::SwitchLine(name) => super::lines::switch(world, &name).unwrap_or_else(|e| e),
        Action::CompareLine(name) => super::lines::compare(world, &name).unwrap_or_else(|e| e),
    }
}

/// What a button asks for that is more than one command.
enum Action {
    Menu,
    Advance,
    Save,
    Load,
    /// Replay the game to a past decision and take this option there, in a new line.
    Branch {
        decision: String,
        option: String,
    },
    /// Play another line of the game.
    SwitchLine(String),
    /// Set another line of the game beside this one: in the chart, and in a report.
    CompareLine(String),
    /// Open or close the historical track.
    History,
    /// Open or close the lab.
    Lab,
    /// Open or close the exercise's questions.
    Exercise,
    /// Write the report of this game.
    Report,
    /// Open or close the list of keys.
    Keys,
}

fn top_bar(root: &mut egui::Ui, world: &World, commands: &mut Vec<Command>, action: &mut Option<Action>) {
    let clock = world.resource::<Clock>();
    let court = world.resource::<Court>();
    let map = world.resource::<Map>();
    let capital = world.get::<City>(map.entities[court.capital]);
    // Time stands still while a chapter card waits to be read: it tells the world as the
    // chapter begins.
    let over = world.resource::<Record>().is_over() || super::chapter_card::waiting(world);
    let l = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| l.text(key, args);
    // The buttons first, from the right, so that they always have their room; the figures
    // take what is left and wrap onto a second line when a large UI scale or a long language
    // leaves too little.
    egui::Panel::top("top_bar").show(root, |ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            top_buttons(ui, world, over, commands, action);
            let room = egui::vec2(ui.available_width(), 0.0);
            let figures = egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true);
            ui.allocate_ui_with_layout(room, figures, |ui| {
                // Each figure whole on one line or the next, never broken inside; spaces, not
                // separators, between them (a separator would stretch to the window's height).
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                let gap = ui.spacing().item_spacing.x * 3.0;
                top_date(ui, l, clock.date);
                ui.add_space(gap);
                ui.label(t("top-turn", &[("turn", clock.turn.to_string())]));
                ui.add_space(gap);
                let treasury = &court.treasury;
                let goods = [
                    ("gold", format_number(treasury.gold)),
                    ("silver", format_number(treasury.silver)),
                    ("silk", format_number(treasury.silk)),
                ];
                ui.label(t("top-treasury", &goods)).on_hover_text(t("top-treasury-help", &[]));
                ui.label(t("top-authority", &[("authority", format!("{:.0}", court.authority))]));
                if let Some(c) = capital {
                    let args = [("morale", format!("{:.0}", c.morale)), ("food", format!("{:.0}", c.food_days))];
                    ui.label(t("top-capital", &args));
                }
            });
        });
    });
}

/// The top bar's buttons, right to left: end the turn, advance, and the windows.
fn top_buttons(ui: &mut egui::Ui, world: &World, over: bool, commands: &mut Vec<Command>, action: &mut Option<Action>) {
    let l = &world.non_send::<UiLocale>().0;
    let t = |key: &str| l.text(key, &[]);
    // What a button does, with its key.
    let help = |what: &str, key: Shortcut| l.text("keys-hover", &[("help", t(what)), ("key", key_of(key).into())]);
    let end_turn = ui.add_enabled(!over, egui::Button::new(t("top-end-turn")));
    if end_turn.on_hover_text(key_of(Shortcut::EndTurn)).clicked() {
        commands.push(Command::EndTurn);
    }
    let advance = ui.add_enabled(!over, egui::Button::new(t("top-advance")));
    if advance.on_hover_text(key_of(Shortcut::Advance)).clicked() {
        *action = Some(Action::Advance);
    }
    let history = super::exercise::history_shown(world);
    if history && ui.button(t("top-history")).on_hover_text(help("top-history-help", Shortcut::History)).clicked() {
        *action = Some(Action::History);
    }
    // An exercise that hides history's track hides the lab's answers too.
    if history && ui.button(t("top-lab")).on_hover_text(help("top-lab-help", Shortcut::Lab)).clicked() {
        *action = Some(Action::Lab);
    }
    if world.get_resource::<super::exercise::ExerciseView>().is_some()
        && ui.button(t("top-exercise")).on_hover_text(key_of(Shortcut::Exercise)).clicked()
    {
        *action = Some(Action::Exercise);
    }
    if ui.button(t("top-load")).on_hover_text(help("top-load-help", Shortcut::Load)).clicked() {
        *action = Some(Action::Load);
    }
    if ui.button(t("top-menu")).on_hover_text(t("top-menu-help")).clicked() {
        *action = Some(Action::Menu);
    }
    if ui.button(t("top-save")).on_hover_text(help("top-save-help", Shortcut::Save)).clicked() {
        *action = Some(Action::Save);
    }
    if ui.button(t("top-keys")).on_hover_text(key_of(Shortcut::Help)).clicked() {
        *action = Some(Action::Keys);
    }
}

/// Today's date as the language writes it, with the other calendar on hover: the era date
/// beside an English date, the Western (Julian) date under a Chinese one.
fn top_date(ui: &mut egui::Ui, locale: &Locale, date: crate::calendar::Date) {
    let heading = ui.heading(locale.date(date));
    if locale.language().is_chinese() {
        heading.on_hover_text(locale.western_date(date));
    } else if let Some((pinyin, chinese)) = era_date(date) {
        ui.label(chinese).on_hover_text(pinyin);
    }
}

fn court_panel(root: &mut egui::Ui, world: &World) {
    let court = world.resource::<Court>().clone();
    // In id order, as `People` keeps them.
    let people: Vec<&Character> =
        world.resource::<People>().values().filter_map(|e| world.get::<Character>(*e)).collect();
    let l = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| l.text(key, args);
    egui::Panel::left("court").default_size(230.0).min_size(200.0).show(root, |ui| {
        ui.heading(t("court-heading", &[]));
        for (faction, influence) in &court.influence {
            let name = court.faction_names.get(faction).unwrap_or(faction);
            let text = t("court-influence", &[("faction", name.clone()), ("influence", format!("{influence:.0}"))]);
            ui.add(egui::ProgressBar::new(influence / 100.0).text(text));
        }
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            let today = world.resource::<Clock>().date;
            for office in court.offices.iter().filter(|o| o.exists_on(today)) {
                let holder = office.holder.as_deref().and_then(|h| character(world, h)).map_or(
                    t("court-office-vacant", &[]),
                    |p| match p.faction.as_ref().and_then(|f| court.faction_names.get(f)) {
                        Some(faction) => {
                            t("court-holder-faction", &[("name", p.name.clone()), ("faction", faction.clone())])
                        }
                        None => p.name.clone(),
                    },
                );
                ui.label(t("court-office", &[("office", office.name.clone()), ("holder", holder)]));
            }
            ui.separator();
            for p in people.iter().filter(|p| p.status != Status::InOffice && p.status != Status::OutOfOffice) {
                let args = [("name", p.name.clone()), ("status", p.status.id().to_string())];
                ui.label(t("court-person-status", &args));
            }
        });
    });
}

fn decisions_panel(root: &mut egui::Ui, world: &World, commands: &mut Vec<Command>, action: &mut Option<Action>) {
    let record = world.resource::<Record>();
    let scenario = world.resource::<LoadedScenario>();
    egui::Panel::right("decisions").default_size(340.0).min_size(340.0).show(root, |ui| {
        if let Some((outcome, date)) = &record.ended {
            let def = scenario.def.outcomes.iter().find(|o| &o.id == outcome);
            ui.heading(def.map_or(outcome.as_str(), |o| o.title.as_str()));
            ui.label(world.non_send::<UiLocale>().0.date(*date));
            ui.label(def.map_or(String::new(), |o| say(world, &o.text)));
            ui.separator();
            lines(ui, world, action);
            super::charts::debrief_chart(ui, world);
            let l = &world.non_send::<UiLocale>().0;
            if ui.button(l.text("report-write", &[])).on_hover_text(l.text("report-write-help", &[])).clicked() {
                *action = Some(Action::Report);
            }
            ui.heading(world.non_send::<UiLocale>().0.text("debrief-heading", &[]));
            egui::ScrollArea::vertical().id_salt("debrief").max_height(360.0).show(ui, |ui| debrief(ui, world, action));
            ui.separator();
            // The game is over: no turn to end and nothing left to decide.
            return;
        }
        let l = &world.non_send::<UiLocale>().0;
        ui.heading(l.text("panel-decisions", &[]));
        if record.pending.is_empty() {
            ui.label(l.text("decisions-none", &[]));
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for id in &record.pending {
                let Some(def) = decision_def(world, id) else { continue };
                let allowed = allowed_options(world, &def);
                let locale = &world.non_send::<UiLocale>().0;
                ui.group(|ui| {
                    ui.strong(&def.title);
                    if let Some(who) = def.decider.as_deref().and_then(|id| crate::sim::world::character(world, id)) {
                        let line = locale.text("decision-decider", &[("decider", who.name.clone())]);
                        ui.label(egui::RichText::new(line).italics());
                    }
                    ui.label(say(world, &def.text));
                    if let Some(line) = deadline(world, &def) {
                        ui.label(egui::RichText::new(line).italics());
                    }
                    for option in offered_options(world, &def) {
                        ui.add_space(4.0);
                        let enabled = allowed.contains(&option.id);
                        let button = ui.add_enabled(enabled, egui::Button::new(say(world, &option.label)).wrap());
                        let why = match crate::sim::script::flow::locked(world, &def.id) {
                            Some(fixed) if fixed != option.id => locale.text("exercise-locked-option", &[]),
                            _ => crate::words::forecast::condition_text(world, locale, &option.requires),
                        };
                        let button = button.on_disabled_hover_text(why);
                        // The argument made at the time, when the scenario gives one.
                        let argument = say(world, &option.text);
                        let button = if argument.is_empty() { button } else { button.on_hover_text(argument) };
                        if button.clicked() {
                            commands.push(Command::Choose { decision: def.id.clone(), option: option.id.clone() });
                        }
                        expected_effects(ui, world, option);
                    }
                });
            }
        });
    });
}

/// The last day a card waits for the emperor, and what is done if he says nothing by then: a
/// card lapses to its default when its window closes (the turn after `until`).
fn deadline(world: &World, def: &crate::scenario::schema::DecisionDef) -> Option<String> {
    let until = def.trigger.until?;
    let default = def.options.iter().find(|o| o.id == def.default)?;
    let locale = &world.non_send::<UiLocale>().0;
    let args = [("date", locale.date(until)), ("option", say(world, &default.label))];
    Some(locale.text("decision-deadline", &args))
}

/// Under an option: who argued for it, and what it is expected to do.
fn expected_effects(ui: &mut egui::Ui, world: &World, option: &crate::scenario::schema::OptionDef) {
    let locale = &world.non_send::<UiLocale>().0;
    // Only those still at court to argue: a man who has fled, died or been taken urges nothing.
    let present = |s: Status| matches!(s, Status::InOffice | Status::OutOfOffice | Status::Dismissed);
    let people: Vec<Phrase> = option
        .advocates
        .iter()
        .filter_map(|id| character(world, id))
        .filter(|c| present(c.status))
        .map(|c| Phrase::new("name").arg("name", &c.name))
        .collect();
    if !people.is_empty() {
        ui.add(
            egui::Label::new(
                egui::RichText::new(locale.phrase(&Phrase::new("decisions-urged-by").arg("people", people))).small(),
            )
            .wrap(),
        );
    }
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.y = 1.0;
        for line in crate::words::forecast::forecast(world, locale, &option.effects) {
            let indent = egui::Margin { left: 8 + 12 * line.depth.min(8) as i8, ..egui::Margin::ZERO };
            egui::Frame::new().inner_margin(indent).show(ui, |ui| {
                ui.add(egui::Label::new(egui::RichText::new(format!("• {}", line.text)).small()).wrap())
            });
        }
    });
}

/// The chronicle, of the whole game or of one chapter; returns the place of a clicked line.
fn chronicle_panel(root: &mut egui::Ui, world: &mut World) -> Option<String> {
    let mut shown = world.resource::<Session>().chronicle_chapter;
    let clicked = chronicle_lines(root, world, &mut shown);
    world.resource_mut::<Session>().chronicle_chapter = shown;
    clicked
}

fn chronicle_lines(root: &mut egui::Ui, world: &World, shown: &mut Option<usize>) -> Option<String> {
    let chronicle = world.resource::<Chronicle>();
    let locale = &world.non_send::<UiLocale>().0;
    let status = &world.resource::<Session>().status;
    let record = world.resource::<Record>();
    let chapters = &world.resource::<LoadedScenario>().def.chapters;
    let title = |i: usize| {
        let id = &record.chapters[i].0;
        chapters.iter().find(|c| &c.id == id).map_or_else(|| id.clone(), |c| c.title.clone())
    };
    // A chapter's lines run from the day it began to the day the next began.
    let (from, until) = match *shown {
        Some(i) if i < record.chapters.len() => (Some(record.chapters[i].1), record.chapters.get(i + 1).map(|c| c.1)),
        _ => (None, None),
    };
    let mut clicked = None;
    egui::Panel::bottom("chronicle").resizable(true).default_size(150.0).min_size(110.0).show(root, |ui| {
        ui.horizontal(|ui| {
            ui.heading(locale.text("chronicle-heading", &[]));
            if record.chapters.len() > 1 {
                let all = locale.text("chronicle-all-chapters", &[]);
                let selected = shown.map_or_else(|| all.clone(), title);
                egui::ComboBox::from_id_salt("chronicle_chapter")
                    .selected_text(selected)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(shown, None, all);
                        for i in 0..record.chapters.len() {
                            ui.selectable_value(shown, Some(i), title(i));
                        }
                    })
                    .response
                    .on_hover_text(locale.text("chronicle-filter-help", &[]));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| ui.label(status));
        });
        // Entries are kept in date order: the chapter's are one slice of them.
        let entries = &chronicle.entries;
        let first = from.map_or(0, |d| entries.partition_point(|e| e.date < d));
        let end = until.map_or(entries.len(), |d| entries.partition_point(|e| e.date < d));
        egui::ScrollArea::vertical().stick_to_bottom(true).show(ui, |ui| {
            for e in entries[first..end.max(first)].iter().rev().take(200).rev() {
                let text = locale.text("chronicle-line", &[("date", locale.date(e.date)), ("text", locale.entry(e))]);
                let why = [("why", locale.cause(&e.cause, world))];
                let response = match &e.place {
                    Some(_) => ui
                        .add(egui::Label::new(text).sense(egui::Sense::click()))
                        .on_hover_text(locale.text("chronicle-why-click", &why)),
                    None => ui.label(text).on_hover_text(locale.text("chronicle-why", &why)),
                };
                if response.clicked() {
                    clicked = e.place.clone();
                }
            }
        });
    });
    clicked
}

/// Remembers where the map shows between the panels. (The map camera still covers the whole
/// window: giving egui a camera of its own so the map's could shrink to this area cost some
/// 60 ms a frame under software rendering.)
fn remember_map_area(world: &mut World, free: egui::Rect, zoom: f32) {
    world.insert_resource(MapArea(egui::Rect::from_min_max(free.min * zoom, free.max * zoom)));
}

/// Centres the map on a place: in the middle of the area between the panels.
fn focus_on(world: &mut World, place: &str) {
    let Some(e) = world.resource::<Map>().entity(place) else { return };
    let Some(p) = world.get::<crate::sim::world::Place>(e) else { return };
    let at = super::map::project(p.lon, p.lat);
    let Some(window) = world.query_filtered::<&Window, With<PrimaryWindow>>().iter(world).next() else { return };
    let middle = egui::pos2(window.width() / 2.0, window.height() / 2.0);
    let aside = world.get_resource::<MapArea>().map_or(egui::Vec2::ZERO, |a| a.0.center() - middle);
    let shift = Vec2::new(aside.x, -aside.y) * world.resource::<super::map::MapView>().px;
    for mut t in world.query_filtered::<&mut Transform, With<super::camera::MapCamera>>().iter_mut(world) {
        t.translation = (at - shift).extend(t.translation.z);
    }
}

fn selection_window(ctx: &egui::Context, world: &mut World, commands: &mut Vec<Command>) {
    let Some(selected) = world.resource::<Selection>().selected else { return };
    if world.get_entity(selected).is_err() {
        world.resource_mut::<Selection>().selected = None;
        return;
    }
    let mut places: Vec<(String, String)> = world
        .query::<&crate::sim::world::Place>()
        .iter(world)
        .filter(|p| p.kind.is_on_routes())
        .map(|p| (p.id.clone(), format!("{} {}", p.name, p.chinese).trim().to_string()))
        .collect();
    // By name, as a reader looks for them.
    places.sort_by(|a, b| a.1.cmp(&b.1));
    let army = world.get::<crate::sim::world::Army>(selected).cloned();
    let mut target = world.resource::<OrderTarget>().0.clone();
    let choices = army.as_ref().map(|_| order_choices(world, selected, target.as_deref()));
    let locale = &world.non_send::<UiLocale>().0;
    let route = target.as_deref().and_then(|t| route(world, locale, selected, t));
    let t = |key: &str| locale.text(key, &[]);
    let mut open = true;
    // Out of the way at the map's bottom-left corner, where the sea and the south lie.
    let zoom = ctx.zoom_factor();
    let corner = world.get_resource::<MapArea>().map_or(egui::pos2(240.0, 600.0), |a| a.0.left_bottom() / zoom);
    egui::Window::new("Selected")
        .open(&mut open)
        .pivot(egui::Align2::LEFT_BOTTOM)
        .default_pos(corner + egui::vec2(8.0, -8.0))
        .show(ctx, |ui| {
            ui.label(describe(world, locale, selected));
            let Some(army) = &army else { return };
            let train = world.get::<crate::sim::world::ImperialTrain>(selected).is_some();
            if !army.player_controlled {
                if !train {
                    ui.separator();
                    ui.label(t("army-not-yours"));
                }
                return;
            }
            ui.separator();
            ui.label(t("army-pick-target"));
            let choose = t("army-choose-place");
            let shown = target
                .as_ref()
                .and_then(|t| places.iter().find(|p| &p.0 == t))
                .map_or(choose.as_str(), |p| p.1.as_str());
            egui::ComboBox::from_label(t("army-towards")).selected_text(shown).show_ui(ui, |ui| {
                for (id, name) in &places {
                    ui.selectable_value(&mut target, Some(id.clone()), name);
                }
            });
            if let Some(route) = &route {
                ui.small(route);
            }
            ui.horizontal_wrapped(|ui| {
                for order in choices.into_iter().flatten() {
                    let refusal = check_order(world, selected, &order).err();
                    let (label, help) = order_button(locale, &order);
                    let button = ui.add_enabled(refusal.is_none(), egui::Button::new(label));
                    let button = match &refusal {
                        Some(reason) => button.on_disabled_hover_text(locale.phrase(&reason.message())),
                        None => button.on_hover_text(help),
                    };
                    if button.clicked() {
                        commands.push(Command::Order { army: army.id.clone(), order });
                    }
                }
            });
        });
    world.resource_mut::<OrderTarget>().0 = target;
    if !open {
        world.resource_mut::<Selection>().selected = None;
    }
}

fn hover_tooltip(ctx: &egui::Context, world: &World) {
    let Some(hovered) = world.resource::<Selection>().hovered else { return };
    let Some(pointer) = ctx.pointer_hover_pos() else { return };
    let text = describe(world, &world.non_send::<UiLocale>().0, hovered);
    egui::Area::new("map_tooltip".into()).fixed_pos(pointer + egui::vec2(16.0, 16.0)).show(ctx, |ui| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.set_max_width(320.0);
            ui.label(text);
        });
    });
}

/// The lines of this game: the one being played, and a button to play each other.
fn lines(ui: &mut egui::Ui, world: &World, action: &mut Option<Action>) {
    let Some(lines) = world.get_resource::<crate::sim::lines::Lines>().filter(|l| !l.others.is_empty()) else {
        return;
    };
    let l = &world.non_send::<UiLocale>().0;
    ui.strong(l.text("lines-heading", &[]));
    ui.label(l.text("lines-current", &[("line", lines.current.clone())]));
    for other in &lines.others {
        let args = [("line", other.name.clone()), ("date", other.date.clone())];
        ui.horizontal_wrapped(|ui| {
            if ui.button(l.text("lines-switch", &args)).clicked() {
                *action = Some(Action::SwitchLine(other.name.clone()));
            }
            let compare = ui.button(l.text("lines-compare", &[])).on_hover_text(l.text("lines-compare-help", &args));
            if compare.clicked() {
                *action = Some(Action::CompareLine(other.name.clone()));
            }
        });
    }
    ui.separator();
}

/// Each decision taken, beside what Qinzong actually chose and what came of it, with the
/// other roads to branch into.
fn debrief(ui: &mut egui::Ui, world: &World, action: &mut Option<Action>) {
    let l = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| l.text(key, args);
    let scenario = world.resource::<LoadedScenario>();
    for review in crate::words::debrief::decisions(world, l) {
        ui.strong(t("debrief-decision", &[("title", review.title.clone()), ("date", l.date(review.date))]));
        ui.label(t("debrief-you", &[("label", review.chosen.clone())]));
        match &review.history {
            Verdict::AsInHistory { what_happened } => {
                ui.label(t("debrief-as-in-history", &[]));
                ui.small(what_happened);
            }
            Verdict::Differs { qinzong, what_happened } => {
                ui.label(t("debrief-qinzong", &[("label", qinzong.clone())]));
                ui.small(what_happened);
            }
            Verdict::NotInHistory => {
                ui.label(t("debrief-not-in-history", &[]));
            }
        }
        let chosen = world.resource::<Record>().choices.iter().find(|c| c.decision == review.decision);
        let others = scenario
            .def
            .decisions
            .iter()
            .find(|d| d.id == review.decision)
            .into_iter()
            .flat_map(|d| d.options.iter().filter(|o| chosen.is_none_or(|c| c.option != o.id)));
        // A choice the exercise fixes has no other road to try.
        let fixed = crate::sim::script::flow::locked(world, &review.decision).is_some();
        ui.horizontal_wrapped(|ui| {
            for option in others.filter(|_| !fixed) {
                let label = t("debrief-branch", &[("label", say(world, &option.label))]);
                if ui.small_button(label).on_hover_text(t("debrief-branch-hint", &[])).clicked() {
                    *action = Some(Action::Branch { decision: review.decision.clone(), option: option.id.clone() });
                }
            }
        });
        ui.add_space(6.0);
    }
}
