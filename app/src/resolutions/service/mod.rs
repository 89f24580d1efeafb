//! Resolutions' rules: the texts and their versions, the lifecycle from draft to publication and
//! after, the members' comments, and what each reader may see.
mod comments;
mod copies;
mod reading;
mod samples;
mod texts;
mod themes;

pub use comments::*;
pub use copies::*;
pub use reading::*;
pub use samples::*;
pub use texts::*;
pub use themes::*;

use crate::i18n::{Lang, Translated};
use crate::resolutions::entities::{text, theme, version};
use crate::resolutions::{Reader, TextState, ThemeView, VersionView};
use crate::server::error::{ServiceError, ServiceResult};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Whether `reader` may see a text at all: the public from its publication on, members while it
/// is open for their comments and from its publication on, the secretariat always (a text
/// adopted or withdrawn without ever being shared stays the secretariat's).
pub fn may_read(row: &text::Model, reader: Reader) -> bool {
    match reader {
        Reader::Secretariat => true,
        Reader::Member { .. } => row.state == TextState::OpenForComment || row.published_at.is_some(),
        Reader::Public => row.published_at.is_some(),
    }
}

/// The text's row when `reader` may see it; `NotFound` otherwise, so nobody learns that a draft
/// exists.
pub(crate) async fn readable_text(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<text::Model> {
    text::Entity::find_by_id(id).one(db).await?.filter(|row| may_read(row, reader)).ok_or(ServiceError::NotFound)
}

pub(crate) async fn version_row(db: &impl ConnectionTrait, text_id: i32, number: i32) -> ServiceResult<version::Model> {
    version::Entity::find()
        .filter(version::Column::TextId.eq(text_id))
        .filter(version::Column::Version.eq(number))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Three stored columns as a text with its original language.
pub(crate) fn translated(original: Lang, [ar, en, fr]: [&str; 3]) -> Translated {
    let mut value = Translated::original(original, "");
    for (lang, text) in [(Lang::Ar, ar), (Lang::En, en), (Lang::Fr, fr)] {
        value.set(lang, Some(text.to_string()));
    }
    value
}

pub(crate) fn title_of(row: &version::Model, original: Lang) -> Translated {
    translated(original, [&row.title_ar, &row.title_en, &row.title_fr])
}

pub(crate) fn version_view(row: &version::Model, original: Lang) -> VersionView {
    let html = |markdown: &str| {
        if markdown.trim().is_empty() {
            String::new()
        } else {
            crate::server::markdown::to_html(markdown)
        }
    };
    VersionView {
        version: row.version,
        title: title_of(row, original),
        body_html: translated(original, [&html(&row.body_ar), &html(&row.body_en), &html(&row.body_fr)]),
        note: row.note.clone(),
        created_on: row.created_at.date_naive(),
    }
}

pub(crate) fn theme_view(row: &theme::Model) -> ThemeView {
    ThemeView {
        id: row.id,
        slug: row.slug.clone(),
        name: [row.name_ar.clone(), row.name_en.clone(), row.name_fr.clone()],
    }
}
