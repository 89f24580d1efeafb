//! Pages of registrations: the focal point's delegation, individual applications, the personal
//! page behind the emailed link, participant lists, and the secretariat's desk (registrations,
//! letters, badges, check-in).
mod changes;
mod delegate;
mod delegation;
mod desk;
mod letters;
mod views;

pub use changes::*;
pub use delegate::*;
pub use delegation::*;
pub use desk::*;
pub use letters::*;
pub use views::*;
