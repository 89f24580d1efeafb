//! Member authorities (from application to active, suspended or withdrawn) and the normalised
//! forms of their names, for duplicate detection and search in any script.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
    Kind,
    OfficialName,
    LatinName,
    ArabicName,
    EnglishName,
    FrenchName,
    Country,
    Region,
    Population,
    Website,
    HeadName,
    HeadTitle,
    FocalName,
    FocalEmail,
    FocalPhone,
    FocalLanguage,
    Motivation,
    Status,
    ReviewState,
    DecisionReason,
    MemberSince,
    StatusChangedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MemberNameKeys {
    Table,
    Id,
    MemberId,
    Country,
    NameKey,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Members::Table)
                    .col(pk_auto(Members::Id))
                    .col(string_len(Members::Kind, 30))
                    .col(string_len(Members::OfficialName, 300))
                    .col(string_len(Members::LatinName, 300))
                    .col(string_len_null(Members::ArabicName, 300))
                    .col(string_len_null(Members::EnglishName, 300))
                    .col(string_len_null(Members::FrenchName, 300))
                    .col(string_len(Members::Country, 2))
                    .col(string_len_null(Members::Region, 200))
                    .col(big_integer_null(Members::Population))
                    .col(string_len_null(Members::Website, 300))
                    .col(string_len(Members::HeadName, 200))
                    .col(string_len(Members::HeadTitle, 200))
                    .col(string_len(Members::FocalName, 200))
                    .col(string_len(Members::FocalEmail, 254))
                    .col(string_len(Members::FocalPhone, 50))
                    .col(string_len(Members::FocalLanguage, 5))
                    .col(text(Members::Motivation))
                    .col(string_len(Members::Status, 20))
                    .col(string_len(Members::ReviewState, 20))
                    .col(text_null(Members::DecisionReason))
                    .col(date_null(Members::MemberSince))
                    .col(timestamp_with_time_zone(Members::StatusChangedAt))
                    .col(timestamp_with_time_zone(Members::CreatedAt))
                    .col(timestamp_with_time_zone(Members::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_members_status").table(Members::Table).col(Members::Status).to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_members_status_latin_name")
                    .table(Members::Table)
                    .col(Members::Status)
                    .col(Members::LatinName)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MemberNameKeys::Table)
                    .col(pk_auto(MemberNameKeys::Id))
                    .col(integer(MemberNameKeys::MemberId))
                    .col(string_len(MemberNameKeys::Country, 2))
                    .col(string_len(MemberNameKeys::NameKey, 300))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MemberNameKeys::Table, MemberNameKeys::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_member_name_keys_country_key")
                    .table(MemberNameKeys::Table)
                    .col(MemberNameKeys::Country)
                    .col(MemberNameKeys::NameKey)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_member_name_keys_member")
                    .table(MemberNameKeys::Table)
                    .col(MemberNameKeys::MemberId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(MemberNameKeys::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Members::Table).to_owned()).await
    }
}
