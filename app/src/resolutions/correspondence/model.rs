//! What the correspondence pages and the server share: kinds of addressees, the directions of a
//! letter, the forms and how they are checked, and the views.
use crate::domain::{multiline_text, optional_text, parse_date, required_text, Choice, FieldError};
use crate::resolutions::TextSummary;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// What an addressee is.
    pub enum AddresseeCategory {
        /// A ministry or another public body (the Ministry of Local Government).
        Government => "addressee-category-government",
        CivilSociety => "addressee-category-civil-society",
        International => "addressee-category-international",
        /// A member of the network: its names are the member's own.
        Member => "addressee-category-member",
        Other => "addressee-category-other",
    }
}

crate::choice! {
    /// Whether the secretariat sent a letter or received it.
    pub enum Direction {
        Outgoing => "letter-outgoing",
        Incoming => "letter-incoming",
    }
}

/// What the addressee form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddresseeInput {
    pub category: String,
    /// For a member: which one (its names are then the member's).
    pub member_id: String,
    pub name: String,
    pub latin_name: String,
    pub country: String,
    pub contact: String,
}

/// An addressee whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddresseeFields {
    pub category: AddresseeCategory,
    pub member_id: Option<i32>,
    pub name: String,
    pub latin_name: Option<String>,
    pub country: Option<String>,
    pub contact: Option<String>,
}

impl AddresseeFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &AddresseeInput) -> Result<AddresseeFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let category = AddresseeCategory::parse(&input.category);
        if category.is_none() {
            problems.push(FieldError { field: "category", key: "error-choice-invalid" });
        }
        let member_id = match input.member_id.trim() {
            "" => None,
            typed => {
                let id = typed.parse::<i32>().ok().filter(|id| *id > 0);
                if id.is_none() {
                    problems.push(FieldError { field: "member_id", key: "error-choice-invalid" });
                }
                id
            }
        };
        let is_member = category == Some(AddresseeCategory::Member);
        if is_member && member_id.is_none() && !problems.iter().any(|p| p.field == "member_id") {
            problems.push(FieldError { field: "member_id", key: "error-addressee-member" });
        }
        // A member's names are its own: what was typed for one is not kept.
        let name = if is_member { String::new() } else { required_text(&input.name, "name", 300, &mut problems) };
        let latin_name =
            if is_member { None } else { optional_text(&input.latin_name, "latin_name", 300, &mut problems) };
        let country = match input.country.trim().to_ascii_uppercase() {
            code if code.is_empty() || is_member => None,
            code if crate::membership::country_name(&code, crate::i18n::Lang::En).is_some() => Some(code),
            _ => {
                problems.push(FieldError { field: "country", key: "error-choice-invalid" });
                None
            }
        };
        let contact = Some(multiline_text(&input.contact, "contact", 2_000, &mut problems)).filter(|c| !c.is_empty());
        match category {
            Some(category) if problems.is_empty() => Ok(AddresseeFields {
                category,
                member_id: member_id.filter(|_| is_member),
                name,
                latin_name,
                country,
                contact,
            }),
            _ => Err(problems),
        }
    }
}

/// An addressee as pages name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddresseeView {
    pub id: i32,
    pub category: AddresseeCategory,
    pub member_id: Option<i32>,
    /// In its original script.
    pub name: String,
    pub latin_name: Option<String>,
    pub country: Option<String>,
    /// Only for the secretariat; `None` for others.
    pub contact: Option<String>,
}

impl AddresseeView {
    /// "وزارة الحكم المحلي (Ministry of Local Government)": the original, then its
    /// transliteration when it differs.
    pub fn label(&self) -> String {
        match &self.latin_name {
            Some(latin) if latin != &self.name => format!("{} ({latin})", self.name),
            _ => self.name.clone(),
        }
    }
}

/// The register of addressees, with the members not yet in it (to add one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddresseeRegister {
    pub addressees: Vec<AddresseeView>,
    pub members: Vec<(i32, String)>,
}

/// What the letter form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterInput {
    pub direction: String,
    pub addressee_id: String,
    pub dated_on: String,
    pub their_reference: String,
    pub subject: String,
    pub body: String,
    pub in_reply_to: String,
}

/// A letter whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterFields {
    pub direction: Direction,
    pub addressee_id: i32,
    pub dated_on: NaiveDate,
    pub their_reference: Option<String>,
    pub subject: String,
    pub body: String,
    pub in_reply_to: Option<i32>,
}

/// A positive id as a select sends it; `None` when empty or refused (with a problem then).
fn chosen_id(value: &str, field: &'static str, required: bool, problems: &mut Vec<FieldError>) -> Option<i32> {
    match value.trim() {
        "" => {
            if required {
                problems.push(FieldError { field, key: "error-required" });
            }
            None
        }
        typed => {
            let id = typed.parse::<i32>().ok().filter(|id| *id > 0);
            if id.is_none() {
                problems.push(FieldError { field, key: "error-choice-invalid" });
            }
            id
        }
    }
}

