//! The directory's in-memory copy now holds each member's status, country, kind and dates as
//! well as its names: its change counter is renamed to say so.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ChangeCounters {
    Table,
    Name,
}

async fn rename(manager: &SchemaManager<'_>, from: &str, to: &str) -> Result<(), DbErr> {
    manager
        .exec_stmt(
            Query::update()
                .table(ChangeCounters::Table)
                .value(ChangeCounters::Name, to)
                .and_where(Expr::col(ChangeCounters::Name).eq(from))
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rename(manager, "member_names", "member_directory").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rename(manager, "member_directory", "member_names").await
    }
}
