//! Recording and reading the audit log. Append-only: nothing here updates or deletes.
use super::entity::{self, Entity as AuditEvent};
use super::{AuditEventView, AuditFilter, AuditPage, PublicActivity};
use crate::server::database::fetch_page;
use crate::server::error::ServiceResult;
use crate::server::Actor;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

pub const PAGE_SIZE: u64 = 50;

/// A change to record.
#[derive(Debug)]
pub struct Change<'a> {
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    /// Shown in the public activity feed.
    pub is_public: bool,
    pub summary: String,
}

impl<'a> Change<'a> {
    pub fn new(action: &'a str, entity_type: &'a str, entity_id: impl ToString, summary: impl Into<String>) -> Self {
        Change {
            action,
            entity_type,
            entity_id: Some(entity_id.to_string()),
            before: None,
            after: None,
            is_public: false,
            summary: summary.into(),
        }
    }

    pub fn before(mut self, value: &impl Serialize) -> Self {
        self.before = serde_json::to_value(value).ok();
        self
    }

    pub fn after(mut self, value: &impl Serialize) -> Self {
        self.after = serde_json::to_value(value).ok();
        self
    }

    pub fn public(mut self) -> Self {
        self.is_public = true;
        self
    }
}

/// Records a change; call it inside the transaction that makes the change.
///
/// # Errors
/// Database errors.
pub async fn record(db: &impl ConnectionTrait, actor: &Actor, change: Change<'_>) -> ServiceResult<()> {
    event_row(actor, change).insert(db).await?;
    Ok(())
}

/// Records several changes in one statement; call it inside the transaction that makes them.
///
/// # Errors
/// Database errors.
pub async fn record_all<'a>(
    db: &impl ConnectionTrait,
    changes: impl IntoIterator<Item = (&'a Actor, Change<'a>)>,
) -> ServiceResult<()> {
    let rows = changes.into_iter().map(|(actor, change)| event_row(actor, change));
    AuditEvent::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

fn event_row(actor: &Actor, change: Change<'_>) -> entity::ActiveModel {
    entity::ActiveModel {
        occurred_at: Set(Utc::now()),
        actor_account_id: Set(actor.account_id),
        actor_email: Set(actor.email.clone()),
        action: Set(change.action.to_string()),
        entity_type: Set(change.entity_type.to_string()),
        entity_id: Set(change.entity_id),
        before: Set(change.before.map(|v| v.to_string())),
        after: Set(change.after.map(|v| v.to_string())),
        is_public: Set(change.is_public),
        summary: Set(change.summary),
        ..Default::default()
    }
}

/// A page of events, newest first, filtered by action, entity type and actor email (substring).
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait, filter: &AuditFilter) -> ServiceResult<AuditPage> {
    let mut query = AuditEvent::find().order_by_desc(entity::Column::Id);
    if !filter.action.trim().is_empty() {
        query = query.filter(entity::Column::Action.eq(filter.action.trim()));
    }
    if !filter.entity_type.trim().is_empty() {
        query = query.filter(entity::Column::EntityType.eq(filter.entity_type.trim()));
    }
    if !filter.actor.trim().is_empty() {
        query = query.filter(entity::Column::ActorEmail.contains(filter.actor.trim().to_lowercase()));
    }
    let (rows, has_more) = fetch_page(db, query, filter.page, PAGE_SIZE).await?;
    Ok(AuditPage { events: rows.into_iter().map(view).collect(), page: filter.page, has_more })
}

/// The distinct actions recorded so far, for the filter's choices.
///
/// # Errors
/// Database errors.
pub async fn actions(db: &impl ConnectionTrait) -> ServiceResult<Vec<String>> {
    Ok(AuditEvent::find()
        .select_only()
        .column(entity::Column::Action)
        .distinct()
        .order_by_asc(entity::Column::Action)
        .into_tuple::<String>()
        .all(db)
        .await?)
}

/// The newest public events.
///
/// # Errors
/// Database errors.
pub async fn public_feed(db: &impl ConnectionTrait, limit: u64) -> ServiceResult<Vec<PublicActivity>> {
    let rows = AuditEvent::find()
        .filter(entity::Column::IsPublic.eq(true))
        .order_by_desc(entity::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| PublicActivity {
            id: row.id,
            occurred_at: row.occurred_at,
            action: row.action,
            summary: row.summary,
        })
        .collect())
}

fn view(row: entity::Model) -> AuditEventView {
    AuditEventView {
        id: row.id,
        occurred_at: row.occurred_at,
        actor_email: row.actor_email,
        action: row.action,
        entity_type: row.entity_type,
        entity_id: row.entity_id,
        before: row.before,
        after: row.after,
        is_public: row.is_public,
        summary: row.summary,
    }
}
