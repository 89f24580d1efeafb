//! Payments of dues: recorded (a transfer typed by finance), matched to the invoice they pay
//! (by the number the reference quotes, or by hand), and what follows in the same transaction:
//! the invoice paid with its final invoice and receipt, the member's arrears cleared.
use super::invoices::last_sequence;
use super::standing::refresh_arrears;
use super::*;
use crate::finance::entities::payment;
use crate::finance::{MatchInput, PaymentLine, PaymentMethod, PaymentStatus, PaymentsPage, TransferFields};

/// The invoice numbers a transfer's reference quotes ("Cotisation 2027-0042 Lyon").
pub fn quoted_numbers(reference: &str) -> Vec<String> {
    let chars: Vec<char> = reference.chars().collect();
    let mut found = Vec::new();
    for start in 0..chars.len() {
        let window: String = chars[start..].iter().take(9).collect();
        let bytes = window.as_bytes();
        let digit_before = start > 0 && chars[start - 1].is_ascii_digit();
        let digit_after = chars.get(start + 9).is_some_and(char::is_ascii_digit);
        if window.len() == 9
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[4] == b'-'
            && bytes[5..].iter().all(u8::is_ascii_digit)
            && !digit_before
            && !digit_after
        {
            found.push(window);
        }
    }
    found
}

/// What has been paid of an invoice so far, in its currency.
pub(super) async fn paid_of(txn: &impl ConnectionTrait, invoice_id: i32) -> ServiceResult<i64> {
    // Summed here: PostgreSQL sums BIGINT as NUMERIC.
    let credited: Vec<Option<i64>> = payment::Entity::find()
        .filter(payment::Column::InvoiceId.eq(invoice_id))
        .filter(payment::Column::Status.eq(PaymentStatus::Matched))
        .select_only()
        .column(payment::Column::CreditedMinor)
        .into_tuple()
        .all(txn)
        .await?;
    Ok(credited.into_iter().flatten().sum())
}

/// What is left to pay of an invoice.
pub(super) fn outstanding(row: &invoice::Model, paid: i64) -> i64 {
    (row.amount_minor - row.credit_applied_minor - paid).max(0)
}

/// Ties a payment to an invoice, crediting `credited` of the invoice's currency; when the
/// invoice is then paid in full, issues its final invoice and a receipt for each payment, and
/// clears the member's arrears.
pub(super) async fn apply(
    txn: &DatabaseTransaction,
    context: &RequestContext,
    row: payment::Model,
    call: &invoice::Model,
    credited: i64,
    rate: Option<String>,
) -> ServiceResult<payment::Model> {
    let now = Utc::now();
    let mut matched = row.into_active_model();
    matched.status = Set(PaymentStatus::Matched);
    matched.member_id = Set(Some(call.member_id));
    matched.invoice_id = Set(Some(call.id));
    matched.credited_minor = Set(Some(credited));
    matched.rate = Set(rate);
    matched.matched_at = Set(Some(now));
    matched.matched_by = Set(Some(context.actor_name.clone()));
    let matched = matched.update(txn).await?;
    let paid = paid_of(txn, call.id).await?;
    audit::record(
        txn,
        &context.actor,
        Change::new("finance.payment_matched", "invoice", &call.number, call.member_name.clone()).after(&json!({
            "payment_id": matched.id,
            "amount_minor": matched.amount_minor,
            "currency": matched.currency,
            "credited_minor": credited,
            "rate": matched.rate,
            "paid_minor": paid,
        })),
    )
    .await?;
    if call.status == InvoiceStatus::Open && outstanding(call, paid) == 0 {
        let mut settled = call.clone().into_active_model();
        settled.status = Set(InvoiceStatus::Paid);
        settled.update(txn).await?;
        issue_settlement(txn, context, call).await?;
    }
    refresh_arrears(txn, call.member_id, now.date_naive()).await?;
    Ok(matched)
}

