//! The rules of the model, one module per phase of the turn.

pub mod battle;
pub mod court;
pub mod morale;
pub mod movement;
pub mod siege;
pub mod strength;
pub mod supply;
