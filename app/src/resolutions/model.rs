//! The area's types that pages and the server share: kinds and states of texts, what the forms
//! send and how it is checked, and the views pages show.
use crate::conferences::Trilingual;
use crate::domain::{multiline_text, optional_text, required_text, Choice, FieldError};
use crate::i18n::{Lang, Translated};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// What a text is.
    pub enum TextKind {
        Resolution => "text-kind-resolution",
        Recommendation => "text-kind-recommendation",
        Proposal => "text-kind-proposal",
        /// A conference's final statement.
        Declaration => "text-kind-declaration",
    }
}

crate::choice! {
    /// Where a text stands. Drafts and texts open for comment are not public; a text is public
    /// from its publication on, whatever happens to it later (superseded, withdrawn).
    pub enum TextState {
        Draft => "text-state-draft",
        OpenForComment => "text-state-open-for-comment",
        Adopted => "text-state-adopted",
        Published => "text-state-published",
        Superseded => "text-state-superseded",
        Withdrawn => "text-state-withdrawn",
    }
}

impl TextState {
    /// The next states the secretariat may move a text to (superseding needs the other text,
    /// adopting its details: their own forms).
    pub fn may_become(self, next: TextState) -> bool {
        use TextState::*;
        matches!(
            (self, next),
            (Draft, OpenForComment)
                | (OpenForComment, Draft)
                | (Draft | OpenForComment, Adopted)
                | (Adopted, Published)
                | (Adopted | Published, Superseded)
                | (Draft | OpenForComment | Adopted | Published, Withdrawn)
        )
    }

    /// Its wording may still change in place (before adoption); later a change is an amendment,
    /// a new version.
    pub fn is_editable_in_place(self) -> bool {
        matches!(self, TextState::Draft | TextState::OpenForComment)
    }
}

/// Who reads a text, which decides what they see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Public,
    /// A focal point: reads texts from the time they are open for comment, and comments for
    /// their member.
    Member {
        member_id: i32,
    },
    Secretariat,
}

/// What the text form sends, as typed. Titles and bodies are Markdown; the authoritative
/// language's title and body are required, the others are translations and may wait.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextInput {
    pub kind: String,
    pub reference: String,
    pub authoritative_language: String,
    pub title_ar: String,
    pub title_en: String,
    pub title_fr: String,
    pub body_ar: String,
    pub body_en: String,
    pub body_fr: String,
    /// Theme ids, as the check boxes send them.
    pub themes: Vec<String>,
    /// Ids of the register's addressees, as the check boxes send them.
    pub addressees: Vec<String>,
    /// What an amendment changes (required for one).
    pub note: String,
}

/// A text whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextFields {
    pub kind: TextKind,
    pub reference: String,
    pub title: Translated,
    pub body: Translated,
    pub themes: Vec<i32>,
    pub addressees: Vec<i32>,
    pub note: String,
}

/// The most check boxes a form's list may send.
const MOST_CHOICES: usize = 2000;

/// Ids as check boxes send them, sorted, once each; `error-choice-invalid` at `field` for one
/// that is not an id, or for more than a list holds.
pub fn checked_ids(typed: &[String], field: &'static str, problems: &mut Vec<FieldError>) -> Vec<i32> {
    // More boxes than any list of Sumud has: refused before the database sees them.
    if typed.len() > MOST_CHOICES {
        problems.push(FieldError { field, key: "error-choice-invalid" });
        return Vec::new();
    }
    let mut ids = Vec::new();
    for value in typed {
        match value.trim().parse::<i32>() {
            Ok(id) if id > 0 => ids.push(id),
            _ => problems.push(FieldError { field, key: "error-choice-invalid" }),
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A reference as the secretariat writes them: letters, digits, `-`, `/` and `.`, such as
/// "C2-R04" or "SEC/2027/3".
fn reference(value: &str, problems: &mut Vec<FieldError>) -> String {
    let value = required_text(value, "reference", 40, problems);
    if !value.is_empty() && !value.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.')) {
        problems.push(FieldError { field: "reference", key: "error-reference" });
    }
    value
}

impl TextFields {
    /// Checks every field and reports every problem at once.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &TextInput) -> Result<TextFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let kind = TextKind::parse(&input.kind);
        if kind.is_none() {
            problems.push(FieldError { field: "kind", key: "error-choice-invalid" });
        }
        let reference = reference(&input.reference, &mut problems);
        let original = Lang::parse(&input.authoritative_language).filter(|_| input.authoritative_language.len() == 2);
        if original.is_none() {
            problems.push(FieldError { field: "authoritative_language", key: "error-choice-invalid" });
        }
        let original = original.unwrap_or(Lang::Ar);
        let mut title = Translated::original(original, "");
        let mut body = Translated::original(original, "");
        for (lang, typed_title, typed_body, title_field, body_field) in [
            (Lang::Ar, &input.title_ar, &input.body_ar, "title_ar", "body_ar"),
            (Lang::En, &input.title_en, &input.body_en, "title_en", "body_en"),
            (Lang::Fr, &input.title_fr, &input.body_fr, "title_fr", "body_fr"),
        ] {
            let typed_title = optional_text(typed_title, title_field, 300, &mut problems);
            let typed_body = multiline_text(typed_body, body_field, 100_000, &mut problems);
            if lang == original {
                if typed_title.is_none() {
                    problems.push(FieldError { field: title_field, key: "error-authoritative-required" });
                }
                if typed_body.is_empty() {
                    problems.push(FieldError { field: body_field, key: "error-authoritative-required" });
                }
            }
            title.set(lang, typed_title);
            body.set(lang, Some(typed_body));
        }
        let themes = checked_ids(&input.themes, "themes", &mut problems);
        let addressees = checked_ids(&input.addressees, "addressees", &mut problems);
        let note = multiline_text(&input.note, "note", 2_000, &mut problems);
        match kind {
            Some(kind) if problems.is_empty() => {
                Ok(TextFields { kind, reference, title, body, themes, addressees, note })
            }
            _ => Err(problems),
        }
    }
}

/// What the adoption form sends: the date, the body that adopted it, the edition of the
/// conference if it was one, and the vote when there was one (all three counts, or none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AdoptionInput {
    pub adopted_on: String,
    pub adopting_body: String,
    pub edition_id: String,
    pub votes_for: String,
    pub votes_against: String,
    pub votes_abstaining: String,
}

