//! An agreement's documents (the signed text, minutes, photographs of the signing): each file is
//! kept under the configured directory, named by the SHA-256 of its content; the table says which
//! agreement it belongs to, its title and the name and type it is served with. And the change
//! counter of twinning, which the map's kept drawings are stamped with.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AgreementDocuments {
    Table,
    Id,
    AgreementId,
    Title,
    FileName,
    ContentType,
    SizeBytes,
    Sha256,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum ChangeCounters {
    Table,
    Name,
    Value,
}

#[derive(DeriveIden)]
enum Agreements {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AgreementDocuments::Table)
                    .col(pk_auto(AgreementDocuments::Id))
                    .col(integer(AgreementDocuments::AgreementId))
                    .col(string_len(AgreementDocuments::Title, 200))
                    .col(string_len(AgreementDocuments::FileName, 100))
                    .col(string_len(AgreementDocuments::ContentType, 50))
                    .col(big_integer(AgreementDocuments::SizeBytes))
                    .col(string_len(AgreementDocuments::Sha256, 64))
                    .col(string_len(AgreementDocuments::UploadedBy, 200))
                    .col(timestamp_with_time_zone(AgreementDocuments::UploadedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgreementDocuments::Table, AgreementDocuments::AgreementId)
                            .to(Agreements::Table, Agreements::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("agreement_documents_agreement")
                    .table(AgreementDocuments::Table)
                    .col(AgreementDocuments::AgreementId)
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ChangeCounters::Table)
                    .columns([ChangeCounters::Name, ChangeCounters::Value])
                    .values_panic(["twinning".into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(ChangeCounters::Table)
                    .and_where(Expr::col(ChangeCounters::Name).eq("twinning"))
                    .to_owned(),
            )
            .await?;
        manager.drop_table(Table::drop().table(AgreementDocuments::Table).to_owned()).await
    }
}
