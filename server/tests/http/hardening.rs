//! What an attacker with a browser and curl tries: guarded pages, bodies too large, input that
//! used to crash the server, the device cookie and sessions that must end.
use super::*;
use app::identity::Role;
use reqwest::header::ACCEPT;
use reqwest::StatusCode;

/// A guarded page opened by a browser answers 403 with the translated refusal, and renders no
/// secretariat form to those who may not use it.
pub(super) async fn guarded_pages_refuse_with_403(app: &TestApp) {
    let delegate = app.signed_in(Role::Delegate).await;
    let public = app.client();
    for path in [
        "/secretariat/accounts",
        "/secretariat/applications",
        "/secretariat/outbox",
        "/secretariat/audit",
        "/secretariat/conferences/new",
        "/secretariat/conferences/1/sessions/new",
        "/secretariat/conferences/1/checkin",
        "/secretariat/conferences/1/registrations",
        "/secretariat/conferences/1/badges",
        "/secretariat/conferences/1/edit",
        "/secretariat/sessions/1/edit",
        "/resolutions/addressees",
        "/secretariat/statuses",
        "/resolutions/1/letters/new",
    ] {
        for (who, client, message) in
            [("public", &public, "Please sign in"), ("delegate", &delegate, "does not have access")]
        {
            let response =
                client.get(app.url(&format!("{path}?lang=en"))).header(ACCEPT, "text/html").send().await.unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who} {path}");
            let html = response.text().await.unwrap();
            assert!(html.contains(message), "{who} {path}: {html}");
            for form_field in [
                "edition[title_en]",
                "session[title_en]",
                "name=\"code\"",
                "invite-email",
                "addressee[name]",
                "letter[subject]",
                "status[slug]",
            ] {
                assert!(!html.contains(form_field), "{who} {path} shows {form_field}");
            }
        }
    }
    // The anonymous are offered to sign in and come back.
    let html = public.get(app.url("/secretariat/conferences/new?lang=en")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("/sign-in?next=/secretariat/conferences/new%3Flang%3Den"), "{html}");
    // The secretariat gets the form.
    let secretariat = app.signed_in(Role::Secretariat).await;
    let response = secretariat.get(app.url("/secretariat/conferences/new")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.text().await.unwrap().contains("edition[title_en]"));
    let statuses = secretariat.get(app.url("/secretariat/statuses")).send().await.unwrap().text().await.unwrap();
    assert!(statuses.contains("status[slug]"), "the secretariat gets the status form");
}

/// A body over the limit is a translated 413 and reaches no handler: the server answers as soon
/// as the announced length is too large, without reading it (so the test sends no body).
pub(super) async fn oversized_bodies_are_413(app: &TestApp) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let before = recorded_state(app).await;
    let host = app.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let request = format!(
        "POST /api/apply_for_membership?lang=fr HTTP/1.1\r\nHost: {host}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        10 * 1024 * 1024
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("trop volumineux"), "{answer}");
    assert_eq!(before, recorded_state(app).await);
    // Within the limit, the same form is read and answered as usual.
    let response = app.client().post(app.url("/api/apply_for_membership")).form(&[("x", "y")]).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// Input that used to panic the server (byte slicing, overflow) is answered, in any script.
