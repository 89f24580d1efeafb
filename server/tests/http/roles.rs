//! Who may call which server function, and bad input refused without a change.
use super::*;
use app::domain::Choice;
use app::identity::Role;
use reqwest::header::ACCEPT;
use reqwest::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};
use std::collections::BTreeSet;

/// Counts that any state change moves: every change is audited, and accounts, members,
/// certificates, texts and comments are the records the refused functions would create.
pub(super) async fn recorded_state(app: &TestApp) -> [u64; 33] {
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
        app::resolutions::entities::text::Entity::find().count(db).await.unwrap(),
        app::resolutions::entities::comment::Entity::find().count(db).await.unwrap(),
        app::resolutions::entities::action::Entity::find().count(db).await.unwrap(),
        app::resolutions::entities::timeline_entry::Entity::find().count(db).await.unwrap(),
        app::resolutions::entities::report::Entity::find().count(db).await.unwrap(),
        app::resolutions::entities::addressee::Entity::find().count(db).await.unwrap(),
        app::resolutions::entities::letter::Entity::find().count(db).await.unwrap(),
        app::finance::entities::schedule::Entity::find().count(db).await.unwrap(),
        app::finance::entities::band::Entity::find().count(db).await.unwrap(),
        app::finance::entities::waiver::Entity::find().count(db).await.unwrap(),
        app::finance::entities::invoice::Entity::find().count(db).await.unwrap(),
        app::finance::entities::payment::Entity::find().count(db).await.unwrap(),
        app::finance::entities::statement::Entity::find().count(db).await.unwrap(),
        app::finance::entities::statement_mapping::Entity::find().count(db).await.unwrap(),
        app::finance::entities::card_checkout::Entity::find().count(db).await.unwrap(),
        app::finance::entities::stripe_event::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::agreement::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::party::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::stage::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::document::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::project::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::support::Entity::find().count(db).await.unwrap(),
        app::twinning::entities::visit::Entity::find().count(db).await.unwrap(),
    ]
}

