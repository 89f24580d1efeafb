//! What a person registers with: their details and passport, checked once.
use crate::conferences::registrations::{Consent, DelegateInput, DelegateRole};
use crate::domain::Choice;
use crate::domain::{optional_text, parse_date, EmailAddress, FieldError, PersonName};
use crate::i18n::Lang;
use chrono::{NaiveDate, Utc};

/// Passport details, kept only when the person asks for a visa letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passport {
    pub name: String,
    pub number: String,
    pub nationality: String,
    pub birth_date: NaiveDate,
    pub expiry: NaiveDate,
}

/// A person to register, every field checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delegate {
    pub full_name: PersonName,
    pub email: EmailAddress,
    pub phone: Option<String>,
    pub language: Lang,
    pub role: DelegateRole,
    pub consent: Consent,
    /// The body an individual applicant represents.
    pub organisation: Option<String>,
    pub passport: Option<Passport>,
}

impl Delegate {
    /// Checks a delegate of a member's delegation (`individual` false) or an individual
    /// applicant, and reports every problem at once.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &DelegateInput, individual: bool) -> Result<Delegate, Vec<FieldError>> {
        let mut problems = Vec::new();
        let full_name = PersonName::parse(&input.full_name, "full_name").map_err(|e| problems.push(e)).ok();
        let email = EmailAddress::parse(&input.email).map_err(|e| problems.push(e)).ok();
        let phone = optional_text(&input.phone, "phone", 50, &mut problems);
        let language = Lang::parse(&input.language);
        if language.is_none() {
            problems.push(FieldError { field: "language", key: "error-choice-invalid" });
        }
        let role = if individual {
            Some(DelegateRole::Individual)
        } else {
            DelegateRole::parse(&input.role).filter(|r| DelegateRole::DELEGATION.contains(r))
        };
        if role.is_none() {
            problems.push(FieldError { field: "role", key: "error-choice-invalid" });
        }
        let consent = Consent::parse(&input.consent);
        if consent.is_none() {
            problems.push(FieldError { field: "consent", key: "error-choice-invalid" });
        }
        let organisation = if individual {
            let organisation = crate::domain::required_text(&input.organisation, "organisation", 300, &mut problems);
            Some(organisation)
        } else {
            None
        };
        let passport = if matches!(input.visa_letter.as_str(), "on" | "true" | "requested" | "issued") {
            Passport::parse(input, &mut problems)
        } else {
            None
        };
        match (full_name, email, language, role, consent) {
            (Some(full_name), Some(email), Some(language), Some(role), Some(consent)) if problems.is_empty() => {
                Ok(Delegate { full_name, email, phone, language, role, consent, organisation, passport })
            }
            _ => Err(problems),
        }
    }
}

impl Passport {
    fn parse(input: &DelegateInput, problems: &mut Vec<FieldError>) -> Option<Passport> {
        let name = crate::domain::required_text(&input.passport_name, "passport_name", 200, problems);
        let number = crate::domain::required_text(&input.passport_number, "passport_number", 50, problems);
        let nationality = input.nationality.trim().to_ascii_uppercase();
        if crate::membership::country_name(&nationality, Lang::En).is_none() {
            problems.push(FieldError { field: "nationality", key: "error-choice-invalid" });
        }
        let birth_date = parse_date(&input.birth_date, "birth_date", "error-date", problems);
        let expiry = parse_date(&input.passport_expiry, "passport_expiry", "error-date", problems);
        if expiry.is_some_and(|e| e < Utc::now().date_naive()) {
            problems.push(FieldError { field: "passport_expiry", key: "error-passport-expired" });
        }
        Some(Passport { name, number, nationality, birth_date: birth_date?, expiry: expiry? })
    }
}
