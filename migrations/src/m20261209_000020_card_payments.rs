//! Card payments through Stripe: each Checkout Session Sumud opened (for what invoice and
//! amount), each webhook event handled once by its id, and why a card payment was set aside
//! for finance to review.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CardCheckouts {
    Table,
    Id,
    SessionId,
    InvoiceId,
    AmountMinor,
    Currency,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum StripeEvents {
    Table,
    Id,
    EventId,
    EventType,
    Outcome,
    PaymentId,
    ReceivedAt,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    Id,
    Exception,
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CardCheckouts::Table)
                    .col(pk_auto(CardCheckouts::Id))
                    .col(string_len(CardCheckouts::SessionId, 255).unique_key())
                    .col(integer(CardCheckouts::InvoiceId))
                    .col(big_integer(CardCheckouts::AmountMinor))
                    .col(string_len(CardCheckouts::Currency, 3))
                    .col(timestamp_with_time_zone(CardCheckouts::CreatedAt))
                    .col(string_len(CardCheckouts::CreatedBy, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CardCheckouts::Table, CardCheckouts::InvoiceId)
                            .to(Invoices::Table, Invoices::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StripeEvents::Table)
                    .col(pk_auto(StripeEvents::Id))
                    // Stripe may deliver an event more than once: the second delivery finds it here.
                    .col(string_len(StripeEvents::EventId, 255).unique_key())
                    .col(string_len(StripeEvents::EventType, 100))
                    .col(string_len(StripeEvents::Outcome, 30))
                    .col(integer_null(StripeEvents::PaymentId))
                    .col(timestamp_with_time_zone(StripeEvents::ReceivedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StripeEvents::Table, StripeEvents::PaymentId)
                            .to(Payments::Table, Payments::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(Payments::Table).add_column(string_len_null(Payments::Exception, 30)).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Payments::Table).drop_column(Payments::Exception).to_owned()).await?;
        manager.drop_table(Table::drop().table(StripeEvents::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CardCheckouts::Table).to_owned()).await
    }
}
