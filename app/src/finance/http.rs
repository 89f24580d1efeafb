//! The finance area's plain routes: a bank statement's upload (a file cannot travel in a server
//! function's form), and the invoices and payments as CSV for spreadsheets.
use super::bank_files::{self, LineProblem, STATEMENT_MOST_BYTES};
use super::routes::{INVOICES_CSV, PAYMENTS_CSV, STATEMENTS, STATEMENT_UPLOAD, STRIPE_WEBHOOK};
use super::service::{self, CardPayments};
use super::StatementFormat;
use crate::accounts::guard::require_on_route;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::server::http::{file, service_refusal};
use crate::server::{Actor, AppState, RequestContext, ServiceError};
use axum::extract::{DefaultBodyLimit, Multipart, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use stripe_webhook::WebhookError;
use tower_sessions::Session;

/// Who works in the finance office.
const OFFICE: &[Role] = &[Role::Finance, Role::Secretariat];

pub fn router() -> Router<AppState> {
    Router::new()
        .route(STATEMENT_UPLOAD, post(upload_statement).layer(DefaultBodyLimit::max(STATEMENT_MOST_BYTES + 64 * 1024)))
        .route(INVOICES_CSV, get(|s, l, session, q| office_csv(s, l, session, q, Export::Invoices)))
        .route(PAYMENTS_CSV, get(|s, l, session, q| office_csv(s, l, session, q, Export::Payments)))
        .route(STRIPE_WEBHOOK, post(stripe_webhook))
}

/// Stripe's webhook: a signed event, handled once. A refused signature gets 400 (Stripe shows
/// it to whoever configured the endpoint); a database failure 500, so that Stripe delivers the
/// event again later.
async fn stripe_webhook(
    State(state): State<AppState>,
    Extension(cards): Extension<CardPayments>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let Some(gateway) = cards.0 else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Written as Stripe writes it: header names match in any case.
    let signature = headers.get("Stripe-Signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let event = match gateway.verify(&body, signature) {
        Ok(event) => event,
        // Signed by Stripe but unreadable (an endpoint set to another API version than the
        // library's): 500, so that Stripe delivers it again once that is mended, never lost.
        Err(WebhookError::BadParse(error)) => {
            tracing::error!(%error, "signed Stripe event not understood: check the endpoint's API version");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
        Err(error) => {
            tracing::warn!(%error, "Stripe webhook refused");
            return (StatusCode::BAD_REQUEST, "refused").into_response();
        }
    };
    let context = RequestContext::new(
        Actor::system(),
        "Stripe",
        Lang::En,
        &state.settings.public_url,
        state.outbox_wakeup.clone(),
    );
    match service::handle_stripe_event(&state.db, &context, &event).await {
        Ok(outcome) => {
            let outcome: &'static str = outcome.into();
            (StatusCode::OK, outcome).into_response()
        }
        Err(error) => {
            tracing::error!(%error, event = event.id.as_str(), "Stripe webhook not handled");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Back to the statements page with the reason a statement was refused, and its line.
fn refused(lang: Lang, problem: &LineProblem) -> Response {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("error", problem.key).append_pair("line", &problem.line.to_string());
    if let Some(column) = &problem.column {
        query.append_pair("column", &column.chars().take(100).collect::<String>());
    }
    if problem.in_xml {
        query.append_pair("entry", "1");
    }
    query.append_pair("lang", lang.code());
    Redirect::to(&format!("{STATEMENTS}?{}#statement-file", query.finish())).into_response()
}

/// Reads the uploaded statement (camt.053 when it is XML, else CSV through the chosen mapping)
/// and imports it whole, or sends finance back to the form with the first line it cannot read.
async fn upload_statement(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    mut form: Multipart,
) -> Response {
    let user = match require_on_route(&session, &state.db, lang, OFFICE).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let whole = |key: &'static str| LineProblem { line: 0, column: None, key, in_xml: false };
    let (mut file_name, mut bytes, mut mapping_id) = (String::new(), Vec::new(), String::new());
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("file") => {
                    file_name = field.file_name().unwrap_or_default().to_string();
                    match field.bytes().await {
                        Ok(read) => bytes = read.to_vec(),
                        Err(_) => return refused(lang, &whole("error-statement-too-big")),
                    }
                }
                Some("mapping_id") => mapping_id = field.text().await.unwrap_or_default(),
                _ => {}
            },
            Ok(None) => break,
            Err(_) => return refused(lang, &whole("error-statement-too-big")),
        }
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return refused(lang, &whole("error-statement-empty"));
    }
    if bytes.len() > STATEMENT_MOST_BYTES {
        return refused(lang, &whole("error-statement-too-big"));
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return refused(lang, &whole("error-statement-encoding"));
    };
    let (format, mapping) = if bank_files::is_xml(text.as_bytes()) {
        (StatementFormat::Camt053, None)
    } else {
        let Ok(id) = mapping_id.trim().parse::<i32>() else {
            return refused(lang, &whole("error-statement-mapping"));
        };
        match service::mapping(&state.db, id).await {
            Ok(mapping) => (StatementFormat::Csv, Some(mapping)),
            Err(ServiceError::Invalid { .. }) => return refused(lang, &whole("error-statement-mapping")),
            Err(error) => return service_refusal(lang, error),
        }
    };
    let mapping_id = mapping.as_ref().map(|m| m.id);
    // Reading 16 MB is work for a blocking thread, not for the threads that serve requests.
    let read = tokio::task::spawn_blocking(move || match &mapping {
        Some(mapping) => bank_files::read_csv(&text, mapping),
        None => bank_files::read_camt053(&text),
    })
    .await
    .unwrap_or_else(|_| Err(whole("error-statement-unreadable")));
    let lines = match read {
        Ok(lines) => lines,
        Err(problem) => return refused(lang, &problem),
    };
    let context = crate::accounts::guard::context_on_route(&state, &user, lang);
    match service::import_statement(&state.db, &context, &file_name, format, mapping_id, lines).await {
        Ok(row) => Redirect::to(&format!("{STATEMENTS}?imported={}&lang={}", row.id, lang.code())).into_response(),
        Err(ServiceError::Invalid { key, .. }) => refused(lang, &whole(key)),
        Err(error) => service_refusal(lang, error),
    }
}

#[derive(Deserialize)]
struct YearQuery {
    #[serde(default)]
    year: String,
}

/// Finance's exports of a year.
#[derive(Clone, Copy)]
enum Export {
    Invoices,
    Payments,
}

/// A year's CSV for finance and the secretariat, made only once the caller is checked.
async fn office_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Query(query): Query<YearQuery>,
    export: Export,
) -> Response {
    if let Err(refused) = require_on_route(&session, &state.db, lang, OFFICE).await {
        return refused;
    }
    let year = query.year.trim().parse::<i32>().ok();
    let (what, made) = match export {
        Export::Invoices => ("invoices", service::invoices_csv(&state.db, year, lang).await),
        Export::Payments => ("payments", service::payments_csv(&state.db, year, lang).await),
    };
    let year = year.map_or_else(|| "all".to_string(), |y| y.to_string());
    let name = format!("attachment; filename=\"sumud-{what}-{year}.csv\"");
    file(lang, made, "text/csv; charset=utf-8", name)
}
