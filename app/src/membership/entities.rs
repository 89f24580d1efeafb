//! Tables of the membership area.
pub mod member {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "members")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: crate::membership::AuthorityKind,
        pub official_name: String,
        pub latin_name: String,
        pub arabic_name: Option<String>,
        pub english_name: Option<String>,
        pub french_name: Option<String>,
        pub country: String,
        pub region: Option<String>,
        pub population: Option<i64>,
        pub website: Option<String>,
        pub head_name: String,
        pub head_title: String,
        pub focal_name: String,
        pub focal_email: String,
        pub focal_phone: String,
        pub focal_language: crate::i18n::Lang,
        pub motivation: String,
        pub status: crate::membership::MemberStatus,
        pub review_state: crate::membership::ReviewState,
        pub decision_reason: Option<String>,
        pub member_since: Option<Date>,
        /// Since when its dues for a past year are unpaid after their grace date (finance
        /// records it); `None`: its dues are in order.
        pub dues_arrears_since: Option<Date>,
        /// Where it is, in millionths of a degree (the map); both or neither.
        pub latitude_micro: Option<i32>,
        pub longitude_micro: Option<i32>,
        pub status_changed_at: DateTimeUtc,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod member_name_key {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "member_name_keys")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub member_id: i32,
        pub country: String,
        pub name_key: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod certificate {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "certificates")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub member_id: i32,
        /// The secret part of the verification address.
        pub code: String,
        pub language: crate::i18n::Lang,
        pub issued_at: DateTimeUtc,
        pub issued_by: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod standing_change {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "member_standing_changes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub member_id: i32,
        pub from_status: crate::membership::MemberStatus,
        pub to_status: crate::membership::MemberStatus,
        #[sea_orm(column_type = "Text")]
        pub reason: String,
        pub effective_on: Date,
        pub recorded_at: DateTimeUtc,
        pub recorded_by: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
