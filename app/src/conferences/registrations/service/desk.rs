//! The conference desk: check-in and badges.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::conferences::entities::registration;
use crate::conferences::registrations::{CheckIn, RegistrationState};
use crate::domain::Choice;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// Marks a confirmed person as attended, once. The code is the badge's (any case, spaces
/// ignored).
///
/// # Errors
/// `NotFound` for an unknown code; `Conflict` when the person is not confirmed; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), edition_id = edition_id))]
pub async fn check_in(
    db: &DatabaseConnection,
    context: &RequestContext,
    edition_id: i32,
    code: &str,
) -> ServiceResult<CheckIn> {
    let code: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    let txn = context.begin(db).await?;
    let now = Utc::now();
    let marked = registration::Entity::update_many()
        .col_expr(registration::Column::State, Expr::value(RegistrationState::Attended.as_str()))
        .col_expr(registration::Column::CheckedInAt, Expr::value(now))
        .col_expr(registration::Column::StateChangedAt, Expr::value(now))
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::EditionId.eq(edition_id))
        .filter(registration::Column::CheckinCode.eq(code.as_str()))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
        .exec(&txn)
        .await?;
    let row = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(edition_id))
        .filter(registration::Column::CheckinCode.eq(code.as_str()))
        .one(&txn)
        .await?
        .ok_or_else(|| ServiceError::invalid("code", "error-checkin-unknown"))?;
    let outcome = if marked.rows_affected == 1 {
        audit::record(
            &txn,
            &context.actor,
            Change::new("conference.checked_in", "registration", row.id, row.full_name.clone())
                .after(&registration_audit(&row)),
        )
        .await?;
        CheckIn::CheckedIn(view_of(&txn, row).await?)
    } else if state_of(&row) == RegistrationState::Attended {
        CheckIn::AlreadyCheckedIn(view_of(&txn, row).await?)
    } else {
        return Err(ServiceError::Conflict { key: "error-checkin-not-confirmed" });
    };
    context.commit(txn).await?;
    Ok(outcome)
}
