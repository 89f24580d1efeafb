//! Bank statements: each bank's CSV column mapping, saved by finance, and statements imported
//! (CSV or camt.053): every credit line recorded once as a payment, matched at once when its
//! reference quotes an open call, the rest left for finance to match; all in one transaction.
use super::payments::{apply, credited_per_invoice, insert_payment, outstanding, quoted_numbers, PaymentSource};
use super::*;
use crate::finance::bank_files::StatementLine;
use crate::finance::entities::{payment, statement, statement_mapping};
use crate::finance::PaymentStatus;
use crate::finance::{
    MappingFields, MappingInput, MappingView, PaymentMethod, StatementFormat, StatementView, StatementsPage,
};
use sea_orm::TryIntoModel;

/// How many keys one query looks up (SQLite's limit on bound values is far above it).
const KEYS_PER_QUERY: usize = 500;

/// Saves a bank's CSV mapping: a new one, or the one of that name corrected.
///
/// # Errors
/// `Invalid` (`name`) when two officers save the same new name at once; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn save_mapping(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &MappingFields,
) -> ServiceResult<statement_mapping::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let existing = statement_mapping::Entity::find()
        .filter(statement_mapping::Column::Name.eq(fields.name.clone()))
        .one(&txn)
        .await?;
    let before = existing.as_ref().map(mapping_audit);
    let mut row = match existing {
        Some(row) => row.into_active_model(),
        None => statement_mapping::ActiveModel { name: Set(fields.name.clone()), ..Default::default() },
    };
    row.delimiter = Set(fields.delimiter);
    row.date_column = Set(fields.date_column.clone());
    row.date_order = Set(fields.date_order);
    row.amount_column = Set(fields.amount_column.clone());
    row.currency_column = Set(fields.currency_column.clone());
    row.default_currency = Set(fields.default_currency.clone());
    row.payer_column = Set(fields.payer_column.clone());
    row.reference_column = Set(fields.reference_column.clone());
    row.updated_at = Set(Utc::now());
    row.updated_by = Set(context.actor_name.clone());
    let row = row.save(&txn).await.map_err(ServiceError::taken("name", "error-mapping-taken"))?;
    let row = row.try_into_model()?;
    let mut change = Change::new("finance.mapping_saved", "statement_mapping", row.id, row.name.clone());
    if let Some(before) = before {
        change = change.before(&before);
    }
    audit::record(&txn, &context.actor, change.after(&mapping_audit(&row))).await?;
    context.commit(txn).await?;
    Ok(row)
}

fn mapping_audit(row: &statement_mapping::Model) -> serde_json::Value {
    json!({
        "delimiter": row.delimiter,
        "date_column": row.date_column,
        "date_order": row.date_order,
        "amount_column": row.amount_column,
        "currency_column": row.currency_column,
        "default_currency": row.default_currency,
        "payer_column": row.payer_column,
        "reference_column": row.reference_column,
    })
}

/// One saved mapping, to read a CSV statement through.
///
/// # Errors
/// `Invalid` (`mapping_id`) for one that does not exist; database errors.
pub async fn mapping(db: &impl ConnectionTrait, id: i32) -> ServiceResult<statement_mapping::Model> {
    statement_mapping::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::invalid("mapping_id", "error-choice-invalid"))
}

/// The saved mappings (by name) and the latest 20 statements imported.
///
/// # Errors
/// Database errors.
pub async fn statements_page(db: &impl ConnectionTrait) -> ServiceResult<StatementsPage> {
    let mappings = statement_mapping::Entity::find()
        .order_by_asc(statement_mapping::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|row| MappingView {
            id: row.id,
            input: MappingInput {
                name: row.name,
                delimiter: row.delimiter.as_str().into(),
                date_column: row.date_column,
                date_order: row.date_order.as_str().into(),
                amount_column: row.amount_column,
                currency_column: row.currency_column.unwrap_or_default(),
                default_currency: row.default_currency,
                payer_column: row.payer_column,
                reference_column: row.reference_column,
            },
        })
        .collect();
    let statements = statement::Entity::find()
        .order_by_desc(statement::Column::Id)
        .limit(20)
        .all(db)
        .await?
        .into_iter()
        .map(statement_view)
        .collect();
    Ok(StatementsPage { mappings, statements })
}

