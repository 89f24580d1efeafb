//! Registrations: who comes to an edition, in which state, and the seats they hold.
//!
//! Every change that can take or free a seat first locks the edition's row with an UPDATE (a
//! row lock on PostgreSQL, the write lock on SQLite), then reads the counter and writes. So
//! simultaneous sign-ups from any number of server processes are decided one after another and
//! the capacity is never exceeded; the waitlist is served in registration order.
mod changes;
mod delegate;
mod desk;
mod exports;
mod letters;
mod seats;
mod views;

pub use changes::*;
pub use delegate::*;
pub use desk::*;
pub use exports::*;
pub use letters::*;
pub(in crate::conferences::registrations) use seats::*;
pub use views::*;
