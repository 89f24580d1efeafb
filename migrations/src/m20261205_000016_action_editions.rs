//! The conference editions that adopted or renewed an action: a plan adopted at one edition and
//! followed at the next holds actions of both. Every action of a text adopted at an edition
//! starts linked to that edition.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ResolutionActions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ConferenceEditions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ResolutionActionEditions {
    Table,
    ActionId,
    EditionId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ResolutionActionEditions::Table)
                    .col(integer(ResolutionActionEditions::ActionId))
                    .col(integer(ResolutionActionEditions::EditionId))
                    .primary_key(
                        Index::create()
                            .col(ResolutionActionEditions::ActionId)
                            .col(ResolutionActionEditions::EditionId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionActionEditions::Table, ResolutionActionEditions::ActionId)
                            .to(ResolutionActions::Table, ResolutionActions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionActionEditions::Table, ResolutionActionEditions::EditionId)
                            .to(ConferenceEditions::Table, ConferenceEditions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_action_editions_edition")
                    .table(ResolutionActionEditions::Table)
                    .col(ResolutionActionEditions::EditionId)
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO resolution_action_editions (action_id, edition_id) \
                 SELECT a.id, t.edition_id FROM resolution_actions a \
                 JOIN resolution_texts t ON t.id = a.text_id WHERE t.edition_id IS NOT NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ResolutionActionEditions::Table).to_owned()).await
    }
}
