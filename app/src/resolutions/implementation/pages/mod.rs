//! Implementation's pages: a text's plan (on the text's page), an action with its timeline and
//! reports, the secretariat's action form, the reports page, and the public dashboard.
mod actions;
mod bulk;
mod dashboard;
mod forms;
mod plan;
mod reports;
mod statuses;

pub use actions::*;
pub use bulk::*;
pub use dashboard::*;
pub use forms::*;
pub use plan::*;
pub use reports::*;
pub use statuses::*;
