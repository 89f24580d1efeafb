//! Pages of oversight.
mod audit;
mod outbox;

pub use audit::*;
pub use outbox::*;