impl LetterFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &LetterInput) -> Result<LetterFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let direction = Direction::parse(&input.direction);
        if direction.is_none() {
            problems.push(FieldError { field: "direction", key: "error-choice-invalid" });
        }
        let addressee_id = chosen_id(&input.addressee_id, "addressee_id", true, &mut problems);
        let dated_on = parse_date(&input.dated_on, "dated_on", "error-date", &mut problems);
        let their_reference = optional_text(&input.their_reference, "their_reference", 100, &mut problems);
        let subject = required_text(&input.subject, "subject", 300, &mut problems);
        let body = multiline_text(&input.body, "body", 50_000, &mut problems);
        if body.is_empty() {
            problems.push(FieldError { field: "body", key: "error-required" });
        }
        let in_reply_to = chosen_id(&input.in_reply_to, "in_reply_to", false, &mut problems);
        match (direction, addressee_id, dated_on) {
            (Some(direction), Some(addressee_id), Some(dated_on)) if problems.is_empty() => {
                Ok(LetterFields { direction, addressee_id, dated_on, their_reference, subject, body, in_reply_to })
            }
            _ => Err(problems),
        }
    }
}

/// "2027/0012": the register's year and the letter's rank in it.
pub fn register_number(year: i32, number: i32) -> String {
    format!("{year}/{number:04}")
}

/// A letter as the register lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterLine {
    pub id: i32,
    pub register: String,
    pub direction: Direction,
    pub dated_on: NaiveDate,
    pub addressee_id: i32,
    pub correspondent: String,
    pub subject: String,
    pub has_file: bool,
}

/// A text's addressees, public; and its correspondence for signed-in members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correspondence {
    pub addressees: Vec<AddresseeView>,
    /// `None` when the reader may not see it (the public).
    pub letters: Option<Vec<LetterLine>>,
    pub may_manage: bool,
}

/// A letter's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterPage {
    pub text: TextSummary,
    pub line: LetterLine,
    pub their_reference: Option<String>,
    pub body: String,
    pub recorded_by: String,
    pub in_reply_to: Option<LetterLine>,
    pub replies: Vec<LetterLine>,
    /// The scanned copy's file name and size in bytes.
    pub file: Option<(String, u64)>,
    pub may_manage: bool,
}

/// The letter form: the text it is about, whom it may be to or from, and the letters it may
/// answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterForm {
    pub text: TextSummary,
    pub addressees: Vec<AddresseeView>,
    pub letters: Vec<LetterLine>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> LetterInput {
        LetterInput {
            direction: "outgoing".into(),
            addressee_id: "3".into(),
            dated_on: "2027-01-15".into(),
            subject: "Recommendation C2-R04".into(),
            body: "Dear Minister,\n\nWe write about…".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_letter_needs_its_correspondent_date_subject_and_text() {
        assert!(LetterFields::parse(&letter()).is_ok());
        let refused = LetterFields::parse(&LetterInput { body: " ".into(), addressee_id: "x".into(), ..letter() });
        let fields: Vec<_> = refused.unwrap_err().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["addressee_id", "body"]);
        let refused = LetterFields::parse(&LetterInput::default()).unwrap_err();
        let fields: Vec<_> = refused.iter().map(|p| p.field).collect();
        assert_eq!(fields, ["direction", "addressee_id", "dated_on", "subject", "body"]);
    }

    #[test]
    fn a_member_addressee_keeps_only_the_member() {
        let member = AddresseeInput {
            category: "member".into(),
            member_id: "7".into(),
            name: "typed".into(),
            country: "FR".into(),
            ..Default::default()
        };
        let fields = AddresseeFields::parse(&member).unwrap();
        assert_eq!((fields.member_id, fields.name.as_str(), fields.country), (Some(7), "", None));
        let missing = AddresseeFields::parse(&AddresseeInput { member_id: String::new(), ..member }).unwrap_err();
        assert_eq!(missing[0].key, "error-addressee-member");
        let ministry = AddresseeInput {
            category: "government".into(),
            member_id: "7".into(),
            name: "وزارة الحكم المحلي".into(),
            latin_name: "Ministry of Local Government".into(),
            country: "ps".into(),
            ..Default::default()
        };
        let fields = AddresseeFields::parse(&ministry).unwrap();
        assert_eq!((fields.member_id, fields.country.as_deref()), (None, Some("PS")));
        let unknown = AddresseeFields::parse(&AddresseeInput { country: "XX".into(), ..ministry }).unwrap_err();
        assert_eq!(unknown[0].field, "country");
    }

    #[test]
    fn register_numbers_sort_as_text() {
        assert_eq!(register_number(2027, 12), "2027/0012");
        assert!(register_number(2027, 9) < register_number(2027, 10));
    }
}
