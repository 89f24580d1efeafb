//! Members' profiles and standing: edits by the secretariat or the focal point, suspension, withdrawal, reinstatement.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::email::service as email;
use crate::membership::emails;
use crate::membership::entities::{member, standing_change};
use crate::membership::{Profile, StandingEvent, StatusChange};
use crate::server::counters;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;

/// Who edits a profile: the secretariat may change anything; a focal point everything but the
/// kind of authority and its country, which decide how the network counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileEditor {
    Secretariat,
    FocalPoint,
}

/// Updates a member's (or an application's) profile and its searchable names.
///
/// # Errors
/// `NotFound`; `DuplicateOf` when the new names are another member's; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn update_profile(
    db: &DatabaseConnection,
    context: &RequestContext,
    editor: ProfileEditor,
    id: i32,
    profile: &Profile,
) -> ServiceResult<member::Model> {
    let _turn = crate::server::database::writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = locked_member(&txn, id).await?;
    let mut profile = profile.clone();
    if editor == ProfileEditor::FocalPoint {
        profile.kind = before.kind;
        profile.country.clone_from(&before.country);
    }
    let keys = name_keys(&profile.names());
    if let Some(other) = find_duplicate(&txn, &profile.country, &keys, Some(id)).await? {
        return Err(ServiceError::DuplicateOf { id: other.id, name: other.latin_name });
    }
    let mut row: member::ActiveModel = before.clone().into();
    set_profile(&mut row, &profile);
    row.updated_at = Set(Utc::now());
    let after = row.update(&txn).await?;
    claim_name_keys(db, &txn, &after, &keys).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("membership.profile_updated", "member", id, format!("profile of {} updated", after.latin_name))
            .before(&profile_view(&before))
            .after(&profile_view(&after)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(after)
}

pub(super) fn profile_view(row: &member::Model) -> serde_json::Value {
    json!({
        "kind": row.kind,
        "official_name": row.official_name,
        "latin_name": row.latin_name,
        "english_name": row.english_name,
        "french_name": row.french_name,
        "country": row.country,
        "region": row.region,
        "population": row.population,
        "website": row.website,
        "head_name": row.head_name,
        "head_title": row.head_title,
        "focal_name": row.focal_name,
        "focal_email": row.focal_email,
        "focal_phone": row.focal_phone,
        "focal_language": row.focal_language,
    })
}

/// Suspends, withdraws or reinstates a member from `effective_on` (today or earlier, not before
/// it joined), with a reason that is recorded, audited and emailed to the focal point.
///
/// # Errors
/// `NotFound`; `Conflict` when the change is not open to the member's status; `Invalid` for a
/// date in the future or before the member joined; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn change_status(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    change: StatusChange,
    reason: &str,
    effective_on: NaiveDate,
) -> ServiceResult<member::Model> {
    let _turn = crate::server::database::writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = locked_member(&txn, id).await?;
    let status = before.status;
    if !StatusChange::allowed_from(status).contains(&change) {
        return Err(ServiceError::Conflict { key: "error-status-change" });
    }
    let now = Utc::now();
    if effective_on > now.date_naive() || before.member_since.is_some_and(|since| effective_on < since) {
        return Err(ServiceError::invalid("effective_on", "error-effective-date"));
    }
    let mut row: member::ActiveModel = before.clone().into();
    row.status = Set(change.target());
    row.status_changed_at = Set(now);
    row.updated_at = Set(now);
    let after = row.update(&txn).await?;
    counters::raise(&txn, counters::MEMBER_DIRECTORY).await?;
    standing_change::ActiveModel {
        member_id: Set(id),
        from_status: Set(before.status),
        to_status: Set(after.status),
        reason: Set(reason.to_string()),
        effective_on: Set(effective_on),
        recorded_at: Set(now),
        recorded_by: Set(context.actor.email.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let focal_language = after.focal_language;
    email::enqueue(
        &txn,
        &after.focal_email,
        &after.focal_name,
        focal_language,
        &emails::StandingChanged { authority: &after.official_name, status: change.target(), effective_on, reason },
    )
    .await?;
    // The change is public, its reason is not (member pages hide it too): the reason goes to the
    // secretariat's record of the change, never into the public summary.
    let mut recorded = audit_view(&after);
    recorded["reason"] = reason.into();
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            change.audit_action(),
            "member",
            id,
            format!("{} ({}) {} from {effective_on}", after.latin_name, after.country, after.status),
        )
        .before(&audit_view(&before))
        .after(&recorded)
        .public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(after)
}

/// A member's standing changes, newest first; reasons only when `with_reasons`.
pub(super) async fn standing_history(
    db: &impl ConnectionTrait,
    id: i32,
    with_reasons: bool,
) -> ServiceResult<Vec<StandingEvent>> {
    Ok(standing_change::Entity::find()
        .filter(standing_change::Column::MemberId.eq(id))
        .order_by_desc(standing_change::Column::EffectiveOn)
        .order_by_desc(standing_change::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| StandingEvent {
            status: c.to_status,
            effective_on: c.effective_on,
            reason: with_reasons.then_some(c.reason),
        })
        .collect())
}
