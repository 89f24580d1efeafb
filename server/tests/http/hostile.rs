//! Every registered server function posted with hostile values, as every role: nothing answers
//! 5xx or drops the connection, and a refused call changes nothing.
use super::*;
use app::identity::Role;
use reqwest::header::ACCEPT;

/// The arguments of every server function: plain ones, and groups (`group[field]`) whose field
/// names come from the input types themselves.
fn arguments() -> Vec<(&'static str, Vec<String>)> {
    fn group<T: Default + serde::Serialize>(name: &str) -> Vec<String> {
        let fields = serde_json::to_value(T::default()).unwrap();
        fields.as_object().unwrap().keys().map(|field| format!("{name}[{field}]")).collect()
    }
    let plain = |names: &[&str]| names.iter().map(ToString::to_string).collect::<Vec<_>>();
    let with = |names: &[&str], mut grouped: Vec<String>| {
        grouped.extend(plain(names));
        grouped
    };
    use app::conferences::registrations::DelegateInput;
    use app::conferences::{EditionInput, SessionInput};
    use app::membership::{ApplicationInput, DirectoryQuery};
    use app::resolutions::implementation::{ActionInput, ProgressInput, ReportInput};
    vec![
        ("/api/apply_for_membership", group::<ApplicationInput>("application")),
        ("/api/list_applications", plain(&["review_state"])),
        ("/api/get_application", plain(&["id"])),
        ("/api/decide_application", plain(&["id", "decision", "reason"])),
        ("/api/search_directory", group::<DirectoryQuery>("query")),
        ("/api/get_member", plain(&["id"])),
        ("/api/issue_certificate", plain(&["member_id", "language"])),
        ("/api/get_certificate", plain(&["code"])),
        ("/api/get_member_profile", plain(&["id"])),
        ("/api/update_member_profile", with(&["id"], group::<ApplicationInput>("application"))),
        ("/api/change_member_standing", plain(&["member_id", "change", "reason", "effective_on"])),
        ("/api/apply_to_conference", with(&["edition_id"], group::<DelegateInput>("delegate"))),
        ("/api/get_delegation", plain(&["edition_id"])),
        ("/api/register_delegate", with(&["edition_id"], group::<DelegateInput>("delegate"))),
        ("/api/cancel_delegate", plain(&["id"])),
        ("/api/get_registration", plain(&["token"])),
        ("/api/update_registration", with(&["token"], group::<DelegateInput>("delegate"))),
        ("/api/cancel_registration", plain(&["token"])),
        ("/api/renew_registration_link", plain(&["token"])),
        ("/api/choose_session", plain(&["token", "session_id"])),
        ("/api/list_participants", plain(&["edition_id"])),
        ("/api/list_registrations", plain(&["edition_id"])),
        ("/api/decide_registration", plain(&["id", "decision"])),
        ("/api/issue_letter", plain(&["id", "language"])),
        ("/api/get_letter", plain(&["code"])),
        ("/api/check_in", plain(&["edition_id", "code"])),
        ("/api/get_registration_by_id", plain(&["id"])),
        ("/api/get_badges", plain(&["edition_id"])),
        ("/api/list_editions", plain(&[])),
        ("/api/get_edition", plain(&["id"])),
        ("/api/create_edition", group::<EditionInput>("edition")),
        ("/api/get_edition_form", plain(&["id"])),
        ("/api/update_edition", with(&["id"], group::<EditionInput>("edition"))),
        ("/api/clone_edition", plain(&["id", "starts_on"])),
        ("/api/add_session", with(&["edition_id"], group::<SessionInput>("session"))),
        ("/api/get_session_form", plain(&["id"])),
        ("/api/update_session", with(&["id"], group::<SessionInput>("session"))),
        ("/api/list_texts", group::<app::resolutions::TextQuery>("query")),
        ("/api/get_text", plain(&["id"])),
        ("/api/compare_text_versions", plain(&["id", "from", "to"])),
        ("/api/list_themes", plain(&[])),
        ("/api/create_text", group::<app::resolutions::TextInput>("text")),
        ("/api/get_text_form", plain(&["id"])),
        ("/api/update_text", with(&["id"], group::<app::resolutions::TextInput>("text"))),
        ("/api/move_text", plain(&["id", "to"])),
        ("/api/adopt_text", with(&["id"], group::<app::resolutions::AdoptionInput>("adoption"))),
        ("/api/supersede_text", plain(&["id", "by"])),
        ("/api/comment_on_text", plain(&["id", "body"])),
        ("/api/add_theme", group::<app::resolutions::ThemeInput>("theme")),
        ("/api/rename_theme", with(&["id"], group::<app::resolutions::ThemeInput>("theme"))),
        ("/api/get_plan", plain(&["text_id"])),
        ("/api/get_action", plain(&["id"])),
        ("/api/get_action_form", plain(&["text_id", "action_id"])),
        ("/api/add_action", with(&["text_id"], group::<ActionInput>("action"))),
        ("/api/update_action", with(&["id"], group::<ActionInput>("action"))),
        ("/api/record_progress", with(&["id"], group::<ProgressInput>("progress"))),
        ("/api/report_progress", with(&["id"], group::<ReportInput>("report"))),
        ("/api/accept_report", plain(&["id", "back"])),
        ("/api/return_report", plain(&["id", "reason", "back"])),
        ("/api/list_reports", plain(&[])),
        ("/api/get_dashboard", plain(&[])),
        ("/api/get_bulk_update", plain(&["id"])),
        ("/api/get_correspondence", plain(&["text_id"])),
        ("/api/list_statuses", plain(&[])),
        ("/api/add_status", group::<app::resolutions::implementation::StatusInput>("status")),
        ("/api/get_finance_office", vec![]),
        ("/api/create_schedule", group::<app::finance::ScheduleInput>("schedule")),
        ("/api/get_schedule", plain(&["id"])),
        ("/api/update_schedule", with(&["id"], group::<app::finance::ScheduleInput>("schedule"))),
        ("/api/add_band", with(&["schedule_id"], group::<app::finance::BandInput>("band"))),
        ("/api/remove_band", plain(&["id"])),
        ("/api/issue_calls", plain(&["schedule_id", "member_id"])),
        ("/api/add_waiver", group::<app::finance::WaiverInput>("waiver")),
        ("/api/list_invoices", plain(&["year", "page"])),
        ("/api/get_invoice", plain(&["id"])),
        ("/api/pay_by_card", plain(&["id"])),
        ("/api/get_member_invoices", plain(&["member_id"])),
        ("/api/issue_credit_note", plain(&["id", "reason"])),
        ("/api/set_grace_date", plain(&["schedule_id", "grace_on"])),
        ("/api/get_payments", vec![]),
        ("/api/record_transfer", group::<app::finance::TransferInput>("transfer")),
        ("/api/match_payment", with(&["id"], group::<app::finance::MatchInput>("matching"))),
        ("/api/get_statements", plain(&[])),
        ("/api/save_mapping", group::<app::finance::MappingInput>("mapping")),
        ("/api/get_finance_dashboard", plain(&["year"])),
        ("/api/get_public_dues", plain(&[])),
        ("/api/list_agreements", group::<app::twinning::AgreementQuery>("query")),
        ("/api/get_agreement", plain(&["id"])),
        ("/api/get_map", group::<app::twinning::MapQuery>("query")),
        ("/api/member_agreements", plain(&["member_id"])),
        ("/api/get_agreement_form", plain(&["id"])),
        ("/api/propose_agreement", group::<app::twinning::AgreementInput>("agreement")),
        ("/api/update_agreement", with(&["id"], group::<app::twinning::AgreementInput>("agreement"))),
        ("/api/record_agreement_stage", plain(&["id", "stage", "reached_on"])),
        ("/api/validate_agreement", plain(&["id", "version"])),
        ("/api/remove_agreement_document", plain(&["id"])),
        ("/api/list_projects", group::<app::twinning::ProjectQuery>("query")),
        ("/api/get_project", plain(&["id"])),
        ("/api/get_project_form", plain(&["id"])),
        ("/api/record_project", group::<app::twinning::ProjectInput>("project")),
        ("/api/update_project", with(&["id"], group::<app::twinning::ProjectInput>("project"))),
        ("/api/add_project_support", with(&["project_id"], group::<app::twinning::SupportInput>("support"))),
        ("/api/remove_project_support", plain(&["id"])),
        ("/api/list_visits", plain(&["page"])),
        ("/api/get_visit_form", plain(&[])),
        ("/api/record_visit", group::<app::twinning::VisitInput>("visit")),
        ("/api/remove_visit", plain(&["id"])),
        ("/api/get_member_cooperation", plain(&["member_id"])),
        ("/api/update_status", with(&["id"], group::<app::resolutions::implementation::StatusInput>("status"))),
        ("/api/list_addressees", plain(&[])),
        ("/api/get_addressee_register", plain(&[])),
        ("/api/get_addressee_form", plain(&["id"])),
        ("/api/add_addressee", group::<app::resolutions::correspondence::AddresseeInput>("addressee")),
        (
            "/api/update_addressee",
            with(&["id"], group::<app::resolutions::correspondence::AddresseeInput>("addressee")),
        ),
        ("/api/get_letter_form", plain(&["text_id"])),
        (
            "/api/record_text_letter",
            with(&["text_id"], group::<app::resolutions::correspondence::LetterInput>("letter")),
        ),
        ("/api/get_text_letter", plain(&["id"])),
        ("/api/apply_bulk_update", plain(&["id"])),
        ("/api/list_outbox", plain(&["page"])),
        ("/api/list_audit", group::<app::audit::AuditFilter>("filter")),
        ("/api/audit_actions", plain(&[])),
        ("/api/public_activity", plain(&[])),
        ("/api/current_user", plain(&[])),
        ("/api/sign_in", plain(&["email", "password", "next"])),
        ("/api/request_password_reset", plain(&["email"])),
        ("/api/link_holder", plain(&["token"])),
        ("/api/set_password", plain(&["token", "password", "password_confirm"])),
        ("/api/invite_account", plain(&["email", "display_name", "role", "language"])),
        ("/api/issue_account_link", plain(&["id"])),
        ("/api/take_fresh_link", plain(&[])),
        ("/api/list_accounts", plain(&[])),
        // Last: they end sessions, the callers' own among them.
        ("/api/sign_out_everywhere", plain(&[])),
        ("/api/sign_out", plain(&[])),
    ]
}

