//! Writing sign-ups. Every sign-up for an edition locks the edition's row, so a burst of them
//! is written one transaction after another; the sign-ups that arrive while one transaction is
//! being written wait together and go into the next one: one lock, one clash query and one insert
//! per table for all of them. Each still gets its own answer, in the order they arrived.
use super::service::{
    feed_secret, lock_edition, manage_link, registration_audit, registration_email, take_seats, Delegate, Registered,
    Registrant,
};
use super::{DelegateRole, RegistrationState, VisaLetter};
use crate::audit::service::{self as audit, Change};
use crate::conferences::entities::{edition, registration};
use crate::domain::Choice;
use crate::email::service as email;
use crate::membership::service as membership;
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets::{new_token, token_hash};
use crate::server::{Actor, RequestContext};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect,
    TransactionTrait,
};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// At most this many sign-ups share a transaction (well within every backend's limit on the
/// number of values in one statement).
const MOST_AT_ONCE: usize = 100;

/// Someone signing up for an edition.
pub struct SignUp {
    /// Who does it, for the audit log.
    pub actor: Actor,
    /// The account that registers someone else (a focal point for its delegate).
    pub registered_by: Option<i32>,
    pub edition_id: i32,
    pub registrant: Registrant,
    pub delegate: Delegate,
}

struct Waiting {
    sign_up: SignUp,
    answer: oneshot::Sender<ServiceResult<Registered>>,
}

/// The sign-ups of this process for one database, waiting to be written in arrival order.
pub struct SignUpQueue {
    db: DatabaseConnection,
    waiting: Mutex<Vec<Waiting>>,
    /// Held while a group of sign-ups is written.
    turn: Arc<tokio::sync::Mutex<()>>,
}

impl SignUpQueue {
    pub fn new(db: DatabaseConnection) -> Self {
        SignUpQueue { db, waiting: Mutex::default(), turn: Arc::default() }
    }

    /// Registers a person for an edition. A delegate of a member (in good standing) is confirmed
    /// while seats remain, else waitlisted, unless the edition needs approval; an individual
    /// applicant always waits for the secretariat. The person is emailed their personal link.
    ///
    /// # Errors
    /// `NotFound`; `Conflict` when registration is closed, the member is not in good standing or
    /// the email is already registered; `Invalid` on `role` past the delegation's limits;
    /// database errors.
    pub async fn register(&self, sign_up: SignUp, context: &RequestContext) -> ServiceResult<Registered> {
        // The member's standing is read before waiting, to keep the lock short.
        if let Registrant::Delegation { member_id } = sign_up.registrant {
            if !membership::identity(&self.db, member_id).await?.in_good_standing {
                return Err(ServiceError::Conflict { key: "error-member-not-in-good-standing" });
            }
        }
        let edition_id = sign_up.edition_id;
        let (answer, mut answered) = oneshot::channel();
        self.waiting.lock().unwrap_or_else(|e| e.into_inner()).push(Waiting { sign_up, answer });
        loop {
            tokio::select! {
                biased;
                result = &mut answered => {
                    let registered =
                        result.unwrap_or_else(|_| Err(ServiceError::Internal("sign-up writer stopped".into())))?;
                    context.wake_outbox();
                    return Ok(registered);
                }
                turn = self.turn.clone().lock_owned() => {
                    let group = self.take_group(edition_id);
                    if group.is_empty() {
                        continue; // written by the previous turn: the answer is there
                    }
                    let (db, public_url) = (self.db.clone(), context.public_url.clone());
                    // Written to the end even if this request goes away: the others wait on it.
                    tokio::spawn(async move {
                        write_and_answer(&db, edition_id, group, &public_url).await;
                        drop(turn);
                    });
                }
            }
        }
    }

    /// The oldest waiting sign-ups for the edition, leaving the others in order.
    fn take_group(&self, edition_id: i32) -> Vec<Waiting> {
        let mut waiting = self.waiting.lock().unwrap_or_else(|e| e.into_inner());
        let mut group = Vec::new();
        let mut rest = Vec::new();
        for w in waiting.drain(..) {
            if w.sign_up.edition_id == edition_id && group.len() < MOST_AT_ONCE {
                group.push(w);
            } else {
                rest.push(w);
            }
        }
        *waiting = rest;
        group
    }
}

/// Writes a group in one transaction. When the transaction itself fails, each sign-up is tried
/// again alone so that one cannot sink the others, and so that each gets its own error.
async fn write_and_answer(db: &DatabaseConnection, edition_id: i32, group: Vec<Waiting>, public_url: &str) {
    let (sign_ups, answers): (Vec<SignUp>, Vec<_>) = group.into_iter().map(|w| (w.sign_up, w.answer)).unzip();
    match write(db, edition_id, &sign_ups, public_url).await {
        Ok(results) => {
            for (answer, result) in answers.into_iter().zip(results) {
                let _ = answer.send(result);
            }
        }
        Err(error) if sign_ups.len() == 1 => {
            if let Some(answer) = answers.into_iter().next() {
                let _ = answer.send(Err(error));
            }
        }
        Err(error) => {
            tracing::warn!(%error, "a group of sign-ups failed; writing them one by one");
            for (sign_up, answer) in sign_ups.iter().zip(answers) {
                let result = write(db, edition_id, std::slice::from_ref(sign_up), public_url).await;
                let _ =
                    answer.send(result.and_then(|mut results| results.pop().unwrap_or(Err(ServiceError::NotFound))));
            }
        }
    }
}

