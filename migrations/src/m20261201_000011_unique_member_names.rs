//! One authority per name and country, decided by the database: two identical applications at
//! the same moment can no longer both be stored. Refused applications hold no name any more.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
    Status,
}

#[derive(DeriveIden)]
enum MemberNameKeys {
    Table,
    Id,
    MemberId,
    Country,
    NameKey,
}

const NON_UNIQUE: &str = "idx_member_name_keys_country_key";
const UNIQUE: &str = "idx_member_name_keys_country_key_unique";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(MemberNameKeys::Table)
                    .and_where(
                        Expr::col(MemberNameKeys::MemberId).in_subquery(
                            Query::select()
                                .column(Members::Id)
                                .from(Members::Table)
                                .and_where(Expr::col(Members::Status).eq("rejected"))
                                .to_owned(),
                        ),
                    )
                    .to_owned(),
            )
            .await?;
        // A duplicate stored by a race before this change keeps its first holder's key.
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(MemberNameKeys::Table)
                    .and_where(
                        Expr::col(MemberNameKeys::Id).not_in_subquery(
                            Query::select()
                                .expr(Expr::col(MemberNameKeys::Id).min())
                                .from(MemberNameKeys::Table)
                                .group_by_columns([MemberNameKeys::Country, MemberNameKeys::NameKey])
                                .to_owned(),
                        ),
                    )
                    .to_owned(),
            )
            .await?;
        manager.drop_index(Index::drop().name(NON_UNIQUE).table(MemberNameKeys::Table).to_owned()).await?;
        manager
            .create_index(
                Index::create()
                    .name(UNIQUE)
                    .table(MemberNameKeys::Table)
                    .col(MemberNameKeys::Country)
                    .col(MemberNameKeys::NameKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(UNIQUE).table(MemberNameKeys::Table).to_owned()).await?;
        manager
            .create_index(
                Index::create()
                    .name(NON_UNIQUE)
                    .table(MemberNameKeys::Table)
                    .col(MemberNameKeys::Country)
                    .col(MemberNameKeys::NameKey)
                    .to_owned(),
            )
            .await
    }
}
