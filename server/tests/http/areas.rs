//! The areas over HTTP: the activity feed, exports, a focal point's own member and delegates, calendars.
use super::*;
use app::accounts::service as accounts;
use app::domain::Password;
use app::identity::Role;
use app::server::{Actor, RequestContext};
use reqwest::header::ACCEPT;
use reqwest::{Client, StatusCode};
use sea_orm::{EntityTrait, PaginatorTrait};

pub(super) async fn activity_feed_is_atom(app: &TestApp) {
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

pub(super) async fn member_exports_check_the_role(app: &TestApp) {
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
pub(super) async fn accept_invitation(db: &sea_orm::DatabaseConnection, email: &str) -> &'static str {
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
pub(super) async fn member_with_focal_point(app: &TestApp, latin_name: &str, focal_email: &str) -> (i32, Client) {
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

pub(super) async fn focal_point_edits_only_its_own_member(app: &TestApp) {
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
    // Another member's edit page: 403, with no form; its own: the form.
    let page =
        |id: i32| lyon_focal.get(app.url(&format!("/members/{id}/edit?lang=en"))).header(ACCEPT, "text/html").send();
    let other = page(grenoble).await.unwrap();
    assert_eq!(other.status(), StatusCode::FORBIDDEN);
    let html = other.text().await.unwrap();
    assert!(html.contains("does not have access") && !html.contains("application[head_name]"), "{html}");
    let own = page(lyon).await.unwrap();
    assert_eq!(own.status(), StatusCode::OK);
    assert!(own.text().await.unwrap().contains("application[head_name]"));

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

pub(super) async fn edition_calendar_is_served_as_icalendar(app: &TestApp) {
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

pub(super) async fn focal_point_registers_and_cancels_only_its_own_delegates(app: &TestApp) {
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

/// The directory sorts by the name each language shows, numbers by their value, and pages with
/// numbers: page 2 of 3 is marked current, its neighbours and the ends are links.
pub(super) async fn directory_sorts_in_the_readers_language_with_numbered_pages(app: &TestApp) {
    app::membership::service::insert_sample_members(&app.state.db, 45).await.unwrap();
    let page = |query: &'static str| {
        let request = app.client().get(app.url(&format!("/members?{query}"))).header(ACCEPT, "text/html").send();
        async move { request.await.unwrap().text().await.unwrap() }
    };
    let english = page("lang=en").await;
    let positions: Vec<usize> = ["Sample Municipality 1<", "Sample Municipality 2<", "Sample Municipality 10<"]
        .iter()
        .map(|name| english.find(name).unwrap_or_else(|| panic!("{name} on the first page")))
        .collect();
    assert!(positions[0] < positions[1] && positions[1] < positions[2], "1, 2, 10 in that order: {positions:?}");
    assert!(!english.contains("Sample Municipality 21<"), "20 a page");

    let arabic = page("lang=ar&page=1").await;
    assert!(arabic.contains("بلدية نموذجية 21<"), "the second page starts at 21");
    assert!(arabic.contains(r#"aria-current="page""#), "{arabic}");
    for target in 0..3 {
        assert!(arabic.contains(&format!("page={target}\"")), "a link to page {target}");
    }
    assert!(arabic.contains("aria-label=\"الصفحة"), "each number says it is a page");
    assert!(arabic.contains("rel=\"prev\"") && arabic.contains("rel=\"next\""));

    let french = page("lang=fr&page=2").await;
    assert!(french.contains("Commune exemple 45<") && !french.contains("rel=\"next\""), "the last page");
}

/// A multipart form with one file field, as a browser posts it.
fn multipart_file(file_name: &str, file_type: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "sumud-test-boundary";
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {file_type}\r\n\r\n"
    );
    let body = [head.as_bytes(), bytes, format!("\r\n--{boundary}--\r\n").as_bytes()].concat();
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn multipart_csv(file_name: &str, csv: &str) -> (String, Vec<u8>) {
    multipart_file(file_name, "text/csv", csv.as_bytes())
}

pub(super) async fn tracker_files_are_public_and_uploads_need_the_secretariat(app: &TestApp) {
    let csv = app.client().get(app.url("/resolutions/tracker.csv?lang=fr")).send().await.unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.starts_with('\u{feff}') && text.contains("Avancement"), "{text}");
    let json = app.client().get(app.url("/resolutions/tracker.json")).send().await.unwrap();
    assert_eq!(json.text().await.unwrap(), "[]");
    let feed = app.client().get(app.url("/resolutions/feed.atom?lang=ar")).send().await.unwrap();
    assert!(feed.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    assert!(feed.text().await.unwrap().contains("<feed"));

    // Only the secretariat uploads a spreadsheet; anyone else is refused and nothing is kept.
    let (content_type, body) = multipart_csv("updates.csv", "external_id,progress\nHEB-01,40\n");
    let kept = || async { app::resolutions::entities::bulk_update::Entity::find().count(&app.state.db).await.unwrap() };
    for client in [app.client(), app.signed_in(Role::FocalPoint).await] {
        let refused = client
            .post(app.url("/resolutions/bulk-updates/upload"))
            .header("content-type", &content_type)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(kept().await, 0);
    let secretariat = app.signed_in(Role::Secretariat).await;
    let uploaded = secretariat
        .post(app.url("/resolutions/bulk-updates/upload?lang=fr"))
        .header("content-type", &content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::SEE_OTHER);
    let location = uploaded.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/resolutions/bulk-updates/") && location.ends_with("?lang=fr"), "{location}");
    assert_eq!(kept().await, 1);
    // An empty one goes back to the form with the reason.
    let (content_type, body) = multipart_csv("empty.csv", "");
    let empty = secretariat
        .post(app.url("/resolutions/bulk-updates/upload"))
        .header("content-type", &content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), StatusCode::SEE_OTHER);
    assert!(empty.headers()["location"].to_str().unwrap().contains("error=error-bulk-empty"));
    assert_eq!(kept().await, 1);
}

pub(super) async fn letter_copies_are_kept_by_the_secretariat_and_read_by_members(app: &TestApp) {
    use app::resolutions::correspondence::service as correspondence;
    use app::resolutions::correspondence::{AddresseeFields, AddresseeInput, LetterFields, LetterInput};
    use app::resolutions::service as resolutions;
    let db = &app.state.db;
    let system = RequestContext::system(&app.base);
    let draft = |reference: &'static str| app::resolutions::TextInput {
        kind: "recommendation".into(),
        reference: reference.into(),
        authoritative_language: "en".into(),
        title_en: "Addressed to the ministry".into(),
        body_en: "The conference recommends…".into(),
        ..Default::default()
    };
    let published =
        resolutions::create_draft(db, &system, &app::resolutions::TextFields::parse(&draft("L-COPY-1")).unwrap())
            .await
            .unwrap();
    let adoption = app::resolutions::Adoption::parse(&app::resolutions::AdoptionInput {
        adopted_on: "2027-05-12".into(),
        adopting_body: "General Conference".into(),
        ..Default::default()
    })
    .unwrap();
    resolutions::adopt(db, &system, published.id, &adoption).await.unwrap();
    resolutions::move_text(db, &system, published.id, app::resolutions::TextState::Published).await.unwrap();
    let hidden =
        resolutions::create_draft(db, &system, &app::resolutions::TextFields::parse(&draft("L-COPY-2")).unwrap())
            .await
            .unwrap();
    let ministry = AddresseeInput {
        category: "government".into(),
        name: "Ministry of Local Government".into(),
        ..Default::default()
    };
    let ministry =
        correspondence::add_addressee(db, &system, &AddresseeFields::parse(&ministry).unwrap()).await.unwrap();
    let letter = LetterInput {
        direction: "outgoing".into(),
        addressee_id: ministry.id.to_string(),
        dated_on: "2027-06-01".into(),
        subject: "Recommendation L-COPY-1".into(),
        body: "Excellency,".into(),
        ..Default::default()
    };
    let fields = LetterFields::parse(&letter).unwrap();
    let sent = correspondence::record_letter(db, &system, published.id, &fields).await.unwrap();
    let kept_back = correspondence::record_letter(db, &system, hidden.id, &fields).await.unwrap();
    let copy_of = |id: i32| format!("/resolutions/letters/{id}/copy");
    let pdf = b"%PDF-1.4\n%%EOF\n";
    let kept = || async { app::resolutions::entities::letter_file::Entity::find().count(db).await.unwrap() };

    // Only the secretariat attaches a copy.
    let (_, focal_point) = member_with_focal_point(app, "Lyon", "focal@lyon.fr").await;
    let (content_type, body) = multipart_file("letter.pdf", "application/pdf", pdf);
    for client in [&app.client(), &focal_point] {
        let refused = client
            .post(app.url(&copy_of(sent.id)))
            .header("content-type", &content_type)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(kept().await, 0);
    let secretariat = app.signed_in(Role::Secretariat).await;
    // A page passed off as a PDF goes back to the letter with the reason, and is not kept.
    let (html_type, html) = multipart_file("letter.pdf", "application/pdf", b"<html><script>alert(1)</script>");
    let refused = secretariat
        .post(app.url(&copy_of(sent.id)))
        .header("content-type", &html_type)
        .body(html)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(refused.headers()["location"].to_str().unwrap().contains("error=error-letter-file-type"));
    assert_eq!(kept().await, 0);
    for id in [sent.id, kept_back.id] {
        let attached = secretariat
            .post(app.url(&format!("{}?lang=fr", copy_of(id))))
            .header("content-type", &content_type)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(attached.status(), StatusCode::SEE_OTHER);
        assert_eq!(attached.headers()["location"], format!("/resolutions/letters/{id}?lang=fr"));
    }
    assert_eq!(kept().await, 2);

    // A member's focal point downloads it, as an attachment never sniffed into a page; the public
    // may not, and a draft's letters stay the secretariat's.
    for client in [&secretariat, &focal_point] {
        let copy = client.get(app.url(&copy_of(sent.id))).send().await.unwrap();
        assert_eq!(copy.status(), StatusCode::OK);
        assert_eq!(copy.headers()["content-type"], "application/pdf");
        assert_eq!(copy.headers()["x-content-type-options"], "nosniff");
        assert_eq!(copy.headers()["content-disposition"], "attachment; filename=\"letter.pdf\"");
        assert_eq!(copy.bytes().await.unwrap().as_ref(), pdf);
    }
    assert_eq!(app.client().get(app.url(&copy_of(sent.id))).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(focal_point.get(app.url(&copy_of(kept_back.id))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(secretariat.get(app.url(&copy_of(kept_back.id))).send().await.unwrap().status(), StatusCode::OK);
}

/// A multipart form with a file field and plain fields, as a browser posts it.
fn multipart_with(file_name: &str, bytes: &[u8], fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let (content_type, file) = multipart_file(file_name, "text/csv", bytes);
    let boundary = "sumud-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").bytes(),
        );
    }
    body.extend(file);
    (content_type, body)
}

pub(super) async fn statements_are_imported_by_finance_only_and_exports_check_the_role(app: &TestApp) {
    use app::finance::service as finance;
    use app::finance::{MappingFields, MappingInput};
    let db = &app.state.db;
    let officer = testing::context("finance@example.org", "Finance", "http://localhost");
    let mapping = MappingFields::parse(&MappingInput {
        name: "Banque Populaire".into(),
        delimiter: "semicolon".into(),
        date_column: "Date".into(),
        date_order: "dmy".into(),
        amount_column: "Montant".into(),
        default_currency: "EUR".into(),
        payer_column: "Payeur".into(),
        reference_column: "Libellé".into(),
        ..Default::default()
    })
    .unwrap();
    let mapping = finance::save_mapping(db, &officer, &mapping).await.unwrap();
    let id = mapping.id.to_string();
    let statements = || async { app::finance::entities::statement::Entity::find().count(db).await.unwrap() };
    let csv = "Date;Payeur;Libellé;Montant\n03/02/2037;Ville de Grenoble;DON SOLIDARITE;150,00\n";
    let post = |client: Client, (content_type, body): (String, Vec<u8>)| async move {
        client
            .post(app.url("/finance/statements/upload?lang=fr"))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap()
    };

    // Only finance and the secretariat import; anyone else is refused and nothing is recorded.
    for client in [app.client(), app.signed_in(Role::FocalPoint).await, app.signed_in(Role::Delegate).await] {
        let refused = post(client, multipart_with("releve.csv", csv.as_bytes(), &[("mapping_id", &id)])).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(statements().await, 0);

    let office = app.signed_in(Role::Finance).await;
    let imported = post(office.clone(), multipart_with("releve.csv", csv.as_bytes(), &[("mapping_id", &id)])).await;
    assert_eq!(imported.status(), StatusCode::SEE_OTHER);
    let location = imported.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/finance/statements?imported=") && location.ends_with("&lang=fr"), "{location}");
    assert_eq!(statements().await, 1);

    // A file past the 1 MiB of other forms, within the statement's own limit: read, and the
    // same line again adds nothing.
    let long = format!("{csv}{}", "\n".repeat(2 * 1024 * 1024));
    let again = post(office.clone(), multipart_with("long.csv", long.as_bytes(), &[("mapping_id", &id)])).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER, "{:?}", again.headers().get("location"));
    assert_eq!(app::finance::entities::payment::Entity::find().count(db).await.unwrap(), 1);

    // Refusals go back to the form with the reason, the line and the column; nothing is kept.
    let missing = "Date;Payeur;Montant\n03/02/2037;Ville de Grenoble;150,00\n";
    let bad_amount = "Date;Payeur;Libellé;Montant\n03/02/2037;Ville de Grenoble;DON;cent\n";
    for (bytes, fields, expected) in [
        (
            missing.as_bytes(),
            vec![("mapping_id", id.as_str())],
            "error=error-statement-column-missing&line=1&column=Libell%C3%A9",
        ),
        (
            bad_amount.as_bytes(),
            vec![("mapping_id", id.as_str())],
            "error=error-statement-amount&line=2&column=Montant",
        ),
        (csv.as_bytes(), vec![], "error=error-statement-mapping"),
        (b"\xff\xfe\x00D".as_slice(), vec![("mapping_id", id.as_str())], "error=error-statement-encoding"),
        (b"<html><body/></html>".as_slice(), vec![], "error=error-statement-not-camt"),
        (b"  ".as_slice(), vec![("mapping_id", id.as_str())], "error=error-statement-empty"),
    ] {
        let refused = post(office.clone(), multipart_with("x.csv", bytes, &fields)).await;
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);
        let location = refused.headers()["location"].to_str().unwrap();
        assert!(location.starts_with("/finance/statements?") && location.contains(expected), "{location}");
    }
    assert_eq!(statements().await, 2);

    // The exports: finance and the secretariat only.
    for path in ["/finance/exports/invoices.csv?year=2037", "/finance/exports/payments.csv?year=2037"] {
        for client in [app.client(), app.signed_in(Role::FocalPoint).await] {
            assert_eq!(client.get(app.url(path)).send().await.unwrap().status(), StatusCode::FORBIDDEN, "{path}");
        }
        let file = office.get(app.url(path)).send().await.unwrap();
        assert_eq!(file.status(), StatusCode::OK);
        assert_eq!(file.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(file.text().await.unwrap().starts_with('\u{feff}'));
    }
    let payments = office.get(app.url("/finance/exports/payments.csv?year=2037&lang=fr")).send().await.unwrap();
    assert!(payments.text().await.unwrap().contains("Ville de Grenoble"));
}

pub(super) async fn card_payments_go_through_stripe_and_only_signed_events_count(app: &TestApp) {
    use app::finance::entities::invoice;
    use app::finance::service as finance;
    use app::finance::{BandFields, BandInput, InvoiceKind, InvoiceStatus, ScheduleFields, ScheduleInput};
    use sea_orm::{ColumnTrait, QueryFilter};
    use testing::stripe as fake;
    let db = &app.state.db;
    let officer = testing::context("finance@example.org", "Finance", "http://localhost");
    let (lyon, lyon_focal) = member_with_focal_point(app, "Lyon", "focal@lyon.fr").await;
    let schedule = ScheduleInput {
        year: "2040".into(),
        currency: "eur".into(),
        due_on: "2040-03-31".into(),
        palestinian_percent: "0".into(),
        payment_instructions: "IBAN FR76 3000 6000 0112 3456 7890 189".into(),
    };
    let schedule = finance::create_schedule(db, &officer, &ScheduleFields::parse(&schedule).unwrap()).await.unwrap();
    let band = BandInput { kind: "municipality".into(), population_max: String::new(), amount: "750".into() };
    finance::add_band(db, &officer, schedule.id, &BandFields::parse(&band, "EUR").unwrap()).await.unwrap();
    finance::issue_calls(db, &officer, schedule.id, None).await.unwrap();
    let call = || async {
        invoice::Entity::find()
            .filter(invoice::Column::MemberId.eq(lyon))
            .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
            .one(db)
            .await
            .unwrap()
            .unwrap()
    };
    let open = call().await;

    // The focal point sees "Pay by card" and, as a plain form, is sent to Stripe's page.
    let page_of = |client: Client| async move {
        let address = app.url(&format!("/finance/invoices/{}?lang=fr", open.id));
        client.get(address).header(ACCEPT, "text/html").send().await.unwrap().text().await.unwrap()
    };
    let page = page_of(lyon_focal.clone()).await;
    assert!(page.contains(r#"data-testid="pay-by-card""#) && page.contains("par carte"), "{page}");
    let office_page = page_of(app.signed_in(Role::Finance).await).await;
    assert!(!office_page.contains(r#"data-testid="pay-by-card""#), "finance does not pay members' dues");
    let sent = lyon_focal
        .post(app.url("/api/pay_by_card"))
        .header(ACCEPT, "text/html")
        .header("referer", app.url(&format!("/finance/invoices/{}", open.id)))
        .form(&[("id", open.id.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::FOUND);
    assert_eq!(sent.headers()["location"], "https://checkout.stripe.test/c/pay/cs_test_1");
    let asked = app.stripe.checkouts();
    assert_eq!(fake::field(&asked[0], "line_items[0][price_data][unit_amount]"), Some("75000"));

    // Stripe's event: only a signature of the configured secret, less than five minutes old,
    // over these very bytes, counts.
    let session = fake::checkout_session("cs_test_1", &open.number, 75_000, "eur", true);
    let payload = fake::event("evt_http_1", "checkout.session.completed", &session);
    let deliver = |body: String, signature: String| async move {
        app.client()
            .post(app.url("/webhooks/stripe"))
            .header("content-type", "application/json")
            .header("stripe-signature", signature)
            .body(body)
            .send()
            .await
            .unwrap()
    };
    let tampered = payload.replace("75000", "100");
    for (body, signature) in [
        (payload.clone(), fake::signature(&payload, "whsec_someone_else", 0)),
        (payload.clone(), String::new()),
        (payload.clone(), "t=1,v1=00".to_string()),
        (payload.clone(), fake::signature(&payload, fake::WEBHOOK_SECRET, 600)),
        (tampered, fake::signature(&payload, fake::WEBHOOK_SECRET, 0)),
    ] {
        let before = recorded_state(app).await;
        let refused = deliver(body, signature).await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
        assert_eq!(before, recorded_state(app).await, "a refused event changes nothing");
    }
    // Signed by Stripe but unreadable: 500, so that Stripe delivers it again, never dropped.
    let before = recorded_state(app).await;
    let unreadable = deliver("{}".to_string(), fake::signature("{}", fake::WEBHOOK_SECRET, 0)).await;
    assert_eq!(unreadable.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(before, recorded_state(app).await);
    assert_eq!(call().await.status, InvoiceStatus::Open);

    // More than the session asked, while the call is still open: kept for finance, unpaid.
    let second = lyon_focal
        .post(app.url("/api/pay_by_card"))
        .header(ACCEPT, "text/html")
        .form(&[("id", open.id.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(second.headers()["location"], "https://checkout.stripe.test/c/pay/cs_test_2");
    let over = fake::checkout_session("cs_test_2", &open.number, 80_000, "eur", true);
    let over = fake::event("evt_http_amount", "checkout.session.completed", &over);
    let kept = deliver(over.clone(), fake::signature(&over, fake::WEBHOOK_SECRET, 0)).await;
    assert_eq!(kept.text().await.unwrap(), "exception");
    assert_eq!(call().await.status, InvoiceStatus::Open);

    let signed = fake::signature(&payload, fake::WEBHOOK_SECRET, 0);
    let first = deliver(payload.clone(), signed.clone()).await;
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(first.text().await.unwrap(), "recorded");
    assert_eq!(call().await.status, InvoiceStatus::Paid);
    let before = recorded_state(app).await;
    let again = deliver(payload, signed).await;
    assert_eq!((again.status(), again.text().await.unwrap().as_str()), (StatusCode::OK, "duplicate"));
    assert_eq!(before, recorded_state(app).await, "a second delivery changes nothing");
    // A signed event for a session Sumud did not open is kept for finance too.
    let unknown = fake::checkout_session("cs_test_elsewhere", &open.number, 75_000, "eur", true);
    let unknown = fake::event("evt_http_unknown", "checkout.session.completed", &unknown);
    let kept = deliver(unknown.clone(), fake::signature(&unknown, fake::WEBHOOK_SECRET, 0)).await;
    assert_eq!(kept.text().await.unwrap(), "exception");
    let paid_page = page_of(lyon_focal).await;
    assert!(!paid_page.contains(r#"data-testid="pay-by-card""#), "nothing left to pay");
}

/// A multipart form with a title and a file, as the agreement page's form posts it.
fn multipart_document(title: &str, file_name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let (content_type, file) = multipart_file(file_name, "application/pdf", bytes);
    let title = format!("--sumud-test-boundary\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n{title}\r\n");
    (content_type, [title.as_bytes(), &file].concat())
}

/// Lyon and Grenoble, members with their focal points, and the twinning the secretariat recorded
/// between them (public at once): Lyon's id and its focal point's client, and the agreement.
async fn lyon_grenoble_twinning(app: &TestApp) -> (i32, Client, app::twinning::entities::agreement::Model) {
    let (lyon, lyon_focal) = member_with_focal_point(app, "Lyon", "focal@lyon.fr").await;
    let (grenoble, _) = member_with_focal_point(app, "Grenoble", "focal@grenoble.fr").await;
    let input = app::twinning::AgreementInput {
        kind: "twinning".into(),
        title: "Lyon – Grenoble".into(),
        language: "fr".into(),
        proposed_on: "2026-01-10".into(),
        parties: [lyon, grenoble]
            .iter()
            .map(|id| app::twinning::PartyInput { member: id.to_string(), ..Default::default() })
            .collect(),
        ..Default::default()
    };
    let fields = app::twinning::AgreementFields::parse(&input).unwrap();
    let system = RequestContext::system(&app.base);
    let agreement =
        app::twinning::service::propose(&app.state.db, &system, app::resolutions::Reader::Secretariat, &fields)
            .await
            .unwrap();
    (lyon, lyon_focal, agreement)
}

pub(super) async fn agreement_documents_are_posted_by_parties_and_served_safely(app: &TestApp) {
    use app::resolutions::Reader;
    use app::twinning::service as twinning;
    let db = &app.state.db;
    let (lyon, lyon_focal, agreement) = lyon_grenoble_twinning(app).await;
    let (_, stranger) = member_with_focal_point(app, "Nantes", "focal@nantes.fr").await;
    let system = RequestContext::system(&app.base);
    let upload = format!("/twinning/agreements/{}/documents?lang=fr", agreement.id);
    let kept = || async { app::twinning::entities::document::Entity::find().count(db).await.unwrap() };
    let pdf = b"%PDF-1.4\n%%EOF\n";

    // The public and a focal point of another member are refused; nothing is kept.
    let (content_type, body) = multipart_document("Accord signé", "accord.pdf", pdf);
    let public = app.client().post(app.url(&upload)).header("content-type", &content_type).body(body.clone());
    assert_eq!(public.send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let other = stranger.post(app.url(&upload)).header("content-type", &content_type).body(body.clone());
    assert_eq!(other.send().await.unwrap().status(), StatusCode::FORBIDDEN);
    // A page passed off as a PDF goes back with the reason and the title typed.
    let (html_type, html) = multipart_document("Accord signé", "accord.pdf", b"<html><script>alert(1)</script>");
    let refused = lyon_focal.post(app.url(&upload)).header("content-type", &html_type).body(html).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    let location = refused.headers()["location"].to_str().unwrap().to_string();
    assert!(location.contains("error=error-document-type") && location.contains("title=Accord%20sign"), "{location}");
    // Too large: refused as announced, before anything is read (the route takes a scanned text
    // of 10 MB, more than any other's 1 MB).
    {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let host = app.base.trim_start_matches("http://");
        let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
        let request = format!(
            "POST {upload} HTTP/1.1\r\nHost: {host}\r\nContent-Type: multipart/form-data; boundary=x\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            app::twinning::DOCUMENT_MOST_BYTES + 100_000
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 413"));
    }
    assert_eq!(kept().await, 0);

    // A party's focal point adds it under a name with path separators: served under a safe one.
    let (content_type, body) = multipart_document("Accord signé", "..\\../etc/accord signé.html", pdf);
    let added =
        lyon_focal.post(app.url(&upload)).header("content-type", &content_type).body(body).send().await.unwrap();
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    assert_eq!(added.headers()["location"], format!("/twinning/agreements/{}?lang=fr#documents", agreement.id));
    assert_eq!(kept().await, 1);
    let document = app::twinning::entities::document::Entity::find().one(db).await.unwrap().unwrap();
    let address = app.url(&format!("/twinning/documents/{}", document.id));
    let served = lyon_focal.get(&address).send().await.unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    let headers = served.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["content-disposition"], "attachment; filename=\"accord_sign_.pdf\"");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
    assert_eq!(served.bytes().await.unwrap().as_ref(), pdf);
    // The party's document took the agreement out of public view: the public gets 404 until the
    // secretariat validates it again.
    assert_eq!(app.client().get(&address).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let seen = twinning::page(db, Reader::Secretariat, agreement.id).await.unwrap().version;
    twinning::validate(db, &system, agreement.id, seen).await.unwrap();
    assert_eq!(app.client().get(&address).send().await.unwrap().status(), StatusCode::OK);
    // A scan of a few megabytes is taken (above the 1 MB of other forms); the secretariat's
    // keeps the agreement public.
    let scan = [pdf.as_slice(), &vec![b'0'; 3 * 1024 * 1024]].concat();
    let (content_type, body) = multipart_document("Scan", "scan.pdf", &scan);
    let secretariat = app.signed_in(Role::Secretariat).await;
    let added =
        secretariat.post(app.url(&upload)).header("content-type", &content_type).body(body).send().await.unwrap();
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    assert_eq!(kept().await, 2);

    // The registry's files: what the reader may see, CSV with a byte order mark and JSON.
    let csv = app.client().get(app.url("/twinning/agreements.csv?lang=fr&kind=twinning")).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.starts_with("\u{feff}id,Type d’accord") && text.contains("Lyon – Grenoble"), "{text}");
    let none = app.client().get(app.url("/twinning/agreements.csv?kind=memorandum")).send().await.unwrap();
    assert_eq!(none.text().await.unwrap().lines().count(), 1, "the header only");
    let json: serde_json::Value =
        app.client().get(app.url("/twinning/agreements.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(json[0]["title"], "Lyon – Grenoble");
    assert_eq!(json[0]["parties"][0]["member_id"], lyon);
}

pub(super) async fn the_map_is_drawn_once_and_revalidated(app: &TestApp) {
    use app::resolutions::Reader;
    use app::twinning::service as twinning;
    let db = &app.state.db;
    let (_, _, agreement) = lyon_grenoble_twinning(app).await;
    let system = RequestContext::system(&app.base);
    let client = app.client();
    let get = |path: &str, etag: Option<&str>| {
        let mut request = client.get(app.url(path)).header("accept-encoding", "gzip, br");
        if let Some(etag) = etag {
            request = request.header("if-none-match", etag);
        }
        request.send()
    };

    // Gzipped once and served as kept, revalidated by its tag.
    let first = get("/twinning/map.svg?lang=ar", None).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(first.headers()["content-type"], "image/svg+xml");
    assert_eq!(first.headers()["content-encoding"], "gzip");
    assert_eq!(first.headers()["cache-control"], "public, no-cache");
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    assert_eq!(&first.bytes().await.unwrap()[..2], [0x1f, 0x8b]);
    let again = get("/twinning/map.svg?lang=ar", Some(&etag)).await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    // A theme that does not exist is no filter: it makes no drawing of its own.
    let unknown = get("/twinning/map.svg?lang=ar&theme=987654", None).await.unwrap();
    assert_eq!(unknown.headers()["etag"].to_str().unwrap(), etag);
    // Another language, another drawing; an unknown filter is no filter.
    let french = get("/twinning/map.svg?lang=fr&kind=nonsense", None).await.unwrap();
    assert_ne!(french.headers()["etag"].to_str().unwrap(), etag);
    // A client that takes no gzip gets the document itself.
    let plain = client.get(app.url("/twinning/map.svg?lang=en")).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let text = plain.text().await.unwrap();
    assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{}", &text[..80]);
    assert!(text.contains("<title id=\"map-title\">"));

    // A change to an agreement makes a new drawing: the old tag is stale.
    let stage = app::twinning::StageFields::parse("signed", "2026-02-01").unwrap();
    twinning::record_stage(db, &system, Reader::Secretariat, agreement.id, &stage).await.unwrap();
    let changed = get("/twinning/map.svg?lang=ar", Some(&etag)).await.unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    assert_ne!(changed.headers()["etag"].to_str().unwrap(), etag);

    // The GeoJSON likewise; the page itself is light (the drawing is not in it).
    let geojson = client.get(app.url("/twinning/map.geojson?kind=twinning")).send().await.unwrap();
    assert_eq!(geojson.headers()["content-type"], "application/geo+json");
    let collection: serde_json::Value = geojson.json().await.unwrap();
    assert_eq!(collection["type"], "FeatureCollection");
    let page = client.get(app.url("/twinning/map?lang=fr")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("data=\"/twinning/map.svg?kind=&amp;theme=&amp;lang=fr\"")
            || page.contains("data=\"/twinning/map.svg?kind=&theme=&lang=fr\""),
        "{page}"
    );
    assert!(!page.contains("<path class=\"land\""), "the countries' outlines are in the drawing, not the page");
}
