//! Overdue actions remind the focal points of the member responsible, once a week at most.
use super::*;
use crate::resolutions::implementation::emails::ActionOverdue;
use crate::server::RequestContext;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{Condition, DatabaseConnection, TransactionTrait};

/// How long after a reminder the next one may go.
pub const REMINDER_INTERVAL_DAYS: i64 = 7;

/// Emails every focal point of the member responsible for an action past its due date (of a
/// published text, not completed or closed) that was not reminded in the last week. Each action
/// is claimed by a conditional update first, so two server processes never remind twice.
/// Returns how many actions were reminded.
///
/// # Errors
/// Database errors.
pub async fn remind_overdue(
    db: &DatabaseConnection,
    context: &RequestContext,
    now: DateTime<Utc>,
) -> ServiceResult<u64> {
    let today = now.date_naive();
    let cutoff = now - Duration::days(REMINDER_INTERVAL_DAYS);
    let not_recently =
        Condition::any().add(action::Column::RemindedAt.is_null()).add(action::Column::RemindedAt.lt(cutoff));
    let candidates = action::Entity::find()
        .filter(action::Column::Responsible.eq(Responsible::Member))
        .filter(action::Column::MemberId.is_not_null())
        .filter(action::Column::DueOn.lt(today))
        .filter(action::Column::Progress.lt(100))
        .filter(not_recently.clone())
        .all(db)
        .await?;
    if candidates.is_empty() {
        return Ok(0);
    }
    let statuses: HashMap<i32, StatusView> = statuses(db).await?.into_iter().map(|s| (s.id, s)).collect();
    let focal_points = crate::accounts::service::focal_points(db).await?;
    let mut reminded = 0;
    for row in candidates {
        if statuses.get(&row.status_id).is_none_or(StatusView::is_closed) {
            continue;
        }
        let Some(text) = text::Entity::find_by_id(row.text_id).one(db).await?.filter(|t| t.published_at.is_some())
        else {
            continue;
        };
        let (Some(member_id), Some(due_on)) = (row.member_id, row.due_on) else { continue };
        let txn = db.begin().await?;
        let claimed = action::Entity::update_many()
            .col_expr(action::Column::RemindedAt, Expr::value(now))
            .filter(action::Column::Id.eq(row.id))
            .filter(not_recently.clone())
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let title = action_title(&row);
        let link = format!("{}{}", context.public_url, crate::resolutions::implementation::routes::action(row.id));
        let message = ActionOverdue { reference: &text.reference, action: &title, due_on, link: &link };
        let outgoing: Vec<_> = focal_points
            .iter()
            .filter(|r| r.member_id == member_id)
            .map(|r| crate::email::service::Outgoing::new(&r.email, &r.display_name, r.language, &message))
            .collect();
        if !outgoing.is_empty() {
            crate::email::service::enqueue_all(&txn, &outgoing).await?;
        }
        context.commit(txn).await?;
        reminded += 1;
    }
    Ok(reminded)
}
