//! Counters that go up in the same transaction as a change, so that every server process can
//! tell cheaply whether what it holds in memory is still current (the directory's name index).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ChangeCounters {
    Table,
    Name,
    Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChangeCounters::Table)
                    .col(string_len(ChangeCounters::Name, 50).primary_key())
                    .col(big_integer(ChangeCounters::Value))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ChangeCounters::Table)
                    .columns([ChangeCounters::Name, ChangeCounters::Value])
                    .values_panic(["member_names".into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ChangeCounters::Table).to_owned()).await
    }
}