/// A server function, its form, and the status the secretariat gets for it.
pub(super) type SecretariatCall = (&'static str, Vec<(&'static str, &'static str)>, StatusCode);

/// A server function, its form, and the statuses the secretariat and a focal point get for it.
type PartyCall = (&'static str, Vec<(&'static str, &'static str)>, StatusCode, StatusCode);

/// Who may call which server function: every secretariat-only function refuses every other role
/// and the public with 403, and changes nothing.
pub(super) async fn every_server_function_checks_the_role(app: &TestApp) {
    // Each with the status the secretariat gets: a record that does not exist is 404 and an
    // empty form 422, but only once the role has been checked (403 for everyone else).
    let secretariat_only: [SecretariatCall; 60] = [
        ("/api/validate_agreement", vec![("id", "999"), ("version", "0")], StatusCode::NOT_FOUND),
        ("/api/list_accounts", vec![], StatusCode::OK),
        ("/api/issue_account_link", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/take_fresh_link", vec![], StatusCode::OK),
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
        // A focal point pays its own member's calls by card (this test account has no member).
        ("/api/pay_by_card", vec![("id", "999")], StatusCode::FORBIDDEN),
        ("/api/create_text", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_text_form", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/update_text", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/move_text", vec![("id", "999"), ("to", "published")], StatusCode::NOT_FOUND),
        ("/api/adopt_text", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/supersede_text", vec![("id", "999"), ("by", "C2-R01")], StatusCode::NOT_FOUND),
        ("/api/add_theme", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        (
            "/api/rename_theme",
            vec![
                ("id", "999"),
                ("theme[slug]", "x"),
                ("theme[name_ar]", "س"),
                ("theme[name_en]", "X"),
                ("theme[name_fr]", "X"),
            ],
            StatusCode::NOT_FOUND,
        ),
        // Focal points comment for their own member (these test accounts have none).
        ("/api/comment_on_text", vec![("id", "999"), ("body", "x")], StatusCode::FORBIDDEN),
        ("/api/get_action_form", vec![("text_id", "999")], StatusCode::NOT_FOUND),
        ("/api/add_action", vec![("text_id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/update_action", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/record_progress", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/accept_report", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/return_report", vec![("id", "999"), ("reason", "x")], StatusCode::NOT_FOUND),
        // The secretariat's queue, or a focal point's own member's actions (these have none).
        ("/api/list_reports", vec![], StatusCode::OK),
        ("/api/get_bulk_update", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/apply_bulk_update", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/list_addressees", vec![], StatusCode::OK),
        ("/api/add_status", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/update_status", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_addressee_register", vec![], StatusCode::OK),
        ("/api/get_addressee_form", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/add_addressee", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/update_addressee", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_letter_form", vec![("text_id", "999")], StatusCode::NOT_FOUND),
        ("/api/record_text_letter", vec![("text_id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        // A focal point reports for its own member's actions only; the secretariat decides.
        (
            "/api/report_progress",
            vec![("id", "999"), ("report[progress]", "50"), ("report[note]", "x")],
            StatusCode::FORBIDDEN,
        ),
    ];
    // Finance's: finance and the secretariat manage the dues; a focal point reads its own
    // member's invoices (these test accounts have none), everyone else is refused.
    let office_only: [SecretariatCall; 19] = [
        ("/api/set_grace_date", vec![("schedule_id", "999")], StatusCode::NOT_FOUND),
        ("/api/get_payments", vec![], StatusCode::OK),
        ("/api/record_transfer", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/match_payment", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/get_finance_office", vec![], StatusCode::OK),
        ("/api/create_schedule", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_schedule", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/update_schedule", vec![("id", "999")], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/add_band", vec![("schedule_id", "999")], StatusCode::NOT_FOUND),
        ("/api/remove_band", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/issue_calls", vec![("schedule_id", "999")], StatusCode::NOT_FOUND),
        ("/api/add_waiver", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/list_invoices", vec![], StatusCode::OK),
        ("/api/get_invoice", vec![("id", "999")], StatusCode::NOT_FOUND),
        ("/api/get_member_invoices", vec![("member_id", "999")], StatusCode::NOT_FOUND),
        ("/api/issue_credit_note", vec![("id", "999"), ("reason", "x")], StatusCode::NOT_FOUND),
        ("/api/get_statements", vec![], StatusCode::OK),
        ("/api/save_mapping", vec![], StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/get_finance_dashboard", vec![], StatusCode::OK),
    ];
    // Twinning's: a party's focal point and the secretariat; these focal points have no
    // member, so they may record nothing (the status each gets after the role check).
    let party_calls: [PartyCall; 13] = [
        ("/api/remove_agreement_document", vec![("id", "999")], StatusCode::NOT_FOUND, StatusCode::NOT_FOUND),
        ("/api/get_agreement_form", vec![("id", "0")], StatusCode::OK, StatusCode::FORBIDDEN),
        ("/api/propose_agreement", vec![], StatusCode::UNPROCESSABLE_ENTITY, StatusCode::UNPROCESSABLE_ENTITY),
        (
            "/api/update_agreement",
            vec![("id", "999")],
            StatusCode::UNPROCESSABLE_ENTITY,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/record_agreement_stage",
            vec![("id", "999"), ("stage", "signed"), ("reached_on", "2026-01-01")],
            StatusCode::NOT_FOUND,
            StatusCode::NOT_FOUND,
        ),
        ("/api/get_project_form", vec![("id", "0")], StatusCode::OK, StatusCode::FORBIDDEN),
        ("/api/record_project", vec![], StatusCode::UNPROCESSABLE_ENTITY, StatusCode::UNPROCESSABLE_ENTITY),
        (
            "/api/update_project",
            vec![("id", "999")],
            StatusCode::UNPROCESSABLE_ENTITY,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/add_project_support",
            vec![("project_id", "999")],
            StatusCode::UNPROCESSABLE_ENTITY,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        ("/api/remove_project_support", vec![("id", "999")], StatusCode::NOT_FOUND, StatusCode::NOT_FOUND),
        ("/api/get_visit_form", vec![], StatusCode::OK, StatusCode::FORBIDDEN),
        ("/api/record_visit", vec![], StatusCode::UNPROCESSABLE_ENTITY, StatusCode::UNPROCESSABLE_ENTITY),
        ("/api/remove_visit", vec![("id", "999")], StatusCode::NOT_FOUND, StatusCode::NOT_FOUND),
    ];
    let public: [(&str, Vec<(&str, &str)>); 39] = [
        ("/api/list_projects", vec![]),
        ("/api/get_project", vec![("id", "999")]),
        ("/api/list_visits", vec![]),
        ("/api/get_member_cooperation", vec![("member_id", "999")]),
        ("/api/list_agreements", vec![]),
        ("/api/get_map", vec![]),
        ("/api/get_agreement", vec![("id", "999")]),
        ("/api/member_agreements", vec![("member_id", "999")]),
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
        ("/api/renew_registration_link", vec![("token", "unknown")]),
        ("/api/choose_session", vec![("token", "unknown"), ("session_id", "1")]),
        ("/api/list_participants", vec![("edition_id", "999")]),
        ("/api/get_letter", vec![("code", "unknown")]),
        ("/api/get_certificate", vec![("code", "unknown")]),
        ("/api/list_texts", vec![]),
        ("/api/get_text", vec![("id", "999")]),
        ("/api/compare_text_versions", vec![("id", "999"), ("from", "1"), ("to", "2")]),
        ("/api/list_themes", vec![]),
        ("/api/get_plan", vec![("text_id", "999")]),
        ("/api/get_action", vec![("id", "999")]),
        ("/api/get_dashboard", vec![]),
        ("/api/get_correspondence", vec![("text_id", "999")]),
        ("/api/list_statuses", vec![]),
        ("/api/get_public_dues", vec![]),
        ("/api/link_holder", vec![("token", "unknown")]),
        (
            "/api/set_password",
            vec![("token", "unknown"), ("password", "long enough 123"), ("password_confirm", "long enough 123")],
        ),
        ("/api/sign_in", vec![("email", "nobody@example.org"), ("password", "wrong password")]),
        // Last: it ends the caller's session.
        ("/api/sign_out", vec![]),
    ];

    // Anyone signed in, whatever their role; the public gets 403.
    let signed_in_only: [(&str, Vec<(&str, &str)>); 2] =
        [("/api/get_text_letter", vec![("id", "999")]), ("/api/sign_out_everywhere", vec![])];

    // The table checks itself: every registered server function is in it, and nothing else.
    let listed: BTreeSet<&str> = secretariat_only
        .iter()
        .map(|call| call.0)
        .chain(public.iter().map(|call| call.0))
        .chain(signed_in_only.iter().map(|call| call.0))
        .chain(office_only.iter().map(|call| call.0))
        .chain(party_calls.iter().map(|call| call.0))
        .collect();
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
        for (path, form, for_office) in &office_only {
            let before = recorded_state(app).await;
            let response =
                client.post(app.url(path)).header(ACCEPT, "application/json").form(form).send().await.unwrap();
            let status = response.status();
            let body = response.text().await.unwrap();
            if *who == "secretariat" || *who == "finance" {
                assert_eq!(status, *for_office, "{who} {path}: {body}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{who} {path}: {body}");
                assert_eq!(before, recorded_state(app).await, "{who} {path} changed nothing");
            }
        }
        for (path, form, for_secretariat, for_focal_point) in &party_calls {
            let before = recorded_state(app).await;
            let response =
                client.post(app.url(path)).header(ACCEPT, "application/json").form(form).send().await.unwrap();
            let status = response.status();
            let expected = match *who {
                "secretariat" => *for_secretariat,
                "focal_point" => *for_focal_point,
                _ => StatusCode::FORBIDDEN,
            };
            assert_eq!(status, expected, "{who} {path}");
            assert_eq!(before, recorded_state(app).await, "{who} {path} changed nothing");
        }
        for (path, form) in &signed_in_only {
            let response =
                client.post(app.url(path)).header(ACCEPT, "application/json").form(form).send().await.unwrap();
            let expected_refusal = *who == "public";
            assert_eq!(response.status() == StatusCode::FORBIDDEN, expected_refusal, "{who} {path}");
            assert!(response.status().as_u16() < 500, "{who} {path}: {}", response.status());
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

pub(super) async fn bad_input_is_422_and_changes_nothing(app: &TestApp) {
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
