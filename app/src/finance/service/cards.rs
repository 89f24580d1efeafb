//! Card payments through Stripe Checkout: a focal point opens a Checkout Session for what is
//! left of a call; Stripe's signed webhook events then record the payment against the call in
//! the same transaction as its audit entry, once per event and once per payment. What does not
//! fit the session Sumud opened (a session it did not open, a call already settled, another
//! currency, more than was asked or is left) is kept as an exception for finance to review,
//! never paid twice.
use super::payments::{apply, insert_payment, outstanding, paid_of, PaymentSource};
use super::*;
use crate::finance::entities::{card_checkout, payment, stripe_event};
use crate::finance::{PaymentException, PaymentMethod, PaymentStatus, TransferFields};
use std::sync::Arc;
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionAdaptivePricing, CreateCheckoutSessionLineItems,
    CreateCheckoutSessionLineItemsPriceData, ProductData,
};
use stripe_shared::{CheckoutSession, CheckoutSessionLocale, CheckoutSessionMode, CheckoutSessionPaymentStatus};
use stripe_webhook::{Event, EventObject, Webhook, WebhookError};

/// Stripe as configured: the API client, and the secret its webhook events are signed with.
pub struct CardGateway {
    client: stripe::Client,
    webhook_secret: String,
}

impl CardGateway {
    /// `api_base` points the client elsewhere than Stripe (a local fake in tests).
    ///
    /// # Errors
    /// The key or the address cannot make a client.
    pub fn new(secret_key: &str, webhook_secret: &str, api_base: Option<&str>) -> Result<Self, String> {
        let mut builder = stripe::ClientBuilder::new(secret_key).timeout(std::time::Duration::from_secs(20));
        if let Some(base) = api_base {
            builder = builder.url(base);
        }
        let client = builder.build().map_err(|e| e.to_string())?;
        Ok(CardGateway { client, webhook_secret: webhook_secret.to_string() })
    }

    /// The event a webhook delivered, when its signature is the configured secret's and is
    /// less than five minutes old.
    ///
    /// # Errors
    /// A forged, malformed or old signature, or a body that is not a Stripe event.
    pub fn verify(&self, payload: &str, signature: &str) -> Result<Event, WebhookError> {
        Webhook::construct_event(payload, signature, &self.webhook_secret)
    }
}

/// Whether card payments are on: handed to server functions and to the webhook route.
#[derive(Clone, Default)]
pub struct CardPayments(pub Option<Arc<CardGateway>>);

/// Whether a call in this currency can be paid by card: Stripe counts three-decimal currencies
/// (JOD, KWD, TND…) in its own way, so those are paid by transfer.
pub fn card_currency(code: &str) -> bool {
    crate::finance::minor_digits(code).is_some_and(|digits| digits <= 2)
}

fn checkout_locale(lang: Lang) -> CheckoutSessionLocale {
    match lang {
        Lang::En => CheckoutSessionLocale::En,
        Lang::Fr => CheckoutSessionLocale::Fr,
        // Stripe's page has no Arabic: it follows the browser's language.
        Lang::Ar => CheckoutSessionLocale::Auto,
    }
}

