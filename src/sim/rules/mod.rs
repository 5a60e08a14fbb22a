//! The rules of the model, one module per phase of the turn (or per rule within one).

pub mod battle;
pub mod court;
pub mod desertion;
pub mod field;
pub mod flight;
pub mod handover;
pub mod morale;
pub mod movement;
pub mod siege;
pub mod strength;
pub mod supply;
