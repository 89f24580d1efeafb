//! Payments: what finance types to record a bank transfer or match a payment, and the views.
use crate::domain::FieldError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// How a payment reached the network.
    pub enum PaymentMethod {
        Transfer => "payment-method-transfer",
        Card => "payment-method-card",
    }
}

crate::choice! {
    /// Where a payment stands.
    pub enum PaymentStatus {
        /// Received, not yet tied to an invoice: awaiting a match by finance.
        Unmatched => "payment-status-unmatched",
        Matched => "payment-status-matched",
        /// Refused by the checks (an amount or currency that does not match a card payment):
        /// for finance to review, never paid twice.
        Exception => "payment-status-exception",
    }
}

crate::choice! {
    /// Why a card payment was set aside for finance instead of paying its invoice.
    pub enum PaymentException {
        /// From a Checkout Session Sumud did not open (a payment link, Stripe's dashboard).
        UnknownSession => "payment-exception-unknown-session",
        /// Its call was already paid or cancelled when the payment arrived.
        InvoiceClosed => "payment-exception-invoice-closed",
        CurrencyMismatch => "payment-exception-currency",
        /// More than was asked, or than was left to pay.
        AmountMismatch => "payment-exception-amount",
    }
}

/// A bank transfer as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferInput {
    #[serde(default)]
    pub received_on: String,
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub payer: String,
    #[serde(default)]
    pub reference: String,
}

/// A bank transfer, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransferFields {
    pub received_on: NaiveDate,
    pub amount_minor: i64,
    pub currency: String,
    pub payer: String,
    pub reference: String,
}

impl TransferFields {
    /// # Errors
    /// Every refused field.
    pub fn parse(input: &TransferInput) -> Result<Self, Vec<FieldError>> {
        let mut problems = Vec::new();
        let received_on = crate::domain::parse_date(&input.received_on, "received_on", "error-date", &mut problems);
        let currency = input.currency.trim().to_ascii_uppercase();
        let digits = super::minor_digits(&currency);
        if digits.is_none() {
            problems.push(FieldError { field: "currency", key: "error-currency" });
        }
        let amount_minor = super::parse_amount(&input.amount, digits.unwrap_or(2)).filter(|a| *a > 0);
        if amount_minor.is_none() {
            problems.push(FieldError { field: "amount", key: "error-amount" });
        }
        let payer = crate::domain::required_text(&input.payer, "payer", 300, &mut problems);
        let reference = crate::domain::optional_text(&input.reference, "reference", 300, &mut problems);
        match (received_on, amount_minor, problems.is_empty()) {
            (Some(received_on), Some(amount_minor), true) => Ok(TransferFields {
                received_on,
                amount_minor,
                currency,
                payer,
                reference: reference.unwrap_or_default(),
            }),
            _ => Err(problems),
        }
    }
}

/// Finance ties a payment to an invoice by hand, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchInput {
    #[serde(default)]
    pub invoice_number: String,
    /// In the invoice's currency, when the payment came in another one.
    #[serde(default)]
    pub credited: String,
    /// The exchange rate the bank applied, as its statement prints it.
    #[serde(default)]
    pub rate: String,
}

/// A payment in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentLine {
    pub id: i32,
    pub method: PaymentMethod,
    pub status: PaymentStatus,
    pub received_on: NaiveDate,
    pub amount: String,
    /// What it paid of its invoice, in the invoice's currency, when that differs.
    pub credited: Option<String>,
    pub rate: Option<String>,
    pub payer: String,
    pub reference: String,
    /// The invoice it pays: id and number.
    pub invoice: Option<(i32, String)>,
    /// The open calls whose number its reference quotes, or whose member and amount it fits.
    pub suggestion: Option<String>,
    pub note: Option<String>,
    pub exception: Option<PaymentException>,
}

/// The payments page: those awaiting a match, then the latest matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentsPage {
    pub awaiting: Vec<PaymentLine>,
    pub recent: Vec<PaymentLine>,
}
