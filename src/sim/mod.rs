//! The simulation: a headless Bevy ECS model of the crisis. It never renders; the desktop game
//! and the command line drive it through [`commands::Command`]s.

pub mod ai;
pub mod chronicle;
pub mod commands;
pub mod lines;
pub mod losses;
pub mod ongoing;
pub mod orders;
pub mod rng;
pub mod rules;
pub mod script;
pub mod series;
pub mod setup;
pub mod world;

use crate::scenario::Scenario;
use bevy::ecs::schedule::{ScheduleLabel, SingleThreadedExecutor};
use bevy::prelude::*;
use commands::{Command, CommandError, CommandLog, RefusedCommands};
use rules::{battle, court, desertion, flight, handover, morale, movement, siege, supply};
use script::flow;
use std::sync::Arc;
use world::{Clock, put};

/// One turn of the world, run when the player ends the turn.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct TurnSchedule;

/// The phases of a turn, in order.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TurnPhase {
    /// Decisions whose moment has passed take their default.
    Decisions,
    /// AI commanders and standing orders choose where to go.
    Orders,
    Movement,
    Battles,
    Sieges,
    Supply,
    Morale,
    Court,
    Calendar,
    /// Outcomes the turn's rules brought about, and the end of time: nothing happens after.
    Ending,
    /// Events fire and new decisions arise, on the new date.
    Events,
    /// Outcomes the events brought about.
    Outcome,
}

/// Adds the model of the scenario to an app, at its start date.
pub struct SimPlugin {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
}

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        use TurnPhase::*;
        let mut turn = Schedule::new(TurnSchedule);
        // One thread: the order of rules is the order of the turn, and the result never
        // depends on how the threads happen to run.
        turn.set_executor(SingleThreadedExecutor::new());
        turn.configure_sets(
            (Decisions, Orders, Movement, Battles, Sieges, Supply, Morale, Court, Calendar, Ending, Events, Outcome)
                .chain(),
        );
        turn.configure_sets(Events.run_if(flow::game_is_on));
        turn.add_systems((
            (shorten_the_last_turn, flow::expire_overdue).chain().in_set(Decisions),
            (ai::follow_plans, ai::song_field_orders, movement::plan_paths).chain().in_set(Orders),
            movement::march.in_set(Movement),
            (
                battle::fight_battles,
                battle::night_raids,
                flight::court_on_the_road,
                battle::release_freed_hostages,
                battle::rally,
            )
                .chain()
                .in_set(Battles),
            (siege::blockade, siege::assaults, handover::answer_edicts).chain().in_set(Sieges),
            supply::supply_and_attrition.in_set(Supply),
            (morale::settle_morale, desertion::melt_away).chain().in_set(Morale),
            court::court_politics.in_set(Court),
            // What the turn's rules and the emperor's choices brought about is dated on the day
            // they happened, as the chronicle dates it, before the clock moves on.
            (flow::record_milestones, advance_clock).chain().in_set(Calendar),
            flow::outcomes_after_rules.in_set(Ending),
            // On the new date a card whose window has closed lapses before the emperor sees it.
            (flow::expire_overdue, flow::fire_events, flow::raise_decisions, flow::advance_chapter)
                .chain()
                .in_set(Events),
            (flow::record_milestones, flow::outcomes_after_events, series::sample).chain().in_set(Outcome),
        ));
        app.add_schedule(turn);
        app.add_message::<Command>();
        app.init_resource::<CommandLog>();
        app.init_resource::<RefusedCommands>();
        app.add_systems(Update, commands::process_commands);
        start(app.world_mut(), self.scenario.clone(), self.seed);
    }
}

/// Puts the scenario's world at its start date into `world`, replacing any game in it.
pub fn start(world: &mut World, scenario: Arc<Scenario>, seed: u64) {
    let old: Vec<Entity> = world
        .query_filtered::<Entity, Or<(With<world::Place>, With<world::Army>, With<world::Character>)>>()
        .iter(world)
        .collect();
    for e in old {
        world.despawn(e);
    }
    put(world, CommandLog::default());
    put(world, RefusedCommands::default());
    put(world, lines::Lines::default());
    put(world, flow::Locks::default());
    world.remove_resource::<flow::ExerciseInPlay>();
    setup::populate(world, scenario, seed);
    // What holds on the first day: opening events and decisions, the chapter it opens.
    flow::fire_events(world);
    flow::raise_decisions(world);
    flow::advance_chapter(world);
    flow::record_milestones(world);
    series::sample(world);
}

/// The turn that would run past the scenario's last day ends on it instead, so the game
/// ends on the day the scenario names and its rules count only the days it lasted.
fn shorten_the_last_turn(mut clock: ResMut<Clock>) {
    let left = clock.end.days_since(clock.date);
    if left > 0 && left < clock.turn_days as i32 {
        clock.turn_days = left as u32;
    }
}

fn advance_clock(mut clock: ResMut<Clock>) {
    clock.date = clock.date.add_days(clock.turn_days as i32);
    clock.turn += 1;
}

/// A headless game: the scenario's world and the commands that drive it.
pub struct Sim {
    pub app: App,
}

impl Sim {
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Sim {
        let mut app = App::new();
        app.add_plugins(SimPlugin { scenario, seed });
        Sim { app }
    }

    /// Sets the game back to the scenario's start with a new seed, keeping the app and its
    /// schedule: the same game as `Sim::new(scenario, seed)`.
    pub fn restart(&mut self, scenario: Arc<Scenario>, seed: u64) {
        start(self.world_mut(), scenario, seed);
    }

    pub fn execute(&mut self, command: &Command) -> Result<(), CommandError> {
        commands::execute(self.app.world_mut(), command)
    }

    pub fn world(&self) -> &World {
        self.app.world()
    }

    pub fn world_mut(&mut self) -> &mut World {
        self.app.world_mut()
    }

    pub fn record(&self) -> &script::record::Record {
        self.world().resource::<script::record::Record>()
    }

    pub fn is_over(&self) -> bool {
        self.record().is_over()
    }
}
