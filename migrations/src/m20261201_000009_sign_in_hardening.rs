//! Sign-in hardening: browsers that signed in before (device cookies), sessions known by their
//! account (a password change ends the others), and public activity without reasons.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    AccountId,
}

#[derive(DeriveIden)]
enum KnownDevices {
    Table,
    TokenHash,
    AccountId,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Action,
    IsPublic,
    Summary,
}

const SESSIONS_BY_ACCOUNT: &str = "idx_sessions_account_id";
const DEVICES_BY_ACCOUNT: &str = "idx_known_devices_account_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Sessions::Table).add_column(integer_null(Sessions::AccountId)).to_owned())
            .await?;
        manager
            .create_index(
                Index::create().name(SESSIONS_BY_ACCOUNT).table(Sessions::Table).col(Sessions::AccountId).to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(KnownDevices::Table)
                    .col(string_len(KnownDevices::TokenHash, 64).primary_key())
                    .col(integer(KnownDevices::AccountId))
                    .col(timestamp_with_time_zone(KnownDevices::CreatedAt))
                    .col(timestamp_with_time_zone(KnownDevices::LastUsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(KnownDevices::Table, KnownDevices::AccountId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(DEVICES_BY_ACCOUNT)
                    .table(KnownDevices::Table)
                    .col(KnownDevices::AccountId)
                    .to_owned(),
            )
            .await?;

        // Suspension, withdrawal and reinstatement reasons were written into the public summary
        // after ": " ("Town (FR) suspended from 2026-11-30: reason"); keep what precedes them.
        let cut = match manager.get_database_backend() {
            sea_orm_migration::sea_orm::DatabaseBackend::Postgres => "split_part(summary, ': ', 1)",
            _ => "substr(summary, 1, instr(summary, ': ') - 1)",
        };
        manager
            .exec_stmt(
                Query::update()
                    .table(AuditEvents::Table)
                    .value(AuditEvents::Summary, Expr::cust(cut))
                    .and_where(Expr::col(AuditEvents::IsPublic).eq(true))
                    .and_where(Expr::col(AuditEvents::Action).is_in([
                        "membership.suspended",
                        "membership.withdrawn",
                        "membership.reinstated",
                    ]))
                    .and_where(Expr::col(AuditEvents::Summary).like("%: %"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(DEVICES_BY_ACCOUNT).table(KnownDevices::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(KnownDevices::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name(SESSIONS_BY_ACCOUNT).table(Sessions::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(Sessions::Table).drop_column(Sessions::AccountId).to_owned()).await
    }
}
