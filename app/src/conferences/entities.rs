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
        pub kind: String,
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
