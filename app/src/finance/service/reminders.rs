//! Emails about calls still open: a reminder some days before the due date, and a notice once
//! it has passed; each sent once per call, to the member's focal point in its language, with
//! what is left to pay.
use super::payments::{outstanding, paid_of};
use super::*;
use crate::email::service::{self as email, Outgoing};
use crate::finance::emails::DuesReminder;
use chrono::NaiveDate;

/// How many days before its due date an open call is recalled.
pub const REMINDER_DAYS_BEFORE: i64 = 14;

/// What a round of reminders sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reminded {
    pub before_due: usize,
    pub overdue: usize,
}

/// Queues the reminders due on `today` (the hourly worker calls it): for each open call of an
/// active member falling due within [`REMINDER_DAYS_BEFORE`] days, and for each past its due
/// date, once each; in one transaction with the marks that keep them from going twice.
///
/// # Errors
/// Database errors.
pub async fn send_dues_reminders(
    db: &DatabaseConnection,
    context: &RequestContext,
    today: NaiveDate,
) -> ServiceResult<Reminded> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let soon = today + chrono::Duration::days(REMINDER_DAYS_BEFORE);
    let calls = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.eq(InvoiceStatus::Open))
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(invoice::Column::ReminderSentOn.is_null())
                        .add(invoice::Column::DueOn.gte(today))
                        .add(invoice::Column::DueOn.lte(soon)),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(invoice::Column::OverdueSentOn.is_null())
                        .add(invoice::Column::DueOn.lt(today)),
                ),
        )
        .order_by_asc(invoice::Column::Id)
        .all(&txn)
        .await?;
    if calls.is_empty() {
        return Ok(Reminded::default());
    }
    let contacts: HashMap<i32, membership::BillingContact> =
        membership::active_billing_contacts(&txn).await?.into_iter().map(|c| (c.id, c)).collect();
    let mut reminded = Reminded::default();
    let mut messages = Vec::new();
    for call in calls {
        let Some(contact) = contacts.get(&call.member_id) else { continue };
        let overdue = call.due_on < today;
        let lang = contact.focal_language;
        let left = outstanding(&call, paid_of(&txn, call.id).await?);
        let amount = money::format(lang, left, &call.currency);
        let message = Outgoing::new(
            &contact.focal_email,
            &contact.focal_name,
            lang,
            &DuesReminder {
                number: &call.number,
                amount: &amount,
                due_on: call.due_on,
                overdue,
                link: context.link(&routes::invoice(call.id)),
            },
        );
        // Marked only if no other process marked it first: each message goes once. (A call past
        // its date is never reminded before it: the reminder asks for a date still to come.)
        let mark = if overdue { invoice::Column::OverdueSentOn } else { invoice::Column::ReminderSentOn };
        let mark = invoice::Entity::update_many()
            .col_expr(mark, sea_orm::sea_query::Expr::value(today))
            .filter(invoice::Column::Id.eq(call.id))
            .filter(mark.is_null());
        if mark.exec(&txn).await?.rows_affected == 0 {
            continue;
        }
        messages.push(message);
        if overdue {
            reminded.overdue += 1;
        } else {
            reminded.before_due += 1;
        }
    }
    for slice in messages.chunks(500) {
        email::enqueue_all(&txn, slice).await?;
    }
    context.commit(txn).await?;
    Ok(reminded)
}
