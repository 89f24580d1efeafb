//! Dues schedules, waivers, calls for dues and credit notes.
mod cards;
mod dashboard;
mod invoices;
mod payments;
mod reminders;
mod samples;
mod schedules;
mod standing;
mod statements;

pub use cards::*;
pub use dashboard::*;
pub use invoices::*;
pub use payments::*;
pub use reminders::*;
pub use samples::*;
pub use schedules::*;
pub use standing::*;
pub use statements::*;

use crate::audit::service::{self as audit, Change};
use crate::domain::Choice;
use crate::finance::entities::{band, invoice, schedule, waiver};
use crate::finance::{
    money, routes, BandFields, BandView, Dues, FinanceOffice, InvoiceKind, InvoiceLine, InvoiceList, InvoicePage,
    InvoiceStatus, Reduction, ScheduleFields, ScheduleView, WaiverFields, WaiverView, FULL,
};
use crate::i18n::{translate, Lang};
use crate::membership::service as membership;
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::{counters, RequestContext};
use chrono::{Datelike, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;
use std::collections::{HashMap, HashSet};
