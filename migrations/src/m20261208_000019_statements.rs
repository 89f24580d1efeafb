//! Bank statements imported by finance: the column mapping of each bank's CSV export, each
//! imported file with what it added, the statement each payment came from; and, on each call
//! for dues, what a reduction waived of its band, for the finance dashboard.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StatementMappings {
    Table,
    Id,
    Name,
    Delimiter,
    DateColumn,
    DateOrder,
    AmountColumn,
    CurrencyColumn,
    DefaultCurrency,
    PayerColumn,
    ReferenceColumn,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum BankStatements {
    Table,
    Id,
    FileName,
    Format,
    MappingId,
    Lines,
    Added,
    Duplicates,
    Matched,
    ImportedAt,
    ImportedBy,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    StatementId,
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    WaivedMinor,
    ReminderSentOn,
    OverdueSentOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StatementMappings::Table)
                    .col(pk_auto(StatementMappings::Id))
                    // The bank or account the mapping reads, as finance names it.
                    .col(string_len(StatementMappings::Name, 100).unique_key())
                    .col(string_len(StatementMappings::Delimiter, 20))
                    .col(string_len(StatementMappings::DateColumn, 100))
                    .col(string_len(StatementMappings::DateOrder, 20))
                    .col(string_len(StatementMappings::AmountColumn, 100))
                    .col(string_len_null(StatementMappings::CurrencyColumn, 100))
                    .col(string_len(StatementMappings::DefaultCurrency, 3))
                    .col(string_len(StatementMappings::PayerColumn, 100))
                    .col(string_len(StatementMappings::ReferenceColumn, 100))
                    .col(timestamp_with_time_zone(StatementMappings::UpdatedAt))
                    .col(string_len(StatementMappings::UpdatedBy, 200))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BankStatements::Table)
                    .col(pk_auto(BankStatements::Id))
                    .col(string_len(BankStatements::FileName, 200))
                    .col(string_len(BankStatements::Format, 20))
                    .col(integer_null(BankStatements::MappingId))
                    .col(integer(BankStatements::Lines))
                    .col(integer(BankStatements::Added))
                    .col(integer(BankStatements::Duplicates))
                    .col(integer(BankStatements::Matched))
                    .col(timestamp_with_time_zone(BankStatements::ImportedAt))
                    .col(string_len(BankStatements::ImportedBy, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BankStatements::Table, BankStatements::MappingId)
                            .to(StatementMappings::Table, StatementMappings::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(Payments::Table).add_column(integer_null(Payments::StatementId)).to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_payments_statement")
                    .table(Payments::Table)
                    .col(Payments::StatementId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Invoices::Table)
                    .add_column(big_integer(Invoices::WaivedMinor).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(Invoices::Table).add_column(date_null(Invoices::ReminderSentOn)).to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(Invoices::Table).add_column(date_null(Invoices::OverdueSentOn)).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Invoices::Table).drop_column(Invoices::OverdueSentOn).to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table(Invoices::Table).drop_column(Invoices::ReminderSentOn).to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table(Invoices::Table).drop_column(Invoices::WaivedMinor).to_owned())
            .await?;
        manager.drop_index(Index::drop().name("idx_payments_statement").table(Payments::Table).to_owned()).await?;
        manager
            .alter_table(Table::alter().table(Payments::Table).drop_column(Payments::StatementId).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(BankStatements::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(StatementMappings::Table).to_owned()).await
    }
}