/// Values no form should send: empty, far longer than any field, control and bidi characters, NUL,
/// numbers at and past their type's limits, wrong types.
fn hostile_values() -> Vec<String> {
    vec![
        String::new(),
        // Long, yet the whole form (up to 20 fields) stays under the body limit, so it is read.
        "x".repeat(40 * 1024),
        "\u{0}".into(),
        "a\u{7}b\u{1b}[31m".into(),
        "\u{202E}evil\u{2066}".into(),
        "2147483647".into(),
        "2147483648".into(),
        "-2147483649".into(),
        "18446744073709551616".into(),
        "1e309".into(),
        "NaN".into(),
        "[object Object]".into(),
        "http://é.org".into(),
        "ﷺ".repeat(300),
    ]
}

pub(super) async fn hostile_input_never_breaks_the_server(app: &TestApp) {
    // Records for the calls to find: a member with its focal point, an edition with a session.
    let (_, focal_point) = member_with_focal_point(app, "Hostile Town", "focal@hostile.example.org").await;
    app::conferences::service::insert_sample_edition(&app.state.db, 10, 1).await.unwrap();
    let arguments = arguments();
    // The table covers every registered function (a new one must be added here too).
    let registered: std::collections::BTreeSet<&str> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    let listed: std::collections::BTreeSet<&str> = arguments.iter().map(|(path, _)| *path).collect();
    assert_eq!(registered, listed, "the hostile table lists every server function");

    let mut callers = vec![("public", app.client()), ("focal_point", focal_point)];
    for role in [Role::Finance, Role::Delegate, Role::Secretariat] {
        callers.push((role.as_str(), app.signed_in(role).await));
    }
    // Real ids for half the calls, so the hostile values reach the checks behind them.
    let ids = ["id", "member_id", "edition_id", "session_id"];
    for (who, client) in &callers {
        for (path, fields) in &arguments {
            for value in hostile_values() {
                for real_ids in [false, true] {
                    let mut form: Vec<(String, String)> = fields
                        .iter()
                        .map(|field| {
                            let real = real_ids && ids.contains(&field.as_str());
                            (field.clone(), if real { "1".to_string() } else { value.clone() })
                        })
                        .collect();
                    // Deeply nested fields too.
                    form.push((format!("deep{}", "[a]".repeat(64)), value.chars().take(10).collect()));
                    let before = recorded_state(app).await;
                    let response = client
                        .post(app.url(path))
                        .header(ACCEPT, "application/json")
                        .form(&form)
                        .send()
                        .await
                        .unwrap_or_else(|e| panic!("{who} {path} {:?}: no answer: {e}", &value[..value.len().min(20)]));
                    let status = response.status();
                    assert!(
                        status.as_u16() < 500,
                        "{who} {path} {:?}: {status} {}",
                        &value.chars().take(20).collect::<String>(),
                        response.text().await.unwrap_or_default().chars().take(300).collect::<String>()
                    );
                    if status.is_client_error() {
                        assert_eq!(before, recorded_state(app).await, "{who} {path}: refused, yet changed");
                    }
                }
            }
        }
    }
}
