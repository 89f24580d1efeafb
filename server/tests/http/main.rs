//! HTTP-level tests: the real router, on a free port, against SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)] // a failed step in a test is the test failing
use app::accounts::service as accounts;
use app::domain::{Choice, EmailAddress, PersonName};
use app::i18n::Lang;
use app::identity::Role;
use app::server::AppState;
use app::server::RequestContext;
use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::{redirect::Policy, Client};
use server::config::Config;
use std::net::SocketAddr;
use testing::{Backend, TestDb};

mod areas;
mod hardening;
mod hostile;
mod roles;
mod site;

use areas::*;
use hardening::*;
use hostile::*;
use roles::*;
use site::*;

struct TestApp {
    base: String,
    state: AppState,
    test_db: TestDb,
    /// Card payments go to this local fake of Stripe's API.
    stripe: testing::stripe::FakeStripe,
}

impl TestApp {
    async fn start(backend: Backend) -> TestApp {
        let test_db = TestDb::new(backend).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let base = format!("http://{addr}");
        let stripe = testing::stripe::FakeStripe::start().await;
        let documents_dir = std::env::temp_dir().join(format!("sumud-documents-{}", app::server::secrets::new_token()));
        let config = Config::from_lookup(|key| match key {
            "DATABASE_URL" => Some(test_db.url.clone()),
            "LISTEN_ADDR" => Some(addr.to_string()),
            "PUBLIC_URL" => Some(base.clone()),
            "STRIPE_SECRET_KEY" => Some(testing::stripe::SECRET_KEY.to_string()),
            "STRIPE_WEBHOOK_SECRET" => Some(testing::stripe::WEBHOOK_SECRET.to_string()),
            "STRIPE_API_BASE" => Some(stripe.base.clone()),
            "DOCUMENTS_DIR" => Some(documents_dir.to_string_lossy().into_owned()),
            _ => None,
        })
        .unwrap();
        let (router, state) = server::build(&config).await.unwrap();
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
        });
        TestApp { base, state, test_db, stripe }
    }

    fn client(&self) -> Client {
        // A response that never ends fails its test instead of holding up the whole run.
        Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .timeout(std::time::Duration::from_secs(120))
            .build()
            .unwrap()
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Creates an account with a password, through the same services the UI uses.
    async fn account(&self, email: &str, role: Role) -> String {
        let invitation = accounts::Invitation {
            email: EmailAddress::parse(email).unwrap(),
            name: PersonName::parse("Test Person", "name").unwrap(),
            role,
            language: Lang::En,
            member_id: None,
        };
        accounts::invite(&self.state.db, &RequestContext::system(&self.base), &invitation).await.unwrap();
        accept_invitation(&self.state.db, email).await.to_string()
    }

    /// A client signed in as a new account with `role`.
    async fn signed_in(&self, role: Role) -> Client {
        let email = format!("{}-{}@example.org", role.as_str(), &app::server::secrets::new_token()[..8]);
        let password = self.account(&email, role).await;
        let client = self.client();
        let response = client
            .post(self.url("/api/sign_in"))
            .form(&[("email", email.as_str()), ("password", password.as_str())])
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success() || response.status().is_redirection(), "{}", response.status());
        client
    }

    async fn finish(self) {
        // Nothing to remove when no test uploaded a document.
        let _ = std::fs::remove_dir_all(self.state.settings.documents.root());
        self.test_db.drop_database().await;
    }
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find(|v| v.starts_with(&format!("{name}=")))
}

macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = super::TestApp::start(testing::Backend::Sqlite).await;
                super::$name(&app).await;
                app.finish().await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let app = super::TestApp::start(testing::Backend::Postgres).await;
                super::$name(&app).await;
                app.finish().await;
            }
        }
    )*};
}

on_both_databases!(
    language_is_negotiated_on_the_server,
    unknown_pages_are_404,
    static_files_are_served_precompressed,
    a_refused_plain_form_keeps_what_was_typed,
    cross_origin_writes_are_refused,
    session_cookie_is_safe_and_rotated,
    sign_out_ends_the_session,
    a_used_session_is_kept_alive,
    every_server_function_checks_the_role,
    bad_input_is_422_and_changes_nothing,
    activity_feed_is_atom,
    member_exports_check_the_role,
    tracker_files_are_public_and_uploads_need_the_secretariat,
    letter_copies_are_kept_by_the_secretariat_and_read_by_members,
    focal_point_edits_only_its_own_member,
    edition_calendar_is_served_as_icalendar,
    focal_point_registers_and_cancels_only_its_own_delegates,
    guarded_pages_refuse_with_403,
    oversized_bodies_are_413,
    odd_input_never_crashes_the_server,
    sign_out_everywhere_else,
    public_forms_cannot_flood_an_inbox,
    hostile_input_never_breaks_the_server,
    directory_sorts_in_the_readers_language_with_numbered_pages,
    statements_are_imported_by_finance_only_and_exports_check_the_role,
    card_payments_go_through_stripe_and_only_signed_events_count,
    agreement_documents_are_posted_by_parties_and_served_safely,
    the_map_is_drawn_once_and_revalidated,
);
