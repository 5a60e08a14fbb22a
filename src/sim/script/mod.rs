//! The scenario's script: conditions, effects, decisions, events and outcomes from the data.

pub mod conditions;
pub mod effects;
pub mod flow;
pub mod record;
