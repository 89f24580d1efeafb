//! The finance area's types that pages and the server share: enums, inputs and their parsing,
//! views. Money is integer minor units with its ISO 4217 code; pages receive it formatted.
use crate::domain::FieldError;
use crate::membership::AuthorityKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// What an invoice is.
    pub enum InvoiceKind {
        /// A call for dues (a pro-forma invoice the member's council approves before paying).
        Call => "invoice-kind-call",
        /// Cancels an invoice issued by mistake; never an edit or a deletion.
        CreditNote => "invoice-kind-credit-note",
    }
}

crate::choice! {
    /// Where an invoice stands.
    pub enum InvoiceStatus {
        Open => "invoice-status-open",
        Paid => "invoice-status-paid",
        /// Cancelled by a credit note.
        Cancelled => "invoice-status-cancelled",
        /// A credit note: nothing to pay.
        Settled => "invoice-status-settled",
    }
}

/// The most a percentage of dues may be.
pub const FULL: i32 = 100;

/// The schedule form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleInput {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub palestinian_percent: String,
    #[serde(default)]
    pub payment_instructions: String,
}

/// A band as typed: a kind of authority, the largest population (empty: no limit), the amount.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub population_max: String,
    #[serde(default)]
    pub amount: String,
}

/// A member's solidarity waiver as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaiverInput {
    #[serde(default)]
    pub member_id: String,
    #[serde(default)]
    pub percent_due: String,
    #[serde(default)]
    pub from_year: String,
    #[serde(default)]
    pub until_year: String,
    #[serde(default)]
    pub reason: String,
}

/// A year's schedule, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleFields {
    pub year: i32,
    pub currency: String,
    pub due_on: NaiveDate,
    pub palestinian_percent: i32,
    pub payment_instructions: String,
}

/// A band, checked against its schedule's currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandFields {
    pub currency: String,
    pub kind: AuthorityKind,
    pub population_max: Option<i64>,
    pub amount_minor: i64,
}

/// A waiver, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaiverFields {
    pub member_id: i32,
    pub percent_due: i32,
    pub from_year: i32,
    pub until_year: i32,
    pub reason: String,
}

/// The years dues can be set for.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

fn year(typed: &str, field: &'static str, problems: &mut Vec<FieldError>) -> i32 {
    match typed.trim().parse::<i32>() {
        Ok(year) if YEARS.contains(&year) => year,
        _ => {
            problems.push(FieldError { field, key: "error-year" });
            0
        }
    }
}

fn percent(typed: &str, field: &'static str, problems: &mut Vec<FieldError>) -> i32 {
    match typed.trim().parse::<i32>() {
        Ok(percent) if (0..=FULL).contains(&percent) => percent,
        _ => {
            problems.push(FieldError { field, key: "error-percent" });
            0
        }
    }
}

impl ScheduleFields {
    /// # Errors
    /// Every refused field.
    pub fn parse(input: &ScheduleInput) -> Result<Self, Vec<FieldError>> {
        let mut problems = Vec::new();
        let year = year(&input.year, "year", &mut problems);
        let currency = input.currency.trim().to_ascii_uppercase();
        if minor_digits(&currency).is_none() {
            problems.push(FieldError { field: "currency", key: "error-currency" });
        }
        let due_on = crate::domain::parse_date(&input.due_on, "due_on", "error-date", &mut problems);
        let palestinian_percent = percent(&input.palestinian_percent, "palestinian_percent", &mut problems);
        let payment_instructions =
            crate::domain::multiline_text(&input.payment_instructions, "payment_instructions", 2000, &mut problems);
        if payment_instructions.is_empty() {
            problems.push(FieldError { field: "payment_instructions", key: "error-required" });
        }
        match (due_on, problems.is_empty()) {
            (Some(due_on), true) => {
                Ok(ScheduleFields { year, currency, due_on, palestinian_percent, payment_instructions })
            }
            _ => Err(problems),
        }
    }
}

impl BandFields {
    /// `currency` is the schedule's.
    ///
    /// # Errors
    /// Every refused field.
    pub fn parse(input: &BandInput, currency: &str) -> Result<Self, Vec<FieldError>> {
        use crate::domain::Choice;
        let mut problems = Vec::new();
        let kind = AuthorityKind::parse(&input.kind);
        if kind.is_none() {
            problems.push(FieldError { field: "kind", key: "error-choice-invalid" });
        }
        let population_max = match input.population_max.trim() {
            "" => None,
            typed => match typed.replace([' ', ',', '.', '\u{202f}', '\u{a0}'], "").parse::<i64>() {
                Ok(max) if max > 0 => Some(max),
                _ => {
                    problems.push(FieldError { field: "population_max", key: "error-band-population" });
                    None
                }
            },
        };
        let amount_minor = parse_amount(&input.amount, minor_digits(currency).unwrap_or(2));
        if amount_minor.is_none() {
            problems.push(FieldError { field: "amount", key: "error-amount" });
        }
        match (kind, amount_minor, problems.is_empty()) {
            (Some(kind), Some(amount_minor), true) => {
                Ok(BandFields { currency: currency.to_string(), kind, population_max, amount_minor })
            }
            _ => Err(problems),
        }
    }
}

