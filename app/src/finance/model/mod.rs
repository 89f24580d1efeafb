//! The finance area's types that pages and the server share: enums, inputs and their parsing,
//! views. Money is integer minor units with its ISO 4217 code; pages receive it formatted.
mod amounts;
mod dashboard;
mod invoices;
mod payments;
mod schedules;
mod statements;

pub use amounts::*;
pub use dashboard::*;
pub use invoices::*;
pub use payments::*;
pub use schedules::*;
pub use statements::*;
