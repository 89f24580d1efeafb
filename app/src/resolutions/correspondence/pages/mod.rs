//! Correspondence's pages: the register of addressees, a text's correspondence (on the text's
//! page), the letter form, and a letter's page with its copy.
mod addressees;
mod letters;
mod section;

pub use addressees::*;
pub use letters::*;
pub use section::*;
