//! The yearly dues schedules and their bands, the solidarity waivers, and what a member owes
//! under a schedule.
use super::*;

pub(super) fn band_view(lang: Lang, currency: &str, row: &band::Model) -> BandView {
    BandView {
        id: row.id,
        kind: row.kind,
        population_max: row.population_max,
        amount: money::format(lang, row.amount_minor, currency),
    }
}

fn schedule_audit(row: &schedule::Model) -> serde_json::Value {
    json!({
        "year": row.year,
        "version": row.version,
        "currency": row.currency,
        "palestinian_percent": row.palestinian_percent,
        "due_on": row.due_on.to_string(),
        "payment_instructions": row.payment_instructions,
    })
}

/// The schedules, newest year and version first, with their bands and the calls issued.
async fn schedule_views(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<Vec<ScheduleView>> {
    let schedules = schedule::Entity::find()
        .order_by_desc(schedule::Column::Year)
        .order_by_desc(schedule::Column::Version)
        .all(db)
        .await?;
    let mut bands: HashMap<i32, Vec<band::Model>> = HashMap::new();
    for row in band::Entity::find().order_by_asc(band::Column::Id).all(db).await? {
        bands.entry(row.schedule_id).or_default().push(row);
    }
    let issued: Vec<(Option<i32>, i64)> = invoice::Entity::find()
        .select_only()
        .column(invoice::Column::ScheduleId)
        .column_as(invoice::Column::Id.count(), "calls")
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .group_by(invoice::Column::ScheduleId)
        .into_tuple()
        .all(db)
        .await?;
    let issued: HashMap<i32, u64> =
        issued.into_iter().filter_map(|(id, n)| Some((id?, u64::try_from(n).unwrap_or(0)))).collect();
    let mut latest_of_year = HashMap::new();
    for row in &schedules {
        latest_of_year.entry(row.year).or_insert(row.version);
    }
    Ok(schedules
        .into_iter()
        .map(|row| {
            let mut own = bands.remove(&row.id).unwrap_or_default();
            own.sort_by_key(|b| (b.kind.as_str(), b.population_max.unwrap_or(i64::MAX)));
            ScheduleView {
                id: row.id,
                year: row.year,
                version: row.version,
                palestinian_percent: row.palestinian_percent,
                due_on: row.due_on,
                locked: row.locked_at.is_some(),
                superseded: latest_of_year.get(&row.year) != Some(&row.version),
                bands: own.iter().map(|b| band_view(lang, &row.currency, b)).collect(),
                calls_issued: issued.get(&row.id).copied().unwrap_or(0),
                grace_on: row.grace_on,
                payment_instructions: row.payment_instructions,
                currency: row.currency,
            }
        })
        .collect())
}

/// The finance office's page.
///
/// # Errors
/// Database errors.
pub async fn office(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<FinanceOffice> {
    let contacts = membership::active_billing_contacts(db).await?;
    let names: HashMap<i32, String> = contacts.iter().map(|c| (c.id, c.name_in(lang).to_string())).collect();
    let mut members: Vec<(i32, String)> = names.iter().map(|(id, name)| (*id, name.clone())).collect();
    members.sort_by(|a, b| crate::i18n::collation::compare(lang, &a.1, &b.1));
    let waivers = waiver::Entity::find()
        .order_by_desc(waiver::Column::UntilYear)
        .order_by_desc(waiver::Column::Id)
        .all(db)
        .await?;
    let mut waiver_views = Vec::with_capacity(waivers.len());
    for row in waivers {
        let member_name = match names.get(&row.member_id) {
            Some(name) => name.clone(),
            None => membership::billing_contact(db, row.member_id).await?.name_in(lang).to_string(),
        };
        waiver_views.push(WaiverView {
            id: row.id,
            member_id: row.member_id,
            member_name,
            percent_due: row.percent_due,
            from_year: row.from_year,
            until_year: row.until_year,
            reason: row.reason,
        });
    }
    Ok(FinanceOffice { schedules: schedule_views(db, lang).await?, waivers: waiver_views, members })
}

/// One schedule with its bands.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn schedule_page(db: &impl ConnectionTrait, id: i32, lang: Lang) -> ServiceResult<ScheduleView> {
    schedule_views(db, lang).await?.into_iter().find(|s| s.id == id).ok_or(ServiceError::NotFound)
}

/// A new schedule for a year: the first version, or the next one, which starts from the bands
/// of the latest (a locked schedule is changed by a new version).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn create_schedule(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &ScheduleFields,
) -> ServiceResult<schedule::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let latest = schedule::Entity::find()
        .filter(schedule::Column::Year.eq(fields.year))
        .order_by_desc(schedule::Column::Version)
        .one(&txn)
        .await?;
    let row = schedule::ActiveModel {
        year: Set(fields.year),
        version: Set(latest.as_ref().map_or(1, |s| s.version + 1)),
        currency: Set(fields.currency.clone()),
        palestinian_percent: Set(fields.palestinian_percent),
        due_on: Set(fields.due_on),
        payment_instructions: Set(fields.payment_instructions.clone()),
        grace_on: Set(latest.as_ref().and_then(|s| s.grace_on)),
        locked_at: Set(None),
        created_at: Set(Utc::now()),
        created_by: Set(context.actor_name.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // Bands carried over only in the same currency: amounts in another one would mean nothing.
    if let Some(latest) = latest.filter(|s| s.currency == row.currency) {
        let bands = band::Entity::find().filter(band::Column::ScheduleId.eq(latest.id)).all(&txn).await?;
        for old in bands {
            band::ActiveModel {
                schedule_id: Set(row.id),
                kind: Set(old.kind),
                population_max: Set(old.population_max),
                amount_minor: Set(old.amount_minor),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.schedule_created", "dues_schedule", row.id, format!("{} v{}", row.year, row.version))
            .after(&schedule_audit(&row)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// A schedule's currency, which its bands' amounts are typed in.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn schedule_currency(db: &impl ConnectionTrait, id: i32) -> ServiceResult<String> {
    Ok(schedule::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.currency)
}

/// The schedule, held for a change: `Conflict` once calls were issued under it.
async fn open_schedule(txn: &DatabaseTransaction, id: i32) -> ServiceResult<schedule::Model> {
    let row = schedule::Entity::find_by_id(id).one(txn).await?.ok_or(ServiceError::NotFound)?;
    if row.locked_at.is_some() {
        return Err(ServiceError::Conflict { key: "error-schedule-locked" });
    }
    Ok(row)
}

/// Changes a schedule before any call is issued under it (its year stays).
///
/// # Errors
/// `NotFound`; `Conflict` when it is locked; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_schedule(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    fields: &ScheduleFields,
) -> ServiceResult<schedule::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let before = open_schedule(&txn, id).await?;
    let has_bands = band::Entity::find().filter(band::Column::ScheduleId.eq(id)).count(&txn).await? > 0;
    if has_bands && fields.currency != before.currency {
        return Err(ServiceError::invalid("currency", "error-currency-has-bands"));
    }
    let mut row = before.clone().into_active_model();
    row.currency = Set(fields.currency.clone());
    row.palestinian_percent = Set(fields.palestinian_percent);
    row.due_on = Set(fields.due_on);
    row.payment_instructions = Set(fields.payment_instructions.clone());
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.schedule_updated", "dues_schedule", id, format!("{} v{}", row.year, row.version))
            .before(&schedule_audit(&before))
            .after(&schedule_audit(&row)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Adds a band to a schedule that is still open.
///
/// # Errors
/// `NotFound`; `Conflict` when it is locked; `Invalid` for a band it has already; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_band(
    db: &DatabaseConnection,
    context: &RequestContext,
    schedule_id: i32,
    fields: &BandFields,
) -> ServiceResult<band::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let schedule = open_schedule(&txn, schedule_id).await?;
    // Parsed against the currency the form showed; one changed since is a different schedule.
    if fields.currency != schedule.currency {
        return Err(ServiceError::Conflict { key: "error-schedule-changed" });
    }
    let same = band::Entity::find()
        .filter(band::Column::ScheduleId.eq(schedule_id))
        .filter(band::Column::Kind.eq(fields.kind))
        .all(&txn)
        .await?
        .into_iter()
        .any(|b| b.population_max == fields.population_max);
    if same {
        return Err(ServiceError::invalid("population_max", "error-band-taken"));
    }
    let row = band::ActiveModel {
        schedule_id: Set(schedule_id),
        kind: Set(fields.kind),
        population_max: Set(fields.population_max),
        amount_minor: Set(fields.amount_minor),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            "finance.band_added",
            "dues_schedule",
            schedule_id,
            format!("{} v{}", schedule.year, schedule.version),
        )
        .after(&json!({
            "kind": row.kind,
            "population_max": row.population_max,
            "amount_minor": row.amount_minor,
            "currency": schedule.currency,
        })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Removes a band from a schedule that is still open.
///
/// # Errors
/// `NotFound`; `Conflict` when it is locked; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn remove_band(db: &DatabaseConnection, context: &RequestContext, band_id: i32) -> ServiceResult<i32> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let row = band::Entity::find_by_id(band_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let schedule = open_schedule(&txn, row.schedule_id).await?;
    band::Entity::delete_by_id(band_id).exec(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            "finance.band_removed",
            "dues_schedule",
            schedule.id,
            format!("{} v{}", schedule.year, schedule.version),
        )
        .before(&json!({ "kind": row.kind, "population_max": row.population_max, "amount_minor": row.amount_minor })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(schedule.id)
}

/// Records a named member's solidarity waiver or reduction.
///
/// # Errors
/// `Invalid` (`member_id`) for an unknown member; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_waiver(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &WaiverFields,
) -> ServiceResult<waiver::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let member = match membership::billing_contact(&txn, fields.member_id).await {
        Err(ServiceError::NotFound) => return Err(ServiceError::invalid("member_id", "error-choice-invalid")),
        other => other?,
    };
    let row = waiver::ActiveModel {
        member_id: Set(fields.member_id),
        percent_due: Set(fields.percent_due),
        from_year: Set(fields.from_year),
        until_year: Set(fields.until_year),
        reason: Set(fields.reason.clone()),
        created_at: Set(Utc::now()),
        created_by: Set(context.actor_name.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.waiver_added", "member", member.id, member.latin_name.clone()).after(&json!({
            "percent_due": row.percent_due,
            "from_year": row.from_year,
            "until_year": row.until_year,
            "reason": row.reason,
        })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// What `member` owes under a schedule with these bands and the waivers that cover its year:
/// the band of its kind with the smallest limit its population fits (an unknown population
/// takes the first band), then the lowest of the Palestinian rule and its waivers. `None` when
/// the schedule has no band for its kind.
pub fn dues_for(
    schedule: &schedule::Model,
    bands: &[band::Model],
    waivers: &[waiver::Model],
    member: &membership::BillingContact,
) -> Option<Dues> {
    let mut own: Vec<&band::Model> = bands.iter().filter(|b| b.kind == member.kind).collect();
    own.sort_by_key(|b| b.population_max.unwrap_or(i64::MAX));
    let band = match member.population {
        Some(population) => own.iter().find(|b| b.population_max.is_none_or(|max| population <= max)),
        None => own.first(),
    }?;
    let mut percent_due = FULL;
    let mut reduction = Reduction::None;
    if member.is_palestinian() && schedule.palestinian_percent < percent_due {
        percent_due = schedule.palestinian_percent;
        reduction = Reduction::Palestinian;
    }
    for waiver in
        waivers.iter().filter(|w| w.member_id == member.id && (w.from_year..=w.until_year).contains(&schedule.year))
    {
        if waiver.percent_due < percent_due {
            percent_due = waiver.percent_due;
            reduction = Reduction::Waiver(waiver.reason.clone());
        }
    }
    // Rounded down to the minor unit: a member never pays more than its share.
    let amount_minor = band.amount_minor * i64::from(percent_due) / i64::from(FULL);
    Some(Dues { amount_minor, band_minor: band.amount_minor, percent_due, reduction })
}
