//! The shared list of themes, which the secretariat keeps: added at the end, renamed in place
//! (texts keep their themes; twinning's needs and offers will use the same list).
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::resolutions::ThemeFields;
use crate::server::counters;
use crate::server::database::writer_turn;
use crate::server::RequestContext;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, IntoActiveModel, QueryOrder};
use serde_json::json;

/// `taken` (the message's key) when `holder`, the row that has the short name if one has, is
/// not `own`. Themes and statuses are both kept by short name.
pub(crate) fn refuse_taken_slug(holder: Option<i32>, own: Option<i32>, taken: &'static str) -> ServiceResult<()> {
    match holder {
        Some(id) if Some(id) != own => Err(ServiceError::invalid("slug", taken)),
        _ => Ok(()),
    }
}

/// `error-slug-taken` when another theme has this short name.
async fn check_slug(db: &impl ConnectionTrait, slug: &str, own: Option<i32>) -> ServiceResult<()> {
    let holder = theme::Entity::find().filter(theme::Column::Slug.eq(slug)).one(db).await?;
    refuse_taken_slug(holder.map(|t| t.id), own, "error-slug-taken")
}

fn set_names(row: &mut theme::ActiveModel, fields: &ThemeFields) {
    let [ar, en, fr] = fields.name.clone();
    row.slug = Set(fields.slug.clone());
    row.name_ar = Set(ar);
    row.name_en = Set(en);
    row.name_fr = Set(fr);
}

/// Adds a theme at the end of the list.
///
/// # Errors
/// `Invalid` (`slug`) for a short name in use; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_theme(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &ThemeFields,
) -> ServiceResult<theme::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    check_slug(&txn, &fields.slug, None).await?;
    let last = theme::Entity::find().order_by_desc(theme::Column::Position).one(&txn).await?;
    let mut row = theme::ActiveModel { position: Set(last.map_or(0, |t| t.position + 1)), ..Default::default() };
    set_names(&mut row, fields);
    let row = row.insert(&txn).await.map_err(ServiceError::taken("slug", "error-slug-taken"))?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("theme.added", "theme", row.id, row.name_en.clone()).after(&json!({ "slug": row.slug })),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Renames a theme (its short name too).
///
/// # Errors
/// `NotFound`; `Invalid` (`slug`) for a short name in use; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn rename_theme(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    fields: &ThemeFields,
) -> ServiceResult<theme::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = theme::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    check_slug(&txn, &fields.slug, Some(id)).await?;
    let mut row = before.clone().into_active_model();
    set_names(&mut row, fields);
    let row = row.update(&txn).await.map_err(ServiceError::taken("slug", "error-slug-taken"))?;
    let names = |t: &theme::Model| json!({ "slug": t.slug, "ar": t.name_ar, "en": t.name_en, "fr": t.name_fr });
    audit::record(
        &txn,
        &context.actor,
        Change::new("theme.renamed", "theme", id, row.name_en.clone()).before(&names(&before)).after(&names(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}
