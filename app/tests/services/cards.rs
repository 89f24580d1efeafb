//! Card payments through Stripe on SQLite and PostgreSQL, against a local fake of Stripe's API:
//! a focal point opens a checkout for what is left of its own call; a signed event pays the call
//! once however often it is delivered; what does not fit its call is kept for finance.
use super::finance::{call_of, finance_officer, member, schedule_with_bands};
use app::audit::entity as audit_event;
use app::finance::entities::{card_checkout, payment};
use app::finance::service::{self as finance, CardGateway, InvoiceReader, WebhookOutcome};
use app::finance::{InvoiceStatus, PaymentException, PaymentMethod, PaymentStatus};
use app::i18n::Lang;
use app::membership::AuthorityKind;
use app::server::{RequestContext, ServiceError};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use testing::stripe::{self as fake, FakeStripe};

testing::on_both_databases!(
    a_focal_point_opens_a_checkout_for_what_is_left_of_its_own_call,
    a_paid_checkout_pays_its_call_once_however_often_stripe_delivers_it,
    card_payments_that_do_not_fit_their_call_wait_for_finance,
);

fn focal_point(member_id: i32) -> (RequestContext, InvoiceReader) {
    let context = testing::context(&format!("focal{member_id}@members.test"), "Focal Point", "https://sumud.test");
    (context, InvoiceReader::FocalPoint { member_id })
}

fn stripe_side() -> RequestContext {
    testing::context("stripe@sumud.test", "Stripe", "https://sumud.test")
}

fn gateway(base: &str) -> CardGateway {
    CardGateway::new(fake::SECRET_KEY, fake::WEBHOOK_SECRET, Some(base)).unwrap()
}

/// An event as the webhook route hands it over: through the signature check.
async fn deliver(db: &DatabaseConnection, payload: &str) -> WebhookOutcome {
    let event = gateway("http://127.0.0.1:9/")
        .verify(payload, &fake::signature(payload, fake::WEBHOOK_SECRET, 0))
        .expect("a well-signed event");
    finance::handle_stripe_event(db, &stripe_side(), &event).await.unwrap()
}

/// Opens a checkout for `call_id` as `member_id`'s focal point, through the fake Stripe; the
/// session's id.
async fn opened(db: &DatabaseConnection, stripe: &FakeStripe, member_id: i32, call_id: i32) -> String {
    let (context, reader) = focal_point(member_id);
    finance::start_card_payment(db, &gateway(&stripe.base), &context, call_id, reader).await.unwrap();
    format!("cs_test_{}", stripe.checkouts().len())
}

async fn card_payments(db: &DatabaseConnection) -> Vec<payment::Model> {
    payment::Entity::find().filter(payment::Column::Method.eq(PaymentMethod::Card)).all(db).await.unwrap()
}

