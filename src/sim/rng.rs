//! The game's one source of chance: a portable, seeded generator stored in the world.

use bevy::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[derive(Resource, Clone, Debug)]
pub struct SimRng(ChaCha8Rng);

impl SimRng {
    pub fn seeded(seed: u64) -> Self {
        SimRng(ChaCha8Rng::seed_from_u64(seed))
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f32) -> bool {
        self.0.random_range(0.0f32..1.0) < p.clamp(0.0, 1.0)
    }

    /// A factor in `1 ± spread`, for the fortunes of war.
    pub fn spread(&mut self, spread: f32) -> f32 {
        1.0 + self.0.random_range(-spread..=spread)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0.random_range(0..n.max(1))
    }
}

/// A chance that rises smoothly with `x`: even at `even`, and the steeper the smaller
/// `spread` (the logistic curve). Every weighed chance of the rules uses it.
pub fn rising_chance(x: f32, even: f32, spread: f32) -> f32 {
    1.0 / (1.0 + (-(x - even) / spread.max(0.01)).exp())
}
