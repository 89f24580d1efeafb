//! Changes to a registration: cancellation, the secretariat's decision, the person's own edits and session choices.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::conferences::entities::{edition, registration, session, session_choice};
use crate::conferences::registrations::{RegistrationState, VisaLetter};
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets::token_hash;
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::QuerySelect;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

/// Who is registering: a member's focal point (or the secretariat for a member), or a person
/// applying on their own.
#[derive(Clone, Copy, Debug)]
pub enum Registrant {
    Delegation { member_id: i32 },
    Individual,
}

/// A registration and the token of its personal link (only ever sent by email, and returned
/// here for tests and the benchmark).
#[derive(Debug)]
pub struct Registered {
    pub row: registration::Model,
    pub token: String,
}

/// How long personal links keep working after the edition's last day: time to fetch a
/// document, not a key for ever.
pub(in crate::conferences::registrations) const LINKS_LAST_AFTER_EDITION: chrono::Duration = chrono::Duration::days(7);

/// Whether an edition's personal links still work today.
pub(in crate::conferences::registrations) async fn links_alive(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> ServiceResult<bool> {
    let edition = crate::conferences::service::edition_row(db, edition_id).await?;
    Ok(edition.ends_on + LINKS_LAST_AFTER_EDITION >= Utc::now().date_naive())
}

pub(super) async fn row_by_token(db: &impl ConnectionTrait, token: &str) -> ServiceResult<registration::Model> {
    let row = registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(token_hash(token.trim())))
        .one(db)
        .await?
        .ok_or(ServiceError::InvalidLink)?;
    if !links_alive(db, row.edition_id).await? {
        return Err(ServiceError::InvalidLink);
    }
    Ok(row)
}

/// The secret of a registration's calendar feed, derived from its personal link's token so that
/// only its hash need be stored and the personal page can still show the address.
pub fn feed_secret(manage_token: &str) -> String {
    token_hash(&format!("feed:{}", manage_token.trim()))
}

/// The registration behind a personal link.
///
/// # Errors
/// `InvalidLink`; database errors.
pub async fn registration_id_by_token(db: &impl ConnectionTrait, token: &str) -> ServiceResult<i32> {
    Ok(row_by_token(db, token).await?.id)
}

/// Cancels a registration. A freed seat goes at once to the first person on the waitlist.
///
/// # Errors
/// `NotFound`; `Conflict` when it can no longer be cancelled; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn cancel(db: &DatabaseConnection, context: &RequestContext, id: i32) -> ServiceResult<registration::Model> {
    let edition_id = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.edition_id;
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let edition = lock_edition(&txn, edition_id).await?;
    let before = registration::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let state = state_of(&before);
    if !state.can_cancel() {
        return Err(ServiceError::Conflict { key: "error-cannot-cancel" });
    }
    let after = set_state(&txn, before.clone(), RegistrationState::Cancelled).await?;
    notify(&txn, &after, &edition, None, false).await?;
    if state.holds_seat() {
        free_seat(&txn, edition_id).await?;
        promote_waitlist(&txn, &edition).await?;
    }
    audit::record(
        &txn,
        &context.actor,
        Change::new("conference.registration_cancelled", "registration", id, after.full_name.clone())
            .before(&registration_audit(&before))
            .after(&registration_audit(&after)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(after)
}

/// Cancels a delegate for a member's focal point (`for_member`), who may only cancel their own
/// member's delegates; the secretariat passes `None`.
///
/// # Errors
/// As [`cancel`], and `Forbidden` for another member's delegate.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn cancel_delegate(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    for_member: Option<i32>,
) -> ServiceResult<registration::Model> {
    let row = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if for_member.is_some() && row.member_id != for_member {
        return Err(ServiceError::Forbidden);
    }
    cancel(db, context, id).await
}

/// Cancels through the personal link.
///
/// # Errors
/// As [`cancel`], and `InvalidLink`.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn cancel_by_token(
    db: &DatabaseConnection,
    context: &RequestContext,
    token: &str,
) -> ServiceResult<registration::Model> {
    let row = row_by_token(db, token).await?;
    cancel(db, &context.acting_as(actor_of(&row)), row.id).await
}