/// A vote's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub for_: i32,
    pub against: i32,
    pub abstaining: i32,
}

/// An adoption whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adoption {
    pub adopted_on: NaiveDate,
    pub adopting_body: String,
    pub edition_id: Option<i32>,
    pub vote: Option<Vote>,
}

impl Adoption {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &AdoptionInput) -> Result<Adoption, Vec<FieldError>> {
        let mut problems = Vec::new();
        let adopted_on = crate::domain::parse_date(&input.adopted_on, "adopted_on", "error-date", &mut problems);
        let adopting_body = required_text(&input.adopting_body, "adopting_body", 300, &mut problems);
        let edition_id = match input.edition_id.trim() {
            "" => None,
            typed => match typed.parse::<i32>() {
                Ok(id) if id > 0 => Some(id),
                _ => {
                    problems.push(FieldError { field: "edition_id", key: "error-choice-invalid" });
                    None
                }
            },
        };
        let typed = [
            (&input.votes_for, "votes_for"),
            (&input.votes_against, "votes_against"),
            (&input.votes_abstaining, "votes_abstaining"),
        ];
        let given = typed.iter().filter(|(value, _)| !value.trim().is_empty()).count();
        let mut counts = [0; 3];
        if given > 0 {
            for (slot, (value, field)) in counts.iter_mut().zip(typed) {
                match value.trim().parse::<i32>() {
                    Ok(n) if (0..=100_000).contains(&n) => *slot = n,
                    _ => problems.push(FieldError { field, key: "error-vote-count" }),
                }
            }
        }
        let vote = (given > 0).then_some(Vote { for_: counts[0], against: counts[1], abstaining: counts[2] });
        match adopted_on {
            Some(adopted_on) if problems.is_empty() => Ok(Adoption { adopted_on, adopting_body, edition_id, vote }),
            _ => Err(problems),
        }
    }
}

/// What the theme form sends: a short name for addresses and the name in each language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThemeInput {
    pub slug: String,
    pub name_ar: String,
    pub name_en: String,
    pub name_fr: String,
}

/// A theme whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeFields {
    pub slug: String,
    pub name: [String; 3],
}

impl ThemeFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &ThemeInput) -> Result<ThemeFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let slug = required_text(&input.slug, "slug", 60, &mut problems).to_lowercase();
        if !slug.is_empty() && !slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            problems.push(FieldError { field: "slug", key: "error-slug" });
        }
        let name = [
            required_text(&input.name_ar, "name_ar", 200, &mut problems),
            required_text(&input.name_en, "name_en", 200, &mut problems),
            required_text(&input.name_fr, "name_fr", 200, &mut problems),
        ];
        if problems.is_empty() {
            Ok(ThemeFields { slug, name })
        } else {
            Err(problems)
        }
    }
}

/// A theme of the shared list, in the three languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeView {
    pub id: i32,
    pub slug: String,
    pub name: [String; 3],
}

impl ThemeView {
    pub fn name(&self, lang: Lang) -> &str {
        &self.name[lang.index()]
    }
}

/// A text as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSummary {
    pub id: i32,
    pub reference: String,
    pub kind: TextKind,
    pub state: TextState,
    pub title: Translated,
    pub adopted_on: Option<NaiveDate>,
    pub themes: Vec<i32>,
}

/// What `/resolutions` asks for: filters and a page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct TextQuery {
    pub kind: String,
    pub theme: String,
    pub state: String,
    /// The conference edition that adopted the texts.
    pub edition: String,
    /// Words of a title or text, in any language.
    pub q: String,
    /// An addressee of the register the texts are addressed to.
    pub addressee: String,
    pub page: u64,
}

