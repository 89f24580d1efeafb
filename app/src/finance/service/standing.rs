//! Standing: a member whose call for a past year is still open after the schedule's grace date
//! is in arrears (membership decides good standing from it); paying, a credit note or a later
//! grace date puts it back in order at once.
use super::*;

/// Sets the date after which a schedule's open calls put their members in arrears (it may change
/// once calls are issued: it is no part of the amounts), and applies it to every member at once.
///
/// # Errors
/// `NotFound`; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn set_grace_date(
    db: &DatabaseConnection,
    context: &RequestContext,
    schedule_id: i32,
    grace_on: Option<chrono::NaiveDate>,
) -> ServiceResult<schedule::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = schedule::Entity::find_by_id(schedule_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let mut row = before.clone().into_active_model();
    row.grace_on = Set(grace_on);
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.grace_date_set", "dues_schedule", row.id, format!("{} v{}", row.year, row.version))
            .before(&json!({ "grace_on": before.grace_on.map(|d| d.to_string()) }))
            .after(&json!({ "grace_on": row.grace_on.map(|d| d.to_string()) })),
    )
    .await?;
    all_arrears(&txn, Utc::now().date_naive()).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Whether a member is in arrears today: a call of a past year's schedule still open after its
/// grace date. Records it through membership (which decides good standing) when it changed.
pub(super) async fn refresh_arrears(
    txn: &DatabaseTransaction,
    member_id: i32,
    today: chrono::NaiveDate,
) -> ServiceResult<()> {
    let open = invoice::Entity::find()
        .filter(invoice::Column::MemberId.eq(member_id))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.eq(InvoiceStatus::Open))
        .all(txn)
        .await?;
    let schedule_ids: Vec<i32> = open.iter().filter_map(|c| c.schedule_id).collect();
    let since = if schedule_ids.is_empty() {
        None
    } else {
        schedule::Entity::find()
            .filter(schedule::Column::Id.is_in(schedule_ids))
            .all(txn)
            .await?
            .into_iter()
            .filter_map(|s| s.grace_on)
            .filter(|grace| *grace < today)
            .min()
    };
    membership::record_dues_arrears(txn, member_id, since).await
}

/// Every member's arrears as of `today`: run as the days pass (a grace date passing puts a
/// member in arrears without anyone acting). Returns how many members changed.
///
/// # Errors
/// Database errors.
pub async fn sweep_arrears(db: &DatabaseConnection, today: chrono::NaiveDate) -> ServiceResult<u64> {
    let _turn = writer_turn(db).await;
    let txn = sea_orm::TransactionTrait::begin(db).await?;
    let changed = all_arrears(&txn, today).await?;
    txn.commit().await?;
    Ok(changed)
}

async fn all_arrears(txn: &DatabaseTransaction, today: chrono::NaiveDate) -> ServiceResult<u64> {
    let past_grace: HashMap<i32, chrono::NaiveDate> = schedule::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|s| Some((s.id, s.grace_on.filter(|g| *g < today)?)))
        .collect();
    let mut owing: HashMap<i32, chrono::NaiveDate> = HashMap::new();
    let open = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.eq(InvoiceStatus::Open))
        .all(txn)
        .await?;
    for call in open {
        if let Some(grace) = call.schedule_id.and_then(|id| past_grace.get(&id)) {
            let since = owing.entry(call.member_id).or_insert(*grace);
            *since = (*since).min(*grace);
        }
    }
    membership::replace_dues_arrears(txn, &owing).await
}
