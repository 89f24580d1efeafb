//! Every service against a real database: each test runs twice, on a fresh SQLite file and on a
//! fresh PostgreSQL database.

use app::accounts::emails::PasswordReset;
use app::accounts::entities::{account, one_time_token};
use app::accounts::service::{self as accounts, Invitation};
use app::accounts::session_store::DbSessionStore;
use app::audit::entity as audit_event;
use app::audit::service::{self as audit, Change};
use app::audit::AuditFilter;
use app::domain::{EmailAddress, Password, PersonName};
use app::email::entity as outbox;
use app::email::service::{self as email, Mailer};
use app::i18n::Lang;
use app::identity::Role;
use app::server::ServiceError;
use app::server::{Actor, RequestContext};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, PaginatorTrait};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

testing::on_both_databases!(
    invitation_creates_account_email_and_audit_entry,
    duplicate_invitation_changes_nothing,
    invitation_link_sets_password_once,
    expired_link_is_refused,
    an_attacker_cannot_lock_the_owner_out,
    parallel_guesses_are_all_counted,
    a_success_clears_the_address_and_old_records_are_purged,
    a_new_password_ends_every_session_of_the_account,
    a_fresh_link_ends_the_earlier_ones_and_the_outbox_hides_secrets,
    reset_link_only_for_known_accounts,
    outbox_retries_with_backoff_then_delivers,
    two_workers_never_send_a_message_twice,
    audit_log_filters_and_public_feed,
    delivered_mail_is_a_proper_mime_message,
    sessions_are_stored_and_expire,
);

const PUBLIC_URL: &str = "https://sumud.test";

fn invitation(email: &str, role: Role, language: Lang) -> Invitation {
    Invitation {
        email: EmailAddress::parse(email).unwrap(),
        name: PersonName::parse("Nadia Haddad", "name").unwrap(),
        role,
        language,
        member_id: None,
    }
}

fn secretariat(name: &str) -> RequestContext {
    testing::context("secretariat@sumud.test", name, PUBLIC_URL)
}

/// A sign-in from `address`, from a browser holding `device` (its cookie), if any.
async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    address: &str,
    device: Option<&str>,
) -> Result<accounts::SignedIn, ServiceError> {
    accounts::sign_in(db, &accounts::SignInAttempt { email, password, address, device }).await
}

fn token_in(body: &str) -> String {
    body.split("token=").nth(1).expect("a link in the email").split_whitespace().next().unwrap().to_string()
}

async fn invite_and_get_token(db: &DatabaseConnection, email_address: &str, language: Lang) -> String {
    accounts::invite(db, &secretariat("Secretariat"), &invitation(email_address, Role::Finance, language))
        .await
        .unwrap();
    token_in(&email::latest_to(db, email_address).await.unwrap().body_text)
}

async fn invitation_creates_account_email_and_audit_entry(db: &DatabaseConnection) {
    let created =
        accounts::invite(db, &secretariat("Amal"), &invitation("Nadia@Treasury.example.org", Role::Finance, Lang::Fr))
            .await
            .unwrap();
    assert_eq!(created.email, "nadia@treasury.example.org");
    assert_eq!(created.role.to_string(), "finance");
    assert!(created.password_hash.is_none());

    let message = email::latest_to(db, "nadia@treasury.example.org").await.unwrap();
    assert_eq!(message.language, "fr");
    assert_eq!(message.subject, "Votre compte Sumud");
    assert!(message.body_text.contains("Amal vous a invité·e sur Sumud en tant que Finances"));
    assert!(message.body_text.contains(&format!("{PUBLIC_URL}/set-password?token=")));
    // Only the hash of the link's secret is stored.
    let token = token_in(&message.body_text);
    let stored = one_time_token::Entity::find().all(db).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].token_hash, token);

    let log = audit::list(db, &AuditFilter { action: "account.invited".into(), ..Default::default() }).await.unwrap();
    assert_eq!(log.events.len(), 1);
    assert_eq!(log.events[0].actor_email.as_deref(), Some("secretariat@sumud.test"));
    assert!(log.events[0].after.as_deref().unwrap().contains("nadia@treasury.example.org"));
    assert!(!log.events[0].is_public);
}

