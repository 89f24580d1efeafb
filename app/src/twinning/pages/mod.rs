//! Pages of the twinning area: the registry of agreements and an agreement's page, and the map.
mod agreements;
mod documents;
mod map;

pub use agreements::*;
pub use map::*;
