//! Applications: a local authority applies; the secretariat reviews and decides.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::email::service as email;
use crate::membership::emails;
use crate::membership::entities::member;
use crate::membership::{Application, MemberStatus, ReviewState};
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::{Actor, RequestContext};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

/// Records an application: the authority becomes an applicant and its focal point gets an
/// acknowledgement. An authority that already applied (same country, same name in any script)
/// is pointed to its first record instead.
///
/// # Errors
/// `DuplicateOf` for a second application; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn apply(
    db: &DatabaseConnection,
    context: &RequestContext,
    application: &Application,
) -> ServiceResult<member::Model> {
    let profile = &application.profile;
    let keys = name_keys(&profile.names());
    let _turn = crate::server::database::writer_turn(db).await;
    let txn = context.begin(db).await?;
    if let Some(earlier) = find_duplicate(&txn, &profile.country, &keys, None).await? {
        return Err(ServiceError::DuplicateOf { id: earlier.id, name: earlier.latin_name });
    }

    let now = Utc::now();
    let mut row = member::ActiveModel {
        arabic_name: Set(None),
        motivation: Set(application.motivation.clone()),
        status: Set(MemberStatus::Applicant),
        review_state: Set(ReviewState::Pending),
        decision_reason: Set(None),
        member_since: Set(None),
        status_changed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    set_profile(&mut row, profile);
    let row = row.insert(&txn).await?;
    claim_name_keys(db, &txn, &row, &keys).await?;
    email::enqueue(
        &txn,
        &row.focal_email,
        &row.focal_name,
        profile.focal_language,
        &emails::ApplicationReceived { authority: &row.official_name },
    )
    .await?;
    audit::record(
        &txn,
        &Actor::by_email(&row.focal_email),
        Change::new("membership.applied", "member", row.id, format!("{} ({}) applied", row.latin_name, row.country))
            .after(&audit_view(&row)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}
