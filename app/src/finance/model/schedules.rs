//! Dues schedules, their bands and members' waivers: the forms as typed, checked, and the views.
use super::{minor_digits, parse_amount};
use crate::domain::FieldError;
use crate::membership::AuthorityKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
    pub grace_on: Option<NaiveDate>,
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
