//! Queueing, rendering and delivering email.
use super::entity::{self, Entity as Outbox};
use super::{OutboxMessageView, OutboxPage};
use crate::i18n::{translate, Lang};
use crate::server::database::fetch_page;
use crate::server::error::{ServiceError, ServiceResult};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::sync::Arc;
use tokio::sync::Notify;

pub const PAGE_SIZE: u64 = 50;
/// How long a worker may hold a message before another may retry it.
const CLAIM: Duration = Duration::minutes(5);

/// The messages Sumud sends; each renders in the recipient's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Email {
    Invitation {
        name: String,
        inviter: String,
        role: String,
        link: String,
    },
    PasswordReset {
        name: String,
        link: String,
    },
    ApplicationReceived {
        name: String,
        authority: String,
    },
    /// The secretariat's decision on a membership application, with its reason.
    ApplicationDecision {
        name: String,
        authority: String,
        decision: crate::membership::Decision,
        reason: String,
    },
    /// A member was suspended, withdrawn or reinstated.
    StandingChanged {
        name: String,
        authority: String,
        status: crate::membership::MemberStatus,
        effective_on: String,
        reason: String,
    },
    /// Where a conference registration stands; `link` (the personal link) only in the first.
    Registration {
        name: String,
        edition: String,
        state: crate::conferences::registrations::RegistrationState,
        /// Confirmed from the waitlist.
        promoted: bool,
        link: String,
    },
}

