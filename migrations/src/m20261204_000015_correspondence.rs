//! The texts' addressees and correspondence: a register of the organisations outside the network
//! and of the members a text is addressed to, the texts' addressees, the letters sent about a
//! text and the replies received (numbered per year, a scanned copy kept apart so that lists never
//! read it), an action carried out by an addressee, the counter row recorders of letters lock
//! to take turns for the register's next number, and the change counter the resolutions list's
//! and dashboard's in-memory copies are checked against.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ResolutionTexts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ResolutionActions {
    Table,
    AddresseeId,
}

#[derive(DeriveIden)]
enum ChangeCounters {
    Table,
    Name,
    Value,
}

#[derive(DeriveIden)]
enum ResolutionAddressees {
    Table,
    Id,
    Category,
    MemberId,
    Name,
    LatinName,
    Country,
    Contact,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ResolutionTextAddressees {
    Table,
    TextId,
    AddresseeId,
}

#[derive(DeriveIden)]
enum ResolutionLetters {
    Table,
    Id,
    TextId,
    Direction,
    RegisterYear,
    RegisterNumber,
    TheirReference,
    DatedOn,
    AddresseeId,
    Subject,
    Body,
    InReplyTo,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ResolutionLetterFiles {
    Table,
    LetterId,
    FileName,
    ContentType,
    Bytes,
    CreatedAt,
}

fn to_addressee(from: (impl IntoIden, impl IntoIden), on_delete: ForeignKeyAction) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(ResolutionAddressees::Table, ResolutionAddressees::Id)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ChangeCounters::Table)
                    .columns([ChangeCounters::Name, ChangeCounters::Value])
                    .values_panic(["letter_register".into(), 0i64.into()])
                    .values_panic(["resolutions".into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionAddressees::Table)
                    .col(pk_auto(ResolutionAddressees::Id))
                    .col(string_len(ResolutionAddressees::Category, 30))
                    // A member addressed is registered once; its names are the member's own.
                    .col(integer_null(ResolutionAddressees::MemberId).unique_key())
                    .col(string_len(ResolutionAddressees::Name, 300))
                    .col(string_len_null(ResolutionAddressees::LatinName, 300))
                    .col(string_len_null(ResolutionAddressees::Country, 2))
                    .col(text_null(ResolutionAddressees::Contact))
                    .col(timestamp_with_time_zone(ResolutionAddressees::CreatedAt))
                    .col(timestamp_with_time_zone(ResolutionAddressees::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionAddressees::Table, ResolutionAddressees::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionTextAddressees::Table)
                    .col(integer(ResolutionTextAddressees::TextId))
                    .col(integer(ResolutionTextAddressees::AddresseeId))
                    .primary_key(
                        Index::create()
                            .col(ResolutionTextAddressees::TextId)
                            .col(ResolutionTextAddressees::AddresseeId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionTextAddressees::Table, ResolutionTextAddressees::TextId)
                            .to(ResolutionTexts::Table, ResolutionTexts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut to_addressee(
                        (ResolutionTextAddressees::Table, ResolutionTextAddressees::AddresseeId),
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionLetters::Table)
                    .col(pk_auto(ResolutionLetters::Id))
                    .col(integer(ResolutionLetters::TextId))
                    .col(string_len(ResolutionLetters::Direction, 10))
                    .col(integer(ResolutionLetters::RegisterYear))
                    .col(integer(ResolutionLetters::RegisterNumber))
                    .col(string_len_null(ResolutionLetters::TheirReference, 100))
                    .col(date(ResolutionLetters::DatedOn))
                    .col(integer(ResolutionLetters::AddresseeId))
                    .col(string_len(ResolutionLetters::Subject, 300))
                    .col(text(ResolutionLetters::Body))
                    .col(integer_null(ResolutionLetters::InReplyTo))
                    .col(string_len(ResolutionLetters::RecordedBy, 200))
                    .col(timestamp_with_time_zone(ResolutionLetters::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionLetters::Table, ResolutionLetters::TextId)
                            .to(ResolutionTexts::Table, ResolutionTexts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut to_addressee(
                        (ResolutionLetters::Table, ResolutionLetters::AddresseeId),
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionLetters::Table, ResolutionLetters::InReplyTo)
                            .to(ResolutionLetters::Table, ResolutionLetters::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // The register's numbers: one per letter and year, never two alike.
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_letters_register")
                    .table(ResolutionLetters::Table)
                    .col(ResolutionLetters::RegisterYear)
                    .col(ResolutionLetters::RegisterNumber)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resolution_letters_text")
                    .table(ResolutionLetters::Table)
                    .col(ResolutionLetters::TextId)
                    .col(ResolutionLetters::DatedOn)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResolutionLetterFiles::Table)
                    .col(integer(ResolutionLetterFiles::LetterId).primary_key())
                    .col(string_len(ResolutionLetterFiles::FileName, 200))
                    .col(string_len(ResolutionLetterFiles::ContentType, 100))
                    .col(blob(ResolutionLetterFiles::Bytes))
                    .col(timestamp_with_time_zone(ResolutionLetterFiles::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResolutionLetterFiles::Table, ResolutionLetterFiles::LetterId)
                            .to(ResolutionLetters::Table, ResolutionLetters::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        // No foreign key: SQLite cannot add one to an existing table. Addressees are never
        // deleted, and the service checks the id.
        manager
            .alter_table(
                Table::alter()
                    .table(ResolutionActions::Table)
                    .add_column(integer_null(ResolutionActions::AddresseeId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(ResolutionActions::Table).drop_column(ResolutionActions::AddresseeId).to_owned(),
            )
            .await?;
        for table in [
            ResolutionLetterFiles::Table.into_iden(),
            ResolutionLetters::Table.into_iden(),
            ResolutionTextAddressees::Table.into_iden(),
            ResolutionAddressees::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(ChangeCounters::Table)
                    .and_where(Expr::col(ChangeCounters::Name).is_in(["letter_register", "resolutions"]))
                    .to_owned(),
            )
            .await
    }
}