async fn duplicate_invitation_changes_nothing(db: &DatabaseConnection) {
    let first = invitation("nadia@treasury.example.org", Role::Finance, Lang::En);
    accounts::invite(db, &secretariat("Amal"), &first).await.unwrap();
    let again = invitation("NADIA@treasury.example.org", Role::Delegate, Lang::Ar);
    let error = accounts::invite(db, &secretariat("Amal"), &again).await.unwrap_err();
    assert!(matches!(error, ServiceError::Conflict { key: "error-email-taken" }), "{error:?}");
    assert_eq!(account::Entity::find().count(db).await.unwrap(), 1);
    assert_eq!(outbox::Entity::find().count(db).await.unwrap(), 1);
    assert_eq!(audit_event::Entity::find().count(db).await.unwrap(), 1);
}

async fn invitation_link_sets_password_once(db: &DatabaseConnection) {
    let token = invite_and_get_token(db, "nadia@treasury.example.org", Lang::En).await;
    let holder = accounts::account_for_link(db, &token).await.unwrap();
    assert_eq!(holder.display_name, "Nadia Haddad");

    let password = Password::parse("jasmine and za'atar").unwrap();
    let account = accounts::set_password_with_link(db, &token, &password).await.unwrap();
    assert!(account.password_hash.as_deref().unwrap().starts_with("$argon2"));

    let signed_in = sign_in(db, " NADIA@treasury.example.org", "jasmine and za'atar", "192.0.2.1", None).await.unwrap();
    assert_eq!(signed_in.account.id, account.id);
    assert_eq!(signed_in.device.len(), 64, "a device cookie for next time");
    let wrong = sign_in(db, "nadia@treasury.example.org", "wrong password", "192.0.2.1", None).await.unwrap_err();
    assert!(matches!(wrong, ServiceError::BadCredentials), "{wrong:?}");
    let unknown =
        sign_in(db, "nobody@treasury.example.org", "jasmine and za'atar", "192.0.2.1", None).await.unwrap_err();
    assert!(matches!(unknown, ServiceError::BadCredentials));

    let reused = accounts::set_password_with_link(db, &token, &password).await.unwrap_err();
    assert!(matches!(reused, ServiceError::InvalidLink));
    let log =
        audit::list(db, &AuditFilter { action: "account.password_set".into(), ..Default::default() }).await.unwrap();
    assert_eq!(log.events.len(), 1);
    assert!(log.events[0].before.as_deref().unwrap().contains(r#""has_password":false"#));
    assert!(log.events[0].after.as_deref().unwrap().contains(r#""has_password":true"#));
}

async fn expired_link_is_refused(db: &DatabaseConnection) {
    let token = invite_and_get_token(db, "late@treasury.example.org", Lang::En).await;
    let stored = one_time_token::Entity::find().one(db).await.unwrap().unwrap();
    let mut expired: one_time_token::ActiveModel = stored.into();
    expired.expires_at = Set(Utc::now() - Duration::minutes(1));
    expired.update(db).await.unwrap();

    let password = Password::parse("jasmine and za'atar").unwrap();
    let error = accounts::set_password_with_link(db, &token, &password).await.unwrap_err();
    assert!(matches!(error, ServiceError::InvalidLink));
    let account = account::Entity::find().one(db).await.unwrap().unwrap();
    assert!(account.password_hash.is_none(), "nothing changed");
}

const NADIA: &str = "nadia@treasury.example.org";
const NADIAS_PASSWORD: &str = "jasmine and za'atar";

async fn nadia_with_password(db: &DatabaseConnection) {
    let token = invite_and_get_token(db, NADIA, Lang::En).await;
    accounts::set_password_with_link(db, &token, &Password::parse(NADIAS_PASSWORD).unwrap()).await.unwrap();
}

async fn an_attacker_cannot_lock_the_owner_out(db: &DatabaseConnection) {
    nadia_with_password(db).await;
    // Nadia signed in from her browser before: it holds a device cookie.
    let device = sign_in(db, NADIA, NADIAS_PASSWORD, "192.0.2.1", None).await.unwrap().device;

    // Someone else guesses, from unknown browsers, until the account makes them wait.
    let mut refused = 0;
    for _ in 0..8 {
        match sign_in(db, NADIA, "guess", "198.51.100.7", None).await.unwrap_err() {
            ServiceError::BadCredentials => {}
            ServiceError::RateLimited { seconds } => {
                assert!((1..=30).contains(&seconds), "{seconds}");
                refused += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(refused, 3, "five free tries, then waiting");
    // An unknown browser must wait even with the right password, from any address…
    let stranger = sign_in(db, NADIA, NADIAS_PASSWORD, "203.0.113.9", None).await.unwrap_err();
    assert!(matches!(stranger, ServiceError::RateLimited { .. }), "{stranger:?}");
    // …but Nadia's own browser is never held back by them.
    let again = sign_in(db, NADIA, NADIAS_PASSWORD, "192.0.2.1", Some(&device)).await.unwrap();
    assert_eq!(again.device, device, "the same browser keeps its cookie");
    // A device cookie counts only for the account it was made for.
    let other = sign_in(db, "someone@else.example.org", "guess", "192.0.2.1", Some(&device)).await.unwrap_err();
    assert!(matches!(other, ServiceError::BadCredentials));

    // Someone who stole the cookie gets five guesses, then the cookie is held back too.
    for _ in 0..5 {
        let guess = sign_in(db, NADIA, "guess", "198.51.100.8", Some(&device)).await.unwrap_err();
        assert!(matches!(guess, ServiceError::BadCredentials), "{guess:?}");
    }
    let held = sign_in(db, NADIA, NADIAS_PASSWORD, "192.0.2.1", Some(&device)).await.unwrap_err();
    assert!(matches!(held, ServiceError::RateLimited { .. }), "{held:?}");

    // A password reset clears the account's failures: a new browser may sign in at once.
    accounts::request_password_reset(db, &RequestContext::system(PUBLIC_URL), &EmailAddress::parse(NADIA).unwrap())
        .await
        .unwrap();
    let reset = token_in(&email::latest_to(db, NADIA).await.unwrap().body_text);
    accounts::set_password_with_link(db, &reset, &Password::parse("a fresh long password").unwrap()).await.unwrap();
    sign_in(db, NADIA, "a fresh long password", "203.0.113.9", None).await.unwrap();
}

async fn parallel_guesses_are_all_counted(db: &DatabaseConnection) {
    nadia_with_password(db).await;
    let guesses: Vec<_> = (0..20)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                sign_in(&db, NADIA, &format!("guess {i}"), &format!("198.51.100.{i}"), None).await.unwrap_err()
            })
        })
        .collect();
    let mut checked = 0;
    for guess in guesses {
        match guess.await.unwrap() {
            ServiceError::BadCredentials => checked += 1,
            ServiceError::RateLimited { .. } => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    // Each attempt is counted before its password is checked: no more than the free tries get
    // a password check, however many arrive at once.
    assert_eq!(checked, 5);
}

async fn a_success_clears_the_address_and_old_records_are_purged(db: &DatabaseConnection) {
    use app::server::throttle::entity as sign_in_throttle;
    nadia_with_password(db).await;
    // An office behind one address: colleagues mistype their own (unknown here) addresses.
    for i in 0..19 {
        let error =
            sign_in(db, &format!("colleague{i}@treasury.example.org"), "typo", "192.0.2.50", None).await.unwrap_err();
        assert!(matches!(error, ServiceError::BadCredentials), "{error:?}");
    }
    sign_in(db, NADIA, NADIAS_PASSWORD, "192.0.2.50", None).await.unwrap();
    // The address starts again from zero: twenty more tries before anyone there must wait.
    for i in 0..20 {
        let error =
            sign_in(db, &format!("other{i}@treasury.example.org"), "typo", "192.0.2.50", None).await.unwrap_err();
        assert!(matches!(error, ServiceError::BadCredentials), "try {i}: {error:?}");
    }

    // A key is the same length whatever was typed: a 300-character address fits its column.
    let long = format!("{}@example.org", "x".repeat(300));
    let error = sign_in(db, &long, "typo", "192.0.2.60", None).await.unwrap_err();
    assert!(matches!(error, ServiceError::BadCredentials), "{error:?}");

    // Rows past their memory are purged; fresh ones stay.
    let rows = sign_in_throttle::Entity::find().count(db).await.unwrap();
    let mut old: sign_in_throttle::ActiveModel =
        sign_in_throttle::Entity::find().one(db).await.unwrap().unwrap().into();
    old.last_failure_at = Set(Utc::now() - Duration::days(2));
    old.update(db).await.unwrap();
    assert_eq!(accounts::purge_sign_in_records(db).await.unwrap(), 1);
    assert_eq!(sign_in_throttle::Entity::find().count(db).await.unwrap(), rows - 1);
}

async fn a_new_password_ends_every_session_of_the_account(db: &DatabaseConnection) {
    use app::accounts::entities::session;
    use tower_sessions::session::{Id, Record};
    use tower_sessions::SessionStore;
    nadia_with_password(db).await;
    let nadia = account::Entity::find().one(db).await.unwrap().unwrap();
    let store = DbSessionStore::new(db.clone());
    let mut sessions = Vec::new();
    for account_id in [nadia.id, nadia.id, nadia.id + 100] {
        let mut record = Record {
            id: Id::default(),
            data: [("account_id".to_string(), serde_json::json!(account_id))].into_iter().collect(),
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
        };
        store.create(&mut record).await.unwrap();
        sessions.push(record.id);
    }
    // "Sign out everywhere else" keeps the caller's own session.
    let context = testing::context(NADIA, "Nadia", PUBLIC_URL);
    let kept = sessions[0].to_string();
    assert_eq!(accounts::end_other_sessions(db, &context, nadia.id, Some(&kept)).await.unwrap(), 1);
    assert!(store.load(&sessions[0]).await.unwrap().is_some());
    assert!(store.load(&sessions[1]).await.unwrap().is_none());

    // A reset ends them all (whoever knew the old password is out), and only that account's.
    accounts::request_password_reset(db, &RequestContext::system(PUBLIC_URL), &EmailAddress::parse(NADIA).unwrap())
        .await
        .unwrap();
    let reset = token_in(&email::latest_to(db, NADIA).await.unwrap().body_text);
    accounts::set_password_with_link(db, &reset, &Password::parse("a fresh long password").unwrap()).await.unwrap();
    assert!(store.load(&sessions[0]).await.unwrap().is_none());
    assert!(store.load(&sessions[2]).await.unwrap().is_some(), "another account's session stays");
    assert_eq!(session::Entity::find().count(db).await.unwrap(), 1);
}

async fn reset_link_only_for_known_accounts(db: &DatabaseConnection) {
    accounts::request_password_reset(
        db,
        &RequestContext::system(PUBLIC_URL),
        &EmailAddress::parse("nobody@example.org").unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(outbox::Entity::find().count(db).await.unwrap(), 0);

    let token = invite_and_get_token(db, "amal@hebron.example.ps", Lang::Ar).await;
    let password = Password::parse("كلمة سر طويلة جداً").unwrap();
    accounts::set_password_with_link(db, &token, &password).await.unwrap();
    accounts::request_password_reset(
        db,
        &RequestContext::system(PUBLIC_URL),
        &EmailAddress::parse("AMAL@hebron.example.ps").unwrap(),
    )
    .await
    .unwrap();
    let message = email::latest_to(db, "amal@hebron.example.ps").await.unwrap();
    assert_eq!(message.language, "ar");
    assert_eq!(message.subject, "اختر كلمة مرور جديدة لصمود");
    let reset_token = token_in(&message.body_text);
    let new_password = Password::parse("a new long password").unwrap();
    accounts::set_password_with_link(db, &reset_token, &new_password).await.unwrap();
    sign_in(db, "amal@hebron.example.ps", "a new long password", "192.0.2.1", None).await.unwrap();
}

/// Fails the first `failures` sends, then succeeds; counts every send.
struct FlakyMailer {
    failures: usize,
    calls: AtomicUsize,
}

#[async_trait::async_trait]
impl Mailer for FlakyMailer {
    async fn send(&self, _message: &outbox::Model) -> Result<(), String> {
        let call = self.calls.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        if call < self.failures {
            Err("421 relay busy".into())
        } else {
            Ok(())
        }
    }
}

async fn outbox_retries_with_backoff_then_delivers(db: &DatabaseConnection) {
    let reset = PasswordReset { link: "https://sumud.test/x" };
    email::enqueue(db, "nadia@treasury.example.org", "Nadia", Lang::En, &reset).await.unwrap();
    let mailer = FlakyMailer { failures: 1, calls: AtomicUsize::new(0) };
    let now = Utc::now();

    let first = email::deliver_due(db, &mailer, now).await.unwrap();
    assert_eq!((first.sent, first.failed), (0, 1));
    let row = outbox::Entity::find().one(db).await.unwrap().unwrap();
    assert_eq!(row.attempts, 1);
    assert_eq!(row.last_error.as_deref(), Some("421 relay busy"));
    assert!(row.sent_at.is_none());
    assert!(row.next_attempt_at > now + Duration::seconds(90), "backs off");

    let too_early = email::deliver_due(db, &mailer, now + Duration::seconds(30)).await.unwrap();
    assert_eq!((too_early.sent, too_early.failed), (0, 0));

    let later = email::deliver_due(db, &mailer, now + Duration::minutes(3)).await.unwrap();
    assert_eq!((later.sent, later.failed), (1, 0));
    let row = outbox::Entity::find().one(db).await.unwrap().unwrap();
    assert!(row.sent_at.is_some());
    assert_eq!(mailer.calls.load(Ordering::SeqCst), 2);

    let page = email::list(db, 0, true).await.unwrap();
    assert_eq!(page.messages.len(), 1);
    assert!(page.messages[0].sent_at.is_some());
}

async fn two_workers_never_send_a_message_twice(db: &DatabaseConnection) {
    for i in 0..10 {
        let reset = PasswordReset { link: "https://sumud.test/x" };
        email::enqueue(db, &format!("p{i}@example.org"), "P", Lang::Fr, &reset).await.unwrap();
    }
    let mailer = Arc::new(FlakyMailer { failures: 0, calls: AtomicUsize::new(0) });
    let now = Utc::now();
    let (a, b) =
        tokio::join!(email::deliver_due(db, mailer.as_ref(), now), email::deliver_due(db, mailer.as_ref(), now));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, 10);
    assert_eq!(mailer.calls.load(Ordering::SeqCst), 10);
}

async fn audit_log_filters_and_public_feed(db: &DatabaseConnection) {
    let actor = secretariat("Secretariat").actor;
    audit::record(db, &actor, Change::new("resolution.published", "resolution", 7, "Resolution 7 published").public())
        .await
        .unwrap();
    audit::record(
        db,
        &actor,
        Change::new("account.invited", "account", 3, "x invited").after(&serde_json::json!({"a": 1})),
    )
    .await
    .unwrap();
    audit::record(db, &Actor::system(), Change::new("account.invited", "account", 4, "y invited")).await.unwrap();

    let all = audit::list(db, &AuditFilter::default()).await.unwrap();
    assert_eq!(all.events.len(), 3);
    assert_eq!(all.events[0].entity_id.as_deref(), Some("4"), "newest first");
    let by_action =
        audit::list(db, &AuditFilter { action: "account.invited".into(), ..Default::default() }).await.unwrap();
    assert_eq!(by_action.events.len(), 2);
    let by_actor = audit::list(db, &AuditFilter { actor: "SECRETARIAT@".into(), ..Default::default() }).await.unwrap();
    assert_eq!(by_actor.events.len(), 2);
    let by_entity =
        audit::list(db, &AuditFilter { entity_type: "resolution".into(), ..Default::default() }).await.unwrap();
    assert_eq!(by_entity.events.len(), 1);
    assert_eq!(audit::actions(db).await.unwrap(), vec!["account.invited", "resolution.published"]);

    let feed = audit::public_feed(db, 10).await.unwrap();
    assert_eq!(feed.len(), 1);
    assert_eq!(feed[0].summary, "Resolution 7 published");
}

async fn sessions_are_stored_and_expire(db: &DatabaseConnection) {
    use tower_sessions::session::{Id, Record};
    use tower_sessions::SessionStore;
    let store = DbSessionStore::new(db.clone());
    let mut record = Record {
        id: Id::default(),
        data: [("account_id".to_string(), serde_json::json!(42))].into_iter().collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
    };
    store.create(&mut record).await.unwrap();
    let loaded = store.load(&record.id).await.unwrap().unwrap();
    assert_eq!(loaded.data.get("account_id"), Some(&serde_json::json!(42)));

    record.data.insert("account_id".into(), serde_json::json!(43));
    store.save(&record).await.unwrap();
    assert_eq!(store.load(&record.id).await.unwrap().unwrap().data["account_id"], serde_json::json!(43));

    let mut expired = Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: time::OffsetDateTime::now_utc() - time::Duration::seconds(5),
    };
    store.create(&mut expired).await.unwrap();
    assert!(store.load(&expired.id).await.unwrap().is_none());
    assert_eq!(store.delete_expired().await.unwrap(), 1);

    store.delete(&record.id).await.unwrap();
    assert!(store.load(&record.id).await.unwrap().is_none());
}

/// A mail server that accepts one message and hands over what it received, as a relay would.
async fn smtp_sink() -> (String, tokio::task::JoinHandle<String>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let received = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
        let mut data = String::new();
        let mut in_data = false;
        while let Some(line) = lines.next_line().await.unwrap() {
            if in_data {
                if line == "." {
                    in_data = false;
                    write.write_all(b"250 queued\r\n").await.unwrap();
                } else {
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                    data.push_str("\r\n");
                }
                continue;
            }
            let command = line.to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250 sink\r\n"
            } else if command.starts_with("DATA") {
                in_data = true;
                b"354 go ahead\r\n"
            } else if command.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await.unwrap();
                break;
            } else {
                b"250 ok\r\n"
            };
            write.write_all(reply).await.unwrap();
        }
        data
    });
    (url, received)
}

