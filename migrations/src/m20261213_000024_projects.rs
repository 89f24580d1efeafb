//! Twinning's projects in Palestinian localities (under an agreement or on their own), with
//! their themes and the support each receives (who gives it, of what kind, how much in which
//! currency); and the exchange visits between members.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
    Title,
    Language,
    Description,
    LocalityId,
    AgreementId,
    Status,
    StartsOn,
    EndsOn,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProjectThemes {
    Table,
    ProjectId,
    ThemeId,
}

#[derive(DeriveIden)]
enum ProjectSupport {
    Table,
    Id,
    ProjectId,
    GiverMemberId,
    GiverName,
    Kind,
    AmountMinor,
    Currency,
    Description,
    GivenOn,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum ExchangeVisits {
    Table,
    Id,
    AgreementId,
    FromMemberId,
    ToMemberId,
    StartsOn,
    EndsOn,
    Purpose,
    DelegationSize,
    Outcome,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Agreements {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Themes {
    Table,
    Id,
}

fn reference(
    table: impl IntoIden,
    column: impl IntoIden,
    to: impl IntoIden,
    to_column: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(table, column).to(to, to_column).on_delete(ForeignKeyAction::Restrict).to_owned()
}

fn index(name: &str, table: impl IntoIden, column: impl IntoIden) -> IndexCreateStatement {
    Index::create().name(name).table(table).col(column).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Projects::Table)
                    .col(pk_auto(Projects::Id))
                    .col(string_len(Projects::Title, 300))
                    .col(string_len(Projects::Language, 2))
                    .col(text(Projects::Description))
                    // The Palestinian member where the project is.
                    .col(integer(Projects::LocalityId))
                    .col(integer_null(Projects::AgreementId))
                    .col(string_len(Projects::Status, 30))
                    .col(date_null(Projects::StartsOn))
                    .col(date_null(Projects::EndsOn))
                    .col(string_len(Projects::CreatedBy, 200))
                    .col(timestamp_with_time_zone(Projects::CreatedAt))
                    .col(timestamp_with_time_zone(Projects::UpdatedAt))
                    .foreign_key(&mut reference(Projects::Table, Projects::LocalityId, Members::Table, Members::Id))
                    .foreign_key(&mut reference(
                        Projects::Table,
                        Projects::AgreementId,
                        Agreements::Table,
                        Agreements::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("projects_locality", Projects::Table, Projects::LocalityId)).await?;
        manager.create_index(index("projects_agreement", Projects::Table, Projects::AgreementId)).await?;
        manager
            .create_table(
                Table::create()
                    .table(ProjectThemes::Table)
                    .col(integer(ProjectThemes::ProjectId))
                    .col(integer(ProjectThemes::ThemeId))
                    .primary_key(Index::create().col(ProjectThemes::ProjectId).col(ProjectThemes::ThemeId))
                    .foreign_key(&mut reference(
                        ProjectThemes::Table,
                        ProjectThemes::ProjectId,
                        Projects::Table,
                        Projects::Id,
                    ))
                    .foreign_key(&mut reference(
                        ProjectThemes::Table,
                        ProjectThemes::ThemeId,
                        Themes::Table,
                        Themes::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProjectSupport::Table)
                    .col(pk_auto(ProjectSupport::Id))
                    .col(integer(ProjectSupport::ProjectId))
                    // A member of the network gives it, or else a body named here.
                    .col(integer_null(ProjectSupport::GiverMemberId))
                    .col(string_len_null(ProjectSupport::GiverName, 200))
                    .col(string_len(ProjectSupport::Kind, 30))
                    // Financial support only: minor units of an ISO 4217 currency.
                    .col(big_integer_null(ProjectSupport::AmountMinor))
                    .col(string_len_null(ProjectSupport::Currency, 3))
                    .col(string_len(ProjectSupport::Description, 500))
                    .col(date_null(ProjectSupport::GivenOn))
                    .col(string_len(ProjectSupport::RecordedBy, 200))
                    .col(timestamp_with_time_zone(ProjectSupport::RecordedAt))
                    .foreign_key(&mut reference(
                        ProjectSupport::Table,
                        ProjectSupport::ProjectId,
                        Projects::Table,
                        Projects::Id,
                    ))
                    .foreign_key(&mut reference(
                        ProjectSupport::Table,
                        ProjectSupport::GiverMemberId,
                        Members::Table,
                        Members::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("project_themes_theme", ProjectThemes::Table, ProjectThemes::ThemeId)).await?;
        manager
            .create_index(index("project_support_project", ProjectSupport::Table, ProjectSupport::ProjectId))
            .await?;
        manager
            .create_index(index("project_support_giver", ProjectSupport::Table, ProjectSupport::GiverMemberId))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ExchangeVisits::Table)
                    .col(pk_auto(ExchangeVisits::Id))
                    .col(integer_null(ExchangeVisits::AgreementId))
                    .col(integer(ExchangeVisits::FromMemberId))
                    .col(integer(ExchangeVisits::ToMemberId))
                    .col(date(ExchangeVisits::StartsOn))
                    .col(date(ExchangeVisits::EndsOn))
                    .col(string_len(ExchangeVisits::Purpose, 500))
                    .col(integer(ExchangeVisits::DelegationSize))
                    .col(text(ExchangeVisits::Outcome))
                    .col(string_len(ExchangeVisits::RecordedBy, 200))
                    .col(timestamp_with_time_zone(ExchangeVisits::RecordedAt))
                    .foreign_key(&mut reference(
                        ExchangeVisits::Table,
                        ExchangeVisits::AgreementId,
                        Agreements::Table,
                        Agreements::Id,
                    ))
                    .foreign_key(&mut reference(
                        ExchangeVisits::Table,
                        ExchangeVisits::FromMemberId,
                        Members::Table,
                        Members::Id,
                    ))
                    .foreign_key(&mut reference(
                        ExchangeVisits::Table,
                        ExchangeVisits::ToMemberId,
                        Members::Table,
                        Members::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("exchange_visits_from", ExchangeVisits::Table, ExchangeVisits::FromMemberId))
            .await?;
        manager.create_index(index("exchange_visits_to", ExchangeVisits::Table, ExchangeVisits::ToMemberId)).await?;
        manager.create_index(index("exchange_visits_starts", ExchangeVisits::Table, ExchangeVisits::StartsOn)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ExchangeVisits::Table.into_iden(),
            ProjectSupport::Table.into_iden(),
            ProjectThemes::Table.into_iden(),
            Projects::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
