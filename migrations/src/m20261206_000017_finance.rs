//! Finance: the yearly dues schedules (an amount per kind of authority and population band, in
//! one currency, locked once calls are issued under it), the solidarity waivers of named members,
//! the invoices (calls for dues and the credit notes that correct them, numbered without gaps per
//! year) and the counter row issuers lock to take turns for the next number.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ChangeCounters {
    Table,
    Name,
    Value,
}

#[derive(DeriveIden)]
enum DuesSchedules {
    Table,
    Id,
    Year,
    Version,
    Currency,
    PalestinianPercent,
    DueOn,
    PaymentInstructions,
    LockedAt,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum DuesBands {
    Table,
    Id,
    ScheduleId,
    Kind,
    PopulationMax,
    AmountMinor,
}

#[derive(DeriveIden)]
enum DuesWaivers {
    Table,
    Id,
    MemberId,
    PercentDue,
    FromYear,
    UntilYear,
    Reason,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    Id,
    Year,
    Sequence,
    Number,
    Kind,
    Status,
    MemberId,
    ScheduleId,
    CorrectsId,
    AmountMinor,
    Currency,
    Language,
    IssuedOn,
    DueOn,
    MemberName,
    MemberAddress,
    Basis,
    Note,
    CreatedAt,
    CreatedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ChangeCounters::Table)
                    .columns([ChangeCounters::Name, ChangeCounters::Value])
                    .values_panic(["invoice_numbers".into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DuesSchedules::Table)
                    .col(pk_auto(DuesSchedules::Id))
                    .col(integer(DuesSchedules::Year))
                    .col(integer(DuesSchedules::Version))
                    .col(string_len(DuesSchedules::Currency, 3))
                    .col(integer(DuesSchedules::PalestinianPercent))
                    .col(date(DuesSchedules::DueOn))
                    .col(text(DuesSchedules::PaymentInstructions))
                    .col(timestamp_with_time_zone_null(DuesSchedules::LockedAt))
                    .col(timestamp_with_time_zone(DuesSchedules::CreatedAt))
                    .col(string_len(DuesSchedules::CreatedBy, 200))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_dues_schedules_year_version")
                    .table(DuesSchedules::Table)
                    .col(DuesSchedules::Year)
                    .col(DuesSchedules::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DuesBands::Table)
                    .col(pk_auto(DuesBands::Id))
                    .col(integer(DuesBands::ScheduleId))
                    .col(string_len(DuesBands::Kind, 30))
                    .col(big_integer_null(DuesBands::PopulationMax))
                    .col(big_integer(DuesBands::AmountMinor))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DuesBands::Table, DuesBands::ScheduleId)
                            .to(DuesSchedules::Table, DuesSchedules::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_dues_bands_schedule")
                    .table(DuesBands::Table)
                    .col(DuesBands::ScheduleId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DuesWaivers::Table)
                    .col(pk_auto(DuesWaivers::Id))
                    .col(integer(DuesWaivers::MemberId))
                    .col(integer(DuesWaivers::PercentDue))
                    .col(integer(DuesWaivers::FromYear))
                    .col(integer(DuesWaivers::UntilYear))
                    .col(text(DuesWaivers::Reason))
                    .col(timestamp_with_time_zone(DuesWaivers::CreatedAt))
                    .col(string_len(DuesWaivers::CreatedBy, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DuesWaivers::Table, DuesWaivers::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_dues_waivers_member")
                    .table(DuesWaivers::Table)
                    .col(DuesWaivers::MemberId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invoices::Table)
                    .col(pk_auto(Invoices::Id))
                    .col(integer(Invoices::Year))
                    .col(integer(Invoices::Sequence))
                    .col(string_len(Invoices::Number, 20).unique_key())
                    .col(string_len(Invoices::Kind, 20))
                    .col(string_len(Invoices::Status, 20))
                    .col(integer(Invoices::MemberId))
                    .col(integer_null(Invoices::ScheduleId))
                    .col(integer_null(Invoices::CorrectsId))
                    .col(big_integer(Invoices::AmountMinor))
                    .col(string_len(Invoices::Currency, 3))
                    .col(string_len(Invoices::Language, 2))
                    .col(date(Invoices::IssuedOn))
                    .col(date(Invoices::DueOn))
                    .col(string_len(Invoices::MemberName, 300))
                    .col(text(Invoices::MemberAddress))
                    .col(text(Invoices::Basis))
                    .col(text_null(Invoices::Note))
                    .col(timestamp_with_time_zone(Invoices::CreatedAt))
                    .col(string_len(Invoices::CreatedBy, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invoices::Table, Invoices::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invoices::Table, Invoices::ScheduleId)
                            .to(DuesSchedules::Table, DuesSchedules::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invoices_year_sequence")
                    .table(Invoices::Table)
                    .col(Invoices::Year)
                    .col(Invoices::Sequence)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invoices_member_year")
                    .table(Invoices::Table)
                    .col(Invoices::MemberId)
                    .col(Invoices::Year)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Invoices::Table.into_iden(),
            DuesWaivers::Table.into_iden(),
            DuesBands::Table.into_iden(),
            DuesSchedules::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(ChangeCounters::Table)
                    .and_where(Expr::col(ChangeCounters::Name).eq("invoice_numbers"))
                    .to_owned(),
            )
            .await
    }
}