async fn a_focal_point_opens_a_checkout_for_what_is_left_of_its_own_call(db: &DatabaseConnection) {
    let stripe = FakeStripe::start().await;
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let tangier = member(db, AuthorityKind::Municipality, "MA", Some(5_000), Lang::Ar).await;
    let schedule = schedule_with_bands(db, "2041").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, lyon, 2041).await;
    // A transfer paid part of it: the card pays what is left.
    let transfer = super::finance::transfer("400,00", "EUR", "Lyon", &format!("{} acompte", call.number));
    finance::record_transfer(db, &finance_officer(), &transfer).await.unwrap();

    let (context, reader) = focal_point(lyon);
    let address = finance::start_card_payment(db, &gateway(&stripe.base), &context, call.id, reader).await.unwrap();
    assert!(address.starts_with("https://checkout.stripe.test/"), "{address}");
    let asked = stripe.checkouts();
    assert_eq!(asked.len(), 1);
    let field = |name: &str| fake::field(&asked[0], name).map(str::to_string);
    assert_eq!(field("line_items[0][price_data][unit_amount]").as_deref(), Some("60000"), "1,000 less 400");
    assert_eq!(field("line_items[0][price_data][currency]").as_deref(), Some("eur"));
    assert_eq!(field("metadata[invoice_number]"), Some(call.number.clone()));
    assert_eq!(field("mode").as_deref(), Some("payment"));
    let back = format!("https://sumud.test/finance/invoices/{}", call.id);
    assert_eq!(field("success_url"), Some(format!("{back}?card=done")));
    assert_eq!(field("cancel_url"), Some(format!("{back}?card=cancelled")));
    let opened = card_checkout::Entity::find().all(db).await.unwrap();
    assert_eq!((opened.len(), opened[0].invoice_id, opened[0].amount_minor), (1, call.id, 60_000));
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("finance.card_checkout_opened"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(audited, 1);
    let page = finance::invoice_page(db, call.id, reader, Some("https://sumud.test")).await.unwrap();
    assert!(page.may_pay_by_card);
    assert_eq!(page.card_link, Some(back));
    assert!(!finance::invoice_page(db, call.id, InvoiceReader::Office, Some("x")).await.unwrap().may_pay_by_card);
    assert!(!finance::invoice_page(db, call.id, reader, None).await.unwrap().may_pay_by_card, "cards off");

    // Another member's call is not there for this focal point; nothing is asked of Stripe.
    let theirs = call_of(db, tangier, 2041).await;
    let refused = finance::start_card_payment(db, &gateway(&stripe.base), &context, theirs.id, reader).await;
    assert!(matches!(refused, Err(ServiceError::NotFound)), "{refused:?}");
    // Stripe out of reach: a message, nothing recorded.
    let unreachable = finance::start_card_payment(db, &gateway("http://127.0.0.1:9/"), &context, call.id, reader).await;
    assert!(matches!(unreachable, Err(ServiceError::Conflict { key: "error-card-unavailable" })), "{unreachable:?}");
    // A wrong key is refused by Stripe the same way.
    let wrong_key = CardGateway::new("sk_test_wrong", fake::WEBHOOK_SECRET, Some(&stripe.base)).unwrap();
    let refused_key = finance::start_card_payment(db, &wrong_key, &context, call.id, reader).await;
    assert!(matches!(refused_key, Err(ServiceError::Conflict { key: "error-card-unavailable" })));
    assert_eq!(stripe.checkouts().len(), 1);
    assert_eq!(card_checkout::Entity::find().count(db).await.unwrap(), 1);

    // A call paid in full has nothing left to pay by card.
    let rest = super::finance::transfer("600,00", "EUR", "Lyon", &call.number);
    finance::record_transfer(db, &finance_officer(), &rest).await.unwrap();
    let settled = finance::start_card_payment(db, &gateway(&stripe.base), &context, call.id, reader).await;
    assert!(matches!(settled, Err(ServiceError::Conflict { key: "error-card-nothing-left" })), "{settled:?}");
    assert!(!finance::invoice_page(db, call.id, reader, Some("x")).await.unwrap().may_pay_by_card);
}

