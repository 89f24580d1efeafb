//! The finance dashboard and the public yearly totals: figures pages receive formatted.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One row of totals: called, paid, outstanding and waived, in one currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotalsLine {
    /// The currency's code, or a country's name with the currency.
    pub label: String,
    pub currency: String,
    pub calls: u64,
    pub called: String,
    pub paid: String,
    pub outstanding: String,
    pub waived: String,
}

/// A member with a call past its due date, still open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueLine {
    pub member_id: i32,
    pub member_name: String,
    pub invoice_id: i32,
    pub number: String,
    pub due_on: NaiveDate,
    pub outstanding: String,
    /// Whether the member is already in arrears (its grace date has passed).
    pub in_arrears: bool,
}

/// What finance reads for a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceDashboard {
    pub year: i32,
    /// The years that have calls, newest first.
    pub years: Vec<i32>,
    pub by_currency: Vec<TotalsLine>,
    pub by_country: Vec<TotalsLine>,
    pub overdue: Vec<OverdueLine>,
    pub awaiting_match: u64,
    pub exceptions: u64,
}

/// What the public reads of a year's dues: totals, never a member's amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicDuesYear {
    pub year: i32,
    /// Collected per currency, formatted.
    pub collected: Vec<String>,
    pub members_called: u64,
    pub members_paying: u64,
    pub members_exempt: u64,
}
