//! The rules every change of a registration follows: the edition's lock, seats, the waitlist, and the person's email.
use crate::audit::service::{self as audit, Change};
use crate::conferences::entities::{edition, registration};
use crate::conferences::registrations::emails::RegistrationNews;
use crate::conferences::registrations::RegistrationState;
use crate::conferences::Trilingual;
use crate::email::service::{self as email, Outgoing};
use crate::i18n::Lang;
use crate::server::error::ServiceResult;
use crate::server::Actor;
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

pub(in crate::conferences::registrations) fn state_of(row: &registration::Model) -> RegistrationState {
    row.state
}

pub(super) fn actor_of(row: &registration::Model) -> Actor {
    Actor::by_email(&row.email)
}

pub(in crate::conferences::registrations) fn registration_audit(row: &registration::Model) -> serde_json::Value {
    json!({
        "edition_id": row.edition_id,
        "member_id": row.member_id,
        "organisation": row.organisation,
        "role": row.delegate_role,
        "full_name": row.full_name,
        "email": row.email,
        "language": row.language,
        "consent": row.consent,
        "state": row.state,
        "visa_letter": row.visa_letter,
    })
}

pub(in crate::conferences::registrations) use crate::conferences::service::lock_edition;

/// Takes `seats` seats if that many are free; the condition repeats the capacity rule in the
/// database itself.
pub(in crate::conferences::registrations) async fn take_seats(
    txn: &impl ConnectionTrait,
    edition_id: i32,
    seats: i32,
) -> ServiceResult<bool> {
    let taken = edition::Entity::update_many()
        .col_expr(edition::Column::ConfirmedCount, Expr::col(edition::Column::ConfirmedCount).add(seats))
        .filter(edition::Column::Id.eq(edition_id))
        .filter(Expr::col(edition::Column::ConfirmedCount).add(seats).lte(Expr::col(edition::Column::Capacity)))
        .exec(txn)
        .await?;
    Ok(taken.rows_affected == 1)
}

pub(super) async fn free_seat(txn: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<()> {
    edition::Entity::update_many()
        .col_expr(edition::Column::ConfirmedCount, Expr::col(edition::Column::ConfirmedCount).sub(1))
        .filter(edition::Column::Id.eq(edition_id))
        .filter(edition::Column::ConfirmedCount.gt(0))
        .exec(txn)
        .await?;
    Ok(())
}

pub(super) async fn set_state(
    txn: &impl ConnectionTrait,
    row: registration::Model,
    state: RegistrationState,
) -> ServiceResult<registration::Model> {
    let now = Utc::now();
    let mut active: registration::ActiveModel = row.into();
    active.state = Set(state);
    active.state_changed_at = Set(now);
    active.updated_at = Set(now);
    Ok(active.update(txn).await?)
}

pub(in crate::conferences::registrations) fn manage_link(public_url: &str, token: &str) -> String {
    format!("{public_url}/registrations/{token}")
}

pub(super) fn edition_title(edition: &edition::Model, lang: Lang) -> String {
    Trilingual::new(&edition.title_ar, &edition.title_en, &edition.title_fr).get(lang).to_string()
}

/// Tells the person where their registration stands, in their language. The personal link is
/// only in the first message (it is not stored); later ones point to it.
pub(super) async fn notify(
    txn: &impl ConnectionTrait,
    row: &registration::Model,
    edition: &edition::Model,
    link: Option<String>,
    promoted: bool,
) -> ServiceResult<()> {
    email::enqueue_all(txn, &[registration_email(row, edition, link, promoted)]).await?;
    Ok(())
}

pub(in crate::conferences::registrations) fn registration_email(
    row: &registration::Model,
    edition: &edition::Model,
    link: Option<String>,
    promoted: bool,
) -> Outgoing {
    let lang = row.language;
    let news = RegistrationNews {
        edition: &edition_title(edition, lang),
        state: state_of(row),
        promoted,
        link: link.as_deref(),
    };
    Outgoing::new(&row.email, &row.full_name, lang, &news)
}

/// Gives free seats to the waitlist, first registered first; each promoted person is emailed.
pub(super) async fn promote_waitlist(txn: &impl ConnectionTrait, edition: &edition::Model) -> ServiceResult<u32> {
    let mut promoted = 0;
    loop {
        let next = registration::Entity::find()
            .filter(registration::Column::EditionId.eq(edition.id))
            .filter(registration::Column::State.eq(RegistrationState::Waitlisted))
            .order_by_asc(registration::Column::Id)
            .one(txn)
            .await?;
        let Some(next) = next else { break };
        if !take_seats(txn, edition.id, 1).await? {
            break;
        }
        let row = set_state(txn, next, RegistrationState::Confirmed).await?;
        notify(txn, &row, edition, None, true).await?;
        audit::record(
            txn,
            &Actor::system(),
            Change::new("conference.registration_promoted", "registration", row.id, row.full_name.clone())
                .after(&registration_audit(&row)),
        )
        .await?;
        promoted += 1;
    }
    Ok(promoted)
}
