//! The casualty tally is an account that balances: in every turn in which no event or
//! decision raised, moved or dismissed men, the men each side has fewer are exactly the men
//! the tally says it lost.

mod common;

use jingkang::lab::PolicyKind;
use jingkang::lab::policy::Driver;
use jingkang::scenario::schema::Side;
use jingkang::sim::Sim;
use jingkang::sim::chronicle::{Cause, Chronicle};
use jingkang::sim::commands::Command;
use jingkang::sim::losses::Losses;
use jingkang::sim::world::{Army, ArmyStatus, City};

/// Men of a side still accounted for: in armies in play or gone from the theatre, and in
/// garrisons. Destroyed and dispersed armies' men were counted as lost when it happened.
fn men(sim: &mut Sim, side: Side) -> u64 {
    let world = sim.world_mut();
    let armies: u64 = world
        .query::<&Army>()
        .iter(world)
        .filter(|a| a.side == side && !matches!(a.state, ArmyStatus::Destroyed | ArmyStatus::Dispersed))
        .map(|a| u64::from(a.troops.total()))
        .sum();
    let garrisons: u64 = world
        .query::<&City>()
        .iter(world)
        .filter(|c| c.controller == side)
        .map(|c| u64::from(c.garrison.total()))
        .sum();
    armies + garrisons
}

/// Whether anything but the rules acted in the entries since `from`.
fn scripted_since(sim: &Sim, from: usize) -> bool {
    sim.world().resource::<Chronicle>().entries[from..]
        .iter()
        .any(|e| matches!(e.cause, Cause::Event { .. } | Cause::Decision { .. } | Cause::Default { .. }))
}

#[test]
fn every_man_lost_to_the_rules_is_counted() {
    let mut checked = 0;
    let mut lost_seen = [0u64; 2];
    for id in ["first_siege", "second_siege", "campaign"] {
        let scenario = common::builtin(id);
        for seed in 1..=6 {
            let mut sim = Sim::new(scenario.clone(), seed);
            let mut driver = Driver::new(&PolicyKind::Random, seed);
            while !sim.is_over() {
                if driver.act(&mut sim).is_err() || sim.is_over() {
                    break;
                }
                let before = [men(&mut sim, Side::Song), men(&mut sim, Side::Jin)];
                let tally = sim.world().resource::<Losses>().clone();
                let entries = sim.world().resource::<Chronicle>().entries.len();
                sim.execute(&Command::EndTurn).expect("the turn ends");
                if scripted_since(&sim, entries) {
                    continue;
                }
                let after = [men(&mut sim, Side::Song), men(&mut sim, Side::Jin)];
                let now = sim.world().resource::<Losses>().clone();
                for (i, side) in [Side::Song, Side::Jin].into_iter().enumerate() {
                    let counted = now.of(side).total() - tally.of(side).total();
                    let date = sim.world().resource::<jingkang::sim::world::Clock>().date;
                    assert_eq!(
                        before[i] - after[i],
                        counted,
                        "{id} seed {seed}, the turn to {date}: the {i}th side has {} men fewer, the tally counts {counted}",
                        before[i] - after[i]
                    );
                    lost_seen[i] += counted;
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} turns checked");
    assert!(lost_seen.iter().all(|l| *l > 10_000), "losses counted in the checked turns: {lost_seen:?}");
}
