//! Server-only plumbing shared by every area: application state, the database, the service
//! error, secrets, change counters, plain HTTP answers, CSV for spreadsheets, throttles, Markdown
//! rendered safe, uploaded files. A leaf: it names no area.
mod context;
pub mod counters;
pub mod database;
pub mod error;
pub mod http;
pub mod markdown;
pub mod secrets;
pub mod spreadsheet;
mod state;
pub mod throttle;
pub mod uploads;

pub use context::{Actor, RequestContext};
pub use error::{ServiceError, ServiceResult};
pub use state::*;
