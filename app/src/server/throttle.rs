//! Attempts counted per key (an account, an address, a browser, a recipient) in one table, so
//! that every server process sees the same counts. Each attempt is counted before the work it
//! guards (hashing a password, sending an email), holding the key's row, so parallel attempts
//! are counted one after another instead of all slipping through.
use super::error::{ServiceError, ServiceResult};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

pub mod entity {
    use sea_orm::entity::prelude::*;

    /// Named for its first use; every throttle shares it, told apart by the key's prefix.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sign_in_throttle")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        /// Attempts since the count last started from zero.
        pub failures: i32,
        /// The latest counted attempt.
        pub last_failure_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Counts older than this are forgotten (and their rows purged).
pub const MEMORY: Duration = Duration::hours(24);

/// How attempts past the free ones are held back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// `free` attempts, then 30 s after the latest, doubling with each more, capped at 15
    /// minutes (sign-in).
    Backoff { free: i32 },
    /// `free` attempts, then none until an hour has passed since the latest (emails that the
    /// public's forms send).
    PerHour { free: i32 },
}

impl Policy {
    /// How long after the latest attempt the next may come, when `counted` were counted.
    pub fn wait(self, counted: i32) -> Duration {
        match self {
            Policy::Backoff { free } if counted >= free => {
                let seconds = 30i64 << (counted - free).min(10);
                Duration::seconds(seconds.min(15 * 60))
            }
            Policy::PerHour { free } if counted >= free => Duration::hours(1),
            _ => Duration::zero(),
        }
    }
}

/// A key of fixed length whatever was typed (`kind:` and a hash), so no key overflows its column.
pub fn key(kind: &str, value: &str) -> String {
    format!("{kind}:{}", super::secrets::token_hash(value))
}

/// Counts an attempt against `key` unless `policy` holds it back; call it in the transaction
/// that covers every key of the attempt (a refusal rolls the others back).
///
/// # Errors
/// `RateLimited` while waiting is required; database errors.
pub async fn count(txn: &impl ConnectionTrait, key: &str, policy: Policy, now: DateTime<Utc>) -> ServiceResult<()> {
    // Scoped here: the trait's min/max would shadow the integers' elsewhere in this file.
    use sea_orm::sea_query::ExprTrait;
    entity::Entity::insert(entity::ActiveModel {
        key: Set(key.to_string()),
        failures: Set(0),
        last_failure_at: Set(now),
    })
    .on_conflict(OnConflict::column(entity::Column::Key).do_nothing().to_owned())
    .exec_without_returning(txn)
    .await?;
    // SQLite takes no row locks: its writers take turns (`database::writer_turn`).
    let row = entity::Entity::find_by_id(key.to_string())
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or_else(|| ServiceError::Internal(format!("throttle row {key} vanished")))?;
    let counted = if row.last_failure_at < now - MEMORY { 0 } else { row.failures };
    let wait = policy.wait(counted);
    let ready_at = row.last_failure_at + wait;
    // Only a wait holds an attempt back: a parallel attempt's later clock is no reason.
    if wait > Duration::zero() && ready_at > now {
        let seconds = Ord::max(u64::try_from((ready_at - now).num_seconds()).unwrap_or(0), 1);
        return Err(ServiceError::RateLimited { seconds });
    }
    entity::Entity::update_many()
        .col_expr(
            entity::Column::Failures,
            if counted == 0 { Expr::value(1) } else { Expr::col(entity::Column::Failures).add(1) },
        )
        .col_expr(entity::Column::LastFailureAt, Expr::value(now))
        .filter(entity::Column::Key.eq(key))
        .exec(txn)
        .await?;
    Ok(())
}

/// Counts the attempt against every key at once, or against none when one holds it back; one
/// writer at a time on SQLite.
///
/// # Errors
/// `RateLimited`; database errors.
pub async fn count_all(
    db: &sea_orm::DatabaseConnection,
    keys: &[(String, Policy)],
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    use sea_orm::TransactionTrait;
    let _turn = super::database::writer_turn(db).await;
    let txn = db.begin().await?;
    for (key, policy) in keys {
        count(&txn, key, *policy, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Takes back one attempt counted against `key` (it was the owner's, and it succeeded).
///
/// # Errors
/// Database errors.
pub async fn uncount(txn: &impl ConnectionTrait, key: &str) -> ServiceResult<()> {
    use sea_orm::sea_query::ExprTrait;
    entity::Entity::update_many()
        .col_expr(entity::Column::Failures, Expr::col(entity::Column::Failures).sub(1))
        .filter(entity::Column::Key.eq(key))
        .exec(txn)
        .await?;
    entity::Entity::delete_many()
        .filter(entity::Column::Key.eq(key))
        .filter(entity::Column::Failures.lte(0))
        .exec(txn)
        .await?;
    Ok(())
}

/// Forgets every attempt counted against `key`.
///
/// # Errors
/// Database errors.
pub async fn clear(txn: &impl ConnectionTrait, key: &str) -> ServiceResult<()> {
    entity::Entity::delete_by_id(key.to_string()).exec(txn).await?;
    Ok(())
}

/// Removes counts past their memory; run periodically.
///
/// # Errors
/// Database errors.
pub async fn purge(db: &impl ConnectionTrait, now: DateTime<Utc>) -> ServiceResult<u64> {
    let purged = entity::Entity::delete_many().filter(entity::Column::LastFailureAt.lt(now - MEMORY)).exec(db).await?;
    Ok(purged.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_caps() {
        let sign_in = Policy::Backoff { free: 5 };
        assert_eq!(sign_in.wait(4), Duration::zero());
        assert_eq!(sign_in.wait(5), Duration::seconds(30));
        assert_eq!(sign_in.wait(6), Duration::seconds(60));
        assert_eq!(sign_in.wait(50), Duration::minutes(15));
        let mail = Policy::PerHour { free: 3 };
        assert_eq!(mail.wait(2), Duration::zero());
        assert_eq!(mail.wait(3), Duration::hours(1));
    }

    #[test]
    fn keys_have_one_length() {
        assert_eq!(key("account", "a@b.org").len(), key("account", &"x".repeat(10_000)).len());
        assert_ne!(key("account", "a@b.org"), key("address", "a@b.org"));
    }
}
