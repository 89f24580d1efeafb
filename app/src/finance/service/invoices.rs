//! Calls for dues and credit notes: issued with the next number of their year's series (no
//! gaps, never reused), rendered in the member's language, read by finance and by the member's
//! focal point.
use super::payments::{available_credits, call_payments, outstanding, paid_of};
use super::standing::refresh_arrears;
use super::*;
use crate::email::service::{self as email, Outgoing};
use crate::finance::emails::CallIssued;

/// Who reads an invoice: finance and the secretariat read every one, a focal point its own
/// member's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvoiceReader {
    Office,
    FocalPoint { member_id: i32 },
}

/// What issuing calls did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Issued {
    pub numbers: Vec<String>,
    /// Members that had a call for the year already.
    pub already: u64,
    /// Members the schedule has no band for (their kind is missing).
    pub without_band: Vec<String>,
}

/// `2027-0001`.
pub fn invoice_number(year: i32, sequence: i32) -> String {
    format!("{year}-{sequence:04}")
}

/// The year's last number so far; call it after raising `INVOICE_NUMBERS` in the transaction
/// that takes the next ones.
pub(super) async fn last_sequence(txn: &DatabaseTransaction, year: i32) -> ServiceResult<i32> {
    let last: Option<Option<i32>> = invoice::Entity::find()
        .filter(invoice::Column::Year.eq(year))
        .select_only()
        .column_as(invoice::Column::Sequence.max(), "sequence")
        .into_tuple()
        .one(txn)
        .await?;
    Ok(last.flatten().unwrap_or(0))
}

/// How a member is addressed on its invoices.
fn address(member: &membership::BillingContact, lang: Lang) -> String {
    let country = crate::membership::country_name(&member.country, lang).unwrap_or(&member.country);
    let mut lines = vec![member.official_name.clone()];
    if member.latin_name != member.official_name {
        lines.push(member.latin_name.clone());
    }
    lines.push(member.region.as_ref().map_or_else(|| country.to_string(), |r| format!("{r}, {country}")));
    lines.join("\n")
}

/// How the amount was found, in the invoice's language.
fn basis(lang: Lang, schedule: &schedule::Model, member: &membership::BillingContact, dues: &Dues) -> String {
    let kind = translate(lang, member.kind.label_key(), &[]);
    let band = money::format(lang, dues.band_minor, &schedule.currency);
    let year = schedule.year.to_string();
    let mut text = translate(lang, "invoice-basis", &[("year", year), ("kind", kind), ("amount", band)]);
    let percent = dues.percent_due.to_string();
    let reduction = match &dues.reduction {
        Reduction::None => None,
        Reduction::Palestinian => Some(translate(lang, "invoice-basis-palestinian", &[("percent", percent)])),
        Reduction::Waiver(reason) => {
            Some(translate(lang, "invoice-basis-waiver", &[("percent", percent), ("reason", reason.clone())]))
        }
    };
    if let Some(reduction) = reduction {
        text.push(' ');
        text.push_str(&reduction);
    }
    text
}

