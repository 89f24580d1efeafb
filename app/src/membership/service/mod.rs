//! Applications, the secretariat's review, standing and the public directory.
mod applications;
mod certificates;
mod directory;
mod exports;
mod profiles;
mod records;
mod reviews;
mod samples;

pub use applications::*;
pub use certificates::*;
pub use directory::*;
pub use exports::*;
pub use profiles::*;
pub use records::*;
pub use reviews::*;
pub use samples::*;