async fn delivered_mail_is_a_proper_mime_message(db: &DatabaseConnection) {
    let (url, received) = smtp_sink().await;
    let mailer = email::SmtpMailer::new(&url, "Sumud <secretariat@sumud.example.org>").unwrap();
    let reset = PasswordReset { link: "https://sumud.test/set-password?token=abc" };
    email::enqueue(db, "amal@hebron.example.ps", "أمل حداد", Lang::Ar, &reset).await.unwrap();
    let report = email::deliver_due(db, &mailer, Utc::now()).await.unwrap();
    assert_eq!((report.sent, report.failed), (1, 0));

    let raw = received.await.unwrap();
    let message = mail_parser::MessageParser::default().parse(raw.as_bytes()).expect("a parsable message");
    assert!(raw.contains("MIME-Version: 1.0"), "{raw}");
    let id = message.message_id().expect("a Message-ID");
    assert!(id.starts_with("outbox-") && id.ends_with("@sumud.example.org"), "{id}");
    assert_eq!(message.header_raw("Auto-Submitted").map(str::trim), Some("auto-generated"));
    assert_eq!(message.subject(), Some("اختر كلمة مرور جديدة لصمود"));
    let to = message.to().and_then(|to| to.first()).expect("a recipient");
    assert_eq!(to.address(), Some("amal@hebron.example.ps"));
    assert_eq!(to.name(), Some("أمل حداد"));
    let body = message.body_text(0).expect("a text body");
    assert!(body.contains("أمل حداد") && body.contains("https://sumud.test/set-password?token=abc"), "{body}");
}

