//! HTTP-level tests: the real router, on a free port, against SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)] // a failed step in a test is the test failing
use app::accounts::service as accounts;
use app::domain::{Choice, EmailAddress, Password, PersonName};
use app::i18n::Lang;
use app::identity::Role;
use app::server::AppState;
use app::server::{Actor, RequestContext};
use reqwest::header::{HeaderMap, ACCEPT, ORIGIN, SET_COOKIE};
use reqwest::{redirect::Policy, Client, StatusCode};
use sea_orm::{EntityTrait, PaginatorTrait};
use server::config::Config;
use std::collections::BTreeSet;
use std::net::SocketAddr;
use testing::{Backend, TestDb};

struct TestApp {
    base: String,
    state: AppState,
    test_db: TestDb,
}

impl TestApp {
    async fn start(backend: Backend) -> TestApp {
        let test_db = TestDb::new(backend).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let base = format!("http://{addr}");
        let config = Config::from_lookup(|key| match key {
            "DATABASE_URL" => Some(test_db.url.clone()),
            "LISTEN_ADDR" => Some(addr.to_string()),
            "PUBLIC_URL" => Some(base.clone()),
            _ => None,
        })
        .unwrap();
        let (router, state) = server::build(&config).await.unwrap();
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
        });
        TestApp { base, state, test_db }
    }

    fn client(&self) -> Client {
        Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
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
    cross_origin_writes_are_refused,
    session_cookie_is_safe_and_rotated,
    sign_out_ends_the_session,
    a_used_session_is_kept_alive,
    every_server_function_checks_the_role,
    bad_input_is_422_and_changes_nothing,
    activity_feed_is_atom,
    member_exports_check_the_role,
    focal_point_edits_only_its_own_member,
    edition_calendar_is_served_as_icalendar,
    focal_point_registers_and_cancels_only_its_own_delegates,
);

