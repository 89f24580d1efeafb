//! Progress: entries on an action's timeline written by the secretariat, and the reports of the
//! members responsible, which the secretariat accepts (the action moves on) or returns with a
//! reason (the focal point is told by email).
use super::actions::{action_change, pending_first, report_views};
use super::*;
use crate::audit::service::{self as audit};
use crate::resolutions::entities::{report, timeline_entry};
use crate::resolutions::implementation::{ProgressFields, ReportFields, ReportState, ReportsPage};
use crate::resolutions::Reader;
use crate::server::counters;
use crate::server::database::writer_turn;
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DatabaseTransaction, IntoActiveModel, QuerySelect,
};
use serde_json::json;

/// The action, locked until the transaction ends, and its text.
async fn locked_action(txn: &DatabaseTransaction, id: i32) -> ServiceResult<(action::Model, text::Model)> {
    let row = action::Entity::find_by_id(id).lock_exclusive().one(txn).await?.ok_or(ServiceError::NotFound)?;
    let text = text::Entity::find_by_id(row.text_id).one(txn).await?.ok_or(ServiceError::NotFound)?;
    Ok((row, text))
}

/// Writes a timeline entry and moves the action to its new progress and status (a status with a
/// default progress sets it when no progress was given).
pub(super) async fn apply_progress(
    txn: &DatabaseTransaction,
    row: action::Model,
    entry: &ProgressFields,
    author_name: &str,
) -> ServiceResult<action::Model> {
    let status = match entry.status_id {
        Some(id) => Some(
            action_status::Entity::find_by_id(id)
                .one(txn)
                .await?
                .ok_or(ServiceError::invalid("status_id", "error-choice-invalid"))?,
        ),
        None => None,
    };
    let progress = entry.progress.or_else(|| status.as_ref().and_then(|s| s.default_progress)).unwrap_or(row.progress);
    timeline_entry::ActiveModel {
        action_id: Set(row.id),
        happened_on: Set(entry.happened_on),
        note: Set(entry.note.clone()),
        progress_after: Set((progress != row.progress || entry.progress.is_some()).then_some(progress)),
        status_id: Set(status.as_ref().map(|s| s.id)),
        author_name: Set(author_name.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let mut changed = row.into_active_model();
    changed.progress = Set(progress);
    if let Some(status) = status {
        changed.status_id = Set(status.id);
    }
    changed.updated_at = Set(Utc::now());
    Ok(changed.update(txn).await?)
}

fn progress_audit(row: &action::Model, note: &str) -> serde_json::Value {
    json!({ "progress": row.progress, "status_id": row.status_id, "note": note })
}

/// The secretariat records what happened to an action.
///
/// # Errors
/// `NotFound`; `Invalid` for an unknown status; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn record_progress(
    db: &DatabaseConnection,
    context: &RequestContext,
    action_id: i32,
    entry: &ProgressFields,
) -> ServiceResult<action::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let (before, text) = locked_action(&txn, action_id).await?;
    let after = apply_progress(&txn, before.clone(), entry, &context.actor_name).await?;
    audit::record(
        &txn,
        &context.actor,
        action_change("resolution.progress_recorded", &after, &text)
            .before(&progress_audit(&before, ""))
            .after(&progress_audit(&after, &entry.note)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(after)
}

/// A focal point reports progress on an action its member is responsible for; the report waits
/// for the secretariat.
///
/// # Errors
/// `NotFound` for an action of a text the member may not see; `Forbidden` for another member's
/// action; `Conflict` for an action already closed; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn submit_report(
    db: &DatabaseConnection,
    context: &RequestContext,
    action_id: i32,
    member_id: i32,
    fields: &ReportFields,
) -> ServiceResult<report::Model> {
    let page = super::action_page(db, action_id, Reader::Member { member_id }).await?;
    if page.action.member.as_ref().map(|(id, _)| *id) != Some(member_id) {
        return Err(ServiceError::Forbidden);
    }
    if !page.may_report {
        return Err(ServiceError::Conflict { key: "error-action-closed" });
    }
    let txn = context.begin(db).await?;
    let (row, text) = action_and_text(&txn, action_id).await?;
    let saved = report::ActiveModel {
        action_id: Set(action_id),
        member_id: Set(member_id),
        progress: Set(fields.progress),
        note: Set(fields.note.clone()),
        state: Set(ReportState::Pending),
        reason: Set(String::new()),
        author_name: Set(context.actor_name.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        action_change("resolution.report_submitted", &row, &text)
            .after(&json!({ "progress": fields.progress, "note": fields.note })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(saved)
}

/// The report, locked, while it still waits for a decision.
async fn pending_report(txn: &DatabaseTransaction, id: i32) -> ServiceResult<report::Model> {
    let row = report::Entity::find_by_id(id).lock_exclusive().one(txn).await?.ok_or(ServiceError::NotFound)?;
    if row.state != ReportState::Pending {
        return Err(ServiceError::Conflict { key: "error-report-decided" });
    }
    Ok(row)
}

fn decided(row: report::Model, state: ReportState, reason: &str, context: &RequestContext) -> report::ActiveModel {
    let mut changed = row.into_active_model();
    changed.state = Set(state);
    changed.reason = Set(reason.to_string());
    changed.decided_by = Set(Some(context.actor_name.clone()));
    changed.decided_at = Set(Some(Utc::now()));
    changed
}

/// Accepts a pending report: the action takes the reported progress, and its timeline says so,
/// in the reporter's words.
///
/// # Errors
/// `NotFound`; `Conflict` (`error-report-decided`) for a report already decided; database
/// errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn accept_report(db: &DatabaseConnection, context: &RequestContext, id: i32) -> ServiceResult<action::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let pending = pending_report(&txn, id).await?;
    let (before, text) = locked_action(&txn, pending.action_id).await?;
    let entry = ProgressFields {
        happened_on: pending.created_at.date_naive(),
        note: pending.note.clone(),
        progress: Some(pending.progress),
        status_id: None,
    };
    let after = apply_progress(&txn, before.clone(), &entry, &pending.author_name).await?;
    decided(pending, ReportState::Accepted, "", context).update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        action_change("resolution.report_accepted", &after, &text)
            .before(&progress_audit(&before, ""))
            .after(&progress_audit(&after, &entry.note)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(after)
}

/// Returns a pending report with the reason, which every focal point of the member reads in an
/// email in their language; the action does not change.
///
/// # Errors
/// `NotFound`; `Conflict` for a report already decided; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn return_report(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    reason: &str,
) -> ServiceResult<report::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let pending = pending_report(&txn, id).await?;
    let (row, text) = action_and_text(&txn, pending.action_id).await?;
    let member_id = pending.member_id;
    let returned = decided(pending, ReportState::Returned, reason, context).update(&txn).await?;
    let link = format!("{}{}", context.public_url, crate::resolutions::implementation::routes::action(row.id));
    let title = action_title(&row);
    let message = crate::resolutions::implementation::emails::ReportReturned {
        reference: &text.reference,
        action: &title,
        reason,
        link: &link,
    };
    let outgoing: Vec<_> = crate::accounts::service::focal_points(&txn)
        .await?
        .iter()
        .filter(|recipient| recipient.member_id == member_id)
        .map(|r| crate::email::service::Outgoing::new(&r.email, &r.display_name, r.language, &message))
        .collect();
    if !outgoing.is_empty() {
        crate::email::service::enqueue_all(&txn, &outgoing).await?;
    }
    audit::record(
        &txn,
        &context.actor,
        action_change("resolution.report_returned", &row, &text).after(&json!({ "reason": reason })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(returned)
}

/// The secretariat's queue (pending reports, then the latest decided), or a focal point's
/// actions and its member's reports.
///
/// # Errors
/// `Forbidden` for the public; database errors.
pub async fn reports_page(db: &impl ConnectionTrait, reader: Reader) -> ServiceResult<ReportsPage> {
    match reader {
        Reader::Public => Err(ServiceError::Forbidden),
        Reader::Secretariat => {
            let pending = report::Entity::find()
                .filter(report::Column::State.eq(ReportState::Pending))
                .order_by_asc(report::Column::Id)
                .all(db)
                .await?;
            let recent = report::Entity::find()
                .filter(report::Column::State.ne(ReportState::Pending))
                .order_by_desc(report::Column::DecidedAt)
                .limit(20)
                .all(db)
                .await?;
            let mut reports = report_views(db, pending.into_iter().chain(recent).collect()).await?;
            pending_first(&mut reports);
            Ok(ReportsPage { actions: Vec::new(), reports, may_manage: true })
        }
        Reader::Member { member_id } => {
            let rows = action::Entity::find()
                .filter(action::Column::MemberId.eq(member_id))
                .filter(action::Column::Responsible.eq(Responsible::Member))
                .order_by_asc(action::Column::TextId)
                .all(db)
                .await?;
            let mut text_ids: Vec<i32> = rows.iter().map(|row| row.text_id).collect();
            text_ids.dedup();
            let mut actions = Vec::new();
            for text_id in text_ids {
                let Ok(text) = crate::resolutions::service::readable_text(db, text_id, reader).await else { continue };
                // The whole plan, so an action's progress is the one its tree shows.
                let plan = plan(db, text_id).await?;
                actions.extend(
                    plan.actions
                        .into_iter()
                        .filter(|node| {
                            node.responsible == Responsible::Member
                                && node.member.as_ref().is_some_and(|(id, _)| *id == member_id)
                        })
                        .map(|node| (text.reference.clone(), node)),
                );
            }
            let rows = report::Entity::find()
                .filter(report::Column::MemberId.eq(member_id))
                .order_by_desc(report::Column::Id)
                .limit(50)
                .all(db)
                .await?;
            let mut reports = report_views(db, rows).await?;
            pending_first(&mut reports);
            Ok(ReportsPage { actions, reports, may_manage: false })
        }
    }
}