/// The final invoice of a call paid in full, and a receipt for each of its payments, numbered
/// next in the call's year.
async fn issue_settlement(
    txn: &DatabaseTransaction,
    context: &RequestContext,
    call: &invoice::Model,
) -> ServiceResult<()> {
    let payments = payment::Entity::find()
        .filter(payment::Column::InvoiceId.eq(call.id))
        .filter(payment::Column::Status.eq(PaymentStatus::Matched))
        .order_by_asc(payment::Column::Id)
        .all(txn)
        .await?;
    let mut sequence = last_sequence(txn, call.year).await?;
    let today = Utc::now().date_naive();
    let lang = call.language;
    let mut documents = vec![(
        InvoiceKind::Final,
        call.amount_minor,
        translate(lang, "invoice-final-basis", &[("number", call.number.clone())]),
    )];
    for paid in &payments {
        let method = translate(lang, paid.method.label_key(), &[]);
        let basis = translate(
            lang,
            "invoice-receipt-basis",
            &[
                ("number", call.number.clone()),
                ("method", method),
                ("date", crate::i18n::dates::medium(lang, paid.received_on)),
                ("amount", money::format(lang, paid.amount_minor, &paid.currency)),
            ],
        );
        documents.push((InvoiceKind::Receipt, paid.credited_minor.unwrap_or(0), basis));
    }
    for (kind, amount_minor, basis) in documents {
        sequence += 1;
        invoice::ActiveModel {
            year: Set(call.year),
            sequence: Set(sequence),
            number: Set(invoice_number(call.year, sequence)),
            kind: Set(kind),
            status: Set(InvoiceStatus::Settled),
            member_id: Set(call.member_id),
            schedule_id: Set(call.schedule_id),
            corrects_id: Set(Some(call.id)),
            amount_minor: Set(amount_minor),
            credit_applied_minor: Set(0),
            currency: Set(call.currency.clone()),
            language: Set(lang),
            issued_on: Set(today),
            due_on: Set(today),
            member_name: Set(call.member_name.clone()),
            member_address: Set(call.member_address.clone()),
            basis: Set(basis),
            note: Set(None),
            created_at: Set(Utc::now()),
            created_by: Set(context.actor_name.clone()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// The open call a payment's reference quotes, in the payment's currency.
pub(super) async fn quoted_call(
    txn: &impl ConnectionTrait,
    row: &payment::Model,
) -> ServiceResult<Option<invoice::Model>> {
    let numbers = quoted_numbers(&row.reference);
    if numbers.is_empty() {
        return Ok(None);
    }
    Ok(invoice::Entity::find()
        .filter(invoice::Column::Number.is_in(numbers))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.eq(InvoiceStatus::Open))
        .filter(invoice::Column::Currency.eq(row.currency.clone()))
        .order_by_asc(invoice::Column::Sequence)
        .one(txn)
        .await?)
}

/// Records a bank transfer and, when its reference quotes an open call in its currency,
/// matches it at once.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn record_transfer(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &TransferFields,
) -> ServiceResult<payment::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let row = insert_payment(&txn, context, PaymentMethod::Transfer, fields, PaymentSource::Typed).await?;
    let row = match quoted_call(&txn, &row).await? {
        Some(call) => {
            let credited = row.amount_minor;
            apply(&txn, context, row, &call, credited, None).await?
        }
        None => row,
    };
    context.commit(txn).await?;
    Ok(row)
}

/// Where a payment's record came from.
pub(super) enum PaymentSource {
    /// Typed by finance.
    Typed,
    /// A line of an imported statement, with the line's key: the unique index on the key
    /// refuses a second recording of it.
    Statement { id: i32, key: String },
    /// A card payment, keyed by Stripe's payment intent.
    Card { key: String },
}

/// A payment received, not yet matched, with its audit entry.
pub(super) async fn insert_payment(
    txn: &DatabaseTransaction,
    context: &RequestContext,
    method: PaymentMethod,
    fields: &TransferFields,
    source: PaymentSource,
) -> ServiceResult<payment::Model> {
    let (statement_id, source_key) = match source {
        PaymentSource::Typed => (None, None),
        PaymentSource::Statement { id, key } => (Some(id), Some(key)),
        PaymentSource::Card { key } => (None, Some(key)),
    };
    let row = payment::ActiveModel {
        method: Set(method),
        status: Set(PaymentStatus::Unmatched),
        member_id: Set(None),
        invoice_id: Set(None),
        received_on: Set(fields.received_on),
        amount_minor: Set(fields.amount_minor),
        currency: Set(fields.currency.clone()),
        credited_minor: Set(None),
        rate: Set(None),
        payer: Set(fields.payer.clone()),
        reference: Set(fields.reference.clone()),
        source_key: Set(source_key),
        statement_id: Set(statement_id),
        note: Set(None),
        exception: Set(None),
        created_at: Set(Utc::now()),
        created_by: Set(context.actor_name.clone()),
        matched_at: Set(None),
        matched_by: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        &context.actor,
        Change::new("finance.payment_recorded", "payment", row.id, row.payer.clone()).after(&json!({
            "method": row.method,
            "received_on": row.received_on.to_string(),
            "amount_minor": row.amount_minor,
            "currency": row.currency,
            "reference": row.reference,
        })),
    )
    .await?;
    Ok(row)
}

/// Finance ties a payment awaiting a match to an invoice: a call not cancelled, named by its
/// number. A payment in another currency than the invoice's needs what it credited in the
/// invoice's currency (and the bank's rate, kept for the record).
///
/// # Errors
/// `NotFound`; `Conflict` for a payment already matched; `Invalid` for an unknown number, a
/// cancelled call or a credited amount missing or unreadable; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn match_payment(
    db: &DatabaseConnection,
    context: &RequestContext,
    payment_id: i32,
    input: &MatchInput,
) -> ServiceResult<payment::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let row = payment::Entity::find_by_id(payment_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if row.status == PaymentStatus::Matched {
        return Err(ServiceError::Conflict { key: "error-payment-matched" });
    }
    let call = invoice::Entity::find()
        .filter(invoice::Column::Number.eq(input.invoice_number.trim()))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .one(&txn)
        .await?
        .filter(|c| c.status != InvoiceStatus::Cancelled)
        .ok_or(ServiceError::invalid("invoice_number", "error-invoice-number"))?;
    let (credited, rate) = if call.currency == row.currency && input.credited.trim().is_empty() {
        (row.amount_minor, None)
    } else {
        let digits = crate::finance::minor_digits(&call.currency).unwrap_or(2);
        let credited = crate::finance::parse_amount(&input.credited, digits)
            .filter(|c| *c > 0)
            .ok_or(ServiceError::invalid("credited", "error-credited"))?;
        let rate = input.rate.trim();
        if rate.len() > 30 || !rate.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
            return Err(ServiceError::invalid("rate", "error-rate"));
        }
        (credited, (!rate.is_empty()).then(|| rate.replace(',', ".")))
    };
    let row = apply(&txn, context, row, &call, credited, rate).await?;
    context.commit(txn).await?;
    Ok(row)
}

