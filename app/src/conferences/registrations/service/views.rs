//! Registrations as pages show them: the secretariat's list, a delegation, the participant list, a personal page.
use super::*;
use crate::conferences::entities::{edition, letter, registration, session_choice};
use crate::conferences::registrations::routes::personal_calendar;
use crate::conferences::registrations::{
    DelegateInput, DelegationView, ManageView, Participant, RegistrationState, RegistrationView, VisaLetter,
};
use crate::conferences::service::{edition_row, edition_view, session_view, sessions_of, tz_of};
use crate::conferences::Trilingual;
use crate::domain::Choice;
use crate::membership::service::{self as membership, MemberIdentity};
use crate::server::error::{ServiceError, ServiceResult};
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

pub(super) async fn organisations(
    db: &impl ConnectionTrait,
    rows: &[registration::Model],
) -> ServiceResult<HashMap<i32, MemberIdentity>> {
    let ids: Vec<i32> = rows.iter().filter_map(|r| r.member_id).collect();
    membership::identities(db, &ids).await
}

pub(super) fn organisation_of(
    row: &registration::Model,
    members: &HashMap<i32, MemberIdentity>,
) -> (String, Option<String>) {
    match row.member_id.and_then(|id| members.get(&id)) {
        Some(member) => (member.official_name.clone(), Some(member.country.clone())),
        None => (row.organisation.clone().unwrap_or_default(), None),
    }
}

pub(super) async fn waitlist_position(
    db: &impl ConnectionTrait,
    row: &registration::Model,
) -> ServiceResult<Option<u64>> {
    if state_of(row) != RegistrationState::Waitlisted {
        return Ok(None);
    }
    let ahead = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(row.edition_id))
        .filter(registration::Column::State.eq(RegistrationState::Waitlisted))
        .filter(registration::Column::Id.lt(row.id))
        .count(db)
        .await?;
    Ok(Some(ahead + 1))
}

pub(super) async fn letter_code(db: &impl ConnectionTrait, registration_id: i32) -> ServiceResult<Option<String>> {
    Ok(letter::Entity::find()
        .filter(letter::Column::RegistrationId.eq(registration_id))
        .order_by_desc(letter::Column::Id)
        .one(db)
        .await?
        .map(|l| l.code))
}

pub(super) async fn views(
    db: &impl ConnectionTrait,
    edition: &edition::Model,
    rows: Vec<registration::Model>,
) -> ServiceResult<Vec<RegistrationView>> {
    let members = organisations(db, &rows).await?;
    let tz = tz_of(edition);
    let title = Trilingual::new(&edition.title_ar, &edition.title_en, &edition.title_fr);
    let mut waitlisted = 0;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let (organisation, country) = organisation_of(&row, &members);
        let state = state_of(&row);
        // Rows come in id order, so the waitlist position is a running count.
        let waitlist_position = (state == RegistrationState::Waitlisted).then(|| {
            waitlisted += 1;
            waitlisted
        });
        out.push(RegistrationView {
            id: row.id,
            edition_id: row.edition_id,
            edition_title: title.clone(),
            member_id: row.member_id,
            organisation,
            country: country.or(row.nationality.clone()),
            role: row.delegate_role,
            full_name: row.full_name.clone(),
            email: row.email.clone(),
            phone: row.phone.clone().unwrap_or_default(),
            language: row.language.code().to_string(),
            consent: row.consent,
            state,
            waitlist_position,
            visa_letter: row.visa_letter,
            letter_code: if row.visa_letter == VisaLetter::Issued { letter_code(db, row.id).await? } else { None },
            checkin_code: row.checkin_code.clone(),
            checked_in_at: row.checked_in_at.map(|at| at.with_timezone(&tz).naive_local()),
        });
    }
    Ok(out)
}

pub(super) async fn view_of(db: &impl ConnectionTrait, row: registration::Model) -> ServiceResult<RegistrationView> {
    let edition = edition_row(db, row.edition_id).await?;
    let position = waitlist_position(db, &row).await?;
    let mut view = views(db, &edition, vec![row]).await?.remove(0);
    view.waitlist_position = position;
    Ok(view)
}

/// One registration as the secretariat sees it.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn registration_view(db: &impl ConnectionTrait, id: i32) -> ServiceResult<RegistrationView> {
    let row = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    view_of(db, row).await
}

