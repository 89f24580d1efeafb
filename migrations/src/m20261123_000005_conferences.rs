//! Conferences: editions, their agenda, registrations (with the capacity counter that keeps
//! sign-ups from exceeding the seats), the sessions each delegate follows, and invitation letters.
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
    TitleAr,
    TitleEn,
    TitleFr,
    DescriptionAr,
    DescriptionEn,
    DescriptionFr,
    City,
    Venue,
    TimeZone,
    StartsOn,
    EndsOn,
    RegistrationOpensAt,
    RegistrationClosesAt,
    Capacity,
    DelegationQuota,
    NeedsApproval,
    ConfirmedCount,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ConferenceSessions {
    Table,
    Id,
    EditionId,
    TitleAr,
    TitleEn,
    TitleFr,
    DescriptionAr,
    DescriptionEn,
    DescriptionFr,
    Room,
    Kind,
    StartsAt,
    EndsAt,
    Speakers,
    Sequence,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ConferenceRegistrations {
    Table,
    Id,
    EditionId,
    MemberId,
    Organisation,
    Kind,
    DelegateRole,
    FullName,
    Email,
    Phone,
    Language,
    Consent,
    State,
    PassportName,
    PassportNumber,
    Nationality,
    BirthDate,
    PassportExpiry,
    VisaLetter,
    ManageTokenHash,
    FeedToken,
    CheckinCode,
    CheckedInAt,
    RegisteredBy,
    StateChangedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ConferenceSessionChoices {
    Table,
    Id,
    RegistrationId,
    SessionId,
}

#[derive(DeriveIden)]
enum InvitationLetters {
    Table,
    Id,
    RegistrationId,
    Code,
    Language,
    IssuedAt,
    IssuedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConferenceEditions::Table)
                    .col(pk_auto(ConferenceEditions::Id))
                    .col(string_len(ConferenceEditions::TitleAr, 300))
                    .col(string_len(ConferenceEditions::TitleEn, 300))
                    .col(string_len(ConferenceEditions::TitleFr, 300))
                    .col(text(ConferenceEditions::DescriptionAr))
                    .col(text(ConferenceEditions::DescriptionEn))
                    .col(text(ConferenceEditions::DescriptionFr))
                    .col(string_len(ConferenceEditions::City, 200))
                    .col(string_len(ConferenceEditions::Venue, 300))
                    .col(string_len(ConferenceEditions::TimeZone, 64))
                    .col(date(ConferenceEditions::StartsOn))
                    .col(date(ConferenceEditions::EndsOn))
                    .col(timestamp_with_time_zone(ConferenceEditions::RegistrationOpensAt))
                    .col(timestamp_with_time_zone(ConferenceEditions::RegistrationClosesAt))
                    .col(integer(ConferenceEditions::Capacity))
                    .col(integer(ConferenceEditions::DelegationQuota))
                    .col(boolean(ConferenceEditions::NeedsApproval))
                    .col(integer(ConferenceEditions::ConfirmedCount).default(0))
                    .col(timestamp_with_time_zone(ConferenceEditions::CreatedAt))
                    .col(timestamp_with_time_zone(ConferenceEditions::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConferenceSessions::Table)
                    .col(pk_auto(ConferenceSessions::Id))
                    .col(integer(ConferenceSessions::EditionId))
                    .col(string_len(ConferenceSessions::TitleAr, 300))
                    .col(string_len(ConferenceSessions::TitleEn, 300))
                    .col(string_len(ConferenceSessions::TitleFr, 300))
                    .col(text(ConferenceSessions::DescriptionAr))
                    .col(text(ConferenceSessions::DescriptionEn))
                    .col(text(ConferenceSessions::DescriptionFr))
                    .col(string_len(ConferenceSessions::Room, 200))
                    .col(string_len(ConferenceSessions::Kind, 20))
                    .col(timestamp_with_time_zone(ConferenceSessions::StartsAt))
                    .col(timestamp_with_time_zone(ConferenceSessions::EndsAt))
                    .col(text(ConferenceSessions::Speakers))
                    .col(integer(ConferenceSessions::Sequence).default(0))
                    .col(timestamp_with_time_zone(ConferenceSessions::CreatedAt))
                    .col(timestamp_with_time_zone(ConferenceSessions::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConferenceSessions::Table, ConferenceSessions::EditionId)
                            .to(ConferenceEditions::Table, ConferenceEditions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conference_sessions_edition_start")
                    .table(ConferenceSessions::Table)
                    .col(ConferenceSessions::EditionId)
                    .col(ConferenceSessions::StartsAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConferenceRegistrations::Table)
                    .col(pk_auto(ConferenceRegistrations::Id))
                    .col(integer(ConferenceRegistrations::EditionId))
                    .col(integer_null(ConferenceRegistrations::MemberId))
                    .col(string_len_null(ConferenceRegistrations::Organisation, 300))
                    .col(string_len(ConferenceRegistrations::Kind, 20))
                    .col(string_len(ConferenceRegistrations::DelegateRole, 20))
                    .col(string_len(ConferenceRegistrations::FullName, 200))
                    .col(string_len(ConferenceRegistrations::Email, 254))
                    .col(string_len_null(ConferenceRegistrations::Phone, 50))
                    .col(string_len(ConferenceRegistrations::Language, 5))
                    .col(string_len(ConferenceRegistrations::Consent, 20))
                    .col(string_len(ConferenceRegistrations::State, 20))
                    .col(string_len_null(ConferenceRegistrations::PassportName, 200))
                    .col(string_len_null(ConferenceRegistrations::PassportNumber, 50))
                    .col(string_len_null(ConferenceRegistrations::Nationality, 2))
                    .col(date_null(ConferenceRegistrations::BirthDate))
                    .col(date_null(ConferenceRegistrations::PassportExpiry))
                    .col(string_len(ConferenceRegistrations::VisaLetter, 20))
                    .col(string_len_uniq(ConferenceRegistrations::ManageTokenHash, 64))
                    .col(string_len_uniq(ConferenceRegistrations::FeedToken, 64))
                    .col(string_len_uniq(ConferenceRegistrations::CheckinCode, 32))
                    .col(timestamp_with_time_zone_null(ConferenceRegistrations::CheckedInAt))
                    .col(integer_null(ConferenceRegistrations::RegisteredBy))
                    .col(timestamp_with_time_zone(ConferenceRegistrations::StateChangedAt))
                    .col(timestamp_with_time_zone(ConferenceRegistrations::CreatedAt))
                    .col(timestamp_with_time_zone(ConferenceRegistrations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConferenceRegistrations::Table, ConferenceRegistrations::EditionId)
                            .to(ConferenceEditions::Table, ConferenceEditions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConferenceRegistrations::Table, ConferenceRegistrations::MemberId)
                            .to(Members::Table, Members::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conference_registrations_edition_state")
                    .table(ConferenceRegistrations::Table)
                    .col(ConferenceRegistrations::EditionId)
                    .col(ConferenceRegistrations::State)
                    .col(ConferenceRegistrations::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conference_registrations_member")
                    .table(ConferenceRegistrations::Table)
                    .col(ConferenceRegistrations::MemberId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConferenceSessionChoices::Table)
                    .col(pk_auto(ConferenceSessionChoices::Id))
                    .col(integer(ConferenceSessionChoices::RegistrationId))
                    .col(integer(ConferenceSessionChoices::SessionId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConferenceSessionChoices::Table, ConferenceSessionChoices::RegistrationId)
                            .to(ConferenceRegistrations::Table, ConferenceRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConferenceSessionChoices::Table, ConferenceSessionChoices::SessionId)
                            .to(ConferenceSessions::Table, ConferenceSessions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conference_session_choices_unique")
                    .table(ConferenceSessionChoices::Table)
                    .col(ConferenceSessionChoices::RegistrationId)
                    .col(ConferenceSessionChoices::SessionId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(InvitationLetters::Table)
                    .col(pk_auto(InvitationLetters::Id))
                    .col(integer(InvitationLetters::RegistrationId))
                    .col(string_len_uniq(InvitationLetters::Code, 64))
                    .col(string_len(InvitationLetters::Language, 5))
                    .col(timestamp_with_time_zone(InvitationLetters::IssuedAt))
                    .col(string_len_null(InvitationLetters::IssuedBy, 254))
                    .foreign_key(
                        ForeignKey::create()
                            .from(InvitationLetters::Table, InvitationLetters::RegistrationId)
                            .to(ConferenceRegistrations::Table, ConferenceRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            InvitationLetters::Table.into_iden(),
            ConferenceSessionChoices::Table.into_iden(),
            ConferenceRegistrations::Table.into_iden(),
            ConferenceSessions::Table.into_iden(),
            ConferenceEditions::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
