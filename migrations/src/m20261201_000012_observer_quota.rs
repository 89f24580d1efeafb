//! A cap on the observers one member may register for an edition, so that one member cannot
//! take every seat.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConferenceEditions {
    Table,
    ObserverQuota,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ConferenceEditions::Table)
                    .add_column(integer(ConferenceEditions::ObserverQuota).default(5))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ConferenceEditions::Table)
                    .drop_column(ConferenceEditions::ObserverQuota)
                    .to_owned(),
            )
            .await
    }
}
