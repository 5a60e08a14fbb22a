//! The counterfactual lab: headless playouts under a policy, one or many seeds, with results
//! for reports, tests and statistics.

pub mod playout;
pub mod policy;
pub mod summary;

pub use playout::{play_out, RunResult};
pub use policy::PolicyKind;
pub use summary::{run_batch, Summary};