async fn a_fresh_link_ends_the_earlier_ones_and_the_outbox_hides_secrets(db: &DatabaseConnection) {
    let emailed = invite_and_get_token(db, NADIA, Lang::En).await;
    let nadia = account::Entity::find().one(db).await.unwrap().unwrap();
    // No relay: the secretariat reads the outbox, which never shows a live link.
    let page = email::list(db, 0, false).await.unwrap();
    assert!(page.messages[0].body_text.contains("token=••••"), "{}", page.messages[0].body_text);
    assert!(!page.messages[0].body_text.contains(&emailed));

    let fresh = accounts::issue_fresh_link(db, &secretariat("Amal"), nadia.id).await.unwrap();
    assert_eq!(fresh.email, NADIA);
    let token = fresh.link.split("token=").nth(1).unwrap().to_string();
    assert!(matches!(accounts::account_for_link(db, &emailed).await.unwrap_err(), ServiceError::InvalidLink));
    accounts::set_password_with_link(db, &token, &Password::parse(NADIAS_PASSWORD).unwrap()).await.unwrap();
    let log =
        audit::list(db, &AuditFilter { action: "account.link_issued".into(), ..Default::default() }).await.unwrap();
    assert_eq!(log.events.len(), 1);
    assert!(!log.events[0].summary.contains(&token), "the audit log never holds the link");
    assert!(matches!(
        accounts::issue_fresh_link(db, &secretariat("Amal"), nadia.id + 100).await.unwrap_err(),
        ServiceError::NotFound
    ));

    // Once delivered, the stored message keeps no live secret either.
    let mailer = FlakyMailer { failures: 0, calls: AtomicUsize::new(0) };
    email::deliver_due(db, &mailer, Utc::now()).await.unwrap();
    let stored = outbox::Entity::find().one(db).await.unwrap().unwrap();
    assert!(stored.sent_at.is_some());
    assert!(!stored.body_text.contains(&emailed) && stored.body_text.contains("token=••••"), "{}", stored.body_text);
}