/// Issues the year's calls under a schedule: for every active member, or for `only` one, that
/// has no call for the year yet (so running it twice issues nothing twice), each numbered next
/// in the year's series, with its email to the focal point, in one transaction. The schedule is
/// locked from the first call on.
///
/// # Errors
/// `NotFound`; `Conflict` when a later version of the schedule exists or it has no band;
/// `Invalid` (`member_id`) for a member that is not active; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn issue_calls(
    db: &DatabaseConnection,
    context: &RequestContext,
    schedule_id: i32,
    only: Option<i32>,
) -> ServiceResult<Issued> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let schedule = schedule::Entity::find_by_id(schedule_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let newer = schedule::Entity::find()
        .filter(schedule::Column::Year.eq(schedule.year))
        .filter(schedule::Column::Version.gt(schedule.version))
        .count(&txn)
        .await?;
    if newer > 0 {
        return Err(ServiceError::Conflict { key: "error-schedule-superseded" });
    }
    let bands = band::Entity::find().filter(band::Column::ScheduleId.eq(schedule_id)).all(&txn).await?;
    if bands.is_empty() {
        return Err(ServiceError::Conflict { key: "error-schedule-no-bands" });
    }
    let mut members = membership::active_billing_contacts(&txn).await?;
    if let Some(member_id) = only {
        members.retain(|m| m.id == member_id);
        if members.is_empty() {
            return Err(ServiceError::invalid("member_id", "error-member-not-active"));
        }
    }
    let called: HashSet<i32> = invoice::Entity::find()
        .select_only()
        .column(invoice::Column::MemberId)
        .filter(invoice::Column::Year.eq(schedule.year))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.ne(InvoiceStatus::Cancelled))
        .into_tuple::<i32>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    let waivers = waiver::Entity::find()
        .filter(waiver::Column::FromYear.lte(schedule.year))
        .filter(waiver::Column::UntilYear.gte(schedule.year))
        .all(&txn)
        .await?;
    let mut credits = available_credits(&txn).await?;
    let mut sequence = last_sequence(&txn, schedule.year).await?;
    let now = Utc::now();
    let today = now.date_naive();
    let mut issued = Issued::default();
    let mut rows = Vec::new();
    let mut emails = Vec::new();
    let mut changes = Vec::new();
    for member in &members {
        if called.contains(&member.id) {
            issued.already += 1;
            continue;
        }
        let Some(dues) = dues_for(&schedule, &bands, &waivers, member) else {
            issued.without_band.push(member.latin_name.clone());
            continue;
        };
        sequence += 1;
        let number = invoice_number(schedule.year, sequence);
        let lang = member.focal_language;
        let credit = credits.get_mut(&(member.id, schedule.currency.clone()));
        let applied = credit.map_or(0, |credit| {
            let applied = (*credit).min(dues.amount_minor);
            *credit -= applied;
            applied
        });
        let amount = money::format(lang, dues.amount_minor - applied, &schedule.currency);
        let mut basis = basis(lang, &schedule, member, &dues);
        if applied > 0 {
            let carried = money::format(lang, applied, &schedule.currency);
            basis.push(' ');
            basis.push_str(&translate(lang, "invoice-basis-credit", &[("amount", carried)]));
        }
        let status = match (dues.amount_minor, dues.amount_minor - applied) {
            // Nothing to pay (exempt): settled from the start, but still a record of the call.
            (0, _) => InvoiceStatus::Settled,
            (_, 0) => InvoiceStatus::Paid,
            _ => InvoiceStatus::Open,
        };
        rows.push(invoice::ActiveModel {
            year: Set(schedule.year),
            sequence: Set(sequence),
            number: Set(number.clone()),
            kind: Set(InvoiceKind::Call),
            status: Set(status),
            member_id: Set(member.id),
            schedule_id: Set(Some(schedule.id)),
            corrects_id: Set(None),
            amount_minor: Set(dues.amount_minor),
            credit_applied_minor: Set(applied),
            waived_minor: Set(dues.band_minor - dues.amount_minor),
            currency: Set(schedule.currency.clone()),
            language: Set(lang),
            issued_on: Set(today),
            due_on: Set(schedule.due_on.max(today)),
            member_name: Set(member.official_name.clone()),
            member_address: Set(address(member, lang)),
            basis: Set(basis),
            note: Set(None),
            created_at: Set(now),
            created_by: Set(context.actor_name.clone()),
            ..Default::default()
        });
        emails.push(Outgoing::new(
            &member.focal_email,
            &member.focal_name,
            lang,
            &CallIssued {
                number: &number,
                year: schedule.year,
                amount: &amount,
                due_on: schedule.due_on.max(today),
                link: context.link(&routes::member_invoices(member.id)),
            },
        ));
        changes.push((
            member.latin_name.clone(),
            json!({ "number": number, "amount_minor": dues.amount_minor, "currency": schedule.currency }),
        ));
        issued.numbers.push(number);
    }
    if !rows.is_empty() {
        // In slices: SQLite takes a bounded number of values per statement.
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let slice: Vec<_> = rows.by_ref().take(500).collect();
            invoice::Entity::insert_many(slice).exec_without_returning(&txn).await?;
        }
        for slice in emails.chunks(500) {
            email::enqueue_all(&txn, slice).await?;
        }
        let actor = &context.actor;
        let entries: Vec<_> = changes
            .iter()
            .zip(&issued.numbers)
            .map(|((name, after), number)| {
                (actor, Change::new("finance.call_issued", "invoice", number, name.clone()).after(after))
            })
            .collect();
        let mut entries = entries.into_iter().peekable();
        while entries.peek().is_some() {
            let slice: Vec<_> = entries.by_ref().take(500).collect();
            audit::record_all(&txn, slice).await?;
        }
        if schedule.locked_at.is_none() {
            let mut locked = schedule.into_active_model();
            locked.locked_at = Set(Some(now));
            locked.update(&txn).await?;
        }
    }
    context.commit(txn).await?;
    Ok(issued)
}

