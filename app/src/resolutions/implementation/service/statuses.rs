//! The list of statuses, which the secretariat keeps: added at the end, corrected in place (the
//! actions keep their status; a new usual progress applies to the actions given it from then on).
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::resolutions::implementation::StatusFields;
use crate::resolutions::service::refuse_taken_slug;
use crate::server::counters;
use crate::server::database::writer_turn;
use crate::server::RequestContext;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, IntoActiveModel};
use serde_json::json;

/// `error-status-slug-taken` when another status has this short name.
async fn check_slug(db: &impl ConnectionTrait, slug: &str) -> ServiceResult<()> {
    let holder = action_status::Entity::find().filter(action_status::Column::Slug.eq(slug)).one(db).await?;
    refuse_taken_slug(holder.map(|s| s.id), None, "error-status-slug-taken")
}

fn set_fields(row: &mut action_status::ActiveModel, fields: &StatusFields) {
    let [ar, en, fr] = fields.name.clone();
    row.slug = Set(fields.slug.clone());
    row.name_ar = Set(ar);
    row.name_en = Set(en);
    row.name_fr = Set(fr);
    row.default_progress = Set(fields.default_progress);
    row.counts_toward_progress = Set(fields.counts);
}

fn status_audit(row: &action_status::Model) -> serde_json::Value {
    json!({
        "slug": row.slug,
        "names": [&row.name_ar, &row.name_en, &row.name_fr],
        "default_progress": row.default_progress,
        "counts_toward_progress": row.counts_toward_progress,
    })
}

/// Adds a status at the end of the list.
///
/// # Errors
/// `Invalid` (`slug`) for a short name in use; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_status(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &StatusFields,
) -> ServiceResult<action_status::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    check_slug(&txn, &fields.slug).await?;
    let last = action_status::Entity::find().order_by_desc(action_status::Column::Position).one(&txn).await?;
    let mut row =
        action_status::ActiveModel { position: Set(last.map_or(0, |s| s.position + 1)), ..Default::default() };
    set_fields(&mut row, fields);
    let row = row.insert(&txn).await.map_err(ServiceError::taken("slug", "error-status-slug-taken"))?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.status_added", "action_status", row.id, row.name_en.clone()).after(&status_audit(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Corrects a status: its names, usual progress and whether it counts toward progress; its
/// short name stays.
///
/// # Errors
/// `NotFound`; `Invalid` (`slug`) for another short name; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_status(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    fields: &StatusFields,
) -> ServiceResult<action_status::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = action_status::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    // Spreadsheets of updates, the badges' styles and anyone's tools name a status by it.
    if fields.slug != before.slug {
        return Err(ServiceError::invalid("slug", "error-status-slug-fixed"));
    }
    let mut row = before.clone().into_active_model();
    set_fields(&mut row, fields);
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.status_updated", "action_status", id, row.name_en.clone())
            .before(&status_audit(&before))
            .after(&status_audit(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}
