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

/// Not a copy's stamp but a lock: recorders of letters raise it first, and so take turns for
/// the register's next number.
pub const LETTER_REGISTER: &str = "letter_register";

/// Raises a counter; call it inside the change's transaction.
///
/// # Errors
/// Database errors.
pub async fn raise(db: &impl ConnectionTrait, name: &str) -> ServiceResult<()> {
    Entity::update_many()
        .col_expr(Column::Value, Expr::col(Column::Value).add(1))
        .filter(Column::Name.eq(name))
        .exec(db)
        .await?;
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