fn statement_view(row: statement::Model) -> StatementView {
    StatementView {
        id: row.id,
        file_name: row.file_name,
        format: row.format,
        lines: row.lines,
        added: row.added,
        duplicates: row.duplicates,
        matched: row.matched,
        imported_at: row.imported_at,
        imported_by: row.imported_by,
    }
}

/// The keys among `keys` that earlier imports recorded.
async fn recorded_keys(txn: &impl ConnectionTrait, keys: &[&str]) -> ServiceResult<HashSet<String>> {
    let mut recorded = HashSet::new();
    for chunk in keys.chunks(KEYS_PER_QUERY) {
        let found: Vec<Option<String>> = payment::Entity::find()
            .filter(payment::Column::SourceKey.is_in(chunk.iter().map(|k| (*k).to_string())))
            .select_only()
            .column(payment::Column::SourceKey)
            .into_tuple()
            .all(txn)
            .await?;
        recorded.extend(found.into_iter().flatten());
    }
    Ok(recorded)
}

/// Imports a statement's credit lines: each one not recorded by an earlier import becomes a
/// payment, matched at once to the open call its reference quotes in its currency (partial,
/// full or over payment as for a typed transfer); the rest await finance's match. One
/// transaction: the statement is imported whole or not at all.
///
/// # Errors
/// `Invalid` (`file`) when another import of the same lines commits first; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), lines = lines.len()))]
pub async fn import_statement(
    db: &DatabaseConnection,
    context: &RequestContext,
    file_name: &str,
    format: StatementFormat,
    mapping_id: Option<i32>,
    lines: Vec<StatementLine>,
) -> ServiceResult<statement::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let name: String = file_name.chars().filter(|c| !crate::domain::is_forbidden_char(*c)).take(200).collect();
    let row = statement::ActiveModel {
        file_name: Set(if name.trim().is_empty() { "statement".into() } else { name }),
        format: Set(format),
        mapping_id: Set(mapping_id),
        lines: Set(count(lines.len())),
        added: Set(0),
        duplicates: Set(0),
        matched: Set(0),
        imported_at: Set(Utc::now()),
        imported_by: Set(context.actor_name.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let keys: Vec<&str> = lines.iter().map(|line| line.key.as_str()).collect();
    let recorded = recorded_keys(&txn, &keys).await?;
    // Read once for the whole file, then kept up to date as lines pay calls.
    let twins = typed_payments(&txn, &lines).await?;
    let mut calls = QuotedCalls::read(&txn, &lines).await?;
    let (mut added, mut duplicates, mut matched) = (0usize, 0usize, 0usize);
    for line in lines {
        if recorded.contains(&line.key) {
            duplicates += 1;
            continue;
        }
        let transfer = &line.transfer;
        let twin = twins.get(&(transfer.received_on, transfer.amount_minor, transfer.currency.clone())).copied();
        let source = PaymentSource::Statement { id: row.id, key: line.key };
        let mut payment = insert_payment(&txn, context, PaymentMethod::Transfer, &line.transfer, source)
            .await
            .map_err(|error| match error {
                ServiceError::Database(cause) => ServiceError::taken("file", "error-statement-racing")(cause),
                other => other,
            })?;
        added += 1;
        if let Some(twin) = twin {
            // Finance may have typed this transfer before importing the statement: it checks.
            let note = translate(context.lang, "payment-note-typed-twin", &[("id", twin.to_string())]);
            let mut noted = payment.into_active_model();
            noted.note = Set(Some(note));
            noted.update(&txn).await?;
            continue;
        }
        if let Some(call) = calls.sure_call(&payment) {
            let credited = payment.amount_minor;
            payment = apply(&txn, context, payment, &call, credited, None).await?;
            if payment.status == PaymentStatus::Matched {
                matched += 1;
                calls.paid(&call, credited);
            }
        }
    }
    let mut done = row.into_active_model();
    done.added = Set(count(added));
    done.duplicates = Set(count(duplicates));
    done.matched = Set(count(matched));
    let row = done.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.statement_imported", "bank_statement", row.id, row.file_name.clone()).after(&json!({
            "format": row.format,
            "lines": row.lines,
            "added": row.added,
            "duplicates": row.duplicates,
            "matched": row.matched,
        })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// The payments finance typed by hand on the statement's dates, by date, amount and currency:
/// a line with the same is perhaps the same transfer, which finance checks before matching it.
async fn typed_payments(
    txn: &impl ConnectionTrait,
    lines: &[StatementLine],
) -> ServiceResult<HashMap<(chrono::NaiveDate, i64, String), i32>> {
    let dates: Vec<chrono::NaiveDate> =
        lines.iter().map(|l| l.transfer.received_on).collect::<HashSet<_>>().into_iter().collect();
    let mut twins = HashMap::new();
    for chunk in dates.chunks(KEYS_PER_QUERY) {
        let typed: Vec<(i32, chrono::NaiveDate, i64, String)> = payment::Entity::find()
            .filter(payment::Column::SourceKey.is_null())
            .filter(payment::Column::ReceivedOn.is_in(chunk.iter().copied()))
            .select_only()
            .column(payment::Column::Id)
            .column(payment::Column::ReceivedOn)
            .column(payment::Column::AmountMinor)
            .column(payment::Column::Currency)
            .into_tuple()
            .all(txn)
            .await?;
        for (id, date, amount, currency) in typed {
            twins.entry((date, amount, currency)).or_insert(id);
        }
    }
    Ok(twins)
}

/// The open calls a statement's lines quote, each with what was paid of it so far.
struct QuotedCalls {
    open: HashMap<String, invoice::Model>,
    paid: HashMap<i32, i64>,
}

impl QuotedCalls {
    async fn read(txn: &impl ConnectionTrait, lines: &[StatementLine]) -> ServiceResult<Self> {
        let numbers: Vec<String> = lines
            .iter()
            .flat_map(|l| quoted_numbers(&l.transfer.reference))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let mut open = HashMap::new();
        let mut paid = HashMap::new();
        for chunk in numbers.chunks(KEYS_PER_QUERY) {
            let calls = invoice::Entity::find()
                .filter(invoice::Column::Number.is_in(chunk.iter().cloned()))
                .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
                .filter(invoice::Column::Status.eq(InvoiceStatus::Open))
                .all(txn)
                .await?;
            let of_these = sea_orm::Condition::all().add(payment::Column::InvoiceId.is_in(calls.iter().map(|c| c.id)));
            paid.extend(credited_per_invoice(txn, of_these).await?);
            open.extend(calls.into_iter().map(|c| (c.number.clone(), c)));
        }
        Ok(QuotedCalls { open, paid })
    }

    /// The open call a statement line pays beyond doubt: the only number its reference quotes,
    /// in its currency, with at least the line's amount left to pay. A line that quotes several
    /// numbers (a batch of transfers) or pays more than is left waits for finance, with the
    /// call suggested.
    fn sure_call(&self, payment: &payment::Model) -> Option<invoice::Model> {
        let [number] = quoted_numbers(&payment.reference).try_into().ok()?;
        let call = self.open.get(&number).filter(|c| c.currency == payment.currency)?;
        let left = outstanding(call, self.paid.get(&call.id).copied().unwrap_or(0));
        (payment.amount_minor <= left).then(|| call.clone())
    }

    /// A line paid `credited` of `call`: a call paid in full is no longer open.
    fn paid(&mut self, call: &invoice::Model, credited: i64) {
        let paid = self.paid.entry(call.id).or_default();
        *paid += credited;
        if outstanding(call, *paid) == 0 {
            self.open.remove(&call.number);
        }
    }
}

/// A count for an integer column (a statement is at most 16 MiB: far below its limit).
fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// One imported statement.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn statement(db: &impl ConnectionTrait, id: i32) -> ServiceResult<StatementView> {
    Ok(statement_view(statement::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?))
}