fn payment_line(
    row: &payment::Model,
    lang: Lang,
    invoice: Option<&invoice::Model>,
    suggestion: Option<String>,
) -> PaymentLine {
    PaymentLine {
        id: row.id,
        method: row.method,
        status: row.status,
        received_on: row.received_on,
        amount: money::format(lang, row.amount_minor, &row.currency),
        credited: invoice
            .filter(|i| i.currency != row.currency)
            .and_then(|i| row.credited_minor.map(|c| money::format(lang, c, &i.currency))),
        rate: row.rate.clone(),
        payer: row.payer.clone(),
        reference: row.reference.clone(),
        invoice: invoice.map(|i| (i.id, i.number.clone())),
        suggestion,
        note: row.note.clone(),
        exception: row.exception,
    }
}

/// The payments awaiting a match (oldest first, each with the call it most likely pays) and
/// the latest 50 matched.
///
/// # Errors
/// Database errors.
pub async fn payments_page(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<PaymentsPage> {
    let awaiting_rows = payment::Entity::find()
        .filter(payment::Column::Status.ne(PaymentStatus::Matched))
        .order_by_asc(payment::Column::Id)
        .all(db)
        .await?;
    let recent_rows = payment::Entity::find()
        .filter(payment::Column::Status.eq(PaymentStatus::Matched))
        .order_by_desc(payment::Column::MatchedAt)
        .limit(50)
        .all(db)
        .await?;
    let ids: Vec<i32> = recent_rows.iter().filter_map(|p| p.invoice_id).collect();
    let invoices: HashMap<i32, invoice::Model> = invoice::Entity::find()
        .filter(invoice::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let open_calls = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.eq(InvoiceStatus::Open))
        .all(db)
        .await?;
    let mut awaiting = Vec::with_capacity(awaiting_rows.len());
    for row in &awaiting_rows {
        awaiting.push(payment_line(row, lang, None, suggest(row, &open_calls)));
    }
    let recent = recent_rows
        .iter()
        .map(|row| payment_line(row, lang, row.invoice_id.and_then(|id| invoices.get(&id)), None))
        .collect();
    Ok(PaymentsPage { awaiting, recent })
}

/// The open call a payment most likely pays: the one its reference quotes, else the only one
/// of its amount whose member the payer's name names (a treasury writes "Ville de Lyon — Trésor
/// public" where the invoice says "Lyon").
fn suggest(row: &payment::Model, open_calls: &[invoice::Model]) -> Option<String> {
    let quoted = quoted_numbers(&row.reference);
    if let Some(call) = open_calls.iter().find(|c| quoted.contains(&c.number)) {
        return Some(call.number.clone());
    }
    let payer = crate::membership::names::normalize(&row.payer);
    let names_member = |call: &invoice::Model| {
        call.member_address.lines().take(2).any(|name| {
            let name = crate::membership::names::normalize(name);
            name.chars().count() >= 3 && payer.contains(&name)
        })
    };
    let mut fitting = open_calls.iter().filter(|c| {
        c.currency == row.currency && c.amount_minor - c.credit_applied_minor == row.amount_minor && names_member(c)
    });
    match (fitting.next(), fitting.next()) {
        (Some(only), None) => Some(only.number.clone()),
        _ => None,
    }
}

/// What matched payments credited to each invoice, among the payments `only` keeps (summed
/// here: PostgreSQL sums BIGINT as NUMERIC).
pub(super) async fn credited_per_invoice(
    txn: &impl ConnectionTrait,
    only: sea_orm::Condition,
) -> ServiceResult<HashMap<i32, i64>> {
    let rows: Vec<(Option<i32>, Option<i64>)> = payment::Entity::find()
        .filter(payment::Column::Status.eq(PaymentStatus::Matched))
        .filter(only)
        .select_only()
        .column(payment::Column::InvoiceId)
        .column(payment::Column::CreditedMinor)
        .into_tuple()
        .all(txn)
        .await?;
    let mut credited: HashMap<i32, i64> = HashMap::new();
    for (invoice_id, amount) in rows {
        if let Some(invoice_id) = invoice_id {
            *credited.entry(invoice_id).or_default() += amount.unwrap_or(0);
        }
    }
    Ok(credited)
}

/// Each member's credit from overpayments, per currency: what its payments paid beyond its
/// calls (all of what it paid of a cancelled one), less what later calls already took of it.
pub(super) async fn available_credits(txn: &impl ConnectionTrait) -> ServiceResult<HashMap<(i32, String), i64>> {
    let paid = credited_per_invoice(txn, sea_orm::Condition::all()).await?;
    let calls = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(
            sea_orm::Condition::any()
                .add(invoice::Column::CreditAppliedMinor.gt(0))
                .add(invoice::Column::Id.is_in(paid.keys().copied())),
        )
        .all(txn)
        .await?;
    let mut credits: HashMap<(i32, String), i64> = HashMap::new();
    for call in calls {
        let (due, applied) = match call.status {
            InvoiceStatus::Cancelled => (0, 0),
            _ => (call.amount_minor - call.credit_applied_minor, call.credit_applied_minor),
        };
        let excess = (paid.get(&call.id).copied().unwrap_or(0) - due).max(0);
        *credits.entry((call.member_id, call.currency.clone())).or_default() += excess - applied;
    }
    credits.retain(|_, credit| *credit > 0);
    Ok(credits)
}

/// A call's matched payments, oldest first.
pub(super) async fn call_payments(
    db: &impl ConnectionTrait,
    call: &invoice::Model,
    lang: Lang,
) -> ServiceResult<Vec<PaymentLine>> {
    let rows = payment::Entity::find()
        .filter(payment::Column::InvoiceId.eq(call.id))
        .filter(payment::Column::Status.eq(PaymentStatus::Matched))
        .order_by_asc(payment::Column::Id)
        .all(db)
        .await?;
    Ok(rows.iter().map(|row| payment_line(row, lang, Some(call), None)).collect())
}