/// Opens a Stripe Checkout Session for what is left of a call and returns its address.
///
/// # Errors
/// `NotFound` for an invoice the reader may not see; `Conflict` for a call not open, a
/// currency cards cannot pay, or Stripe out of reach; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn start_card_payment(
    db: &DatabaseConnection,
    gateway: &CardGateway,
    context: &RequestContext,
    invoice_id: i32,
    reader: InvoiceReader,
) -> ServiceResult<String> {
    let call = invoice::Entity::find_by_id(invoice_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if matches!(reader, InvoiceReader::FocalPoint { member_id } if member_id != call.member_id) {
        return Err(ServiceError::NotFound);
    }
    let left = outstanding(&call, paid_of(db, call.id).await?);
    if call.kind != InvoiceKind::Call || call.status != InvoiceStatus::Open || left == 0 {
        return Err(ServiceError::Conflict { key: "error-card-nothing-left" });
    }
    if !card_currency(&call.currency) {
        return Err(ServiceError::Conflict { key: "error-card-currency" });
    }
    let invoice_url = format!("{}{}", context.public_url, routes::invoice(call.id));
    let mut price = CreateCheckoutSessionLineItemsPriceData::new(
        call.currency.to_ascii_lowercase().parse::<stripe_types::Currency>().unwrap_or_else(|never| match never {}),
    );
    price.unit_amount = Some(left);
    price.product_data = Some(ProductData::new(translate(
        call.language,
        "card-line-item",
        &[("year", call.year.to_string()), ("number", call.number.clone())],
    )));
    let mut item = CreateCheckoutSessionLineItems::new();
    item.price_data = Some(price);
    item.quantity = Some(1);
    // The call is in one currency: no conversion to the payer's (Adaptive Pricing).
    let mut fixed_currency = CreateCheckoutSessionAdaptivePricing::new();
    fixed_currency.enabled = Some(false);
    let session = CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Payment)
        .adaptive_pricing(fixed_currency)
        .line_items(vec![item])
        .client_reference_id(call.number.clone())
        .metadata(HashMap::from([("invoice_number".to_string(), call.number.clone())]))
        .locale(checkout_locale(context.lang))
        .success_url(format!("{invoice_url}?card=done"))
        .cancel_url(format!("{invoice_url}?card=cancelled"))
        .send(&gateway.client)
        .await
        .map_err(|error| {
            tracing::error!(%error, "Stripe Checkout Session refused");
            ServiceError::Conflict { key: "error-card-unavailable" }
        })?;
    let url = session.url.clone().ok_or(ServiceError::Conflict { key: "error-card-unavailable" })?;

    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    card_checkout::ActiveModel {
        session_id: Set(session.id.to_string()),
        invoice_id: Set(call.id),
        amount_minor: Set(left),
        currency: Set(call.currency.clone()),
        created_at: Set(Utc::now()),
        created_by: Set(context.actor_name.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("finance.card_checkout_opened", "invoice", &call.number, call.member_name.clone()).after(&json!({
            "session": session.id.as_str(),
            "amount_minor": left,
            "currency": call.currency,
        })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(url)
}

/// What handling a webhook event did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum WebhookOutcome {
    /// The payment paid its call.
    Recorded,
    /// The payment was kept for finance to review.
    Exception,
    /// This event, or another about the same payment, was handled before.
    Duplicate,
    /// The session completed with a payment still to clear (a bank debit): its outcome follows.
    Pending,
    /// A payment that was to clear later failed: nothing was paid.
    Failed,
    /// An event about something else.
    Ignored,
}

/// Handles a verified Stripe event once: a second delivery of the same event id changes nothing.
///
/// # Errors
/// Database errors (Stripe delivers the event again later).
#[tracing::instrument(skip_all, fields(event = event.id.as_str()))]
pub async fn handle_stripe_event(
    db: &DatabaseConnection,
    context: &RequestContext,
    event: &Event,
) -> ServiceResult<WebhookOutcome> {
    let _turn = writer_turn(db).await;
    match handle_once(db, context, event).await {
        // Another process handled the same event, or the same payment, at the same moment:
        // answered as a duplicate only once its record is there, else Stripe tries again.
        Err(ServiceError::Database(error))
            if matches!(error.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) =>
        {
            let recorded = stripe_event::Entity::find()
                .filter(stripe_event::Column::EventId.eq(event.id.as_str()))
                .one(db)
                .await?
                .is_some();
            let paid = match &event.data.object {
                EventObject::CheckoutSessionCompleted(session)
                | EventObject::CheckoutSessionAsyncPaymentSucceeded(session) => payment::Entity::find()
                    .filter(payment::Column::SourceKey.eq(payment_key(session)))
                    .one(db)
                    .await?
                    .is_some(),
                _ => false,
            };
            if recorded || paid {
                Ok(WebhookOutcome::Duplicate)
            } else {
                Err(ServiceError::Database(error))
            }
        }
        handled => handled,
    }
}

/// What a card payment is recorded under: its payment intent, else its session.
fn payment_key(session: &CheckoutSession) -> String {
    let paid_by = session.payment_intent.as_ref().map_or_else(|| session.id.to_string(), |p| p.id().to_string());
    format!("stripe:{paid_by}")
}

async fn handle_once(
    db: &DatabaseConnection,
    context: &RequestContext,
    event: &Event,
) -> ServiceResult<WebhookOutcome> {
    let txn = context.begin(db).await?;
    // Taken first: a second process delivering the same event waits here, then finds it.
    counters::raise(&txn, counters::INVOICE_NUMBERS).await?;
    let seen =
        stripe_event::Entity::find().filter(stripe_event::Column::EventId.eq(event.id.as_str())).one(&txn).await?;
    if seen.is_some() {
        return Ok(WebhookOutcome::Duplicate);
    }
    let (outcome, payment_id) = match &event.data.object {
        EventObject::CheckoutSessionCompleted(session)
            if session.payment_status == CheckoutSessionPaymentStatus::Unpaid =>
        {
            (WebhookOutcome::Pending, None)
        }
        EventObject::CheckoutSessionCompleted(session) | EventObject::CheckoutSessionAsyncPaymentSucceeded(session) => {
            record_card_payment(&txn, context, session, event.created).await?
        }
        EventObject::CheckoutSessionAsyncPaymentFailed(session) => {
            let number = opened_for(&txn, session).await?.map(|(_, call)| call.number).unwrap_or_default();
            audit::record(
                &txn,
                &context.actor,
                Change::new("finance.card_payment_failed", "invoice", &number, number.clone())
                    .after(&json!({ "session": session.id.as_str() })),
            )
            .await?;
            (WebhookOutcome::Failed, None)
        }
        _ => (WebhookOutcome::Ignored, None),
    };
    let outcome_name: &'static str = outcome.into();
    stripe_event::ActiveModel {
        event_id: Set(event.id.to_string()),
        event_type: Set(event.type_.as_str().chars().take(100).collect()),
        outcome: Set(outcome_name.to_string()),
        payment_id: Set(payment_id),
        received_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    context.commit(txn).await?;
    Ok(outcome)
}

/// The call a session was opened for, as Sumud recorded it when it opened the session; with the
/// amount asked. Never read from the session's metadata, which anyone with the Stripe account
/// can set (a payment link, the dashboard).
async fn opened_for(
    txn: &DatabaseTransaction,
    session: &CheckoutSession,
) -> ServiceResult<Option<(card_checkout::Model, invoice::Model)>> {
    let Some(opened) =
        card_checkout::Entity::find().filter(card_checkout::Column::SessionId.eq(session.id.as_str())).one(txn).await?
    else {
        return Ok(None);
    };
    Ok(invoice::Entity::find_by_id(opened.invoice_id).one(txn).await?.map(|call| (opened, call)))
}

/// Records a card payment once (keyed by its payment intent), paying its call when it fits,
/// else as an exception.
async fn record_card_payment(
    txn: &DatabaseTransaction,
    context: &RequestContext,
    session: &CheckoutSession,
    created: i64,
) -> ServiceResult<(WebhookOutcome, Option<i32>)> {
    let key = payment_key(session);
    let earlier = payment::Entity::find().filter(payment::Column::SourceKey.eq(key.clone())).one(txn).await?;
    if let Some(earlier) = earlier {
        return Ok((WebhookOutcome::Duplicate, Some(earlier.id)));
    }
    let opened = opened_for(txn, session).await?;
    // What the session says, for finance to read on an exception.
    let number = opened.as_ref().map(|(_, call)| call.number.clone()).unwrap_or_else(|| {
        session.metadata.as_ref().and_then(|m| m.get("invoice_number").cloned()).unwrap_or_default()
    });
    let currency = session.currency.as_ref().map(|c| c.to_string().to_ascii_uppercase()).unwrap_or_default();
    let amount_minor = session.amount_total.unwrap_or(0);
    let details = session.customer_details.as_ref();
    // Typed by the cardholder: kept as one plain line, like any name typed into Sumud.
    let payer: String = details
        .and_then(|d| d.name.clone().or_else(|| d.email.clone()))
        .unwrap_or_else(|| "Stripe".to_string())
        .chars()
        .map(|c| if crate::domain::is_forbidden_char(c) { ' ' } else { c })
        .collect();
    let fields = TransferFields {
        received_on: chrono::DateTime::from_timestamp(created, 0).unwrap_or_else(Utc::now).date_naive(),
        amount_minor,
        currency: currency.chars().take(3).collect(),
        payer: payer.chars().take(300).collect(),
        reference: format!("{} · {}", number.chars().take(40).collect::<String>(), session.id.as_str()),
    };
    let row = insert_payment(txn, context, PaymentMethod::Card, &fields, PaymentSource::Card { key }).await?;
    let problem = match &opened {
        None => Some(PaymentException::UnknownSession),
        Some((_, call)) if call.status != InvoiceStatus::Open => Some(PaymentException::InvoiceClosed),
        Some((asked, call)) if call.currency != currency || asked.currency != currency => {
            Some(PaymentException::CurrencyMismatch)
        }
        Some((asked, call))
            if amount_minor <= 0
                || amount_minor > asked.amount_minor
                || amount_minor > outstanding(call, paid_of(txn, call.id).await?) =>
        {
            Some(PaymentException::AmountMismatch)
        }
        Some(_) => None,
    };
    let call = opened.map(|(_, call)| call);
    let payment_id = row.id;
    match (call, problem) {
        (Some(call), None) => {
            apply(txn, context, row, &call, amount_minor, None).await?;
            Ok((WebhookOutcome::Recorded, Some(payment_id)))
        }
        (call, problem) => {
            let mut kept = row.into_active_model();
            kept.status = Set(PaymentStatus::Exception);
            kept.exception = Set(problem);
            kept.member_id = Set(call.as_ref().map(|c| c.member_id));
            kept.update(txn).await?;
            let reason: Option<&'static str> = problem.map(Into::into);
            audit::record(
                txn,
                &context.actor,
                Change::new("finance.card_payment_exception", "payment", payment_id, payer).after(&json!({
                    "invoice_number": number,
                    "amount_minor": amount_minor,
                    "currency": currency,
                    "reason": reason,
                })),
            )
            .await?;
            Ok((WebhookOutcome::Exception, Some(payment_id)))
        }
    }
}