async fn language_is_negotiated_on_the_server(app: &TestApp) {
    let client = app.client();
    let arabic = client.get(app.url("/?lang=ar")).send().await.unwrap();
    assert_eq!(arabic.status(), StatusCode::OK);
    let set_cookie = cookie(arabic.headers(), "sumud_lang").expect("language remembered").to_string();
    assert!(set_cookie.starts_with("sumud_lang=ar;"), "{set_cookie}");
    let html = arabic.text().await.unwrap();
    assert!(html.contains(r#"lang="ar""#) && html.contains(r#"dir="rtl""#), "{}", &html[..html.len().min(400)]);
    assert!(html.contains("شبكة من المدن"));

    // The cookie now carries Arabic to another page without a parameter.
    let next = client.get(app.url("/activity")).send().await.unwrap().text().await.unwrap();
    assert!(next.contains(r#"dir="rtl""#) && next.contains("النشاط العام"));

    // Accept-Language decides for a first visit.
    let french = app.client().get(app.url("/")).header("accept-language", "de;q=1, fr;q=0.8").send().await.unwrap();
    let html = french.text().await.unwrap();
    assert!(html.contains(r#"lang="fr""#) && html.contains(r#"dir="ltr""#));

    // The parameter beats the cookie.
    let english = app.client().get(app.url("/?lang=en")).header("cookie", "sumud_lang=ar").send().await.unwrap();
    assert!(english.text().await.unwrap().contains(r#"lang="en""#));
}

async fn unknown_pages_are_404(app: &TestApp) {
    let response = app.client().get(app.url("/no-such-area")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(response.text().await.unwrap().contains("Page not found"));
}

async fn cross_origin_writes_are_refused(app: &TestApp) {
    let password = app.account("origin@example.org", Role::Secretariat).await;
    let form = [("email", "origin@example.org"), ("password", password.as_str())];
    let client = app.client();

    let forged =
        client.post(app.url("/api/sign_in")).header(ORIGIN, "https://evil.example").form(&form).send().await.unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert!(cookie(forged.headers(), "sumud_session").is_none());
    let cross_site =
        client.post(app.url("/api/sign_in")).header("sec-fetch-site", "cross-site").form(&form).send().await.unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    // Translated for the refused person.
    let arabic = client
        .post(app.url("/api/sign_in?lang=ar"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert!(arabic.text().await.unwrap().contains("موقع آخر"));

    let same = client.post(app.url("/api/sign_in")).header(ORIGIN, app.base.as_str()).form(&form).send().await.unwrap();
    assert!(same.status().is_success() || same.status().is_redirection(), "{}", same.status());
    let fetch_same =
        client.post(app.url("/api/sign_out")).header("sec-fetch-site", "same-origin").send().await.unwrap();
    assert!(fetch_same.status().is_success() || fetch_same.status().is_redirection());

    // Webhooks verify their own signatures: the origin check lets them through (no route yet: 404).
    let webhook = client.post(app.url("/webhooks/none")).header(ORIGIN, "https://stripe.example").send().await.unwrap();
    assert_eq!(webhook.status(), StatusCode::NOT_FOUND);
}

async fn session_cookie_is_safe_and_rotated(app: &TestApp) {
    let password = app.account("session@example.org", Role::Finance).await;
    let form = [("email", "session@example.org"), ("password", password.as_str())];
    let client = app.client();
    let first = client.post(app.url("/api/sign_in")).form(&form).send().await.unwrap();
    let first_cookie = cookie(first.headers(), "sumud_session").expect("session cookie").to_string();
    assert!(first_cookie.contains("HttpOnly"), "{first_cookie}");
    assert!(first_cookie.contains("SameSite=Lax"), "{first_cookie}");
    assert!(!first_cookie.contains("Secure"), "plain http in tests: {first_cookie}");

    let second = client.post(app.url("/api/sign_in")).form(&form).send().await.unwrap();
    let second_cookie = cookie(second.headers(), "sumud_session").expect("a new id at sign-in").to_string();
    let id = |c: &str| c.split(';').next().unwrap().to_string();
    assert_ne!(id(&first_cookie), id(&second_cookie));

    // The old id no longer signs anyone in.
    let stale = app
        .client()
        .post(app.url("/api/current_user"))
        .header("cookie", id(&first_cookie))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(stale, "null");
    let current = client.post(app.url("/api/current_user")).send().await.unwrap().text().await.unwrap();
    assert!(current.contains("session@example.org") && current.contains("finance"), "{current}");
}

async fn sign_out_ends_the_session(app: &TestApp) {
    let client = app.signed_in(Role::Delegate).await;
    let before = client.post(app.url("/api/current_user")).send().await.unwrap().text().await.unwrap();
    assert!(before.contains("delegate"));
    client.post(app.url("/api/sign_out")).send().await.unwrap();
    let after = client.post(app.url("/api/current_user")).send().await.unwrap().text().await.unwrap();
    assert_eq!(after, "null");
}

/// A session lasts a week after its last use: one used again is saved with a new expiry and a
/// new cookie, once a day rather than on every request.
async fn a_used_session_is_kept_alive(app: &TestApp) {
    use app::accounts::entities::session;
    use app::accounts::guard::today;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    const DAY: i64 = 86_400;
    let client = app.signed_in(Role::Secretariat).await;
    let stored = || async { session::Entity::find().one(&app.state.db).await.unwrap().expect("the session") };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let row = stored().await;
    assert!(row.expires_at >= now + 7 * DAY - 60, "a week from sign-in");

    // As if the last save was six days ago.
    let saved_today = format!("\"saved_on\":{}", today());
    assert!(row.data.contains(&saved_today), "{}", row.data);
    let mut aged: session::ActiveModel = row.clone().into();
    aged.data = Set(row.data.replace(&saved_today, &format!("\"saved_on\":{}", today() - 6)));
    aged.expires_at = Set(now + DAY);
    aged.update(&app.state.db).await.unwrap();
    let response = client.post(app.url("/api/current_user")).send().await.unwrap();
    let renewed = cookie(response.headers(), "sumud_session").expect("a renewed cookie").to_string();
    assert!(renewed.contains("Max-Age=604800"), "{renewed}");
    assert!(stored().await.expires_at >= now + 7 * DAY - 60, "a week from now again");

    // Used again the same day: not saved again.
    let mut marked: session::ActiveModel = stored().await.into();
    marked.expires_at = Set(now + 3 * DAY);
    marked.update(&app.state.db).await.unwrap();
    let response = client.post(app.url("/api/current_user")).send().await.unwrap();
    assert!(cookie(response.headers(), "sumud_session").is_none());
    assert_eq!(stored().await.expires_at, now + 3 * DAY);
}

/// Counts that any state change moves: every change is audited, and accounts, members and
/// certificates are the records the refused functions would create.
async fn recorded_state(app: &TestApp) -> [u64; 10] {
    let db = &app.state.db;
    [
        app::conferences::entities::registration::Entity::find().count(db).await.unwrap(),
        app::conferences::entities::letter::Entity::find().count(db).await.unwrap(),
        app::email::entity::Entity::find().count(db).await.unwrap(),
        app::conferences::entities::edition::Entity::find().count(db).await.unwrap(),
        app::conferences::entities::session::Entity::find().count(db).await.unwrap(),
        app::membership::entities::standing_change::Entity::find().count(db).await.unwrap(),
        app::audit::entity::Entity::find().count(db).await.unwrap(),
        app::accounts::entities::account::Entity::find().count(db).await.unwrap(),
        app::membership::entities::member::Entity::find().count(db).await.unwrap(),
        app::membership::entities::certificate::Entity::find().count(db).await.unwrap(),
    ]
}

/// A server function, its form, and the status the secretariat gets for it.
type SecretariatCall = (&'static str, Vec<(&'static str, &'static str)>, StatusCode);

/// Who may call which server function: every secretariat-only function refuses every other role
/// and the public with 403, and changes nothing.
async fn every_server_function_checks_the_role(app: &TestApp) {
    // Each with the status the secretariat gets: a record that does not exist is 404 and an
    // empty form 422, but only once the role has been checked (403 for everyone else).
    let secretariat_only: [SecretariatCall; 28] = [
        ("/api/list_accounts", vec![], StatusCode::OK),
        (
            "/api/invite_account",
            vec![("email", "table@example.org"), ("display_name", "T"), ("role", "delegate"), ("language", "en")],
            StatusCode::OK,
        ),
        ("/api/list_audit", vec![], StatusCode::OK),
        ("/api/audit_actions", vec![], StatusCode::OK),
        ("/api/list_outbox", vec![("page", "0")], StatusCode::OK),
        ("/api/list_applications", vec![("review_state", "pending")], StatusCode::OK),
        ("/api/get_application", vec![("id", "999")], StatusCode::NOT_FOUND),
        (
            "/api/decide_application",
            vec![("id", "999"), ("decision", "approve"), ("reason", "x")],
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/change_member_standing",
            vec![("member_id", "999"), ("change", "suspend"), ("reason", "x")],
            StatusCode::NOT_FOUND,
        ),
        // Focal points may act only for their own member; these test accounts have none.
        ("/api/issue_certificate", vec![("member_id", "999"), ("language", "en")], StatusCode::NOT_FOUND),
        ("/api/get_member_profile", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/update_member_profile", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/create_edition", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_edition_form", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/update_edition", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/clone_edition", vec![("id", "999"), ("starts_on", "2030-01-01")], StatusCode::NOT_FOUND),
        ("/api/add_session", vec![("edition_id", "999")], StatusCode::NOT_FOUND),
        ("/api/get_session_form", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/update_session", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/list_registrations", vec![("edition_id", "999")], StatusCode::NOT_FOUND),
        ("/api/decide_registration", vec![("id", "999"), ("decision", "approve")], StatusCode::NOT_FOUND),
        ("/api/issue_letter", vec![("id", "999"), ("language", "fr")], StatusCode::NOT_FOUND),
        ("/api/check_in", vec![("edition_id", "999"), ("code", "ABC")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_badges", vec![("edition_id", "999")], StatusCode::NOT_FOUND),
        ("/api/get_registration_by_id", vec![("id", "999")], StatusCode::NOT_FOUND),
        // A focal point cancels its own member's delegates (this test account has none).
        ("/api/cancel_delegate", vec![("id", "999")], StatusCode::NOT_FOUND),
        // The focal point's own: the secretariat neither (it reviews, it does not register).
        ("/api/get_delegation", vec![("edition_id", "999")], StatusCode::FORBIDDEN),
        ("/api/register_delegate", vec![("edition_id", "999")], StatusCode::FORBIDDEN),
    ];
    let public: [(&str, Vec<(&str, &str)>); 20] = [
        ("/api/list_editions", vec![]),
        ("/api/get_edition", vec![("id", "999")]),
        ("/api/current_user", vec![]),
        ("/api/public_activity", vec![]),
        ("/api/request_password_reset", vec![("email", "nobody@example.org")]),
        ("/api/search_directory", vec![]),
        ("/api/get_member", vec![("id", "999")]),
        ("/api/apply_for_membership", vec![]),
        // The personal link's token is the key to one registration.
        ("/api/apply_to_conference", vec![("edition_id", "999")]),
        ("/api/get_registration", vec![("token", "unknown")]),
        ("/api/update_registration", vec![("token", "unknown")]),
        ("/api/cancel_registration", vec![("token", "unknown")]),
        ("/api/choose_session", vec![("token", "unknown"), ("session_id", "1")]),
        ("/api/list_participants", vec![("edition_id", "999")]),
        ("/api/get_letter", vec![("code", "unknown")]),
        ("/api/get_certificate", vec![("code", "unknown")]),
        ("/api/link_holder", vec![("token", "unknown")]),
        (
            "/api/set_password",
            vec![("token", "unknown"), ("password", "long enough 123"), ("password_confirm", "long enough 123")],
        ),
        ("/api/sign_in", vec![("email", "nobody@example.org"), ("password", "wrong password")]),
        // Last: it ends the caller's session.
        ("/api/sign_out", vec![]),
    ];

    // The table checks itself: every registered server function is in it, and nothing else.
    let listed: BTreeSet<&str> =
        secretariat_only.iter().map(|call| call.0).chain(public.iter().map(|call| call.0)).collect();
    let registered: BTreeSet<&str> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    let unlisted: Vec<_> = registered.difference(&listed).collect();
    let unknown: Vec<_> = listed.difference(&registered).collect();
    assert!(
        unlisted.is_empty() && unknown.is_empty(),
        "not in the role table: {unlisted:?}; not registered: {unknown:?}"
    );

    let mut callers = vec![("public", app.client())];
    for role in [Role::Finance, Role::FocalPoint, Role::Delegate, Role::Secretariat] {
        callers.push((role.as_str(), app.signed_in(role).await));
    }
    for (who, client) in &callers {
        for (path, form, for_secretariat) in &secretariat_only {
            let before = recorded_state(app).await;
            let response =
                client.post(app.url(path)).header(ACCEPT, "application/json").form(form).send().await.unwrap();
            let status = response.status();
            let body = response.text().await.unwrap();
            if *who == "secretariat" {
                assert_eq!(status, *for_secretariat, "{who} {path}: {body}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{who} {path}: {body}");
                assert!(body.contains("Forbidden") || body.contains("Unauthenticated"), "{body}");
                assert_eq!(before, recorded_state(app).await, "{who} {path} changed nothing");
            }
        }
        // Public functions never refuse a caller for who they are (bad input or a missing record
        // still get their own 422 or 404).
        for (path, form) in &public {
            let response = client.post(app.url(path)).form(form).send().await.unwrap();
            assert_ne!(response.status(), StatusCode::FORBIDDEN, "{who} {path}");
            assert!(response.status().as_u16() < 500, "{who} {path}: {}", response.status());
        }
    }
}

async fn bad_input_is_422_and_changes_nothing(app: &TestApp) {
    let client = app.signed_in(Role::Secretariat).await;
    let count = || async { app::accounts::entities::account::Entity::find().count(&app.state.db).await.unwrap() };
    let before = count().await;
    for form in [
        [("email", "not an email"), ("display_name", "T"), ("role", "delegate"), ("language", "en")],
        [("email", "ok@example.org"), ("display_name", "  "), ("role", "delegate"), ("language", "en")],
        [("email", "ok@example.org"), ("display_name", "T"), ("role", "king"), ("language", "en")],
        [("email", "ok@example.org"), ("display_name", "T"), ("role", "delegate"), ("language", "de")],
    ] {
        let response = client.post(app.url("/api/invite_account")).form(&form).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = response.text().await.unwrap();
        assert!(body.contains("Invalid") && body.contains("error-"), "{body}");
    }
    assert_eq!(before, count().await);

    // A plain HTML form post goes back to its page with the error in the address.
    let response = client
        .post(app.url("/api/invite_account"))
        .header(ACCEPT, "text/html")
        .header("referer", app.url("/secretariat/accounts"))
        .form(&[("email", "x"), ("display_name", "T"), ("role", "delegate"), ("language", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()["location"].to_str().unwrap();
    assert!(location.starts_with(&app.url("/secretariat/accounts?")) && location.contains("__err="), "{location}");
}

async fn activity_feed_is_atom(app: &TestApp) {
    app::audit::service::record(
        &app.state.db,
        &Actor::system(),
        app::audit::service::Change::new("resolution.published", "resolution", 1, "Resolution 1 <adopted> & published")
            .public(),
    )
    .await
    .unwrap();
    let response = app.client().get(app.url("/activity.atom?lang=fr")).send().await.unwrap();
    assert_eq!(response.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let xml = response.text().await.unwrap();
    assert!(xml.contains("<title>Activité publique</title>"), "{xml}");
    assert!(xml.contains("Resolution 1 &lt;adopted&gt; &amp; published"), "{xml}");
}

async fn member_exports_check_the_role(app: &TestApp) {
    let anonymous = app.client().get(app.url("/secretariat/members.csv?lang=fr")).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::FORBIDDEN);
    assert!(anonymous.text().await.unwrap().contains("connecter"));
    let finance = app.signed_in(Role::Finance).await;
    let refused = finance.get(app.url("/secretariat/members.csv")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let secretariat = app.signed_in(Role::Secretariat).await;
    let csv = secretariat.get(app.url("/secretariat/members.csv")).send().await.unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.bytes().await.unwrap().starts_with(&[0xEF, 0xBB, 0xBF]));

    let json = app.client().get(app.url("/members.json")).send().await.unwrap();
    assert_eq!(json.status(), StatusCode::OK);
    assert_eq!(json.text().await.unwrap(), "[]");
}

/// Sets a password from the latest invitation emailed to `email`, as its reader would; returns it.
async fn accept_invitation(db: &sea_orm::DatabaseConnection, email: &str) -> &'static str {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let invitation = app::email::entity::Entity::find()
        .filter(app::email::entity::Column::ToEmail.eq(email))
        .order_by_desc(app::email::entity::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.body_text.contains("token="))
        .expect("an invitation")
        .body_text;
    let token = invitation.split("token=").nth(1).unwrap().split_whitespace().next().unwrap();
    let password = "a long enough password";
    accounts::set_password_with_link(db, token, &Password::parse(password).unwrap()).await.unwrap();
    password
}

/// Applies and approves a member through the services; returns its id and a client signed in as
/// its focal point (from the emailed invitation).
async fn member_with_focal_point(app: &TestApp, latin_name: &str, focal_email: &str) -> (i32, Client) {
    let input = app::membership::ApplicationInput {
        kind: "municipality".into(),
        official_name: latin_name.into(),
        latin_name: latin_name.into(),
        country: "FR".into(),
        head_name: "Head Person".into(),
        head_title: "Mayor".into(),
        focal_name: "Focal Person".into(),
        focal_email: focal_email.into(),
        focal_phone: "+33 1 23 45 67 89".into(),
        focal_language: "fr".into(),
        motivation: "Twinning with a Palestinian municipality.".into(),
        ..Default::default()
    };
    let db = &app.state.db;
    let application = app::membership::Application::parse(&input).unwrap();
    let context = RequestContext::system(&app.base);
    let member = app::membership::service::apply(db, &context, &application).await.unwrap();
    let decision = app::membership::Decision::Approve;
    app::membership::service::decide(db, &context, member.id, decision, "ok").await.unwrap();
    let password = accept_invitation(db, focal_email).await;
    let client = app.client();
    client.post(app.url("/api/sign_in")).form(&[("email", focal_email), ("password", password)]).send().await.unwrap();
    (member.id, client)
}

async fn focal_point_edits_only_its_own_member(app: &TestApp) {
    let (lyon, lyon_focal) = member_with_focal_point(app, "Lyon", "focal@lyon.fr").await;
    let (grenoble, _) = member_with_focal_point(app, "Grenoble", "focal@grenoble.fr").await;
    let form = |id: i32, head: &str| {
        vec![
            ("id".to_string(), id.to_string()),
            ("application[kind]".into(), "municipality".into()),
            ("application[official_name]".into(), "Ville de Lyon".into()),
            ("application[latin_name]".into(), "Lyon".into()),
            ("application[country]".into(), "FR".into()),
            ("application[head_name]".into(), head.into()),
            ("application[head_title]".into(), "Maire".into()),
            ("application[focal_name]".into(), "Focal Person".into()),
            ("application[focal_email]".into(), "focal@lyon.fr".into()),
            ("application[focal_phone]".into(), "+33 1 23 45 67 89".into()),
            ("application[focal_language]".into(), "fr".into()),
        ]
    };
    let head_of = |id: i32| async move {
        app::membership::entities::member::Entity::find_by_id(id).one(&app.state.db).await.unwrap().unwrap().head_name
    };
    let before = recorded_state(app).await;
    let refused = lyon_focal
        .post(app.url("/api/update_member_profile"))
        .header(ACCEPT, "application/json")
        .form(&form(grenoble, "Intruder"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(head_of(grenoble).await, "Head Person");
    assert_eq!(before, recorded_state(app).await);

    let saved = lyon_focal
        .post(app.url("/api/update_member_profile"))
        .header(ACCEPT, "application/json")
        .form(&form(lyon, "Grégory Doucet"))
        .send()
        .await
        .unwrap();
    assert!(saved.status().is_success() || saved.status().is_redirection(), "{}", saved.status());
    assert_eq!(head_of(lyon).await, "Grégory Doucet");
    let standing = lyon_focal
        .post(app.url("/api/change_member_standing"))
        .form(&[("member_id", lyon.to_string().as_str()), ("change", "withdraw"), ("reason", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(standing.status(), StatusCode::FORBIDDEN, "only the secretariat changes standing");
}

async fn edition_calendar_is_served_as_icalendar(app: &TestApp) {
    let row = app::conferences::service::insert_sample_edition(&app.state.db, 10, 2).await.unwrap();
    let response =
        app.client().get(app.url(&format!("/conferences/{}/calendar.ics?lang=ar", row.id))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
    let body = response.text().await.unwrap();
    assert!(body.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), "{body}");
    assert!(body.contains(&format!("X-WR-CALNAME:{}\r\n", row.title_ar)), "{body}");
    assert_eq!(body.matches("BEGIN:VEVENT").count(), 2);
    let missing = app.client().get(app.url("/conferences/999/calendar.ics")).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

async fn focal_point_registers_and_cancels_only_its_own_delegates(app: &TestApp) {
    // Open for registration now, 10 seats, 3 voting delegates per member.
    let edition = app::conferences::service::insert_sample_edition(&app.state.db, 10, 0).await.unwrap();
    let (_, lyon) = member_with_focal_point(app, "Lyon", "focal@lyon.fr").await;
    let (_, grenoble) = member_with_focal_point(app, "Grenoble", "focal@grenoble.fr").await;
    let edition_id = edition.id.to_string();
    let register = |client: &Client, name: &'static str, email: &'static str| {
        let form = vec![
            ("edition_id", edition_id.clone()),
            ("delegate[full_name]", name.to_string()),
            ("delegate[email]", email.to_string()),
            ("delegate[language]", "fr".to_string()),
            ("delegate[role]", "head".to_string()),
            ("delegate[consent]", "public".to_string()),
        ];
        client.post(app.url("/api/register_delegate")).header(ACCEPT, "application/json").form(&form).send()
    };
    assert_eq!(register(&lyon, "Claire Martin", "claire@lyon.fr").await.unwrap().status(), StatusCode::OK);
    let second_head = register(&lyon, "Paul Durand", "paul@lyon.fr").await.unwrap();
    assert_eq!(second_head.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(second_head.text().await.unwrap().contains("error-one-head"));

    let delegation: serde_json::Value = lyon
        .post(app.url("/api/get_delegation"))
        .form(&[("edition_id", edition_id.as_str())])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let claire = delegation["delegates"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(delegation["delegates"][0]["state"], "confirmed");

    let before = recorded_state(app).await;
    let refused = grenoble
        .post(app.url("/api/cancel_delegate"))
        .header(ACCEPT, "application/json")
        .form(&[("id", claire.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN, "another member's delegate");
    assert_eq!(before, recorded_state(app).await);
    let cancelled = lyon.post(app.url("/api/cancel_delegate")).form(&[("id", claire.as_str())]).send().await.unwrap();
    assert_eq!(cancelled.status(), StatusCode::OK);

    // The secretariat's participant list is CSV with a byte order mark; nobody else gets it.
    let path = format!("/secretariat/conferences/{edition_id}/participants.csv");
    assert_eq!(lyon.get(app.url(&path)).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let secretariat = app.signed_in(Role::Secretariat).await;
    let csv = secretariat.get(app.url(&path)).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = csv.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    assert!(String::from_utf8_lossy(&bytes).contains("Claire Martin,Lyon"));

    let unknown_feed = app.client().get(app.url("/registrations/feed/unknown.ics")).send().await.unwrap();
    assert_eq!(unknown_feed.status(), StatusCode::NOT_FOUND);
}
