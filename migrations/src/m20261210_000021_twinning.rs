//! Twinning: the agreements between members and other cities (twinnings, memoranda of
//! understanding…), their parties and who signed for each, their themes and the stages they went
//! through, each with its date.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Agreements {
    Table,
    Id,
    Kind,
    Title,
    Language,
    Summary,
    SignedPlace,
    Stage,
    StageOn,
    ValidatedAt,
    ValidatedBy,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AgreementParties {
    Table,
    Id,
    AgreementId,
    Position,
    MemberId,
    Name,
    LatinName,
    Country,
    SignatoryName,
    SignatoryTitle,
}

#[derive(DeriveIden)]
enum AgreementThemes {
    Table,
    AgreementId,
    ThemeId,
}

#[derive(DeriveIden)]
enum AgreementStages {
    Table,
    Id,
    AgreementId,
    Stage,
    ReachedOn,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Themes {
    Table,
    Id,
}

fn to_agreement(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Agreements::Table, Agreements::Id)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Agreements::Table)
                    .col(pk_auto(Agreements::Id))
                    .col(string_len(Agreements::Kind, 30))
                    .col(string_len(Agreements::Title, 300))
                    .col(string_len(Agreements::Language, 2))
                    .col(text(Agreements::Summary))
                    .col(string_len_null(Agreements::SignedPlace, 200))
                    .col(string_len(Agreements::Stage, 30))
                    .col(date(Agreements::StageOn))
                    // Public once the secretariat validated it; a party's later change asks again.
                    .col(timestamp_with_time_zone_null(Agreements::ValidatedAt))
                    .col(string_len_null(Agreements::ValidatedBy, 200))
                    .col(string_len(Agreements::CreatedBy, 200))
                    .col(timestamp_with_time_zone(Agreements::CreatedAt))
                    .col(timestamp_with_time_zone(Agreements::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgreementParties::Table)
                    .col(pk_auto(AgreementParties::Id))
                    .col(integer(AgreementParties::AgreementId))
                    .col(integer(AgreementParties::Position))
                    // A member of the network, or else a city or body named here.
                    .col(integer_null(AgreementParties::MemberId))
                    .col(string_len_null(AgreementParties::Name, 200))
                    .col(string_len_null(AgreementParties::LatinName, 200))
                    .col(string_len_null(AgreementParties::Country, 2))
                    .col(string_len_null(AgreementParties::SignatoryName, 200))
                    .col(string_len_null(AgreementParties::SignatoryTitle, 200))
                    .foreign_key(&mut to_agreement(AgreementParties::Table, AgreementParties::AgreementId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgreementParties::Table, AgreementParties::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("agreement_parties_member")
                    .table(AgreementParties::Table)
                    .col(AgreementParties::MemberId)
                    .col(AgreementParties::AgreementId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("agreement_parties_agreement")
                    .table(AgreementParties::Table)
                    .col(AgreementParties::AgreementId)
                    .col(AgreementParties::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgreementThemes::Table)
                    .col(integer(AgreementThemes::AgreementId))
                    .col(integer(AgreementThemes::ThemeId))
                    .primary_key(Index::create().col(AgreementThemes::AgreementId).col(AgreementThemes::ThemeId))
                    .foreign_key(&mut to_agreement(AgreementThemes::Table, AgreementThemes::AgreementId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgreementThemes::Table, AgreementThemes::ThemeId)
                            .to(Themes::Table, Themes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgreementStages::Table)
                    .col(pk_auto(AgreementStages::Id))
                    .col(integer(AgreementStages::AgreementId))
                    .col(string_len(AgreementStages::Stage, 30))
                    .col(date(AgreementStages::ReachedOn))
                    .col(string_len(AgreementStages::RecordedBy, 200))
                    .col(timestamp_with_time_zone(AgreementStages::RecordedAt))
                    .foreign_key(&mut to_agreement(AgreementStages::Table, AgreementStages::AgreementId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("agreement_stages_agreement")
                    .table(AgreementStages::Table)
                    .col(AgreementStages::AgreementId)
                    .col(AgreementStages::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AgreementStages::Table.into_iden(),
            AgreementThemes::Table.into_iden(),
            AgreementParties::Table.into_iden(),
            Agreements::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
