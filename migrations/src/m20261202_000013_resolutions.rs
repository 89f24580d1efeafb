//! Resolutions: the shared list of themes (twinning reuses it), the texts the secretariat drafts
//! (resolutions, recommendations, proposals, declarations) with every version kept, their themes,
//! and the members' comments while a draft is open for comment.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ConferenceEditions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Themes {
    Table,
    Id,
    Slug,
    NameAr,
    NameEn,
    NameFr,
    Position,
}

#[derive(DeriveIden)]
enum ResolutionTexts {
    Table,
    Id,
    Kind,
    Reference,
    AuthoritativeLanguage,
    State,
    EditionId,
    AdoptingBody,
    AdoptedOn,
    VotesFor,
    VotesAgainst,
    VotesAbstaining,
    SupersededBy,
    CurrentVersion,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ResolutionVersions {
    Table,
    Id,
    TextId,
    Version,
    TitleAr,
    TitleEn,
    TitleFr,
    BodyAr,
    BodyEn,
    BodyFr,
    Note,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ResolutionTextThemes {
    Table,
    TextId,
    ThemeId,
}

#[derive(DeriveIden)]
enum ResolutionComments {
    Table,
    Id,
    TextId,
    Version,
    MemberId,
    AuthorName,
    Body,
    CreatedAt,
}

/// The themes the network started with (slug, Arabic, English, French); the secretariat edits
/// the list afterwards.
const THEMES: [(&str, &str, &str, &str); 14] = [
    ("roads-transport", "الطرق والنقل", "Roads and transport", "Routes et transports"),
    (
        "planning",
        "التخطيط الاستراتيجي والعمراني",
        "Strategic and urban planning",
        "Planification stratégique et urbaine",
    ),
    ("gis-it", "نظم المعلومات الجغرافية وتكنولوجيا المعلومات", "GIS and IT", "SIG et informatique"),
    ("heritage", "التراث العمراني", "Urban heritage", "Patrimoine urbain"),
    ("youth", "الشباب", "Youth", "Jeunesse"),
    ("women", "المرأة", "Women", "Femmes"),
    ("children", "الأطفال", "Children", "Enfance"),
    ("culture", "الثقافة", "Culture", "Culture"),
    ("water", "المياه", "Water", "Eau"),
    ("energy", "الطاقة", "Energy", "Énergie"),
    ("economy", "التنمية الاقتصادية", "Economic development", "Développement économique"),
    ("media", "الإعلام", "Media", "Médias"),
    ("international-cooperation", "التعاون الدولي", "International cooperation", "Coopération internationale"),
    ("universities", "الجامعات والتدريب", "Universities and training", "Universités et formation"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Themes::Table)
                    .col(pk_auto(Themes::Id))
                    .col(string_len_uniq(Themes::Slug, 60))
                    .col(string_len(Themes::NameAr, 200))
                    .col(string_len(Themes::NameEn, 200))
                    .col(string_len(Themes::NameFr, 200))
                    .col(integer(Themes::Position))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(Themes::Table).columns([
            Themes::Slug,
            Themes::NameAr,
            Themes::NameEn,
            Themes::NameFr,
            Themes::Position,
        ]);
        for (position, (slug, ar, en, fr)) in (0i32..).zip(THEMES) {
            insert.values_panic([slug.into(), ar.into(), en.into(), fr.into(), position.into()]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionTexts::Table)
                    .col(pk_auto(ResolutionTexts::Id))
                    .col(string_len(ResolutionTexts::Kind, 20))
                    .col(string_len_uniq(ResolutionTexts::Reference, 40))
                    .col(string_len(ResolutionTexts::AuthoritativeLanguage, 5))
                    .col(string_len(ResolutionTexts::State, 20))
                    .col(integer_null(ResolutionTexts::EditionId))
                    .col(string_len_null(ResolutionTexts::AdoptingBody, 300))
                    .col(date_null(ResolutionTexts::AdoptedOn))
                    .col(integer_null(ResolutionTexts::VotesFor))
                    .col(integer_null(ResolutionTexts::VotesAgainst))
                    .col(integer_null(ResolutionTexts::VotesAbstaining))
                    .col(integer_null(ResolutionTexts::SupersededBy))
                    .col(integer(ResolutionTexts::CurrentVersion))
                    .col(timestamp_with_time_zone_null(ResolutionTexts::PublishedAt))
                    .col(timestamp_with_time_zone(ResolutionTexts::CreatedAt))
                    .col(timestamp_with_time_zone(ResolutionTexts::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTexts::Table, ResolutionTexts::EditionId)
                            .to(ConferenceEditions::Table, ConferenceEditions::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTexts::Table, ResolutionTexts::SupersededBy)
                            .to(ResolutionTexts::Table, ResolutionTexts::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_texts_state")
                    .table(ResolutionTexts::Table)
                    .col(ResolutionTexts::State)
                    .col(ResolutionTexts::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionVersions::Table)
                    .col(pk_auto(ResolutionVersions::Id))
                    .col(integer(ResolutionVersions::TextId))
                    .col(integer(ResolutionVersions::Version))
                    .col(string_len(ResolutionVersions::TitleAr, 300))
                    .col(string_len(ResolutionVersions::TitleEn, 300))
                    .col(string_len(ResolutionVersions::TitleFr, 300))
                    .col(text(ResolutionVersions::BodyAr))
                    .col(text(ResolutionVersions::BodyEn))
                    .col(text(ResolutionVersions::BodyFr))
                    .col(text(ResolutionVersions::Note))
                    .col(string_len(ResolutionVersions::CreatedBy, 200))
                    .col(timestamp_with_time_zone(ResolutionVersions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionVersions::Table, ResolutionVersions::TextId)
                            .to(ResolutionTexts::Table, ResolutionTexts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_versions_text_version")
                    .table(ResolutionVersions::Table)
                    .col(ResolutionVersions::TextId)
                    .col(ResolutionVersions::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionTextThemes::Table)
                    .col(integer(ResolutionTextThemes::TextId))
                    .col(integer(ResolutionTextThemes::ThemeId))
                    .primary_key(Index::create().col(ResolutionTextThemes::TextId).col(ResolutionTextThemes::ThemeId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTextThemes::Table, ResolutionTextThemes::TextId)
                            .to(ResolutionTexts::Table, ResolutionTexts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTextThemes::Table, ResolutionTextThemes::ThemeId)
                            .to(Themes::Table, Themes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionComments::Table)
                    .col(pk_auto(ResolutionComments::Id))
                    .col(integer(ResolutionComments::TextId))
                    .col(integer(ResolutionComments::Version))
                    .col(integer(ResolutionComments::MemberId))
                    .col(string_len(ResolutionComments::AuthorName, 200))
                    .col(text(ResolutionComments::Body))
                    .col(timestamp_with_time_zone(ResolutionComments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionComments::Table, ResolutionComments::TextId)
                            .to(ResolutionTexts::Table, ResolutionTexts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionComments::Table, ResolutionComments::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_comments_text")
                    .table(ResolutionComments::Table)
                    .col(ResolutionComments::TextId)
                    .col(ResolutionComments::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ResolutionComments::Table.into_iden(),
            ResolutionTextThemes::Table.into_iden(),
            ResolutionVersions::Table.into_iden(),
            ResolutionTexts::Table.into_iden(),
            Themes::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
