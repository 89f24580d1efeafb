//! Registrations: who comes to an edition, in which state, and the seats they hold.
//!
//! Every change that can take or free a seat first locks the edition's row with an UPDATE (a
//! row lock on PostgreSQL, the write lock on SQLite), then reads the counter and writes. So
//! simultaneous sign-ups from any number of server processes are decided one after another and
//! the capacity is never exceeded; the waitlist is served in registration order.
use super::emails::RegistrationNews;
use super::{
    BadgeView, CheckIn, Consent, DelegateInput, DelegateRole, DelegationView, LetterView, ManageView, Participant,
    RegistrationState, RegistrationView, VisaLetter,
};
use crate::audit::service::{self as audit, Actor, Change};
use crate::conferences::calendar::Feed;
use crate::conferences::entities::{edition, letter, registration, session, session_choice};
use crate::conferences::service::{edition_row, edition_view, local, session_view, sessions_of, tz_of};
use crate::conferences::Trilingual;
use crate::domain::Choice;
use crate::domain::{optional_text, parse_date, EmailAddress, FieldError, PersonName};
use crate::email::service::{self as email, Outgoing};
use crate::i18n::Lang;
use crate::membership::entities::member;
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets::{new_token, token_hash};
use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

/// Passport details, kept only when the person asks for a visa letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passport {
    pub name: String,
    pub number: String,
    pub nationality: String,
    pub birth_date: NaiveDate,
    pub expiry: NaiveDate,
}

/// A person to register, every field checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delegate {
    pub full_name: PersonName,
    pub email: EmailAddress,
    pub phone: Option<String>,
    pub language: Lang,
    pub role: DelegateRole,
    pub consent: Consent,
    /// The body an individual applicant represents.
    pub organisation: Option<String>,
    pub passport: Option<Passport>,
}

impl Delegate {
    /// Checks a delegate of a member's delegation (`individual` false) or an individual
    /// applicant, and reports every problem at once.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &DelegateInput, individual: bool) -> Result<Delegate, Vec<FieldError>> {
        let mut problems = Vec::new();
        let full_name = PersonName::parse(&input.full_name, "full_name").map_err(|e| problems.push(e)).ok();
        let email = EmailAddress::parse(&input.email).map_err(|e| problems.push(e)).ok();
        let phone = optional_text(&input.phone, "phone", 50, &mut problems);
        let language = Lang::parse(&input.language);
        if language.is_none() {
            problems.push(FieldError { field: "language", key: "error-choice-invalid" });
        }
        let role = if individual {
            Some(DelegateRole::Individual)
        } else {
            DelegateRole::parse(&input.role).filter(|r| DelegateRole::DELEGATION.contains(r))
        };
        if role.is_none() {
            problems.push(FieldError { field: "role", key: "error-choice-invalid" });
        }
        let consent = Consent::parse(&input.consent);
        if consent.is_none() {
            problems.push(FieldError { field: "consent", key: "error-choice-invalid" });
        }
        let organisation = if individual {
            let organisation = crate::domain::required_text(&input.organisation, "organisation", 300, &mut problems);
            Some(organisation)
        } else {
            None
        };
        let passport = if matches!(input.visa_letter.as_str(), "on" | "true" | "requested" | "issued") {
            Passport::parse(input, &mut problems)
        } else {
            None
        };
        match (full_name, email, language, role, consent) {
            (Some(full_name), Some(email), Some(language), Some(role), Some(consent)) if problems.is_empty() => {
                Ok(Delegate { full_name, email, phone, language, role, consent, organisation, passport })
            }
            _ => Err(problems),
        }
    }
}

