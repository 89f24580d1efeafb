//! The composition root: the document shell, the header and footer, the home page, and the router
//! assembled from each area's routes. No area imports it.
pub mod assets;
mod header;
mod home;
mod shell;

pub use shell::{shell, App};
