//! Tables of the resolutions area.
pub mod theme {
    use sea_orm::entity::prelude::*;

    /// The shared list of themes (twinning's needs and offers use it too).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "themes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub slug: String,
        pub name_ar: String,
        pub name_en: String,
        pub name_fr: String,
        pub position: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod text {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_texts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: crate::resolutions::TextKind,
        /// Unique: "C2-R04", "SEC/2027/3".
        pub reference: String,
        /// The language whose wording is the text; the others are translations.
        pub authoritative_language: crate::i18n::Lang,
        pub state: crate::resolutions::TextState,
        /// The conference edition that adopted it, if one did.
        pub edition_id: Option<i32>,
        pub adopting_body: Option<String>,
        pub adopted_on: Option<Date>,
        pub votes_for: Option<i32>,
        pub votes_against: Option<i32>,
        pub votes_abstaining: Option<i32>,
        pub superseded_by: Option<i32>,
        pub current_version: i32,
        /// Set once, at publication: from then on the text is public, whatever its state.
        pub published_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod version {
    use sea_orm::entity::prelude::*;

    /// Every wording a text had; an amendment adds one, nothing replaces one once adopted.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_versions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub text_id: i32,
        pub version: i32,
        pub title_ar: String,
        pub title_en: String,
        pub title_fr: String,
        /// Markdown.
        #[sea_orm(column_type = "Text")]
        pub body_ar: String,
        #[sea_orm(column_type = "Text")]
        pub body_en: String,
        #[sea_orm(column_type = "Text")]
        pub body_fr: String,
        #[sea_orm(column_type = "Text")]
        pub note: String,
        pub created_by: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod text_theme {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_text_themes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub text_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub theme_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod comment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_comments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub text_id: i32,
        /// The version commented on.
        pub version: i32,
        pub member_id: i32,
        pub author_name: String,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
