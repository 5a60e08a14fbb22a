//! The counterfactual lab: headless playouts under a policy, one or many seeds, with results
//! for reports, tests and statistics.

pub mod bench;
pub mod branch;
pub mod explore;
pub mod playout;
pub mod policy;
pub mod stats;
pub mod summary;
pub mod table;

pub use playout::{RunResult, play_out};
pub use policy::PolicyKind;
pub use summary::{Summary, run_batch};
