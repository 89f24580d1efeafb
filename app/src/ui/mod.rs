//! Shared UI pieces every area's pages use. A leaf: it names no area.
mod forms;
mod page;
mod text;

pub use forms::*;
pub use page::*;
pub use text::*;
