//! Pages of the resolutions area: the list, a text, two versions compared, the secretariat's forms and its list of themes.
mod forms;
mod list;
mod print;
mod text;
mod themes;

pub use forms::*;
pub use list::*;
pub use print::*;
pub use text::*;
pub use themes::*;
