//! Membership certificates: each issue is recorded, numbered, and verifiable by its code.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Certificates {
    Table,
    Id,
    MemberId,
    Code,
    Language,
    IssuedAt,
    IssuedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Certificates::Table)
                    .col(pk_auto(Certificates::Id))
                    .col(integer(Certificates::MemberId))
                    .col(string_len_uniq(Certificates::Code, 64))
                    .col(string_len(Certificates::Language, 5))
                    .col(timestamp_with_time_zone(Certificates::IssuedAt))
                    .col(string_len_null(Certificates::IssuedBy, 254))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Certificates::Table, Certificates::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Certificates::Table).to_owned()).await
    }
}
