//! Every suspension, withdrawal and reinstatement of a member, with its date and reason.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MemberStandingChanges {
    Table,
    Id,
    MemberId,
    FromStatus,
    ToStatus,
    Reason,
    EffectiveOn,
    RecordedAt,
    RecordedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MemberStandingChanges::Table)
                    .col(pk_auto(MemberStandingChanges::Id))
                    .col(integer(MemberStandingChanges::MemberId))
                    .col(string_len(MemberStandingChanges::FromStatus, 20))
                    .col(string_len(MemberStandingChanges::ToStatus, 20))
                    .col(text(MemberStandingChanges::Reason))
                    .col(date(MemberStandingChanges::EffectiveOn))
                    .col(timestamp_with_time_zone(MemberStandingChanges::RecordedAt))
                    .col(string_len_null(MemberStandingChanges::RecordedBy, 254))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MemberStandingChanges::Table, MemberStandingChanges::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_member_standing_changes_member")
                    .table(MemberStandingChanges::Table)
                    .col(MemberStandingChanges::MemberId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(MemberStandingChanges::Table).to_owned()).await
    }
}
