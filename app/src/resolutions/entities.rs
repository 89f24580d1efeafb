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

pub mod action_status {
    use sea_orm::entity::prelude::*;

    /// The statuses an action may have, a list the secretariat edits.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "action_statuses")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub slug: String,
        pub name_ar: String,
        pub name_en: String,
        pub name_fr: String,
        /// The progress an action takes with this status; none: it keeps its own.
        pub default_progress: Option<i32>,
        pub counts_toward_progress: bool,
        pub position: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod action {
    use sea_orm::entity::prelude::*;

    /// An action or project of a text's plan; a project holds sub-actions (`parent_id`).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_actions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub text_id: i32,
        pub parent_id: Option<i32>,
        /// The key a bulk update (CSV) names it by; unique.
        pub external_id: Option<String>,
        pub title_ar: String,
        pub title_en: String,
        pub title_fr: String,
        pub original_language: crate::i18n::Lang,
        pub responsible: crate::resolutions::implementation::Responsible,
        pub member_id: Option<i32>,
        /// The addressee carrying it out, when it is one.
        pub addressee_id: Option<i32>,
        pub status_id: i32,
        /// Its own progress; a parent's shown progress is computed from its children.
        pub progress: i32,
        pub weight: i32,
        pub starts_on: Option<Date>,
        pub due_on: Option<Date>,
        pub position: i32,
        /// When the responsible focal point was last reminded that it is overdue.
        pub reminded_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod action_theme {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_action_themes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub action_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub theme_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An edition that adopted or renewed an action.
pub mod action_edition {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_action_editions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub action_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub edition_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod timeline_entry {
    use sea_orm::entity::prelude::*;

    /// What happened to an action, on a date, and the progress and status it left.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_timeline")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub action_id: i32,
        pub happened_on: Date,
        #[sea_orm(column_type = "Text")]
        pub note: String,
        pub progress_after: Option<i32>,
        pub status_id: Option<i32>,
        pub author_name: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod report {
    use sea_orm::entity::prelude::*;

    /// A focal point's progress report on an action of its member.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_reports")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub action_id: i32,
        pub member_id: i32,
        pub progress: i32,
        #[sea_orm(column_type = "Text")]
        pub note: String,
        pub state: crate::resolutions::implementation::ReportState,
        /// Why it was returned.
        #[sea_orm(column_type = "Text")]
        pub reason: String,
        pub author_name: String,
        pub decided_by: Option<String>,
        pub created_at: DateTimeUtc,
        pub decided_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod bulk_update {
    use sea_orm::entity::prelude::*;

    /// A spreadsheet of action updates as uploaded: its dry run is read from it, and applying it
    /// marks it, so it applies once.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_bulk_updates")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub file_name: String,
        #[sea_orm(column_type = "Text")]
        pub csv: String,
        pub created_by: String,
        pub created_at: DateTimeUtc,
        pub applied_at: Option<DateTimeUtc>,
        pub applied_count: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod addressee {
    use sea_orm::entity::prelude::*;

    /// An organisation outside the network (a ministry, a civil society organisation, an
    /// international body) or a member, that texts are addressed to and letters exchanged with.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_addressees")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub category: crate::resolutions::correspondence::AddresseeCategory,
        /// Set for a member: its names are then the member's own.
        pub member_id: Option<i32>,
        /// In its original script; empty for a member.
        pub name: String,
        pub latin_name: Option<String>,
        pub country: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub contact: Option<String>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod text_addressee {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_text_addressees")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub text_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub addressee_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod letter {
    use sea_orm::entity::prelude::*;

    /// A letter of the correspondence register: sent about a text, or received in reply.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_letters")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub text_id: i32,
        pub direction: crate::resolutions::correspondence::Direction,
        /// The register's number: the year and the letter's rank in it, never reused.
        pub register_year: i32,
        pub register_number: i32,
        /// The correspondent's own reference, for a letter received.
        pub their_reference: Option<String>,
        pub dated_on: Date,
        pub addressee_id: i32,
        pub subject: String,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub in_reply_to: Option<i32>,
        pub recorded_by: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod letter_file {
    use sea_orm::entity::prelude::*;

    /// A letter's scanned copy, apart from the letter so that lists never read it.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resolution_letter_files")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub letter_id: i32,
        pub file_name: String,
        pub content_type: String,
        #[sea_orm(column_type = "Blob")]
        pub bytes: Vec<u8>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
