//! Tables of the conferences area.
pub mod edition {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "conference_editions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title_ar: String,
        pub title_en: String,
        pub title_fr: String,
        #[sea_orm(column_type = "Text")]
        pub description_ar: String,
        #[sea_orm(column_type = "Text")]
        pub description_en: String,
        #[sea_orm(column_type = "Text")]
        pub description_fr: String,
        pub city: String,
        pub venue: String,
        pub time_zone: String,
        pub starts_on: Date,
        pub ends_on: Date,
        pub registration_opens_at: DateTimeUtc,
        pub registration_closes_at: DateTimeUtc,
        pub capacity: i32,
        pub delegation_quota: i32,
        /// Observers one member may register.
        pub observer_quota: i32,
        pub needs_approval: bool,
        /// Confirmed registrations; moved only by conditional updates, so that simultaneous
        /// sign-ups from any number of processes never exceed the capacity.
        pub confirmed_count: i32,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "conference_sessions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        pub title_ar: String,
        pub title_en: String,
        pub title_fr: String,
        #[sea_orm(column_type = "Text")]
        pub description_ar: String,
        #[sea_orm(column_type = "Text")]
        pub description_en: String,
        #[sea_orm(column_type = "Text")]
        pub description_fr: String,
        pub room: String,
        pub kind: crate::conferences::SessionKind,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        #[sea_orm(column_type = "Text")]
        pub speakers: String,
        /// RFC 5545 SEQUENCE: raised at every change, so calendars replace their copy.
        pub sequence: i32,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod registration {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "conference_registrations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        /// The member authority of a delegation; `None` for an individual application.
        pub member_id: Option<i32>,
        /// The body an individual applicant represents.
        pub organisation: Option<String>,
        pub kind: String,
        pub delegate_role: crate::conferences::registrations::DelegateRole,
        pub full_name: String,
        pub email: String,
        pub phone: Option<String>,
        pub language: crate::i18n::Lang,
        pub consent: crate::conferences::registrations::Consent,
        pub state: crate::conferences::registrations::RegistrationState,
        pub passport_name: Option<String>,
        pub passport_number: Option<String>,
        pub nationality: Option<String>,
        pub birth_date: Option<Date>,
        pub passport_expiry: Option<Date>,
        pub visa_letter: crate::conferences::registrations::VisaLetter,
        /// SHA-256 of the personal link's token; the token itself is only in the email.
        pub manage_token_hash: String,
        /// SHA-256 of the secret in the personal calendar feed's address (the secret is derived
        /// from the personal link's token: see `registrations::service::feed_secret`).
        pub feed_token_hash: String,
        /// Printed as a QR code on the badge and typed at the desk.
        pub checkin_code: String,
        pub checked_in_at: Option<DateTimeUtc>,
        pub registered_by: Option<i32>,
        pub state_changed_at: DateTimeUtc,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session_choice {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "conference_session_choices")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub registration_id: i32,
        pub session_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod letter {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "invitation_letters")]
    pub struct Model {
        /// The letter's number, printed on it.
        #[sea_orm(primary_key)]
        pub id: i32,
        pub registration_id: i32,
        /// The secret of its verification address.
        pub code: String,
        pub language: crate::i18n::Lang,
        pub issued_at: DateTimeUtc,
        pub issued_by: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
