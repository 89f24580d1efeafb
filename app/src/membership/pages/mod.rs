//! Pages of the membership area: apply, the secretariat's review, the public directory.
mod applications;
mod certificates;
mod directory;
mod forms;
mod profiles;
mod reviews;

pub use applications::*;
pub use certificates::*;
pub use directory::*;
pub use forms::*;
pub use profiles::*;
pub use reviews::*;