/// A page of the list, with the themes to name and filter by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextList {
    pub texts: Vec<TextSummary>,
    pub themes: Vec<ThemeView>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    /// The editions that adopted a text the reader may see, to filter by.
    pub editions: Vec<(i32, Trilingual)>,
    /// The addressees of a text the reader may see, to filter by: id and name.
    pub addressees: Vec<(i32, String)>,
    /// The reader is the secretariat: drafts are listed, and a new text may be started.
    pub may_manage: bool,
}

/// One version of a text: its wording, the body already rendered to sanitised HTML.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionView {
    pub version: i32,
    pub title: Translated,
    /// Sanitised HTML per language, rendered from the Markdown.
    pub body_html: Translated,
    pub note: String,
    pub created_on: NaiveDate,
}

/// A member's comment on a text open for comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i32,
    pub member_id: i32,
    pub member_name: String,
    pub author_name: String,
    pub version: i32,
    pub body: String,
    pub created_on: NaiveDate,
}

/// A text's page: its current wording, how it was adopted, its versions and, for members and
/// the secretariat, the comments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPage {
    pub summary: TextSummary,
    pub current: VersionView,
    pub versions: Vec<(i32, NaiveDate)>,
    pub adopting_body: Option<String>,
    pub edition: Option<(i32, Trilingual)>,
    pub vote: Option<Vote>,
    pub superseded_by: Option<(i32, String)>,
    pub themes: Vec<ThemeView>,
    /// `None` when the reader may not see them (the public).
    pub comments: Option<Vec<CommentView>>,
    /// The reader's member may comment now.
    pub may_comment: bool,
    pub may_manage: bool,
    /// For the secretariat's adoption form: the editions that may have adopted it.
    pub editions: Vec<(i32, Trilingual)>,
}

/// A run of a compared text, and whether it changed.
pub type Piece = (String, bool);

/// One language of a comparison: the older text's pieces and the newer text's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparedLanguage {
    pub lang: Lang,
    pub before: Vec<Piece>,
    pub after: Vec<Piece>,
}

/// Two versions side by side: per language, the words of each with what changed marked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub summary: TextSummary,
    pub from: i32,
    pub to: i32,
    pub languages: Vec<ComparedLanguage>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> TextInput {
        TextInput {
            kind: "recommendation".into(),
            reference: "C2-R04".into(),
            authoritative_language: "ar".into(),
            title_ar: "توصية بشأن النقل".into(),
            body_ar: "نص **التوصية**".into(),
            themes: vec!["3".into(), "1".into(), "3".into()],
            ..Default::default()
        }
    }

    #[test]
    fn the_authoritative_language_is_required_and_translations_may_wait() {
        let text = TextFields::parse(&input()).unwrap();
        assert_eq!(text.title.original, Lang::Ar);
        assert_eq!(text.title.show(Lang::Fr).text, "توصية بشأن النقل");
        assert!(text.title.show(Lang::Fr).is_fallback);
        assert_eq!(text.themes, vec![1, 3]);

        let mut french = input();
        french.authoritative_language = "fr".into();
        let problems = TextFields::parse(&french).unwrap_err();
        assert!(problems.contains(&FieldError { field: "title_fr", key: "error-authoritative-required" }));
        assert!(problems.contains(&FieldError { field: "body_fr", key: "error-authoritative-required" }));
    }

    #[test]
    fn references_kinds_and_themes_are_checked() {
        let mut bad = input();
        bad.reference = "C2 R<04>".into();
        bad.kind = "decree".into();
        bad.themes = vec!["x".into()];
        bad.authoritative_language = "ar-PS".into();
        let fields: Vec<&str> = TextFields::parse(&bad).unwrap_err().iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["kind", "reference", "authoritative_language", "themes"]);
    }

    #[test]
    fn a_vote_has_all_three_counts_or_none() {
        let mut adoption = AdoptionInput {
            adopted_on: "2027-05-12".into(),
            adopting_body: "General Conference".into(),
            ..Default::default()
        };
        assert_eq!(Adoption::parse(&adoption).unwrap().vote, None);
        adoption.votes_for = "120".into();
        let fields: Vec<&str> = Adoption::parse(&adoption).unwrap_err().iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["votes_against", "votes_abstaining"]);
        adoption.votes_against = "3".into();
        adoption.votes_abstaining = "0".into();
        assert_eq!(Adoption::parse(&adoption).unwrap().vote, Some(Vote { for_: 120, against: 3, abstaining: 0 }));
    }

    #[test]
    fn only_the_lifecycle_moves_are_allowed() {
        assert!(TextState::Draft.may_become(TextState::OpenForComment));
        assert!(TextState::Adopted.may_become(TextState::Published));
        assert!(!TextState::Draft.may_become(TextState::Published));
        assert!(!TextState::Withdrawn.may_become(TextState::Published));
        assert!(!TextState::Superseded.may_become(TextState::Withdrawn));
    }
}