/// Cancels an open call by a credit note of the same amount, numbered next in the call's year;
/// the call is then cancelled, and a new call may be issued for the member.
///
/// # Errors
/// `NotFound`; `Conflict` for an invoice that is not an open call; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn credit_note(
    db: &DatabaseConnection,
    context: &RequestContext,
    invoice_id: i32,
    reason: &str,
) -> ServiceResult<invoice::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let call = invoice::Entity::find_by_id(invoice_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if call.kind != InvoiceKind::Call || call.status != InvoiceStatus::Open {
        return Err(ServiceError::Conflict { key: "error-invoice-not-open" });
    }
    let sequence = last_sequence(&txn, call.year).await? + 1;
    let now = Utc::now();
    let number = invoice_number(call.year, sequence);
    let basis = translate(call.language, "invoice-credit-basis", &[("number", call.number.clone())]);
    let row = invoice::ActiveModel {
        year: Set(call.year),
        sequence: Set(sequence),
        number: Set(number.clone()),
        kind: Set(InvoiceKind::CreditNote),
        status: Set(InvoiceStatus::Settled),
        member_id: Set(call.member_id),
        schedule_id: Set(call.schedule_id),
        corrects_id: Set(Some(call.id)),
        amount_minor: Set(-call.amount_minor),
        credit_applied_minor: Set(0),
        currency: Set(call.currency.clone()),
        language: Set(call.language),
        issued_on: Set(now.date_naive()),
        due_on: Set(now.date_naive()),
        member_name: Set(call.member_name.clone()),
        member_address: Set(call.member_address.clone()),
        basis: Set(basis),
        note: Set(Some(reason.to_string())),
        created_at: Set(now),
        created_by: Set(context.actor_name.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut cancelled = call.clone().into_active_model();
    cancelled.status = Set(InvoiceStatus::Cancelled);
    cancelled.update(&txn).await?;
    // Unpaid dues of a past year no longer count against the member.
    refresh_arrears(&txn, call.member_id, now.date_naive()).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.credit_note_issued", "invoice", &call.number, call.member_name.clone())
            .before(&json!({ "status": call.status }))
            .after(&json!({ "status": InvoiceStatus::Cancelled, "credit_note": number, "reason": reason })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

fn line(row: &invoice::Model, reader_lang: Lang) -> InvoiceLine {
    InvoiceLine {
        id: row.id,
        number: row.number.clone(),
        kind: row.kind,
        status: row.status,
        member_id: row.member_id,
        member_name: row.member_name.clone(),
        amount: money::format(reader_lang, row.amount_minor, &row.currency),
        issued_on: row.issued_on,
        due_on: row.due_on,
    }
}

/// Invoices per page of the finance office's list.
pub const INVOICES_PAGE_SIZE: u64 = 50;

/// A page of every member's invoices, newest number first; `year` narrows them to one year.
///
/// # Errors
/// Database errors.
pub async fn invoices(
    db: &impl ConnectionTrait,
    year: Option<i32>,
    page: u64,
    lang: Lang,
) -> ServiceResult<InvoiceList> {
    let mut query = invoice::Entity::find();
    if let Some(year) = year {
        query = query.filter(invoice::Column::Year.eq(year));
    }
    let paginator = query
        .order_by_desc(invoice::Column::Year)
        .order_by_desc(invoice::Column::Sequence)
        .paginate(db, INVOICES_PAGE_SIZE);
    let counts = paginator.num_items_and_pages().await?;
    let rows = paginator.fetch_page(page).await?;
    Ok(InvoiceList {
        lines: rows.iter().map(|row| line(row, lang)).collect(),
        page,
        pages: counts.number_of_pages,
        total: counts.number_of_items,
    })
}

/// A member's invoices, newest first, and its name in the reader's language.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn member_invoices(
    db: &impl ConnectionTrait,
    member_id: i32,
    lang: Lang,
) -> ServiceResult<(String, Vec<InvoiceLine>)> {
    let member = membership::billing_contact(db, member_id).await?;
    let rows = invoice::Entity::find()
        .filter(invoice::Column::MemberId.eq(member_id))
        .order_by_desc(invoice::Column::Year)
        .order_by_desc(invoice::Column::Sequence)
        .all(db)
        .await?;
    Ok((member.name_in(lang).to_string(), rows.iter().map(|row| line(row, lang)).collect()))
}

/// An invoice as printed, in its own language.
///
/// # Errors
/// `NotFound`, also for a focal point reading another member's invoice; database errors.
/// `cards_at`: the site's public address, when card payments through Stripe are configured.
pub async fn invoice_page(
    db: &impl ConnectionTrait,
    id: i32,
    reader: InvoiceReader,
    cards_at: Option<&str>,
) -> ServiceResult<InvoicePage> {
    let row = invoice::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if let InvoiceReader::FocalPoint { member_id } = reader {
        if member_id != row.member_id {
            return Err(ServiceError::NotFound);
        }
    }
    let lang = row.language;
    let instructions = match row.schedule_id {
        Some(id) => schedule::Entity::find_by_id(id).one(db).await?.map(|s| s.payment_instructions),
        None => None,
    };
    let corrects = match row.corrects_id {
        Some(id) => invoice::Entity::find_by_id(id).one(db).await?.map(|c| (c.id, c.number)),
        None => None,
    };
    // The documents about the same call: this call's, or the call this one is about.
    let call_id = row.corrects_id.unwrap_or(row.id);
    let related = invoice::Entity::find()
        .filter(invoice::Column::CorrectsId.eq(call_id))
        .filter(invoice::Column::Id.ne(row.id))
        .order_by_asc(invoice::Column::Sequence)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.number, c.kind))
        .collect();
    let is_call = row.kind == InvoiceKind::Call;
    let payments = if is_call { call_payments(db, &row, lang).await? } else { Vec::new() };
    let paid = paid_of(db, row.id).await?;
    let open = is_call && row.status == InvoiceStatus::Open;
    let left = outstanding(&row, paid);
    let by_card = cards_at.filter(|_| super::card_currency(&row.currency));
    Ok(InvoicePage {
        line: line(&row, lang),
        language: lang,
        year: row.year,
        amount_in_words: money::in_words(lang, row.amount_minor, &row.currency),
        payment_instructions: instructions.unwrap_or_default(),
        member_address: row.member_address.clone(),
        basis: row.basis.clone(),
        note: row.note.clone(),
        corrects,
        related,
        may_correct: reader == InvoiceReader::Office && open,
        payments,
        credit_applied: (row.credit_applied_minor > 0)
            .then(|| money::format(lang, row.credit_applied_minor, &row.currency)),
        outstanding: open.then(|| money::format(lang, left, &row.currency)),
        may_pay_by_card: by_card.is_some() && open && left > 0 && matches!(reader, InvoiceReader::FocalPoint { .. }),
        card_link: by_card.filter(|_| is_call).map(|base| format!("{base}{}", routes::invoice(row.id))),
    })
}
