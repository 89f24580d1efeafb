//! Change counters: raised inside the transaction of a change, read by processes that keep a
//! copy in memory to know whether it is still current. Raising one locks its row until commit,
//! so values follow commit order.
use super::error::ServiceResult;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "change_counters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    pub value: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Everything the public directory shows of members: names, status, country, kind, dates.
pub const MEMBER_DIRECTORY: &str = "member_directory";

/// Everything the resolutions list and dashboard show: texts, their themes and addressees,
/// plans, progress, the lists of themes and statuses, the register of addressees.
pub const RESOLUTIONS: &str = "resolutions";

/// Everything the twinning map draws of agreements: their kinds, themes, stages, parties,
/// validation.
pub const TWINNING: &str = "twinning";

/// Not a copy's stamp but a lock: recorders of letters raise it first, and so take turns for
/// the register's next number.
pub const LETTER_REGISTER: &str = "letter_register";

/// A lock too: issuers of invoices raise it first, and so take turns for each year's next
/// number (numbers have no gaps, even with several server processes).
pub const INVOICE_NUMBERS: &str = "invoice_numbers";

/// Raises a counter; call it inside the change's transaction.
///
/// # Errors
/// Database errors.
pub async fn raise(db: &impl ConnectionTrait, name: &str) -> ServiceResult<()> {
    let raised = Entity::update_many()
        .col_expr(Column::Value, Expr::col(Column::Value).add(1))
        .filter(Column::Name.eq(name))
        .exec(db)
        .await?;
    // A counter its migration never created would leave every copy keyed on it stale.
    if raised.rows_affected != 1 {
        return Err(super::error::ServiceError::Internal(format!("change counter {name} is missing")));
    }
    Ok(())
}

/// A counter's current value.
///
/// # Errors
/// Database errors.
pub async fn read(db: &impl ConnectionTrait, name: &str) -> ServiceResult<i64> {
    let value: Option<i64> =
        Entity::find().select_only().column(Column::Value).filter(Column::Name.eq(name)).into_tuple().one(db).await?;
    Ok(value.unwrap_or(0))
}

/// A value computed from the database and kept in memory while its key (the change counters it
/// was computed under, the day…) stays the same; a new key computes it again. Several server
/// processes may share one database: the key is read from it before each use.
pub struct KeptCopy<K, T> {
    held: std::sync::Mutex<Held<K, T>>,
}

type Held<K, T> = Option<(K, std::sync::Arc<T>)>;

impl<K, T> Default for KeptCopy<K, T> {
    fn default() -> Self {
        KeptCopy { held: std::sync::Mutex::new(None) }
    }
}

impl<K: PartialEq, T> KeptCopy<K, T> {
    /// The copy for `key`, computed by `load` when the kept one has another key. Read the key
    /// before the data `load` reads: a change in between only makes the next use load again.
    ///
    /// # Errors
    /// What `load` returns.
    pub async fn get<F, Fut>(&self, key: K, load: F) -> ServiceResult<std::sync::Arc<T>>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = ServiceResult<T>>,
    {
        if let Some((held, copy)) = self.lock().as_ref() {
            if *held == key {
                return Ok(copy.clone());
            }
        }
        let copy = std::sync::Arc::new(load().await?);
        *self.lock() = Some((key, copy.clone()));
        Ok(copy)
    }

    /// The copy is replaced whole under the lock, never left half-changed: a panic elsewhere
    /// holding it leaves it usable.
    fn lock(&self) -> std::sync::MutexGuard<'_, Held<K, T>> {
        self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
