//! The site as a whole: language negotiation, unknown pages, cross-origin writes, sessions.
use super::*;
use app::identity::Role;
use reqwest::header::ORIGIN;
use reqwest::StatusCode;
use sea_orm::EntityTrait;

pub(super) async fn language_is_negotiated_on_the_server(app: &TestApp) {
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

pub(super) async fn unknown_pages_are_404(app: &TestApp) {
    let response = app.client().get(app.url("/no-such-area")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(response.text().await.unwrap().contains("Page not found"));
}

/// The build's files go out as compressed at build time (no compression per download), with a
/// cache policy and `Vary`; the favicon is served, not taken for an area page.
pub(super) async fn static_files_are_served_precompressed(app: &TestApp) {
    let options = &app.state.leptos_options;
    let pkg = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let wasm = std::fs::read_dir(&pkg)
        .unwrap_or_else(|e| panic!("{}: {e} (run `cargo leptos build --release --precompress` first)", pkg.display()))
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .find(|name| name.ends_with(".wasm"))
        .expect("a wasm file in the build");
    for (accepted, encoding, suffix) in [("br, gzip", "br", ".br"), ("gzip", "gzip", ".gz")] {
        let response = app
            .client()
            .get(app.url(&format!("/pkg/{wasm}")))
            .header("accept-encoding", accepted)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-encoding"], encoding);
        assert_eq!(response.headers()["content-type"], "application/wasm");
        assert!(response.headers()["vary"].to_str().unwrap().contains("accept-encoding"));
        // A test binary has no hash file beside it, so its names are plain: checked each time.
        assert_eq!(response.headers()["cache-control"], "no-cache");
        let stored = std::fs::read(pkg.join(format!("{wasm}{suffix}"))).unwrap();
        assert_eq!(response.bytes().await.unwrap().len(), stored.len(), "the stored {suffix} file, as is");
    }
    let missing = app.client().get(app.url("/pkg/no-such-file.js")).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(missing.headers().get("cache-control").is_none(), "a 404 is not cached");

    let favicon = app.client().get(app.url("/favicon.svg")).send().await.unwrap();
    assert_eq!(favicon.status(), StatusCode::OK);
    assert_eq!(favicon.headers()["content-type"], "image/svg+xml");
    assert_eq!(favicon.headers()["cache-control"], "public, max-age=86400");
    assert!(favicon.text().await.unwrap().contains("<svg"));
}

/// A form refused without JavaScript comes back with what was typed, once, in that form only;
/// nothing typed travels in the address, and passwords are never kept.
pub(super) async fn a_refused_plain_form_keeps_what_was_typed(app: &TestApp) {
    let browser = app.client();
    let page = app.url("/membership/apply?lang=en");
    let post = |form: Vec<(&'static str, &'static str)>, endpoint: &'static str| {
        browser
            .post(app.url(endpoint))
            .header("accept", "text/html,application/xhtml+xml")
            .header("referer", page.as_str())
            .form(&form)
            .send()
    };
    let refused = post(
        vec![
            ("application[official_name]", "Bala\"diyat <Nablus>"),
            ("application[focal_email]", "not-an-email"),
            ("application[motivation]", "Heritage & youth </textarea>"),
            ("application[country]", "PS"),
        ],
        "/api/apply_for_membership",
    )
    .await
    .unwrap();
    assert!(refused.status().is_redirection(), "{}", refused.status());
    let back = refused.headers()["location"].to_str().unwrap().to_string();
    assert!(back.contains("__err=") && !back.contains("not-an-email"), "{back}");
    let html = browser.get(&back).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(
        html.contains(r#"value="Bala&quot;diyat <Nablus>""#)
            || html.contains(r#"value="Bala&quot;diyat &lt;Nablus&gt;""#),
        "{html}"
    );
    assert!(html.contains(r#"value="not-an-email""#), "{html}");
    assert!(html.contains("Heritage &amp; youth &lt;/textarea&gt;</textarea>"), "{html}");
    assert!(html.contains(r#"<option value="PS" selected"#), "{html}");
    assert!(html.contains(r#"aria-invalid="true""#), "the refused field says so");
    // Shown once: the same address again is the page as rendered.
    let again = browser.get(&back).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(!again.contains("not-an-email"), "kept values are used once");

    // A refused sign-in keeps the email, never the password.
    let page = app.url("/sign-in?lang=en");
    let refused = browser
        .post(app.url("/api/sign_in"))
        .header("accept", "text/html")
        .header("referer", page.as_str())
        .form(&[("email", "nobody@example.org"), ("password", "a secret password 123")])
        .send()
        .await
        .unwrap();
    let back = refused.headers()["location"].to_str().unwrap().to_string();
    let html = browser.get(&back).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"value="nobody@example.org""#), "{html}");
    assert!(!html.contains("a secret password 123"), "{html}");
}

pub(super) async fn cross_origin_writes_are_refused(app: &TestApp) {
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

pub(super) async fn session_cookie_is_safe_and_rotated(app: &TestApp) {
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

pub(super) async fn sign_out_ends_the_session(app: &TestApp) {
    let client = app.signed_in(Role::Delegate).await;
    let before = client.post(app.url("/api/current_user")).send().await.unwrap().text().await.unwrap();
    assert!(before.contains("delegate"));
    client.post(app.url("/api/sign_out")).send().await.unwrap();
    let after = client.post(app.url("/api/current_user")).send().await.unwrap().text().await.unwrap();
    assert_eq!(after, "null");
}

/// A session lasts a week after its last use: one used again is saved with a new expiry and a
/// new cookie, once a day rather than on every request.
pub(super) async fn a_used_session_is_kept_alive(app: &TestApp) {
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
