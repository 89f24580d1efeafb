//! A local fake of Stripe's API (creating Checkout Sessions, the only call Sumud makes) and
//! Stripe's signed webhook events, so that card payments are tested without the network. The
//! session's shape comes from `stripe/checkout_session.json`, which the browser tests' fake
//! (`end2end/fake-stripe.ts`) reads too.
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

pub const SECRET_KEY: &str = "sk_test_sumud_fake";
pub const WEBHOOK_SECRET: &str = "whsec_sumud_test";
/// The API version async-stripe is built for: Stripe renders events in the account's version.
const API_VERSION: &str = "2026-09-30.endive";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// A Checkout Session as Stripe returns it and as its events carry it.
///
/// # Panics
/// If the shared template is not JSON (a broken test fixture).
pub fn checkout_session(id: &str, invoice_number: &str, amount_minor: i64, currency: &str, paid: bool) -> Value {
    let mut session: Value =
        serde_json::from_str(include_str!("../stripe/checkout_session.json")).expect("checkout session template");
    let created = now();
    let fields = [
        ("id", json!(id)),
        ("amount_subtotal", json!(amount_minor)),
        ("amount_total", json!(amount_minor)),
        ("currency", json!(currency.to_ascii_lowercase())),
        ("client_reference_id", json!(invoice_number)),
        ("metadata", json!({ "invoice_number": invoice_number })),
        ("created", json!(created)),
        ("expires_at", json!(created + 86_400)),
        ("payment_intent", json!(format!("pi_{}", id.trim_start_matches("cs_")))),
        ("payment_status", json!(if paid { "paid" } else { "unpaid" })),
        ("status", json!(if paid { "complete" } else { "open" })),
        ("url", json!(format!("https://checkout.stripe.test/c/pay/{id}"))),
    ];
    for (name, value) in fields {
        session[name] = value;
    }
    session
}

/// A webhook event of `kind` (e.g. `checkout.session.completed`) about `session`.
pub fn event(id: &str, kind: &str, session: &Value) -> String {
    json!({
        "id": id,
        "object": "event",
        "api_version": API_VERSION,
        "created": now(),
        "livemode": false,
        "pending_webhooks": 1,
        "request": { "id": null, "idempotency_key": null },
        "type": kind,
        "data": { "object": session },
    })
    .to_string()
}

/// The `Stripe-Signature` header of a payload, signed `age_seconds` ago with `secret`.
pub fn signature(payload: &str, secret: &str, age_seconds: i64) -> String {
    stripe_webhook::Webhook::generate_test_header(payload, secret, Some(now() - age_seconds))
}

/// A request's form fields, as the client encoded them.
pub type FormFields = Vec<(String, String)>;

/// Stripe's API on a local port: answers `POST /v1/checkout/sessions` as Stripe does and keeps
/// each request's form fields for the test to read.
#[derive(Clone)]
pub struct FakeStripe {
    pub base: String,
    requests: Arc<Mutex<Vec<FormFields>>>,
}

impl FakeStripe {
    /// # Panics
    /// When no local port can be bound.
    pub async fn start() -> FakeStripe {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a local port");
        let base = format!("http://{}/", listener.local_addr().expect("bound address"));
        let fake = FakeStripe { base, requests: Arc::default() };
        let router = Router::new().route("/v1/checkout/sessions", post(create_session)).with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, router).await });
        fake
    }

    /// The form fields of each Checkout Session asked for, in order.
    ///
    /// # Panics
    /// If a request handler panicked while holding the list.
    pub fn checkouts(&self) -> Vec<FormFields> {
        self.requests.lock().expect("requests").clone()
    }
}

/// A field of a request as the client encoded it (`line_items[0][price_data][unit_amount]`).
pub fn field<'a>(request: &'a [(String, String)], name: &str) -> Option<&'a str> {
    request.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
}

async fn create_session(
    State(fake): State<FakeStripe>,
    headers: axum::http::HeaderMap,
    body: String,
) -> impl IntoResponse {
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(&format!("Bearer {SECRET_KEY}")) {
        let refused = json!({ "error": { "type": "invalid_request_error", "message": "Invalid API Key provided" } });
        return (StatusCode::UNAUTHORIZED, refused.to_string());
    }
    let request: FormFields = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let number = field(&request, "metadata[invoice_number]").unwrap_or_default().to_string();
    let amount = field(&request, "line_items[0][price_data][unit_amount]").and_then(|a| a.parse().ok()).unwrap_or(0);
    let currency = field(&request, "line_items[0][price_data][currency]").unwrap_or("eur").to_string();
    let id = {
        let mut requests = fake.requests.lock().expect("requests");
        requests.push(request);
        format!("cs_test_{}", requests.len())
    };
    let session = checkout_session(&id, &number, amount, &currency, false);
    (StatusCode::OK, session.to_string())
}