impl Email {
    /// Subject and plain-text body in `lang`.
    pub fn render(&self, lang: Lang) -> (String, String) {
        let t = |key: &str, args: &[(&'static str, String)]| translate(lang, key, args);
        let (subject, body) = match self {
            Email::Invitation { name, inviter, role, link } => {
                let role = t(role, &[]);
                (
                    t("email-invitation-subject", &[]),
                    t(
                        "email-invitation-body",
                        &[("name", name.clone()), ("inviter", inviter.clone()), ("role", role), ("link", link.clone())],
                    ),
                )
            }
            Email::PasswordReset { name, link } => (
                t("email-reset-subject", &[]),
                t("email-reset-body", &[("name", name.clone()), ("link", link.clone())]),
            ),
            Email::ApplicationReceived { authority, .. } => (
                t("email-application-received-subject", &[]),
                t("email-application-received-body", &[("authority", authority.clone())]),
            ),
            Email::ApplicationDecision { authority, decision, reason, .. } => {
                use crate::membership::Decision;
                let (subject, body) = match decision {
                    Decision::Approve => ("email-application-approved-subject", "email-application-approved-body"),
                    Decision::Reject => ("email-application-rejected-subject", "email-application-rejected-body"),
                    Decision::RequestInformation => ("email-application-info-subject", "email-application-info-body"),
                };
                (t(subject, &[]), t(body, &[("authority", authority.clone()), ("reason", reason.clone())]))
            }
            Email::StandingChanged { authority, status, effective_on, reason, .. } => {
                let status = t(status.label_key(), &[]);
                (
                    t("email-standing-subject", &[("status", status.clone())]),
                    t(
                        "email-standing-body",
                        &[
                            ("authority", authority.clone()),
                            ("status", status),
                            ("date", effective_on.clone()),
                            ("reason", reason.clone()),
                        ],
                    ),
                )
            }
            Email::Registration { edition, state, promoted, link, .. } => {
                use crate::conferences::registrations::RegistrationState as S;
                let (subject, body) = match (promoted, state) {
                    (true, _) => ("email-registration-promoted-subject", "email-registration-promoted-body"),
                    (_, S::Pending) => ("email-registration-pending-subject", "email-registration-pending-body"),
                    (_, S::Confirmed | S::Attended) => {
                        ("email-registration-confirmed-subject", "email-registration-confirmed-body")
                    }
                    (_, S::Waitlisted) => {
                        ("email-registration-waitlisted-subject", "email-registration-waitlisted-body")
                    }
                    (_, S::Cancelled) => ("email-registration-cancelled-subject", "email-registration-cancelled-body"),
                    (_, S::Rejected) => ("email-registration-rejected-subject", "email-registration-rejected-body"),
                };
                let args = [("edition", edition.clone())];
                let mut body = t(body, &args);
                if !link.is_empty() {
                    body.push_str("\n\n");
                    body.push_str(&t("email-registration-link", &[("link", link.clone())]));
                }
                (t(subject, &args), body)
            }
        };
        let greeting = match self {
            Email::Invitation { name, .. }
            | Email::PasswordReset { name, .. }
            | Email::ApplicationReceived { name, .. }
            | Email::ApplicationDecision { name, .. }
            | Email::StandingChanged { name, .. }
            | Email::Registration { name, .. } => t("email-greeting", &[("name", name.clone())]),
        };
        (subject, format!("{greeting}\n\n{body}\n\n{}\n", t("email-signature", &[])))
    }
}

/// Queues a message; call it inside the transaction of the change that causes it.
///
/// # Errors
/// Database errors.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    to_email: &str,
    to_name: &str,
    lang: Lang,
    email: &Email,
) -> ServiceResult<i32> {
    Ok(outbox_row(to_email, to_name, lang, email).insert(db).await?.id)
}

/// A message to queue with others.
pub struct Outgoing {
    pub to_email: String,
    pub to_name: String,
    pub lang: Lang,
    pub email: Email,
}

/// Queues several messages in one statement; call it inside the transaction that causes them.
///
/// # Errors
/// Database errors.
pub async fn enqueue_all(db: &impl ConnectionTrait, messages: &[Outgoing]) -> ServiceResult<()> {
    let rows = messages.iter().map(|m| outbox_row(&m.to_email, &m.to_name, m.lang, &m.email));
    Outbox::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

fn outbox_row(to_email: &str, to_name: &str, lang: Lang, email: &Email) -> entity::ActiveModel {
    let (subject, body_text) = email.render(lang);
    let now = Utc::now();
    entity::ActiveModel {
        to_email: Set(to_email.to_string()),
        to_name: Set(to_name.to_string()),
        language: Set(lang.code().to_string()),
        subject: Set(subject),
        body_text: Set(body_text),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
        ..Default::default()
    }
}

/// Sends one message. SMTP in production, a recorder in tests.
#[async_trait::async_trait]
pub trait Mailer: Send + Sync {
    /// # Errors
    /// A human-readable reason the relay refused or could not be reached.
    async fn send(&self, message: &entity::Model) -> Result<(), String>;
}

/// Delivery through an SMTP relay (lettre).
pub struct SmtpMailer {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl SmtpMailer {
    /// `url` like `smtp://user:pass@host:587?tls=required` or `smtps://host`; `from` like
    /// `Sumud <secretariat@example.org>`.
    ///
    /// # Errors
    /// A message naming what is wrong with the URL or the sender.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport =
            lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url).map_err(|e| e.to_string())?.build();
        Ok(SmtpMailer { transport, from: parse_sender(from)? })
    }
}

/// A sender such as `Sumud <secretariat@example.org>`.
///
/// # Errors
/// Why it is not a mailbox.
pub fn parse_sender(from: &str) -> Result<lettre::message::Mailbox, String> {
    from.parse().map_err(|e: lettre::address::AddressError| e.to_string())
}

#[async_trait::async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, message: &entity::Model) -> Result<(), String> {
        use lettre::AsyncTransport;
        let to = lettre::message::Mailbox::new(
            Some(message.to_name.clone()).filter(|n| !n.is_empty()),
            message.to_email.parse().map_err(|e: lettre::address::AddressError| e.to_string())?,
        );
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(message.body_text.clone())
            .map_err(|e| e.to_string())?;
        self.transport.send(email).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Wait before the next try after `attempts` failures: 1 min, 2, 4… capped at 6 hours.
pub fn backoff(attempts: i32) -> Duration {
    let minutes = 1i64 << attempts.clamp(0, 16);
    Duration::minutes(minutes.min(6 * 60))
}

/// What one delivery round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
}

