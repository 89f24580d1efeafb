//! Invoices: their kinds and states, the views of lists and of the printed invoice, what a
//! member owes.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// What an invoice is.
    pub enum InvoiceKind {
        /// A call for dues (a pro-forma invoice the member's council approves before paying).
        Call => "invoice-kind-call",
        /// Cancels an invoice issued by mistake; never an edit or a deletion.
        CreditNote => "invoice-kind-credit-note",
        /// The invoice of a call paid in full.
        Final => "invoice-kind-final",
        /// Acknowledges one payment of a call paid in full.
        Receipt => "invoice-kind-receipt",
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
    /// The call a credit note, final invoice or receipt is about.
    pub corrects: Option<(i32, String)>,
    /// Whether the reader may cancel it by a credit note (finance, an open call).
    pub may_correct: bool,
    /// A call's payments, what an earlier overpayment paid of it, and what is left to pay.
    pub payments: Vec<super::PaymentLine>,
    pub credit_applied: Option<String>,
    pub outstanding: Option<String>,
    /// Whether the reader (its member's focal point) may pay what is left by card now.
    pub may_pay_by_card: bool,
    /// Where a call can be paid by card, printed with the payment instructions.
    pub card_link: Option<String>,
    /// The other documents about the same call (its final invoice, receipts, credit notes).
    pub related: Vec<(i32, String, InvoiceKind)>,
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
