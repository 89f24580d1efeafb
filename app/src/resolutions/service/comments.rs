//! Members' comments on a text open for comment: seen by the secretariat and the members.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::resolutions::entities::comment;
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

/// A focal point's comment for its member on the text's current version.
///
/// # Errors
/// `NotFound` for a text the member may not see; `Conflict` (`error-comments-closed`) unless the
/// text is open for comment; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_comment(
    db: &DatabaseConnection,
    context: &RequestContext,
    text_id: i32,
    member_id: i32,
    body: &str,
) -> ServiceResult<comment::Model> {
    let txn = context.begin(db).await?;
    let row = readable_text(&txn, text_id, Reader::Member { member_id }).await?;
    if row.state != TextState::OpenForComment {
        return Err(ServiceError::Conflict { key: "error-comments-closed" });
    }
    let saved = comment::ActiveModel {
        text_id: Set(text_id),
        version: Set(row.current_version),
        member_id: Set(member_id),
        author_name: Set(context.actor_name.clone()),
        body: Set(body.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            "resolution.commented",
            "resolution",
            text_id,
            format!("{} ({})", row.reference, context.actor_name),
        ),
    )
    .await?;
    context.commit(txn).await?;
    Ok(saved)
}