/// Tries every message that is due and not held by another worker.
///
/// # Errors
/// Database errors (a refused message is a failure counted in the report, not an error).
pub async fn deliver_due(
    db: &impl ConnectionTrait,
    mailer: &dyn Mailer,
    now: DateTime<Utc>,
) -> ServiceResult<DeliveryReport> {
    let due = Outbox::find()
        .filter(entity::Column::SentAt.is_null())
        .filter(entity::Column::NextAttemptAt.lte(now))
        .order_by_asc(entity::Column::Id)
        .limit(100)
        .all(db)
        .await?;
    let mut report = DeliveryReport::default();
    for message in due {
        if !claim(db, message.id, now).await? {
            continue;
        }
        let outcome = mailer.send(&message).await;
        let mut row: entity::ActiveModel = message.clone().into();
        row.claimed_until = Set(None);
        match outcome {
            Ok(()) => {
                row.sent_at = Set(Some(Utc::now()));
                row.last_error = Set(None);
                report.sent += 1;
            }
            Err(reason) => {
                let attempts = message.attempts + 1;
                row.attempts = Set(attempts);
                row.next_attempt_at = Set(now + backoff(attempts));
                row.last_error = Set(Some(reason));
                report.failed += 1;
            }
        }
        row.update(db).await?;
    }
    Ok(report)
}

/// Takes a message for this worker unless another holds it; true when taken.
async fn claim(db: &impl ConnectionTrait, id: i32, now: DateTime<Utc>) -> ServiceResult<bool> {
    let result = Outbox::update_many()
        .col_expr(entity::Column::ClaimedUntil, Expr::value(now + CLAIM))
        .filter(entity::Column::Id.eq(id))
        .filter(entity::Column::SentAt.is_null())
        .filter(Condition::any().add(entity::Column::ClaimedUntil.is_null()).add(entity::Column::ClaimedUntil.lt(now)))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Delivers forever: on every wake-up and at least every 30 seconds.
pub async fn run_worker(db: sea_orm::DatabaseConnection, mailer: Arc<dyn Mailer>, wakeup: Arc<Notify>) {
    loop {
        match deliver_due(&db, mailer.as_ref(), Utc::now()).await {
            Ok(report) if report.sent + report.failed > 0 => {
                tracing::info!(sent = report.sent, failed = report.failed, "outbox delivery");
            }
            Ok(_) => {}
            Err(error) => tracing::error!(%error, "outbox delivery failed"),
        }
        let _ = tokio::time::timeout(std::time::Duration::from_secs(30), wakeup.notified()).await;
    }
}

/// Newest first.
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait, page: u64, smtp_configured: bool) -> ServiceResult<OutboxPage> {
    let (rows, has_more) = fetch_page(db, Outbox::find().order_by_desc(entity::Column::Id), page, PAGE_SIZE).await?;
    let fmt = |t: DateTime<Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    Ok(OutboxPage {
        messages: rows
            .into_iter()
            .map(|m| OutboxMessageView {
                id: m.id,
                to_email: m.to_email,
                to_name: m.to_name,
                language: m.language,
                subject: m.subject,
                body_text: m.body_text,
                created_at: fmt(m.created_at),
                attempts: m.attempts,
                last_error: m.last_error,
                sent_at: m.sent_at.map(fmt),
            })
            .collect(),
        smtp_configured,
        page,
        has_more,
    })
}

/// The newest message queued for an address (tests and the secretariat's "resend" view).
///
/// # Errors
/// `NotFound` when nothing was sent there.
pub async fn latest_to(db: &impl ConnectionTrait, to_email: &str) -> ServiceResult<entity::Model> {
    Outbox::find()
        .filter(entity::Column::ToEmail.eq(to_email))
        .order_by_desc(entity::Column::Id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}
