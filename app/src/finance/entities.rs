//! Tables of the finance area.
pub mod schedule {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "dues_schedules")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub year: i32,
        pub version: i32,
        /// ISO 4217.
        pub currency: String,
        /// What a Palestinian member pays of its band's amount, in percent (0: exempt).
        pub palestinian_percent: i32,
        pub due_on: Date,
        /// Where and how to pay (payee, bank, account), printed on every call issued under it.
        #[sea_orm(column_type = "Text")]
        pub payment_instructions: String,
        /// After it, a member whose call under this schedule is still open is in arrears.
        pub grace_on: Option<Date>,
        /// Set when the first call is issued under it: from then on a change is a new version.
        pub locked_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub created_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod band {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "dues_bands")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub schedule_id: i32,
        pub kind: crate::membership::AuthorityKind,
        /// The largest population of the band; `None`: no upper limit.
        pub population_max: Option<i64>,
        /// In the schedule's currency's minor units.
        pub amount_minor: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod waiver {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "dues_waivers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub member_id: i32,
        /// What the member pays of its dues, in percent (0: waived).
        pub percent_due: i32,
        pub from_year: i32,
        pub until_year: i32,
        #[sea_orm(column_type = "Text")]
        pub reason: String,
        pub created_at: DateTimeUtc,
        pub created_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod invoice {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "invoices")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// The dues year, and the year of the number's series.
        pub year: i32,
        pub sequence: i32,
        /// `2027-0001`.
        pub number: String,
        pub kind: crate::finance::InvoiceKind,
        pub status: crate::finance::InvoiceStatus,
        pub member_id: i32,
        pub schedule_id: Option<i32>,
        /// A credit note's invoice.
        pub corrects_id: Option<i32>,
        /// Negative on a credit note.
        pub amount_minor: i64,
        /// Of a call: what an earlier overpayment of the member already paid of it.
        pub credit_applied_minor: i64,
        /// Of a call: what a reduction (Palestinian share, waiver) took off its band's amount.
        pub waived_minor: i64,
        /// Of a call: when its focal point was reminded of it before its due date.
        pub reminder_sent_on: Option<Date>,
        /// Of a call: when its focal point was told its due date had passed.
        pub overdue_sent_on: Option<Date>,
        pub currency: String,
        pub language: crate::i18n::Lang,
        pub issued_on: Date,
        pub due_on: Date,
        /// The member as it was named when the invoice was issued: an invoice never changes.
        pub member_name: String,
        #[sea_orm(column_type = "Text")]
        pub member_address: String,
        /// How the amount was found (band, reduction), in the invoice's language.
        #[sea_orm(column_type = "Text")]
        pub basis: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub note: Option<String>,
        pub created_at: DateTimeUtc,
        pub created_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod payment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "payments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub method: crate::finance::PaymentMethod,
        pub status: crate::finance::PaymentStatus,
        /// Known once matched (or from the card payment's invoice).
        pub member_id: Option<i32>,
        pub invoice_id: Option<i32>,
        pub received_on: Date,
        /// As received, in its own currency.
        pub amount_minor: i64,
        pub currency: String,
        /// What it paid of its invoice, in the invoice's currency.
        pub credited_minor: Option<i64>,
        /// The bank's exchange rate, as its statement prints it, when the currencies differ.
        pub rate: Option<String>,
        pub payer: String,
        pub reference: String,
        /// A statement line's or a card event's own key: recorded once.
        pub source_key: Option<String>,
        /// The imported bank statement it came from.
        pub statement_id: Option<i32>,
        #[sea_orm(column_type = "Text", nullable)]
        pub note: Option<String>,
        /// Why a card payment waits for finance (status `exception`).
        pub exception: Option<crate::finance::PaymentException>,
        pub created_at: DateTimeUtc,
        pub created_by: String,
        pub matched_at: Option<DateTimeUtc>,
        pub matched_by: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod statement_mapping {
    use sea_orm::entity::prelude::*;

    /// How one bank's CSV export reads: its separator, and the header of each column.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "statement_mappings")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub delimiter: crate::finance::Delimiter,
        pub date_column: String,
        pub date_order: crate::finance::DateOrder,
        pub amount_column: String,
        /// `None`: every line is in `default_currency`.
        pub currency_column: Option<String>,
        pub default_currency: String,
        pub payer_column: String,
        pub reference_column: String,
        pub updated_at: DateTimeUtc,
        pub updated_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod statement {
    use sea_orm::entity::prelude::*;

    /// A bank statement finance imported, and what it added.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "bank_statements")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub file_name: String,
        pub format: crate::finance::StatementFormat,
        pub mapping_id: Option<i32>,
        /// Credit lines read.
        pub lines: i32,
        /// Lines recorded as payments (the others were recorded by an earlier import).
        pub added: i32,
        pub duplicates: i32,
        /// Of those added, matched at once by the number their reference quotes.
        pub matched: i32,
        pub imported_at: DateTimeUtc,
        pub imported_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod card_checkout {
    use sea_orm::entity::prelude::*;

    /// A Stripe Checkout Session Sumud opened to pay what was left of a call.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "card_checkouts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub session_id: String,
        pub invoice_id: i32,
        pub amount_minor: i64,
        pub currency: String,
        pub created_at: DateTimeUtc,
        pub created_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod stripe_event {
    use sea_orm::entity::prelude::*;

    /// A Stripe webhook event, handled once whatever the number of deliveries.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stripe_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: String,
        pub event_type: String,
        pub outcome: String,
        pub payment_id: Option<i32>,
        pub received_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
