//! Editions of the conference and their agenda.
mod editions;
mod input;
mod sessions;

pub use editions::*;
pub use input::*;
pub use sessions::*;
