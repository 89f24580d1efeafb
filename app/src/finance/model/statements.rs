//! Bank statements: the column mapping of a bank's CSV export as finance types it, and the
//! views of the statements page.
use super::minor_digits;
use crate::domain::FieldError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

crate::choice! {
    /// The file a bank exports.
    pub enum StatementFormat {
        Csv => "statement-format-csv",
        /// ISO 20022 camt.053, the end-of-day statement banks export as XML.
        Camt053 => "statement-format-camt053",
    }
}

crate::choice! {
    /// What separates a CSV export's columns.
    pub enum Delimiter {
        Comma => "delimiter-comma",
        Semicolon => "delimiter-semicolon",
        Tab => "delimiter-tab",
    }
}

crate::choice! {
    /// How a bank writes its dates.
    pub enum DateOrder {
        /// 2027-03-31 (also 31.03.2027 is read as day first).
        Ymd => "date-order-ymd",
        /// 31/03/2027.
        Dmy => "date-order-dmy",
        /// 03/31/2027.
        Mdy => "date-order-mdy",
    }
}

impl Delimiter {
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}

/// A bank's CSV mapping as typed: the headers of its columns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub delimiter: String,
    #[serde(default)]
    pub date_column: String,
    #[serde(default)]
    pub date_order: String,
    #[serde(default)]
    pub amount_column: String,
    #[serde(default)]
    pub currency_column: String,
    #[serde(default)]
    pub default_currency: String,
    #[serde(default)]
    pub payer_column: String,
    #[serde(default)]
    pub reference_column: String,
}

/// A bank's CSV mapping, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MappingFields {
    pub name: String,
    pub delimiter: Delimiter,
    pub date_column: String,
    pub date_order: DateOrder,
    pub amount_column: String,
    pub currency_column: Option<String>,
    pub default_currency: String,
    pub payer_column: String,
    pub reference_column: String,
}

impl MappingFields {
    /// # Errors
    /// Every refused field.
    pub fn parse(input: &MappingInput) -> Result<Self, Vec<FieldError>> {
        use crate::domain::{optional_text, required_text};
        let mut problems = Vec::new();
        let name = required_text(&input.name, "name", 100, &mut problems);
        let delimiter = parse_choice::<Delimiter>(&input.delimiter, "delimiter", &mut problems);
        let date_column = required_text(&input.date_column, "date_column", 100, &mut problems);
        let date_order = parse_choice::<DateOrder>(&input.date_order, "date_order", &mut problems);
        let amount_column = required_text(&input.amount_column, "amount_column", 100, &mut problems);
        let currency_column = optional_text(&input.currency_column, "currency_column", 100, &mut problems);
        let default_currency = input.default_currency.trim().to_ascii_uppercase();
        if minor_digits(&default_currency).is_none() {
            problems.push(FieldError { field: "default_currency", key: "error-currency" });
        }
        let payer_column = required_text(&input.payer_column, "payer_column", 100, &mut problems);
        let reference_column = required_text(&input.reference_column, "reference_column", 100, &mut problems);
        match (delimiter, date_order, problems.is_empty()) {
            (Some(delimiter), Some(date_order), true) => Ok(MappingFields {
                name,
                delimiter,
                date_column,
                date_order,
                amount_column,
                currency_column,
                default_currency,
                payer_column,
                reference_column,
            }),
            _ => Err(problems),
        }
    }
}

/// One of a closed set of values, by its name; `error-choice-invalid` otherwise.
fn parse_choice<T: crate::domain::Choice>(
    typed: &str,
    field: &'static str,
    problems: &mut Vec<FieldError>,
) -> Option<T> {
    let value = T::parse(typed.trim());
    if value.is_none() {
        problems.push(FieldError { field, key: "error-choice-invalid" });
    }
    value
}

/// A saved mapping, as its form shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingView {
    pub id: i32,
    pub input: MappingInput,
}

/// An imported statement in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementView {
    pub id: i32,
    pub file_name: String,
    pub format: StatementFormat,
    pub lines: i32,
    pub added: i32,
    pub duplicates: i32,
    pub matched: i32,
    pub imported_at: DateTime<Utc>,
    pub imported_by: String,
}

/// The statements page: the saved mappings and the latest imports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementsPage {
    pub mappings: Vec<MappingView>,
    pub statements: Vec<StatementView>,
}
