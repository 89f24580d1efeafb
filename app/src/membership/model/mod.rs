//! The area's types that pages and the server share: enums, inputs and their parsing, views.
mod applications;
mod kinds;
mod places;
mod standing;
mod views;

pub use applications::*;
pub use kinds::*;
pub use places::*;
pub use standing::*;
pub use views::*;
