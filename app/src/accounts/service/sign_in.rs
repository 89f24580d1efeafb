//! Sign-in with throttling per account and per address, and the secretariat's account list.
use super::*;
use crate::accounts::entities::{account, sign_in_throttle};
use crate::accounts::AccountSummary;
use crate::domain::EmailAddress;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};

/// Failed sign-ins allowed before waiting is required, per account and per address.
const FREE_FAILURES_PER_ACCOUNT: i32 = 5;
const FREE_FAILURES_PER_ADDRESS: i32 = 20;
/// Failures older than this no longer count.
const THROTTLE_MEMORY: Duration = Duration::hours(24);

/// How long to wait after `failures` failed sign-ins when `free` are allowed: 30 s, doubling,
/// capped at 15 minutes.
pub fn throttle_wait(failures: i32, free: i32) -> Duration {
    if failures < free {
        return Duration::zero();
    }
    let seconds = 30i64 << (failures - free).min(10);
    Duration::seconds(seconds.min(15 * 60))
}

pub(super) async fn throttle_check(
    db: &impl ConnectionTrait,
    key: &str,
    free: i32,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let Some(row) = sign_in_throttle::Entity::find_by_id(key.to_string()).one(db).await? else {
        return Ok(());
    };
    if row.last_failure_at < now - THROTTLE_MEMORY {
        return Ok(());
    }
    let ready_at = row.last_failure_at + throttle_wait(row.failures, free);
    if ready_at > now {
        let seconds = u64::try_from((ready_at - now).num_seconds()).unwrap_or(0).max(1);
        return Err(ServiceError::RateLimited { seconds });
    }
    Ok(())
}

pub(super) async fn throttle_failure(db: &impl ConnectionTrait, key: &str, now: DateTime<Utc>) -> ServiceResult<()> {
    // Scoped here: the trait's min/max would shadow the integers' elsewhere in this file.
    use sea_orm::sea_query::ExprTrait;
    sign_in_throttle::Entity::delete_many()
        .filter(sign_in_throttle::Column::Key.eq(key))
        .filter(sign_in_throttle::Column::LastFailureAt.lt(now - THROTTLE_MEMORY))
        .exec(db)
        .await?;
    sign_in_throttle::Entity::insert(sign_in_throttle::ActiveModel {
        key: Set(key.to_string()),
        failures: Set(1),
        last_failure_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(sign_in_throttle::Column::Key)
            .value(
                sign_in_throttle::Column::Failures,
                // Qualified: PostgreSQL finds a bare column ambiguous beside EXCLUDED.
                Expr::col((sign_in_throttle::Entity, sign_in_throttle::Column::Failures)).add(1),
            )
            .update_column(sign_in_throttle::Column::LastFailureAt)
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Checks an email and password. Repeated failures for one account or from one address make
/// the next try wait.
///
/// # Errors
/// `RateLimited` while waiting is required; `BadCredentials` for any wrong email or password.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    address: &str,
) -> ServiceResult<account::Model> {
    let now = Utc::now();
    let email_key = format!("account:{}", email.trim().to_lowercase());
    let address_key = format!("address:{address}");
    throttle_check(db, &address_key, FREE_FAILURES_PER_ADDRESS, now).await?;
    throttle_check(db, &email_key, FREE_FAILURES_PER_ACCOUNT, now).await?;

    let account = match EmailAddress::parse(email) {
        Ok(email) => find_by_email(db, &email).await?.filter(|a| a.is_active),
        Err(_) => None,
    };
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches = secrets::verify_password(password.to_string(), stored).await?;
    match account {
        Some(account) if matches => {
            sign_in_throttle::Entity::delete_by_id(email_key).exec(db).await?;
            Ok(account)
        }
        _ => {
            let txn = db.begin().await?;
            throttle_failure(&txn, &email_key, now).await?;
            throttle_failure(&txn, &address_key, now).await?;
            txn.commit().await?;
            Err(ServiceError::BadCredentials)
        }
    }
}

/// Every account, newest first.
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait) -> ServiceResult<Vec<AccountSummary>> {
    Ok(account::Entity::find()
        .order_by_desc(account::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| AccountSummary {
            id: row.id,
            has_password: row.password_hash.is_some(),
            is_active: row.is_active,
            created_at: row.created_at.format("%Y-%m-%d").to_string(),
            role: row.role,
            language: row.language,
            email: row.email,
            display_name: row.display_name,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttle_grows_then_caps() {
        assert_eq!(throttle_wait(4, 5), Duration::zero());
        assert_eq!(throttle_wait(5, 5), Duration::seconds(30));
        assert_eq!(throttle_wait(6, 5), Duration::seconds(60));
        assert_eq!(throttle_wait(50, 5), Duration::minutes(15));
    }
}
