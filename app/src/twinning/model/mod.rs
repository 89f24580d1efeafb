//! Twinning's types that pages and the server share: agreements (`agreements`), and the
//! projects, the support they receive and the exchange visits between members (`projects`).
mod agreements;
mod projects;

pub use agreements::*;
pub use projects::*;
