//! Finding an edition's registration by email (the duplicate check on every sign-up) without
//! reading every registration of the edition.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConferenceRegistrations {
    Table,
    EditionId,
    Email,
}

const INDEX: &str = "idx_conference_registrations_edition_email";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(ConferenceRegistrations::Table)
                    .col(ConferenceRegistrations::EditionId)
                    .col(ConferenceRegistrations::Email)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(INDEX).table(ConferenceRegistrations::Table).to_owned()).await
    }
}
