//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use crate::domain::{multiline_text, required_text, FieldError};
use crate::i18n::Lang;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// Text the secretariat writes in each working language; a reader sees their language, or
/// the first one written when theirs is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trilingual {
    pub ar: String,
    pub en: String,
    pub fr: String,
}

impl Trilingual {
    pub fn new(ar: impl Into<String>, en: impl Into<String>, fr: impl Into<String>) -> Self {
        Trilingual { ar: ar.into(), en: en.into(), fr: fr.into() }
    }

    /// The text in `lang`, or in another language (Arabic, English, French in that order).
    pub fn get(&self, lang: Lang) -> &str {
        let own = match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        };
        [own, &self.ar, &self.en, &self.fr].into_iter().find(|t| !t.trim().is_empty()).map_or("", |t| t.as_str())
    }
}

crate::choice! {
    /// The kinds of session on an agenda.
    pub enum SessionKind {
        Plenary => "session-plenary",
        Workshop => "session-workshop",
        Bilateral => "session-bilateral",
        Visit => "session-visit",
    }
}

/// What the edition form sends, as typed. Dates are `YYYY-MM-DD`; the registration window is
/// local time at the venue (`YYYY-MM-DDTHH:MM`, as `datetime-local` inputs send it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EditionInput {
    pub title_ar: String,
    pub title_en: String,
    pub title_fr: String,
    pub description_ar: String,
    pub description_en: String,
    pub description_fr: String,
    pub city: String,
    pub venue: String,
    pub time_zone: String,
    pub starts_on: String,
    pub ends_on: String,
    pub registration_opens: String,
    pub registration_closes: String,
    pub capacity: String,
    pub delegation_quota: String,
    /// Empty: the default, [`DEFAULT_OBSERVER_QUOTA`].
    pub observer_quota: String,
    pub needs_approval: String,
}

/// Observers one member may register when the secretariat sets no other number.
pub const DEFAULT_OBSERVER_QUOTA: i32 = 5;

/// What the session form sends; times are local at the venue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionInput {
    pub title_ar: String,
    pub title_en: String,
    pub title_fr: String,
    pub description_ar: String,
    pub description_en: String,
    pub description_fr: String,
    pub room: String,
    pub kind: String,
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub speakers: String,
}

/// Trims and checks the three titles: each required, at most 300 characters.
pub fn parse_titles(ar: &str, en: &str, fr: &str, problems: &mut Vec<FieldError>) -> Trilingual {
    Trilingual {
        ar: required_text(ar, "title_ar", 300, problems),
        en: required_text(en, "title_en", 300, problems),
        fr: required_text(fr, "title_fr", 300, problems),
    }
}

/// Trims the three descriptions (optional, at most 10,000 characters each).
pub fn parse_descriptions(ar: &str, en: &str, fr: &str, problems: &mut Vec<FieldError>) -> Trilingual {
    Trilingual {
        ar: multiline_text(ar, "description_ar", 10_000, problems),
        en: multiline_text(en, "description_en", 10_000, problems),
        fr: multiline_text(fr, "description_fr", 10_000, problems),
    }
}

/// An edition as its pages show it; times already in the venue's time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionView {
    pub id: i32,
    pub title: Trilingual,
    pub description: Trilingual,
    pub city: String,
    pub venue: String,
    pub time_zone: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Local at the venue.
    pub registration_opens: NaiveDateTime,
    pub registration_closes: NaiveDateTime,
    pub registration_open_now: bool,
    pub capacity: i32,
    pub delegation_quota: i32,
    pub observer_quota: i32,
    pub needs_approval: bool,
    pub confirmed: i32,
    pub is_past: bool,
}

/// One session of the agenda; times in the venue's time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i32,
    pub title: Trilingual,
    pub description: Trilingual,
    pub room: String,
    pub kind: SessionKind,
    /// Local at the venue.
    pub day: NaiveDate,
    /// `HH:MM`, local at the venue.
    pub starts: String,
    pub ends: String,
    pub speakers: String,
}

/// An edition with its agenda, one entry per day in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionPage {
    pub edition: EditionView,
    pub days: Vec<(NaiveDate, Vec<SessionView>)>,
}

/// The conference home: the editions to come and the archive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionList {
    pub upcoming: Vec<EditionView>,
    pub past: Vec<EditionView>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_sees_their_language_or_the_first_written() {
        let text = Trilingual::new("المؤتمر", "", "La conférence");
        assert_eq!(text.get(Lang::Ar), "المؤتمر");
        assert_eq!(text.get(Lang::En), "المؤتمر");
        assert_eq!(text.get(Lang::Fr), "La conférence");
        assert_eq!(Trilingual::default().get(Lang::En), "");
    }

    #[test]
    fn titles_are_required_in_every_language() {
        let mut problems = Vec::new();
        let titles = parse_titles("  المؤتمر  الثاني ", "", "x", &mut problems);
        assert_eq!(titles.ar, "المؤتمر الثاني");
        assert_eq!(problems, vec![FieldError { field: "title_en", key: "error-required" }]);
    }
}
