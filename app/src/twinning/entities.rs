//! Tables of the twinning area.
pub mod agreement {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreements")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: crate::twinning::AgreementKind,
        pub title: String,
        /// The language of the title and summary.
        pub language: crate::i18n::Lang,
        #[sea_orm(column_type = "Text")]
        pub summary: String,
        pub signed_place: Option<String>,
        /// The last stage reached, and when (the history is in `agreement_stages`).
        pub stage: crate::twinning::AgreementStage,
        pub stage_on: Date,
        /// Public from then on, until a party changes it again.
        pub validated_at: Option<DateTimeUtc>,
        pub validated_by: Option<String>,
        pub created_by: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod party {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreement_parties")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub agreement_id: i32,
        pub position: i32,
        /// A member of the network; otherwise the name, transliteration and country say who.
        pub member_id: Option<i32>,
        pub name: Option<String>,
        pub latin_name: Option<String>,
        pub country: Option<String>,
        pub signatory_name: Option<String>,
        pub signatory_title: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod agreement_theme {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreement_themes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub agreement_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub theme_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod stage {
    use sea_orm::entity::prelude::*;

    /// Every stage an agreement reached, in the order recorded.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreement_stages")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub agreement_id: i32,
        pub stage: crate::twinning::AgreementStage,
        pub reached_on: Date,
        pub recorded_by: String,
        pub recorded_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod document {
    use sea_orm::entity::prelude::*;

    /// A file of an agreement (the signed text, minutes, a photograph), kept in the document
    /// store under its SHA-256.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreement_documents")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub agreement_id: i32,
        pub title: String,
        /// The name it is downloaded under, made safe, with its checked type's extension.
        pub file_name: String,
        pub content_type: String,
        pub size_bytes: i64,
        pub sha256: String,
        pub uploaded_by: String,
        pub uploaded_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod project {
    use sea_orm::entity::prelude::*;

    /// A project in a Palestinian locality (a member), under an agreement or on its own.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "projects")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        /// The language of the title and description.
        pub language: crate::i18n::Lang,
        #[sea_orm(column_type = "Text")]
        pub description: String,
        pub locality_id: i32,
        pub agreement_id: Option<i32>,
        pub status: crate::twinning::ProjectStatus,
        pub starts_on: Option<Date>,
        pub ends_on: Option<Date>,
        pub created_by: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod project_theme {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "project_themes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub project_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub theme_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod support {
    use sea_orm::entity::prelude::*;

    /// Support a project receives: from a member or a body named here; financial support with
    /// its amount in minor units of its currency.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "project_support")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub project_id: i32,
        pub giver_member_id: Option<i32>,
        pub giver_name: Option<String>,
        pub kind: crate::twinning::SupportKind,
        pub amount_minor: Option<i64>,
        pub currency: Option<String>,
        pub description: String,
        pub given_on: Option<Date>,
        pub recorded_by: String,
        pub recorded_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod visit {
    use sea_orm::entity::prelude::*;

    /// A delegation of one member visiting another.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "exchange_visits")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub agreement_id: Option<i32>,
        pub from_member_id: i32,
        pub to_member_id: i32,
        pub starts_on: Date,
        pub ends_on: Date,
        pub purpose: String,
        pub delegation_size: i32,
        #[sea_orm(column_type = "Text")]
        pub outcome: String,
        pub recorded_by: String,
        pub recorded_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
