//! Payments of dues: bank transfers recorded by finance (card payments and imported statements
//! use the same table), matched to the invoices they pay; the grace date after which a year's
//! unpaid dues put a member in arrears; a member's arrears, which membership reads for its good
//! standing; the credit carried from an overpayment to the next call.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
    DuesArrearsSince,
}

#[derive(DeriveIden)]
enum DuesSchedules {
    Table,
    GraceOn,
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    Id,
    CreditAppliedMinor,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    Id,
    Method,
    Status,
    MemberId,
    InvoiceId,
    ReceivedOn,
    AmountMinor,
    Currency,
    CreditedMinor,
    Rate,
    Payer,
    Reference,
    SourceKey,
    Note,
    CreatedAt,
    CreatedBy,
    MatchedAt,
    MatchedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(Members::Table).add_column(date_null(Members::DuesArrearsSince)).to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(DuesSchedules::Table).add_column(date_null(DuesSchedules::GraceOn)).to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Invoices::Table)
                    .add_column(big_integer(Invoices::CreditAppliedMinor).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Payments::Table)
                    .col(pk_auto(Payments::Id))
                    .col(string_len(Payments::Method, 20))
                    .col(string_len(Payments::Status, 20))
                    .col(integer_null(Payments::MemberId))
                    .col(integer_null(Payments::InvoiceId))
                    .col(date(Payments::ReceivedOn))
                    .col(big_integer(Payments::AmountMinor))
                    .col(string_len(Payments::Currency, 3))
                    .col(big_integer_null(Payments::CreditedMinor))
                    .col(string_len_null(Payments::Rate, 30))
                    .col(string_len(Payments::Payer, 300))
                    .col(string_len(Payments::Reference, 300))
                    // A statement line's or a card event's own key: what was recorded once is not
                    // recorded again.
                    .col(string_len_null(Payments::SourceKey, 200).unique_key())
                    .col(text_null(Payments::Note))
                    .col(timestamp_with_time_zone(Payments::CreatedAt))
                    .col(string_len(Payments::CreatedBy, 200))
                    .col(timestamp_with_time_zone_null(Payments::MatchedAt))
                    .col(string_len_null(Payments::MatchedBy, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Payments::Table, Payments::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Payments::Table, Payments::InvoiceId)
                            .to(Invoices::Table, Invoices::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_payments_invoice").table(Payments::Table).col(Payments::InvoiceId).to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_payments_status").table(Payments::Table).col(Payments::Status).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Payments::Table).to_owned()).await?;
        manager
            .alter_table(Table::alter().table(Invoices::Table).drop_column(Invoices::CreditAppliedMinor).to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table(DuesSchedules::Table).drop_column(DuesSchedules::GraceOn).to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table(Members::Table).drop_column(Members::DuesArrearsSince).to_owned())
            .await
    }
}