impl Passport {
    fn parse(input: &DelegateInput, problems: &mut Vec<FieldError>) -> Option<Passport> {
        let name = crate::domain::required_text(&input.passport_name, "passport_name", 200, problems);
        let number = crate::domain::required_text(&input.passport_number, "passport_number", 50, problems);
        let nationality = input.nationality.trim().to_ascii_uppercase();
        if crate::membership::country_name(&nationality, Lang::En).is_none() {
            problems.push(FieldError { field: "nationality", key: "error-choice-invalid" });
        }
        let birth_date = parse_date(&input.birth_date, "birth_date", "error-date", problems);
        let expiry = parse_date(&input.passport_expiry, "passport_expiry", "error-date", problems);
        if expiry.is_some_and(|e| e < Utc::now().date_naive()) {
            problems.push(FieldError { field: "passport_expiry", key: "error-passport-expired" });
        }
        Some(Passport { name, number, nationality, birth_date: birth_date?, expiry: expiry? })
    }
}

pub(super) fn state_of(row: &registration::Model) -> RegistrationState {
    row.state
}

fn actor_of(row: &registration::Model) -> Actor {
    Actor { account_id: None, email: Some(row.email.clone()) }
}

pub(super) fn registration_audit(row: &registration::Model) -> serde_json::Value {
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

/// Locks the edition's row for the rest of the transaction and reads it, in one statement.
/// Callers on SQLite take the writer turn first: every sign-up of a burst writes this row.
pub(super) async fn lock_edition(txn: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<edition::Model> {
    edition::Entity::update_many()
        .col_expr(edition::Column::ConfirmedCount, Expr::col(edition::Column::ConfirmedCount))
        .filter(edition::Column::Id.eq(edition_id))
        .exec_with_returning(txn)
        .await?
        .pop()
        .ok_or(ServiceError::NotFound)
}

/// Takes `seats` seats if that many are free; the condition repeats the capacity rule in the
/// database itself.
pub(super) async fn take_seats(txn: &impl ConnectionTrait, edition_id: i32, seats: i32) -> ServiceResult<bool> {
    let taken = edition::Entity::update_many()
        .col_expr(edition::Column::ConfirmedCount, Expr::col(edition::Column::ConfirmedCount).add(seats))
        .filter(edition::Column::Id.eq(edition_id))
        .filter(Expr::col(edition::Column::ConfirmedCount).add(seats).lte(Expr::col(edition::Column::Capacity)))
        .exec(txn)
        .await?;
    Ok(taken.rows_affected == 1)
}

async fn free_seat(txn: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<()> {
    edition::Entity::update_many()
        .col_expr(edition::Column::ConfirmedCount, Expr::col(edition::Column::ConfirmedCount).sub(1))
        .filter(edition::Column::Id.eq(edition_id))
        .filter(edition::Column::ConfirmedCount.gt(0))
        .exec(txn)
        .await?;
    Ok(())
}

async fn set_state(
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

pub(super) fn manage_link(public_url: &str, token: &str) -> String {
    format!("{public_url}/registrations/{token}")
}

fn edition_title(edition: &edition::Model, lang: Lang) -> String {
    Trilingual::new(&edition.title_ar, &edition.title_en, &edition.title_fr).get(lang).to_string()
}

/// Tells the person where their registration stands, in their language. The personal link is
/// only in the first message (it is not stored); later ones point to it.
async fn notify(
    txn: &impl ConnectionTrait,
    row: &registration::Model,
    edition: &edition::Model,
    link: Option<String>,
    promoted: bool,
) -> ServiceResult<()> {
    email::enqueue_all(txn, &[registration_email(row, edition, link, promoted)]).await?;
    Ok(())
}

pub(super) fn registration_email(
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
async fn promote_waitlist(txn: &impl ConnectionTrait, edition: &edition::Model) -> ServiceResult<u32> {
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

async fn row_by_token(db: &impl ConnectionTrait, token: &str) -> ServiceResult<registration::Model> {
    registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(token_hash(token.trim())))
        .one(db)
        .await?
        .ok_or(ServiceError::InvalidLink)
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
pub async fn cancel(db: &DatabaseConnection, actor: &Actor, id: i32) -> ServiceResult<registration::Model> {
    let edition_id = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.edition_id;
    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
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
        actor,
        Change::new("conference.registration_cancelled", "registration", id, after.full_name.clone())
            .before(&registration_audit(&before))
            .after(&registration_audit(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Cancels a delegate for a member's focal point (`for_member`), who may only cancel their own
/// member's delegates; the secretariat passes `None`.
///
/// # Errors
/// As [`cancel`], and `Forbidden` for another member's delegate.
pub async fn cancel_delegate(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    for_member: Option<i32>,
) -> ServiceResult<registration::Model> {
    let row = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if for_member.is_some() && row.member_id != for_member {
        return Err(ServiceError::Forbidden);
    }
    cancel(db, actor, id).await
}

/// Cancels through the personal link.
///
/// # Errors
/// As [`cancel`], and `InvalidLink`.
pub async fn cancel_by_token(db: &DatabaseConnection, token: &str) -> ServiceResult<registration::Model> {
    let row = row_by_token(db, token).await?;
    cancel(db, &actor_of(&row), row.id).await
}

/// The secretariat's decision on a pending registration: approved, it takes a seat or joins
/// the waitlist; rejected, it ends. The person is emailed either way.
///
/// # Errors
/// `NotFound`; `Conflict` when it is not pending; database errors.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    approve: bool,
) -> ServiceResult<registration::Model> {
    let edition_id = registration::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.edition_id;
    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
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
        actor,
        Change::new(action, "registration", id, after.full_name.clone())
            .before(&registration_audit(&before))
            .after(&registration_audit(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// After the capacity was raised: the waitlist takes the new seats.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn fill_free_seats(db: &DatabaseConnection, edition_id: i32) -> ServiceResult<u32> {
    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
    let edition = lock_edition(&txn, edition_id).await?;
    let promoted = promote_waitlist(&txn, &edition).await?;
    txn.commit().await?;
    Ok(promoted)
}

/// Changes what a person may change through their link: name, phone, language, consent and
/// the visa letter request with its passport details. Role and email stay as registered.
///
/// # Errors
/// `InvalidLink`; `Conflict` once cancelled or rejected; database errors.
pub async fn update_by_token(db: &DatabaseConnection, token: &str, changes: &Delegate) -> ServiceResult<()> {
    let before = row_by_token(db, token).await?;
    if !state_of(&before).is_live() {
        return Err(ServiceError::Conflict { key: "error-registration-ended" });
    }
    let txn = db.begin().await?;
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
    txn.commit().await?;
    Ok(())
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

async fn organisations(
    db: &impl ConnectionTrait,
    rows: &[registration::Model],
) -> ServiceResult<std::collections::HashMap<i32, member::Model>> {
    let ids: Vec<i32> = rows.iter().filter_map(|r| r.member_id).collect();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(member::Entity::find()
        .filter(member::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect())
}

fn organisation_of(
    row: &registration::Model,
    members: &std::collections::HashMap<i32, member::Model>,
) -> (String, Option<String>) {
    match row.member_id.and_then(|id| members.get(&id)) {
        Some(member) => (member.official_name.clone(), Some(member.country.clone())),
        None => (row.organisation.clone().unwrap_or_default(), None),
    }
}

async fn waitlist_position(db: &impl ConnectionTrait, row: &registration::Model) -> ServiceResult<Option<u64>> {
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

async fn letter_code(db: &impl ConnectionTrait, registration_id: i32) -> ServiceResult<Option<String>> {
    Ok(letter::Entity::find()
        .filter(letter::Column::RegistrationId.eq(registration_id))
        .order_by_desc(letter::Column::Id)
        .one(db)
        .await?
        .map(|l| l.code))
}

async fn views(
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
            checked_in_at: row.checked_in_at.map(|at| local(&at, tz, "%Y-%m-%d %H:%M")),
        });
    }
    Ok(out)
}

async fn view_of(db: &impl ConnectionTrait, row: registration::Model) -> ServiceResult<RegistrationView> {
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

async fn chosen_sessions(db: &impl ConnectionTrait, registration_id: i32) -> ServiceResult<Vec<i32>> {
    Ok(session_choice::Entity::find()
        .filter(session_choice::Column::RegistrationId.eq(registration_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.session_id)
        .collect())
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
    let feed_path = format!("/registrations/feed/{}.ics", row.feed_token);
    Ok(ManageView { registration: view_of(db, row).await?, form, sessions, feed_path })
}

async fn edition_registrations(
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
    let member = member::Entity::find_by_id(member_id).one(db).await?.ok_or(ServiceError::NotFound)?;
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

/// Marks a confirmed person as attended, once. The code is the badge's (any case, spaces
/// ignored).
///
/// # Errors
/// `NotFound` for an unknown code; `Conflict` when the person is not confirmed; database errors.
pub async fn check_in(db: &DatabaseConnection, actor: &Actor, edition_id: i32, code: &str) -> ServiceResult<CheckIn> {
    let code: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    let txn = db.begin().await?;
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
            actor,
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
    txn.commit().await?;
    Ok(outcome)
}

/// Issues the numbered invitation letter a person asked for, in `lang`; issuing again gives a
/// new number (the earlier letter stays valid).
///
/// # Errors
/// `NotFound`; `Conflict` when no letter was asked for or the person is not coming; database
/// errors.
pub async fn issue_letter(
    db: &DatabaseConnection,
    actor: &Actor,
    registration_id: i32,
    lang: Lang,
) -> ServiceResult<String> {
    let txn = db.begin().await?;
    let row = registration::Entity::find_by_id(registration_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if row.visa_letter == VisaLetter::None {
        return Err(ServiceError::Conflict { key: "error-no-letter-requested" });
    }
    if !matches!(state_of(&row), RegistrationState::Confirmed | RegistrationState::Attended) {
        return Err(ServiceError::Conflict { key: "error-letter-not-confirmed" });
    }
    let code = new_token()[..32].to_string();
    let issued = letter::ActiveModel {
        registration_id: Set(row.id),
        code: Set(code.clone()),
        language: Set(lang),
        issued_at: Set(Utc::now()),
        issued_by: Set(actor.email.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut active: registration::ActiveModel = row.clone().into();
    active.visa_letter = Set(VisaLetter::Issued);
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    audit::record(
        &txn,
        actor,
        Change::new(
            "conference.letter_issued",
            "registration",
            row.id,
            format!("No. {} – {}", issued.id, row.full_name),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(code)
}

/// A letter by the code in its verification address, written in the language it was issued in.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn letter(db: &impl ConnectionTrait, code: &str, public_url: &str) -> ServiceResult<LetterView> {
    let issued = letter::Entity::find()
        .filter(letter::Column::Code.eq(code.trim()))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let row = registration::Entity::find_by_id(issued.registration_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let edition = edition_row(db, row.edition_id).await?;
    let members = organisations(db, std::slice::from_ref(&row)).await?;
    let (organisation, _) = organisation_of(&row, &members);
    let lang = issued.language;
    let t = |key: &str, args: &[(&'static str, String)]| crate::i18n::translate(lang, key, args);
    let role = row.delegate_role;
    let nationality = row.nationality.clone().unwrap_or_default();
    let country = crate::membership::country_name(&nationality, lang).unwrap_or(&nationality).to_string();
    let title = edition_title(&edition, lang);
    let dates = format!("{} – {}", edition.starts_on, edition.ends_on);
    Ok(LetterView {
        number: issued.id,
        language: lang.code().to_string(),
        issued_on: issued.issued_at.date_naive().to_string(),
        heading: t("letter-heading", &[]),
        body: t(
            "letter-body",
            &[
                ("name", row.passport_name.clone().unwrap_or_else(|| row.full_name.clone())),
                ("organisation", organisation.clone()),
                ("role", t(role.label_key(), &[])),
                ("conference", title.clone()),
                ("city", edition.city.clone()),
                ("dates", dates.clone()),
            ],
        ),
        details: vec![
            (t("letter-passport-name", &[]), row.passport_name.clone().unwrap_or_default()),
            (t("letter-passport-number", &[]), row.passport_number.clone().unwrap_or_default()),
            (t("letter-nationality", &[]), country),
            (t("letter-birth-date", &[]), row.birth_date.map(|d| d.to_string()).unwrap_or_default()),
            (t("letter-organisation", &[]), organisation),
            (t("letter-conference", &[]), format!("{title}, {}, {}", edition.venue, edition.city)),
            (t("letter-dates", &[]), dates),
        ],
        closing: t("letter-closing", &[]),
        verify_url: format!("{public_url}/letters/{}", issued.code),
    })
}

/// Badges for everyone coming, with the QR code of their check-in address.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn badges(db: &impl ConnectionTrait, edition_id: i32, public_url: &str) -> ServiceResult<Vec<BadgeView>> {
    let edition = edition_row(db, edition_id).await?;
    let coming: Vec<_> =
        edition_registrations(db, edition_id, None).await?.into_iter().filter(|r| state_of(r).holds_seat()).collect();
    let mut badges = Vec::with_capacity(coming.len());
    for view in views(db, &edition, coming).await? {
        let address = format!("{public_url}/secretariat/conferences/{edition_id}/checkin?code={}", view.checkin_code);
        let qr_svg = qrcode::QrCode::new(address.as_bytes())
            .map_err(|e| ServiceError::Internal(format!("QR code: {e}")))?
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(120, 120)
            .build();
        badges.push(BadgeView {
            full_name: view.full_name,
            organisation: view.organisation,
            country: view.country,
            role: view.role,
            qr_svg,
            checkin_code: view.checkin_code,
        });
    }
    Ok(badges)
}

/// The person's own calendar: the sessions they chose, in their language.
///
/// # Errors
/// `NotFound` for an unknown feed; database errors.
pub async fn personal_calendar(db: &impl ConnectionTrait, feed_token: &str, host: &str) -> ServiceResult<String> {
    let row = registration::Entity::find()
        .filter(registration::Column::FeedToken.eq(feed_token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let chosen = chosen_sessions(db, row.id).await?;
    let edition = edition_row(db, row.edition_id).await?;
    let sessions: Vec<session::Model> =
        sessions_of(db, row.edition_id).await?.into_iter().filter(|s| chosen.contains(&s.id)).collect();
    let lang = row.language;
    Ok(Feed {
        name: edition_title(&edition, lang),
        place: format!("{}, {}", edition.venue, edition.city),
        sessions: &sessions,
        lang,
        host,
    }
    .render())
}

/// The participant list as CSV for the secretariat: UTF-8 with a byte order mark, so that
/// spreadsheet programs show Arabic names correctly.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn participants_csv(db: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<Vec<u8>> {
    let rows = registrations(db, edition_id).await?;
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |e: csv::Error| ServiceError::Internal(format!("csv: {e}"));
    out.write_record([
        "id",
        "state",
        "waitlist_position",
        "role",
        "full_name",
        "organisation",
        "country",
        "email",
        "phone",
        "language",
        "consent",
        "visa_letter",
        "checked_in_at",
    ])
    .map_err(failed)?;
    for r in rows {
        out.write_record([
            r.id.to_string(),
            r.state.as_str().to_string(),
            r.waitlist_position.map(|p| p.to_string()).unwrap_or_default(),
            r.role.as_str().to_string(),
            r.full_name,
            r.organisation,
            r.country.unwrap_or_default(),
            r.email,
            r.phone,
            r.language,
            r.consent.as_str().to_string(),
            r.visa_letter.to_string(),
            r.checked_in_at.unwrap_or_default(),
        ])
        .map_err(failed)?;
    }
    out.into_inner().map_err(|e| ServiceError::Internal(format!("csv: {e}")))
}
