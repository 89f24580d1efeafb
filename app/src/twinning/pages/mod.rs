//! Pages of the twinning area: the registry of agreements and an agreement's page, the map,
//! projects with their support, and exchange visits.
mod agreements;
mod documents;
mod map;
mod projects;
mod visits;

pub use agreements::*;
pub use map::*;
pub use projects::*;
pub use visits::*;