pub(super) async fn odd_input_never_crashes_the_server(app: &TestApp) {
    let client = app.client();
    let towns = ["الخليل", "بيت لحم", "نابلس", "جنين"];
    for (town, website) in towns.into_iter().zip(["http://é.org", "http://الخليل.ps", "é", "https://"]) {
        let response = client
            .post(app.url("/api/apply_for_membership"))
            .header(ACCEPT, "application/json")
            .form(&[
                ("application[kind]", "municipality"),
                ("application[official_name]", &format!("بلدية {town}")),
                ("application[latin_name]", &format!("Town {}", town.len())),
                ("application[country]", "PS"),
                ("application[website]", website),
                ("application[head_name]", "Head"),
                ("application[head_title]", "Mayor"),
                ("application[focal_name]", "Focal"),
                ("application[focal_email]", "focal@hebron.example.ps"),
                ("application[focal_phone]", "+970 2 222 8121"),
                ("application[focal_language]", "ar"),
                ("application[motivation]", "Cooperation in heritage and youth, please."),
            ])
            .send()
            .await
            .expect("an answer, not a dropped connection");
        let status = response.status();
        let body = response.text().await.unwrap();
        if website.contains('.') && website.len() > 8 {
            assert!(status.is_success() || status.is_redirection(), "{website}: {status} {body}");
        } else {
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{website}: {body}");
            assert!(body.contains("error-website"), "{body}");
        }
    }
    for page in ["18446744073709551615", "9223372036854775807", "-1", "x"] {
        let response = client.get(app.url(&format!("/members?page={page}"))).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "page {page}");
        let response =
            client.post(app.url("/api/search_directory")).form(&[("query[page]", page)]).send().await.unwrap();
        assert!(response.status().as_u16() < 500, "page {page}: {}", response.status());
    }
}

/// Signing in gives the browser a device cookie script cannot read; "sign out everywhere else"
/// ends the account's other sessions and keeps this one.
pub(super) async fn sign_out_everywhere_else(app: &TestApp) {
    let password = app.account("phone@example.org", Role::FocalPoint).await;
    let form = [("email", "phone@example.org"), ("password", password.as_str())];
    let (laptop, phone) = (app.client(), app.client());
    let signed_in = laptop.post(app.url("/api/sign_in")).form(&form).send().await.unwrap();
    let device = cookie(signed_in.headers(), "sumud_device").expect("a device cookie").to_string();
    assert!(device.contains("HttpOnly") && device.contains("Max-Age=31536000"), "{device}");
    phone.post(app.url("/api/sign_in")).form(&form).send().await.unwrap();
    let who = |client: &reqwest::Client| {
        let request = client.post(app.url("/api/current_user"));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    assert!(who(&phone).await.contains("phone@example.org"));

    let page = laptop.get(app.url("/account?lang=en")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Sign out everywhere else"), "{page}");
    let response = laptop.post(app.url("/api/sign_out_everywhere")).header(ACCEPT, "text/html").send().await.unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(who(&phone).await, "null", "the phone's session ended");
    assert!(who(&laptop).await.contains("phone@example.org"), "this one stays");
    // The account page is not for the public.
    let refused = app.client().get(app.url("/account")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

/// The public's forms send email with text the caller typed: a few per recipient and a few
/// dozen per address an hour, then 429 and nothing sent.
pub(super) async fn public_forms_cannot_flood_an_inbox(app: &TestApp) {
    use sea_orm::{EntityTrait, PaginatorTrait};
    app.account("target@example.org", Role::Delegate).await;
    let outbox = || async { app::email::entity::Entity::find().count(&app.state.db).await.unwrap() };
    let client = app.client();
    let reset = |email: &'static str| {
        let request = client.post(app.url("/api/request_password_reset")).header(ACCEPT, "application/json");
        async move { request.form(&[("email", email)]).send().await.unwrap().status() }
    };
    let before = outbox().await;
    for _ in 0..5 {
        assert!(reset("target@example.org").await.as_u16() < 400);
    }
    assert_eq!(outbox().await, before + 5);
    assert_eq!(reset("target@example.org").await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(outbox().await, before + 5, "nothing more sent to that inbox");
    // From one address, to many recipients: thirty an hour.
    for i in 0..25 {
        let email: &'static str = Box::leak(format!("someone{i}@example.org").into_boxed_str());
        assert!(reset(email).await.as_u16() < 400, "{i}");
    }
    assert_eq!(reset("one-more@example.org").await, StatusCode::TOO_MANY_REQUESTS);
}
