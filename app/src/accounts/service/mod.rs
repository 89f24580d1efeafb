//! Accounts: invitations, password links, sign-in with throttling.
mod invitations;
mod sign_in;

pub use invitations::*;
pub use sign_in::*;
