//! Pages of the conferences area: editions, their agenda, and the secretariat's forms.
mod editions;
mod forms;
mod sessions;

pub use editions::*;
pub use forms::*;
pub use sessions::*;