async fn a_paid_checkout_pays_its_call_once_however_often_stripe_delivers_it(db: &DatabaseConnection) {
    let stripe = FakeStripe::start().await;
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2042").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, lyon, 2042).await;
    let first = opened(db, &stripe, lyon, call.id).await;
    let second = opened(db, &stripe, lyon, call.id).await;

    // A bank debit completes the session unpaid: nothing is recorded until it clears.
    let unpaid = fake::checkout_session(&first, &call.number, 100_000, "eur", false);
    assert_eq!(
        deliver(db, &fake::event("evt_1", "checkout.session.completed", &unpaid)).await,
        WebhookOutcome::Pending
    );
    assert!(card_payments(db).await.is_empty());

    let paid = fake::checkout_session(&first, &call.number, 100_000, "eur", true);
    let cleared = fake::event("evt_2", "checkout.session.async_payment_succeeded", &paid);
    assert_eq!(deliver(db, &cleared).await, WebhookOutcome::Recorded);
    let recorded = card_payments(db).await;
    assert_eq!(recorded.len(), 1);
    assert_eq!((recorded[0].status, recorded[0].invoice_id), (PaymentStatus::Matched, Some(call.id)));
    assert_eq!((recorded[0].amount_minor, recorded[0].payer.as_str()), (100_000, "Trésor public"));
    assert_eq!(call_of(db, lyon, 2042).await.status, InvoiceStatus::Paid);

    // The same event again, and another event about the same payment: nothing twice.
    assert_eq!(deliver(db, &cleared).await, WebhookOutcome::Duplicate);
    let again = fake::event("evt_3", "checkout.session.completed", &paid);
    assert_eq!(deliver(db, &again).await, WebhookOutcome::Duplicate);
    assert_eq!(card_payments(db).await.len(), 1);
    let receipts = app::finance::entities::invoice::Entity::find()
        .filter(app::finance::entities::invoice::Column::CorrectsId.eq(call.id))
        .count(db)
        .await
        .unwrap();
    assert_eq!(receipts, 2, "one final invoice and one receipt");

    // The other session's bank debit failed: nothing recorded, but audited; other events are
    // acknowledged.
    let failed = fake::checkout_session(&second, &call.number, 100_000, "eur", false);
    let failed = fake::event("evt_4", "checkout.session.async_payment_failed", &failed);
    assert_eq!(deliver(db, &failed).await, WebhookOutcome::Failed);
    let expired = fake::event("evt_5", "checkout.session.expired", &unpaid);
    assert_eq!(deliver(db, &expired).await, WebhookOutcome::Ignored);
    assert_eq!(card_payments(db).await.len(), 1);
    let failures = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("finance.card_payment_failed"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(failures, 1);
}

async fn card_payments_that_do_not_fit_their_call_wait_for_finance(db: &DatabaseConnection) {
    let stripe = FakeStripe::start().await;
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2043").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, lyon, 2043).await;
    let (in_dollars, too_much, late) = (
        opened(db, &stripe, lyon, call.id).await,
        opened(db, &stripe, lyon, call.id).await,
        opened(db, &stripe, lyon, call.id).await,
    );

    // A session Sumud never opened, though its metadata names the call (a payment link).
    let cases = [
        (
            "evt_u",
            fake::checkout_session("cs_test_elsewhere", &call.number, 100_000, "eur", true),
            PaymentException::UnknownSession,
        ),
        (
            "evt_c",
            fake::checkout_session(&in_dollars, &call.number, 100_000, "usd", true),
            PaymentException::CurrencyMismatch,
        ),
        (
            "evt_m",
            fake::checkout_session(&too_much, &call.number, 100_001, "eur", true),
            PaymentException::AmountMismatch,
        ),
    ];
    for (event_id, session, reason) in &cases {
        let payload = fake::event(event_id, "checkout.session.completed", session);
        assert_eq!(deliver(db, &payload).await, WebhookOutcome::Exception, "{reason:?}");
    }
    let kept = card_payments(db).await;
    let reasons: Vec<_> = kept.iter().map(|p| (p.status, p.exception, p.invoice_id)).collect();
    assert_eq!(
        reasons,
        cases.iter().map(|(_, _, reason)| (PaymentStatus::Exception, Some(*reason), None)).collect::<Vec<_>>()
    );
    assert_eq!(kept[0].member_id, None, "a session Sumud did not open names no member");
    assert_eq!(call_of(db, lyon, 2043).await.status, InvoiceStatus::Open, "nothing paid the call");
    // Finance sees each with its reason, in its own language.
    let page = finance::payments_page(db, Lang::Fr).await.unwrap();
    assert_eq!(page.awaiting.iter().filter(|p| p.exception.is_some()).count(), 3);

    // A card payment for a call settled meanwhile is an exception too, never a second payment.
    finance::record_transfer(db, &finance_officer(), &super::finance::transfer("1000,00", "EUR", "Lyon", &call.number))
        .await
        .unwrap();
    let late_session = fake::checkout_session(&late, &call.number, 100_000, "eur", true);
    let late_event = fake::event("evt_late", "checkout.session.completed", &late_session);
    assert_eq!(deliver(db, &late_event).await, WebhookOutcome::Exception);
    let late = card_payments(db).await.into_iter().find(|p| p.reference.contains(&late)).unwrap();
    assert_eq!((late.exception, late.member_id), (Some(PaymentException::InvoiceClosed), Some(lyon)));
}