/// The secretariat's decision on a pending registration: approved, it takes a seat or joins
/// the waitlist; rejected, it ends. The person is emailed either way.
///
/// # Errors
/// `NotFound`; `Conflict` when it is not pending; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn decide(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    approve: bool,
) -> ServiceResult<registration::Model> {
    let edition_id = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.edition_id;
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let edition = lock_edition(&txn, edition_id).await?;
    let before = registration::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if state_of(&before) != RegistrationState::Pending {
        return Err(ServiceError::Conflict { key: "error-not-pending" });
    }
    let state = if !approve {
        RegistrationState::Rejected
    } else if take_seats(&txn, edition_id, 1).await? {
        RegistrationState::Confirmed
    } else {
        RegistrationState::Waitlisted
    };
    let after = set_state(&txn, before.clone(), state).await?;
    notify(&txn, &after, &edition, None, false).await?;
    let action = if approve { "conference.registration_approved" } else { "conference.registration_rejected" };
    audit::record(
        &txn,
        &context.actor,
        Change::new(action, "registration", id, after.full_name.clone())
            .before(&registration_audit(&before))
            .after(&registration_audit(&after)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(after)
}

/// Changes an edition; a raised capacity goes to the people waiting in the same transaction,
/// before any new sign-up can take it.
///
/// # Errors
/// `NotFound`; `Invalid` on `capacity`; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), edition_id = edition_id))]
pub async fn update_edition(
    db: &DatabaseConnection,
    context: &RequestContext,
    edition_id: i32,
    edition: &crate::conferences::service::Edition,
) -> ServiceResult<edition::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let after = crate::conferences::service::update_edition_in(&txn, context, edition_id, edition).await?;
    promote_waitlist(&txn, &after).await?;
    context.commit(txn).await?;
    Ok(after)
}

/// Changes what a person may change through their link: name, phone, language, consent and
/// the visa letter request with its passport details. Role and email stay as registered.
///
/// # Errors
/// `InvalidLink`; `Conflict` once cancelled or rejected; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_by_token(
    db: &DatabaseConnection,
    context: &RequestContext,
    token: &str,
    changes: &Delegate,
) -> ServiceResult<()> {
    let id = row_by_token(db, token).await?.id;
    // Held until commit: a cancellation cannot slip between the check and the change.
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before =
        registration::Entity::find_by_id(id).lock_exclusive().one(&txn).await?.ok_or(ServiceError::InvalidLink)?;
    if !state_of(&before).is_live() {
        return Err(ServiceError::Conflict { key: "error-registration-ended" });
    }
    let mut row: registration::ActiveModel = before.clone().into();
    row.full_name = Set(changes.full_name.as_str().to_string());
    row.phone = Set(changes.phone.clone());
    row.language = Set(changes.language);
    row.consent = Set(changes.consent);
    if before.visa_letter != VisaLetter::Issued {
        let passport = changes.passport.as_ref();
        row.passport_name = Set(passport.map(|p| p.name.clone()));
        row.passport_number = Set(passport.map(|p| p.number.clone()));
        row.nationality = Set(passport.map(|p| p.nationality.clone()));
        row.birth_date = Set(passport.map(|p| p.birth_date));
        row.passport_expiry = Set(passport.map(|p| p.expiry));
        row.visa_letter = Set(if passport.is_some() { VisaLetter::Requested } else { VisaLetter::None });
    }
    row.updated_at = Set(Utc::now());
    let after = row.update(&txn).await?;
    audit::record(
        &txn,
        &actor_of(&after),
        Change::new("conference.registration_updated", "registration", after.id, after.full_name.clone())
            .before(&registration_audit(&before))
            .after(&registration_audit(&after)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(())
}

/// Renewals of one registration's link per hour: enough for a worried owner, too few to flood
/// their inbox.
const RENEWALS_PER_HOUR: crate::server::throttle::Policy = crate::server::throttle::Policy::PerHour { free: 3 };

/// A new personal link for someone who fears the old one (or their calendar address) was seen:
/// the old link and feed stop working at once, and the new link goes only to the registered
/// address, so whoever holds a stolen link cannot renew it into one of their own. Returns the
/// new token (for tests; the page never shows it).
///
/// # Errors
/// `InvalidLink` (also when another renewal got there first); `RateLimited` past
/// [`RENEWALS_PER_HOUR`]; database errors.
#[tracing::instrument(skip_all)]
pub async fn renew_link(db: &DatabaseConnection, context: &RequestContext, token: &str) -> ServiceResult<String> {
    let row = row_by_token(db, token).await?;
    let new_token = crate::server::secrets::new_token();
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let throttle_key = crate::server::throttle::key("renew-link", &row.id.to_string());
    crate::server::throttle::count(&txn, &throttle_key, RENEWALS_PER_HOUR, Utc::now()).await?;
    let renewed = registration::Entity::update_many()
        .col_expr(registration::Column::ManageTokenHash, sea_orm::sea_query::Expr::value(token_hash(&new_token)))
        .col_expr(
            registration::Column::FeedTokenHash,
            sea_orm::sea_query::Expr::value(token_hash(&feed_secret(&new_token))),
        )
        .filter(registration::Column::Id.eq(row.id))
        .filter(registration::Column::ManageTokenHash.eq(row.manage_token_hash.clone()))
        .exec(&txn)
        .await?;
    if renewed.rows_affected != 1 {
        return Err(ServiceError::InvalidLink);
    }
    let edition = crate::conferences::service::edition_row(&txn, row.edition_id).await?;
    let link = manage_link(&context.public_url, &new_token);
    let message = crate::conferences::registrations::emails::LinkRenewed {
        edition: &edition_title(&edition, row.language),
        link: &link,
    };
    crate::email::service::enqueue_all(
        &txn,
        &[crate::email::service::Outgoing::new(&row.email, &row.full_name, row.language, &message)],
    )
    .await?;
    audit::record(
        &txn,
        &actor_of(&row),
        Change::new("conference.registration_link_renewed", "registration", row.id, row.full_name.clone()),
    )
    .await?;
    context.commit(txn).await?;
    Ok(new_token)
}

/// Adds a session to, or removes it from, the person's own calendar.
///
/// # Errors
/// `InvalidLink`; `NotFound` for a session of another edition; database errors.
pub async fn toggle_session(db: &DatabaseConnection, token: &str, session_id: i32) -> ServiceResult<bool> {
    let row = row_by_token(db, token).await?;
    let session = session::Entity::find_by_id(session_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if session.edition_id != row.edition_id {
        return Err(ServiceError::NotFound);
    }
    let removed = session_choice::Entity::delete_many()
        .filter(session_choice::Column::RegistrationId.eq(row.id))
        .filter(session_choice::Column::SessionId.eq(session_id))
        .exec(db)
        .await?;
    if removed.rows_affected > 0 {
        return Ok(false);
    }
    session_choice::ActiveModel { registration_id: Set(row.id), session_id: Set(session_id), ..Default::default() }
        .insert(db)
        .await?;
    Ok(true)
}
