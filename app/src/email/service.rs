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

/// A message an area sends (each area keeps its own in `<area>/emails.rs`): it renders its
/// subject and body in the recipient's language; the outbox adds the greeting and signature.
pub trait Message {
    fn subject_and_body(&self, lang: Lang) -> (String, String);
}

/// A message's subject and whole plain-text body for `to_name` in `lang`.
pub fn render(message: &impl Message, to_name: &str, lang: Lang) -> (String, String) {
    let (subject, body) = message.subject_and_body(lang);
    let greeting = translate(lang, "email-greeting", &[("name", to_name.to_string())]);
    (subject, format!("{greeting}\n\n{body}\n\n{}\n", translate(lang, "email-signature", &[])))
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
    message: &impl Message,
) -> ServiceResult<i32> {
    Ok(outbox_row(&Outgoing::new(to_email, to_name, lang, message)).insert(db).await?.id)
}

/// A message addressed and rendered, to queue alone or with others.
pub struct Outgoing {
    pub to_email: String,
    pub to_name: String,
    pub lang: Lang,
    pub subject: String,
    pub body_text: String,
}

impl Outgoing {
    pub fn new(to_email: &str, to_name: &str, lang: Lang, message: &impl Message) -> Self {
        let (subject, body_text) = render(message, to_name, lang);
        Outgoing { to_email: to_email.to_string(), to_name: to_name.to_string(), lang, subject, body_text }
    }
}

/// Queues several messages in one statement; call it inside the transaction that causes them.
///
/// # Errors
/// Database errors.
pub async fn enqueue_all(db: &impl ConnectionTrait, messages: &[Outgoing]) -> ServiceResult<()> {
    let rows = messages.iter().map(outbox_row);
    Outbox::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

fn outbox_row(message: &Outgoing) -> entity::ActiveModel {
    let now = Utc::now();
    entity::ActiveModel {
        to_email: Set(message.to_email.clone()),
        to_name: Set(message.to_name.clone()),
        language: Set(message.lang.code().to_string()),
        subject: Set(message.subject.clone()),
        body_text: Set(message.body_text.clone()),
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
        let email = mime_message(&self.from, message)?;
        self.transport.send(email).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// A queued message as mail servers expect it: a MIME message (`MIME-Version`, UTF-8 plain
/// text) with its own `Message-ID` under the sender's domain, marked as sent by a program
/// (`Auto-Submitted`, RFC 3834) so that auto-responders stay quiet.
///
/// # Errors
/// Why the recipient's address or the message cannot be sent.
pub fn mime_message(from: &lettre::message::Mailbox, message: &entity::Model) -> Result<lettre::Message, String> {
    use lettre::message::header::{HeaderName, HeaderValue};
    let to = lettre::message::Mailbox::new(
        Some(message.to_name.clone()).filter(|n| !n.is_empty()),
        message.to_email.parse().map_err(|e: lettre::address::AddressError| e.to_string())?,
    );
    let message_id =
        format!("<outbox-{}.{}@{}>", message.id, &crate::server::secrets::new_token()[..16], from.email.domain());
    lettre::Message::builder()
        .from(from.clone())
        .to(to)
        .subject(message.subject.clone())
        .message_id(Some(message_id))
        .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Auto-Submitted"), "auto-generated".into()))
        .singlepart(lettre::message::SinglePart::plain(message.body_text.clone()))
        .map_err(|e| e.to_string())
}

/// A message's text with every secret hidden: the one-time secrets of links (64 hexadecimal
/// digits: set-password and reset links, personal registration links) become `••••` and the
/// last four digits. What the outbox page shows, and what is kept of a message once delivered:
/// nobody who reads the outbox can use someone else's link.
pub fn without_secrets(text: &str) -> String {
    const SECRET_DIGITS: usize = 32;
    let mut shown = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, shown: &mut String| {
        if run.len() >= SECRET_DIGITS {
            shown.push_str("••••");
            shown.push_str(&run[run.len() - 4..]);
        } else {
            shown.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_hexdigit() {
            run.push(c);
        } else {
            flush(&mut run, &mut shown);
            shown.push(c);
        }
    }
    flush(&mut run, &mut shown);
    shown
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
                // Delivered: the recipient has the link; the outbox keeps no live secret.
                row.body_text = Set(without_secrets(&message.body_text));
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
                body_text: without_secrets(&m.body_text),
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

#[cfg(test)]
mod tests {
    use super::without_secrets;

    #[test]
    fn secrets_are_hidden_and_the_rest_kept() {
        let token = "9f".repeat(32);
        let body = format!("Choose a password: https://sumud.test/set-password?token={token}\nYour code: 2026-0042.");
        let shown = without_secrets(&body);
        assert_eq!(shown, "Choose a password: https://sumud.test/set-password?token=••••9f9f\nYour code: 2026-0042.");
        assert!(!shown.contains(&token));
        assert_eq!(without_secrets(&format!("/registrations/{token}")), "/registrations/••••9f9f");
        assert_eq!(without_secrets("مرحبا deadbeef"), "مرحبا deadbeef", "short hexadecimal words stay");
    }
}
