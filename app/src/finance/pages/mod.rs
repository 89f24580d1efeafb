//! Pages of the finance area.
mod dashboard;
mod invoices;
mod office;
mod payments;
mod schedule;
mod statements;

pub use dashboard::*;
pub use invoices::*;
pub use office::*;
pub use payments::*;
pub use schedule::*;
pub use statements::*;

use crate::identity::Role;

/// Who works in the finance office's pages.
pub(crate) const OFFICE_ROLES: &[Role] = &[Role::Finance, Role::Secretariat];