pub(super) async fn chosen_sessions(db: &impl ConnectionTrait, registration_id: i32) -> ServiceResult<Vec<i32>> {
    Ok(session_choice::Entity::find()
        .filter(session_choice::Column::RegistrationId.eq(registration_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.session_id)
        .collect())
}

/// A feed made before feed secrets were derived from the personal link gets its derived secret
/// the first time its holder opens the personal page (the address shown there then works).
async fn refresh_feed_hash(db: &impl ConnectionTrait, row: &registration::Model, feed: &str) -> ServiceResult<()> {
    let hash = crate::server::secrets::token_hash(feed);
    if row.feed_token_hash != hash {
        registration::Entity::update_many()
            .col_expr(registration::Column::FeedTokenHash, sea_orm::sea_query::Expr::value(hash))
            .filter(registration::Column::Id.eq(row.id))
            // Not over a renewal that committed after this row was read: the old feed stays ended.
            .filter(registration::Column::ManageTokenHash.eq(row.manage_token_hash.clone()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The personal page behind a link: the registration, the form to change it, the agenda with
/// the sessions chosen, and the personal feed's address.
///
/// # Errors
/// `InvalidLink`; database errors.
pub async fn manage_view(db: &impl ConnectionTrait, token: &str) -> ServiceResult<ManageView> {
    let row = row_by_token(db, token).await?;
    let form = DelegateInput {
        full_name: row.full_name.clone(),
        email: row.email.clone(),
        phone: row.phone.clone().unwrap_or_default(),
        language: row.language.code().to_string(),
        role: row.delegate_role.to_string(),
        consent: row.consent.to_string(),
        organisation: row.organisation.clone().unwrap_or_default(),
        visa_letter: if row.visa_letter == VisaLetter::None { String::new() } else { "on".into() },
        passport_name: row.passport_name.clone().unwrap_or_default(),
        passport_number: row.passport_number.clone().unwrap_or_default(),
        nationality: row.nationality.clone().unwrap_or_default(),
        birth_date: row.birth_date.map(|d| d.to_string()).unwrap_or_default(),
        passport_expiry: row.passport_expiry.map(|d| d.to_string()).unwrap_or_default(),
    };
    let chosen = chosen_sessions(db, row.id).await?;
    let edition = edition_row(db, row.edition_id).await?;
    let tz = tz_of(&edition);
    let sessions =
        sessions_of(db, row.edition_id).await?.iter().map(|s| (session_view(s, tz), chosen.contains(&s.id))).collect();
    let feed = feed_secret(token);
    refresh_feed_hash(db, &row, &feed).await?;
    let feed_path = personal_calendar(&feed);
    Ok(ManageView { registration: view_of(db, row).await?, form, sessions, feed_path })
}

pub(super) async fn edition_registrations(
    db: &impl ConnectionTrait,
    edition_id: i32,
    member_id: Option<i32>,
) -> ServiceResult<Vec<registration::Model>> {
    let mut select = registration::Entity::find().filter(registration::Column::EditionId.eq(edition_id));
    if let Some(member_id) = member_id {
        select = select.filter(registration::Column::MemberId.eq(member_id));
    }
    Ok(select.order_by_asc(registration::Column::Id).all(db).await?)
}

/// Every registration of an edition, for the secretariat, in registration order.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn registrations(db: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<Vec<RegistrationView>> {
    let edition = edition_row(db, edition_id).await?;
    views(db, &edition, edition_registrations(db, edition_id, None).await?).await
}

/// A member's delegation to an edition.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn delegation(db: &impl ConnectionTrait, edition_id: i32, member_id: i32) -> ServiceResult<DelegationView> {
    let edition = edition_row(db, edition_id).await?;
    let member = membership::identity(db, member_id).await?;
    // Waitlist positions count the whole edition, not just this delegation.
    let mut delegates = Vec::new();
    for row in edition_registrations(db, edition_id, Some(member_id)).await? {
        let position = waitlist_position(db, &row).await?;
        let mut view = views(db, &edition, vec![row]).await?.remove(0);
        view.waitlist_position = position;
        delegates.push(view);
    }
    Ok(DelegationView { edition: edition_view(&edition, Utc::now()), member_name: member.official_name, delegates })
}

/// Who may read the participant list, and so which consents apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Public,
    SignedIn,
    Secretariat,
}

/// The people coming (confirmed or attended) whose consent lets `audience` see them.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn participants(
    db: &impl ConnectionTrait,
    edition_id: i32,
    audience: Audience,
) -> ServiceResult<Vec<Participant>> {
    edition_row(db, edition_id).await?;
    let consents: &[&str] = match audience {
        Audience::Public => &["public"],
        Audience::SignedIn => &["public", "delegates"],
        Audience::Secretariat => &["public", "delegates", "secretariat"],
    };
    let rows = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(edition_id))
        .filter(
            registration::Column::State
                .is_in([RegistrationState::Confirmed.as_str(), RegistrationState::Attended.as_str()]),
        )
        .filter(registration::Column::Consent.is_in(consents.iter().copied()))
        .order_by_asc(registration::Column::FullName)
        .all(db)
        .await?;
    let members = organisations(db, &rows).await?;
    Ok(rows
        .iter()
        .map(|row| {
            let (organisation, country) = organisation_of(row, &members);
            Participant { full_name: row.full_name.clone(), organisation, country, role: row.delegate_role }
        })
        .collect())
}
