//! Implementation of the texts: the statuses an action may have (a list the secretariat edits),
//! the action plan of each text as a tree of actions and projects, their themes, the dated
//! timeline of what happened, the progress reports of the members responsible, and the
//! spreadsheets of updates the secretariat uploads (kept: a dry run reads them, applying marks
//! them).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

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

#[derive(DeriveIden)]
enum ResolutionTexts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ActionStatuses {
    Table,
    Id,
    Slug,
    NameAr,
    NameEn,
    NameFr,
    DefaultProgress,
    CountsTowardProgress,
    Position,
}

#[derive(DeriveIden)]
enum ResolutionActions {
    Table,
    Id,
    TextId,
    ParentId,
    ExternalId,
    TitleAr,
    TitleEn,
    TitleFr,
    OriginalLanguage,
    Responsible,
    MemberId,
    StatusId,
    Progress,
    Weight,
    StartsOn,
    DueOn,
    Position,
    RemindedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ResolutionActionThemes {
    Table,
    ActionId,
    ThemeId,
}

#[derive(DeriveIden)]
enum ResolutionTimeline {
    Table,
    Id,
    ActionId,
    HappenedOn,
    Note,
    ProgressAfter,
    StatusId,
    AuthorName,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ResolutionReports {
    Table,
    Id,
    ActionId,
    MemberId,
    Progress,
    Note,
    State,
    Reason,
    AuthorName,
    DecidedBy,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum ResolutionBulkUpdates {
    Table,
    Id,
    FileName,
    Csv,
    CreatedBy,
    CreatedAt,
    AppliedAt,
    AppliedCount,
}

/// A status: slug, Arabic, English, French, the progress an action takes when it gets the status
/// (none: it keeps its own), and whether it counts in its parent's progress.
type Status = (&'static str, &'static str, &'static str, &'static str, Option<i32>, bool);

/// The statuses the network started with.
const STATUSES: [Status; 5] = [
    ("not-started", "لم يبدأ", "Not started", "Pas commencé", Some(0), true),
    ("in-progress", "قيد التنفيذ", "In progress", "En cours", None, true),
    ("completed", "منجز", "Completed", "Terminé", Some(100), true),
    ("stalled", "متعثر", "Stalled", "Bloqué", None, true),
    ("cancelled", "ملغى", "Cancelled", "Annulé", None, false),
];

fn cascade(
    from: (ResolutionActions, ResolutionActions),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::Cascade).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ActionStatuses::Table)
                    .col(pk_auto(ActionStatuses::Id))
                    .col(string_len_uniq(ActionStatuses::Slug, 60))
                    .col(string_len(ActionStatuses::NameAr, 200))
                    .col(string_len(ActionStatuses::NameEn, 200))
                    .col(string_len(ActionStatuses::NameFr, 200))
                    .col(integer_null(ActionStatuses::DefaultProgress))
                    .col(boolean(ActionStatuses::CountsTowardProgress))
                    .col(integer(ActionStatuses::Position))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(ActionStatuses::Table).columns([
            ActionStatuses::Slug,
            ActionStatuses::NameAr,
            ActionStatuses::NameEn,
            ActionStatuses::NameFr,
            ActionStatuses::DefaultProgress,
            ActionStatuses::CountsTowardProgress,
            ActionStatuses::Position,
        ]);
        for (position, (slug, ar, en, fr, progress, counts)) in (0i32..).zip(STATUSES) {
            insert.values_panic([
                slug.into(),
                ar.into(),
                en.into(),
                fr.into(),
                progress.into(),
                counts.into(),
                position.into(),
            ]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionActions::Table)
                    .col(pk_auto(ResolutionActions::Id))
                    .col(integer(ResolutionActions::TextId))
                    .col(integer_null(ResolutionActions::ParentId))
                    .col(string_len_null(ResolutionActions::ExternalId, 60).unique_key())
                    .col(string_len(ResolutionActions::TitleAr, 300))
                    .col(string_len(ResolutionActions::TitleEn, 300))
                    .col(string_len(ResolutionActions::TitleFr, 300))
                    .col(string_len(ResolutionActions::OriginalLanguage, 5))
                    .col(string_len(ResolutionActions::Responsible, 20))
                    .col(integer_null(ResolutionActions::MemberId))
                    .col(integer(ResolutionActions::StatusId))
                    .col(integer(ResolutionActions::Progress))
                    .col(integer(ResolutionActions::Weight))
                    .col(date_null(ResolutionActions::StartsOn))
                    .col(date_null(ResolutionActions::DueOn))
                    .col(integer(ResolutionActions::Position))
                    .col(timestamp_with_time_zone_null(ResolutionActions::RemindedAt))
                    .col(timestamp_with_time_zone(ResolutionActions::CreatedAt))
                    .col(timestamp_with_time_zone(ResolutionActions::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (ResolutionActions::Table, ResolutionActions::TextId),
                        (ResolutionTexts::Table, ResolutionTexts::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (ResolutionActions::Table, ResolutionActions::ParentId),
                        (ResolutionActions::Table, ResolutionActions::Id),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionActions::Table, ResolutionActions::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionActions::Table, ResolutionActions::StatusId)
                            .to(ActionStatuses::Table, ActionStatuses::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("idx_resolution_actions_text", [ResolutionActions::TextId, ResolutionActions::Position]),
            ("idx_resolution_actions_member", [ResolutionActions::MemberId, ResolutionActions::DueOn]),
        ] {
            let mut index = Index::create();
            index.name(name).table(ResolutionActions::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ResolutionActionThemes::Table)
                    .col(integer(ResolutionActionThemes::ActionId))
                    .col(integer(ResolutionActionThemes::ThemeId))
                    .primary_key(
                        Index::create().col(ResolutionActionThemes::ActionId).col(ResolutionActionThemes::ThemeId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionActionThemes::Table, ResolutionActionThemes::ActionId)
                            .to(ResolutionActions::Table, ResolutionActions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionActionThemes::Table, ResolutionActionThemes::ThemeId)
                            .to(Themes::Table, Themes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionTimeline::Table)
                    .col(pk_auto(ResolutionTimeline::Id))
                    .col(integer(ResolutionTimeline::ActionId))
                    .col(date(ResolutionTimeline::HappenedOn))
                    .col(text(ResolutionTimeline::Note))
                    .col(integer_null(ResolutionTimeline::ProgressAfter))
                    .col(integer_null(ResolutionTimeline::StatusId))
                    .col(string_len(ResolutionTimeline::AuthorName, 200))
                    .col(timestamp_with_time_zone(ResolutionTimeline::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTimeline::Table, ResolutionTimeline::ActionId)
                            .to(ResolutionActions::Table, ResolutionActions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTimeline::Table, ResolutionTimeline::StatusId)
                            .to(ActionStatuses::Table, ActionStatuses::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_timeline_action")
                    .table(ResolutionTimeline::Table)
                    .col(ResolutionTimeline::ActionId)
                    .col(ResolutionTimeline::HappenedOn)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionReports::Table)
                    .col(pk_auto(ResolutionReports::Id))
                    .col(integer(ResolutionReports::ActionId))
                    .col(integer(ResolutionReports::MemberId))
                    .col(integer(ResolutionReports::Progress))
                    .col(text(ResolutionReports::Note))
                    .col(string_len(ResolutionReports::State, 20))
                    .col(text(ResolutionReports::Reason))
                    .col(string_len(ResolutionReports::AuthorName, 200))
                    .col(string_len_null(ResolutionReports::DecidedBy, 200))
                    .col(timestamp_with_time_zone(ResolutionReports::CreatedAt))
                    .col(timestamp_with_time_zone_null(ResolutionReports::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionReports::Table, ResolutionReports::ActionId)
                            .to(ResolutionActions::Table, ResolutionActions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionReports::Table, ResolutionReports::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("idx_resolution_reports_state", [ResolutionReports::State, ResolutionReports::Id]),
            ("idx_resolution_reports_action", [ResolutionReports::ActionId, ResolutionReports::Id]),
        ] {
            let mut index = Index::create();
            index.name(name).table(ResolutionReports::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ResolutionBulkUpdates::Table)
                    .col(pk_auto(ResolutionBulkUpdates::Id))
                    .col(string_len(ResolutionBulkUpdates::FileName, 200))
                    .col(text(ResolutionBulkUpdates::Csv))
                    .col(string_len(ResolutionBulkUpdates::CreatedBy, 200))
                    .col(timestamp_with_time_zone(ResolutionBulkUpdates::CreatedAt))
                    .col(timestamp_with_time_zone_null(ResolutionBulkUpdates::AppliedAt))
                    .col(integer_null(ResolutionBulkUpdates::AppliedCount))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ResolutionBulkUpdates::Table.into_iden(),
            ResolutionReports::Table.into_iden(),
            ResolutionTimeline::Table.into_iden(),
            ResolutionActionThemes::Table.into_iden(),
            ResolutionActions::Table.into_iden(),
            ActionStatuses::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