/// Live registrations that a new sign-up could clash with: the same email, or a head or voting
/// delegate of the same member.
#[derive(Default)]
struct Taken {
    emails: HashSet<String>,
    /// Emails held only by a pending application of someone on their own (anyone may type any
    /// address there): a member's focal point registering that person supersedes it.
    pending_individuals: HashMap<String, i32>,
    limited_roles: HashMap<(i32, String), usize>,
}

impl Taken {
    async fn read(txn: &impl sea_orm::ConnectionTrait, edition_id: i32, sign_ups: &[SignUp]) -> ServiceResult<Taken> {
        let emails = sign_ups.iter().map(|s| s.delegate.email.as_str());
        let members = sign_ups.iter().filter_map(|s| match s.registrant {
            Registrant::Delegation { member_id } => Some(member_id),
            Registrant::Individual => None,
        });
        let limited = [DelegateRole::Head.as_str(), DelegateRole::Voting.as_str(), DelegateRole::Observer.as_str()];
        let live: Vec<(i32, String, Option<i32>, String, RegistrationState)> = registration::Entity::find()
            .select_only()
            .column(registration::Column::Id)
            .column(registration::Column::Email)
            .column(registration::Column::MemberId)
            .column(registration::Column::DelegateRole)
            .column(registration::Column::State)
            .filter(registration::Column::EditionId.eq(edition_id))
            .filter(
                registration::Column::State
                    .is_not_in([RegistrationState::Cancelled.as_str(), RegistrationState::Rejected.as_str()]),
            )
            .filter(
                Condition::any().add(registration::Column::Email.is_in(emails)).add(
                    Condition::all()
                        .add(registration::Column::MemberId.is_in(members))
                        .add(registration::Column::DelegateRole.is_in(limited)),
                ),
            )
            .into_tuple()
            .all(txn)
            .await?;
        let mut taken = Taken::default();
        for (id, email, member_id, role, state) in live {
            if member_id.is_none() && state == RegistrationState::Pending {
                taken.pending_individuals.insert(email.clone(), id);
                continue;
            }
            taken.add(&email, member_id, &role);
        }
        Ok(taken)
    }

    fn add(&mut self, email: &str, member_id: Option<i32>, role: &str) {
        self.emails.insert(email.to_string());
        if let Some(member_id) = member_id {
            *self.limited_roles.entry((member_id, role.to_string())).or_default() += 1;
        }
    }

    /// Refuses an email already registered for the edition, a second head of delegation, and
    /// voting delegates or observers past their quotas.
    fn check(&self, edition: &edition::Model, member_id: Option<i32>, delegate: &Delegate) -> ServiceResult<()> {
        let email = delegate.email.as_str();
        let pending_alone = member_id.is_none() && self.pending_individuals.contains_key(email);
        if self.emails.contains(email) || pending_alone {
            return Err(ServiceError::invalid("email", "error-already-registered"));
        }
        let Some(member_id) = member_id else { return Ok(()) };
        let same_role =
            self.limited_roles.get(&(member_id, delegate.role.as_str().to_string())).copied().unwrap_or_default();
        match delegate.role {
            DelegateRole::Head if same_role >= 1 => Err(ServiceError::invalid("role", "error-one-head")),
            DelegateRole::Voting if same_role >= usize::try_from(edition.delegation_quota).unwrap_or(0) => {
                Err(ServiceError::invalid("role", "error-voting-quota"))
            }
            DelegateRole::Observer if same_role >= usize::try_from(edition.observer_quota).unwrap_or(0) => {
                Err(ServiceError::invalid("role", "error-observer-quota"))
            }
            _ => Ok(()),
        }
    }
}

/// Ends pending applications that a member's delegation took over (the person is registered
/// by their focal point now), audited.
async fn supersede(txn: &impl sea_orm::ConnectionTrait, ids: &[i32], now: chrono::DateTime<Utc>) -> ServiceResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    registration::Entity::update_many()
        .col_expr(registration::Column::State, sea_orm::sea_query::Expr::value(RegistrationState::Cancelled.as_str()))
        .col_expr(registration::Column::StateChangedAt, sea_orm::sea_query::Expr::value(now))
        .filter(registration::Column::Id.is_in(ids.to_vec()))
        .exec(txn)
        .await?;
    let system = Actor::system();
    audit::record_all(
        txn,
        ids.iter().map(|id| {
            let change = Change::new(
                "conference.application_superseded",
                "registration",
                *id,
                "registered by a member's focal point instead",
            );
            (&system, change)
        }),
    )
    .await?;
    Ok(())
}

