//! Fighting worth of troops: the one formula battles, raids and assaults share.

use crate::scenario::schema::{Rules, Trait, Troops};
use crate::sim::world::Army;

/// How a force fights: in the open, or on and against walls (where horsemen fight on foot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ground {
    Field,
    Walls,
}

/// Raw worth of troops before quality.
pub fn troop_worth(t: &Troops, rules: &Rules, ground: Ground) -> f32 {
    let b = &rules.battle;
    let cavalry = match ground {
        Ground::Field => b.cavalry_worth,
        Ground::Walls => b.cavalry_on_walls_worth,
    };
    t.cavalry as f32 * cavalry + t.infantry as f32 * b.infantry_worth + t.militia as f32 * b.militia_worth
}

/// Multiplier for training, morale and the commander.
pub fn quality(training: f32, morale: f32, command: f32, traits: &[Trait], rules: &Rules) -> f32 {
    let b = &rules.battle;
    let mut q =
        (0.4 + 0.6 * training / 100.0) * (0.5 + 0.5 * morale / 100.0) * (1.0 + b.command_per_point * (command - 5.0));
    if traits.contains(&Trait::Veteran) {
        q *= b.veteran_factor;
    }
    if traits.contains(&Trait::Timid) {
        q *= b.timid_factor;
    }
    q.max(0.05)
}

pub fn army_strength(army: &Army, command: f32, traits: &[Trait], rules: &Rules, ground: Ground) -> f32 {
    troop_worth(&army.troops, rules, ground) * quality(army.training, army.morale, command, traits, rules)
}

/// Removes a fraction of every arm; returns the number of men lost.
pub fn take_losses(t: &mut Troops, fraction: f32) -> u32 {
    take_losses_by_arm(t, [fraction; 3])
}

/// Removes a fraction of each arm (cavalry, infantry, militia); returns the men lost.
pub fn take_losses_by_arm(t: &mut Troops, fractions: [f32; 3]) -> u32 {
    let before = t.total();
    for (n, f) in [&mut t.cavalry, &mut t.infantry, &mut t.militia].into_iter().zip(fractions) {
        let f = if f.is_finite() { f.clamp(0.0, 1.0) } else { 0.0 };
        *n -= ((*n as f64) * f as f64).round() as u32;
    }
    before - t.total()
}

/// Splits `wanted` men off `from`, proportionally across arms.
pub fn split(from: &mut Troops, wanted: &Troops) -> Troops {
    let taken = Troops {
        cavalry: wanted.cavalry.min(from.cavalry),
        infantry: wanted.infantry.min(from.infantry),
        militia: wanted.militia.min(from.militia),
    };
    from.cavalry -= taken.cavalry;
    from.infantry -= taken.infantry;
    from.militia -= taken.militia;
    taken
}

pub fn add(to: &mut Troops, more: &Troops) {
    to.cavalry = to.cavalry.saturating_add(more.cavalry);
    to.infantry = to.infantry.saturating_add(more.infantry);
    to.militia = to.militia.saturating_add(more.militia);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn horsemen_are_worth_less_on_walls_than_in_the_field() {
        let rules = Rules::default();
        let horse = Troops { cavalry: 1000, ..Default::default() };
        assert!(troop_worth(&horse, &rules, Ground::Field) > 3.0 * troop_worth(&horse, &rules, Ground::Walls));
    }

    #[test]
    fn losses_never_exceed_the_force() {
        let mut t = Troops { cavalry: 3, infantry: 7, militia: 11 };
        assert_eq!(take_losses(&mut t, 2.0), 21);
        assert_eq!(t.total(), 0);
    }
}
