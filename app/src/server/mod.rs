//! Server-only plumbing shared by every area: application state, the database, the service
//! error, secrets, change counters, plain HTTP answers. A leaf: it names no area.
mod context;
pub mod counters;
pub mod database;
pub mod error;
pub mod http;
pub mod secrets;
mod state;

pub use context::{Actor, RequestContext};
pub use error::{ServiceError, ServiceResult};
pub use state::*;