impl WaiverFields {
    /// # Errors
    /// Every refused field.
    pub fn parse(input: &WaiverInput) -> Result<Self, Vec<FieldError>> {
        let mut problems = Vec::new();
        let member_id = input.member_id.trim().parse::<i32>().unwrap_or_else(|_| {
            problems.push(FieldError { field: "member_id", key: "error-choice-invalid" });
            0
        });
        let percent_due = percent(&input.percent_due, "percent_due", &mut problems);
        let from_year = year(&input.from_year, "from_year", &mut problems);
        let until_year = year(&input.until_year, "until_year", &mut problems);
        if from_year > until_year && problems.is_empty() {
            problems.push(FieldError { field: "until_year", key: "error-until-year" });
        }
        let reason = crate::domain::multiline_text(&input.reason, "reason", 2000, &mut problems);
        if reason.is_empty() {
            problems.push(FieldError { field: "reason", key: "error-reason-required" });
        }
        if problems.is_empty() {
            Ok(WaiverFields { member_id, percent_due, from_year, until_year, reason })
        } else {
            Err(problems)
        }
    }
}

/// The digits after the decimal point of an ISO 4217 currency (2 for EUR, 3 for JOD, 0 for
/// JPY); `None` for a code that is not one, or names no money (gold, testing codes).
#[cfg(feature = "ssr")]
pub fn minor_digits(code: &str) -> Option<u32> {
    iso_currency::Currency::from_code(code)?.exponent().map(u32::from)
}

/// Currencies are checked on the server only.
#[cfg(not(feature = "ssr"))]
pub fn minor_digits(_code: &str) -> Option<u32> {
    None
}

/// The most an amount may be, in minor units: more than any network's dues.
const MAX_MINOR: i64 = 1_000_000_000_000;

/// An amount as people type it, in minor units of a currency with `digits` decimals: "1500",
/// "1 500,50", "1,500.50", "1.500,50". The last `.` or `,` is the decimal separator when at most
/// `digits` digits follow it; other separators group thousands. `None` for anything else, a
/// negative amount or one past the limit.
pub fn parse_amount(typed: &str, digits: u32) -> Option<i64> {
    let compact: String = typed.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let (whole, fraction) = match compact.rfind(['.', ',']) {
        Some(at) if compact.len() - at - 1 <= digits as usize => (&compact[..at], &compact[at + 1..]),
        _ => (compact.as_str(), ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() && fraction.is_empty() || fraction.len() > digits as usize {
        return None;
    }
    let scale = 10i64.checked_pow(digits)?;
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let fraction: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse::<i64>().ok()? * 10i64.pow(digits - u32::try_from(fraction.len()).ok()?)
    };
    let minor = whole.checked_mul(scale)?.checked_add(fraction)?;
    (minor <= MAX_MINOR).then_some(minor)
}

/// One population band of a schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandView {
    pub id: i32,
    pub kind: AuthorityKind,
    pub population_max: Option<i64>,
    pub amount: String,
}

/// A year's schedule with its bands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleView {
    pub id: i32,
    pub year: i32,
    pub version: i32,
    pub currency: String,
    pub palestinian_percent: i32,
    pub due_on: NaiveDate,
    pub payment_instructions: String,
    pub locked: bool,
    /// Whether a later version of the same year exists (this one no longer issues calls).
    pub superseded: bool,
    pub bands: Vec<BandView>,
    pub calls_issued: u64,
}

/// A member's solidarity waiver.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaiverView {
    pub id: i32,
    pub member_id: i32,
    pub member_name: String,
    pub percent_due: i32,
    pub from_year: i32,
    pub until_year: i32,
    pub reason: String,
}

/// What the finance office starts from: the schedules, newest year first, the waivers, and the
/// members a waiver or a single call may name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceOffice {
    pub schedules: Vec<ScheduleView>,
    pub waivers: Vec<WaiverView>,
    pub members: Vec<(i32, String)>,
}

/// One invoice in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub id: i32,
    pub number: String,
    pub kind: InvoiceKind,
    pub status: InvoiceStatus,
    pub member_id: i32,
    pub member_name: String,
    pub amount: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
}

/// A page of invoices, newest number first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceList {
    pub lines: Vec<InvoiceLine>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// An invoice, as printed: in its own language whoever reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoicePage {
    pub line: InvoiceLine,
    pub language: crate::i18n::Lang,
    pub year: i32,
    pub member_address: String,
    pub basis: String,
    pub note: Option<String>,
    pub amount_in_words: String,
    pub payment_instructions: String,
    /// The invoice a credit note cancels, and the credit notes that cancel this one.
    pub corrects: Option<(i32, String)>,
    pub corrected_by: Vec<(i32, String)>,
    /// Whether the reader may cancel it by a credit note (finance, an open call).
    pub may_correct: bool,
}

/// What the call for one member's dues comes to under a schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dues {
    pub amount_minor: i64,
    /// The band's full amount.
    pub band_minor: i64,
    /// The percentage due after the reduction that applies, if any.
    pub percent_due: i32,
    pub reduction: Reduction,
}

/// Why a member pays less than its band's amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reduction {
    None,
    /// The schedule's rule for Palestinian local authorities.
    Palestinian,
    /// A named waiver, with its reason.
    Waiver(String),
}