/// Writes the sign-ups in one transaction, in order; the outer error fails them all (nothing
/// is kept), the inner ones refuse one sign-up each.
async fn write(
    db: &DatabaseConnection,
    edition_id: i32,
    sign_ups: &[SignUp],
    public_url: &str,
) -> ServiceResult<Vec<ServiceResult<Registered>>> {
    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
    let edition = lock_edition(&txn, edition_id).await?;
    let now = Utc::now();
    if now < edition.registration_opens_at || now >= edition.registration_closes_at {
        return Ok(sign_ups.iter().map(|_| Err(ServiceError::Conflict { key: "error-registration-closed" })).collect());
    }
    let mut taken = Taken::read(&txn, edition_id, sign_ups).await?;
    let mut confirmed = edition.confirmed_count;
    let mut outcomes = Vec::with_capacity(sign_ups.len());
    let mut rows = Vec::new();
    let mut superseded = Vec::new();
    for sign_up in sign_ups {
        let (member_id, organisation) = match sign_up.registrant {
            Registrant::Delegation { member_id } => (Some(member_id), None),
            Registrant::Individual => (None, sign_up.delegate.organisation.clone()),
        };
        if let Err(refused) = taken.check(&edition, member_id, &sign_up.delegate) {
            outcomes.push(Err(refused));
            continue;
        }
        let delegate = &sign_up.delegate;
        if member_id.is_some() {
            superseded.extend(taken.pending_individuals.remove(delegate.email.as_str()));
        }
        taken.add(delegate.email.as_str(), member_id, delegate.role.as_str());
        let state = match sign_up.registrant {
            Registrant::Individual => RegistrationState::Pending,
            Registrant::Delegation { .. } if edition.needs_approval => RegistrationState::Pending,
            Registrant::Delegation { .. } if confirmed < edition.capacity => {
                confirmed += 1;
                RegistrationState::Confirmed
            }
            Registrant::Delegation { .. } => RegistrationState::Waitlisted,
        };
        let token = new_token();
        let passport = delegate.passport.as_ref();
        rows.push(registration::ActiveModel {
            edition_id: Set(edition_id),
            member_id: Set(member_id),
            organisation: Set(organisation),
            kind: Set(if member_id.is_some() { "delegation" } else { "individual" }.to_string()),
            delegate_role: Set(delegate.role),
            full_name: Set(delegate.full_name.as_str().to_string()),
            email: Set(delegate.email.as_str().to_string()),
            phone: Set(delegate.phone.clone()),
            language: Set(delegate.language),
            consent: Set(delegate.consent),
            state: Set(state),
            passport_name: Set(passport.map(|p| p.name.clone())),
            passport_number: Set(passport.map(|p| p.number.clone())),
            nationality: Set(passport.map(|p| p.nationality.clone())),
            birth_date: Set(passport.map(|p| p.birth_date)),
            passport_expiry: Set(passport.map(|p| p.expiry)),
            visa_letter: Set(if passport.is_some() { VisaLetter::Requested } else { VisaLetter::None }),
            manage_token_hash: Set(token_hash(&token)),
            feed_token_hash: Set(token_hash(&feed_secret(&token))),
            checkin_code: Set(new_token()[..12].to_ascii_uppercase()),
            checked_in_at: Set(None),
            registered_by: Set(sign_up.registered_by),
            state_changed_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        });
        outcomes.push(Ok(token));
    }
    supersede(&txn, &superseded, now).await?;
    let seats = confirmed - edition.confirmed_count;
    if seats > 0 && !take_seats(&txn, edition_id, seats).await? {
        return Err(ServiceError::Internal("seats counted under the lock were gone".into()));
    }
    // Rows come back in no promised order: each is matched to its sign-up by its token.
    let mut inserted: HashMap<String, registration::Model> = registration::Entity::insert_many(rows)
        .exec_with_returning(&txn)
        .await?
        .into_iter()
        .map(|row| (row.manage_token_hash.clone(), row))
        .collect();
    let mut results = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        results.push(match outcome {
            Ok(token) => {
                let row = inserted
                    .remove(&token_hash(&token))
                    .ok_or_else(|| ServiceError::Internal("an inserted registration did not come back".into()))?;
                Ok(Registered { row, token })
            }
            Err(refused) => Err(refused),
        });
    }
    let written = || results.iter().zip(sign_ups).filter_map(|(r, s)| r.as_ref().ok().map(|r| (r, s)));
    let messages: Vec<_> = written()
        .map(|(r, _)| registration_email(&r.row, &edition, Some(manage_link(public_url, &r.token)), false))
        .collect();
    email::enqueue_all(&txn, &messages).await?;
    audit::record_all(
        &txn,
        written().map(|(r, s)| {
            let change = Change::new("conference.registered", "registration", r.row.id, r.row.full_name.clone())
                .after(&registration_audit(&r.row));
            (&s.actor, change)
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(results)
}
