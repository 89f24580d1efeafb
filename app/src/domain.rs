//! Values checked once where they enter (a form, a CLI argument); once parsed, always valid.
use serde::{Deserialize, Serialize};

/// A closed set of values (roles, statuses, kinds). strum's derives give each value its one name,
/// the same in forms, URLs and the database (`snake_case`), and the Fluent key of its label
/// (`#[strum(message = "…")]`); sea-orm's `DeriveActiveEnum` stores that name, so an unknown
/// stored value is an error, never a silent default.
pub trait Choice:
    Copy + Into<&'static str> + std::str::FromStr + strum::VariantArray + strum::EnumMessage + 'static
{
    /// Every value, in declaration order.
    const ALL: &'static [Self] = Self::VARIANTS;

    fn as_str(self) -> &'static str {
        self.into()
    }

    /// The value named `name` exactly, if there is one.
    fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// The Fluent key of the value's label.
    fn label_key(self) -> &'static str {
        self.get_message().unwrap_or_default()
    }
}

/// Declares a [`Choice`]: `Variant => "label-key"` for each value (the label may be left out for
/// values no page shows). One place holds the derives every choice needs, so each enum reads as
/// the list of its values.
#[macro_export]
macro_rules! choice {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident $(=> $label:literal)?,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[derive(strum::Display, strum::IntoStaticStr, strum::EnumString, strum::EnumMessage, strum::VariantArray)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
        #[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
        $vis enum $name {
            $($(#[$vmeta])* $(#[strum(message = $label)])? $variant,)*
        }
    };
}

impl<T> Choice for T where
    T: Copy + Into<&'static str> + std::str::FromStr + strum::VariantArray + strum::EnumMessage + 'static
{
}

/// A refused field: which one, and the Fluent key of the message shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub key: &'static str,
}

/// Characters no typed text may hold: control characters (NUL among them), and the bidi
/// embeddings, overrides and isolates that make stored text read differently from what it is
/// (Trojan Source). The marks people need in mixed Arabic and Latin text (U+200E, U+200F, U+061C)
/// and the joiners of Arabic script stay allowed.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// The message for a text holding a forbidden character, if it does.
fn forbidden_chars(value: &str, field: &'static str) -> Option<FieldError> {
    value.chars().any(is_forbidden_char).then_some(FieldError { field, key: "error-control-characters" })
}

/// One line of text: spaces collapsed; the problem with it, if any.
fn one_line(value: &str, field: &'static str, max: usize) -> (String, Option<FieldError>) {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let problem = forbidden_chars(&value, field)
        .or_else(|| (value.chars().count() > max).then_some(FieldError { field, key: "error-too-long" }));
    (value, problem)
}

/// A required one-line text: spaces collapsed; `error-required` when empty, `error-too-long`
/// past `max` characters, `error-control-characters` for characters no text may hold.
pub fn required_text(value: &str, field: &'static str, max: usize, problems: &mut Vec<FieldError>) -> String {
    let (value, problem) = one_line(value, field, max);
    if value.is_empty() {
        problems.push(FieldError { field, key: "error-required" });
    }
    problems.extend(problem);
    value
}

/// An optional one-line text: spaces collapsed, `None` when empty.
pub fn optional_text(value: &str, field: &'static str, max: usize, problems: &mut Vec<FieldError>) -> Option<String> {
    let (value, problem) = one_line(value, field, max);
    problems.extend(problem);
    (!value.is_empty()).then_some(value)
}

/// A text of several lines (a motivation, a description, a reason): trimmed, line breaks and tabs
/// kept, at most `max` characters, no other control character.
pub fn multiline_text(value: &str, field: &'static str, max: usize, problems: &mut Vec<FieldError>) -> String {
    let value = value.trim().replace("\r\n", "\n");
    if value.chars().any(|c| c != '\n' && c != '\t' && is_forbidden_char(c)) {
        problems.push(FieldError { field, key: "error-control-characters" });
    } else if value.chars().count() > max {
        problems.push(FieldError { field, key: "error-too-long" });
    }
    value
}

/// An optional website address as people type it ("hebron.ps", "http://الخليل.ps"): `https://`
/// is added when no scheme is given; the host may be in any script (internationalised domain
/// names are kept as written, for people to read). At most `max` characters with the scheme.
pub fn optional_website(
    value: &str,
    field: &'static str,
    max: usize,
    problems: &mut Vec<FieldError>,
) -> Option<String> {
    let typed = value.trim();
    if typed.is_empty() {
        return None;
    }
    let lowered = typed.to_lowercase();
    let address = if lowered.starts_with("http://") || lowered.starts_with("https://") {
        typed.to_string()
    } else {
        format!("https://{typed}")
    };
    let invalid = FieldError { field, key: "error-website" };
    let Some((_, rest)) = address.split_once("://") else {
        problems.push(invalid);
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match host.rsplit_once(':') {
        Some((name, port)) if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    };
    let labels: Vec<&str> = host.split('.').collect();
    let good_host = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if !good_host || address.chars().any(|c| c.is_whitespace() || is_forbidden_char(c)) {
        problems.push(invalid);
    } else if address.chars().count() > max {
        problems.push(FieldError { field, key: "error-too-long" });
    }
    Some(address)
}

/// A date as date inputs send it (`YYYY-MM-DD`); `key` is the message when it is not one.
pub fn parse_date(
    value: &str,
    field: &'static str,
    key: &'static str,
    problems: &mut Vec<FieldError>,
) -> Option<chrono::NaiveDate> {
    let parsed = chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
    if parsed.is_none() {
        problems.push(FieldError { field, key });
    }
    parsed
}

/// A lower-cased email address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// # Errors
    /// `error-email-invalid` on the `email` field.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let value = raw.trim().to_lowercase();
        let invalid = FieldError { field: "email", key: "error-email-invalid" };
        let (local, domain) = value.split_once('@').ok_or(invalid)?;
        let well_formed = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && value.len() <= 254
            && !value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == ',');
        if well_formed {
            Ok(EmailAddress(value))
        } else {
            Err(invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: 10 to 200 characters.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 10;

    /// # Errors
    /// `error-password-too-short` or `error-password-too-long` on `password`.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let count = raw.chars().count();
        if count < Self::MIN_CHARS {
            Err(FieldError { field: "password", key: "error-password-too-short" })
        } else if count > 200 {
            Err(FieldError { field: "password", key: "error-password-too-long" })
        } else {
            Ok(Password(raw.to_string()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A person's name as they want to be addressed: 1 to 200 characters, any script.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    /// # Errors
    /// `error-name-required` or `error-name-too-long` on `field`.
    pub fn parse(raw: &str, field: &'static str) -> Result<Self, FieldError> {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            Err(FieldError { field, key: "error-name-required" })
        } else if let Some(problem) = forbidden_chars(&value, field) {
            Err(problem)
        } else if value.chars().count() > 200 {
            Err(FieldError { field, key: "error-name-too-long" })
        } else {
            Ok(PersonName(value))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(EmailAddress::parse("  Amal@Hebron-City.PS ").unwrap().as_str(), "amal@hebron-city.ps");
        for bad in ["", "amal", "@x.org", "amal@localhost", "a b@x.org", "a@x.", "a@@x.org", "a@.org"] {
            assert_eq!(EmailAddress::parse(bad).unwrap_err().key, "error-email-invalid", "{bad}");
        }
    }

    #[test]
    fn passwords_have_bounds_counted_in_characters() {
        assert_eq!(Password::parse("short").unwrap_err().key, "error-password-too-short");
        assert!(Password::parse("كلمة سر طويلة").is_ok());
        assert_eq!(Password::parse(&"x".repeat(201)).unwrap_err().key, "error-password-too-long");
        assert_eq!(format!("{:?}", Password::parse("long enough!").unwrap()), "Password(…)");
    }

    #[test]
    fn websites_in_any_script_never_panic() {
        let parse = |typed: &str| {
            let mut problems = Vec::new();
            let value = optional_website(typed, "website", 300, &mut problems);
            (value, problems.first().map(|p| p.key))
        };
        assert_eq!(parse("hebron-city.ps"), (Some("https://hebron-city.ps".into()), None));
        assert_eq!(parse("http://الخليل.ps/ar"), (Some("http://الخليل.ps/ar".into()), None));
        assert_eq!(parse("http://é.org"), (Some("http://é.org".into()), None));
        assert_eq!(parse("HTTPS://City.org:8080/x"), (Some("HTTPS://City.org:8080/x".into()), None));
        assert_eq!(parse("  "), (None, None));
        for bad in ["é", "http://é", "https://", "a b.org", "city..org", "-x.org", "x.org\u{202E}", "http://\u{0}.org"]
        {
            assert_eq!(parse(bad).1, Some("error-website"), "{bad:?}");
        }
        // The limit counts the added scheme: what is stored fits its column.
        assert_eq!(parse(&format!("{}.org", "a".repeat(292))).1, Some("error-too-long"));
        assert_eq!(parse(&format!("{}.org", "a".repeat(288))).1, None);
    }

    #[test]
    fn control_and_bidi_override_characters_are_refused() {
        for bad in ["Amal\u{0}", "Amal\u{202E}dadaH", "\u{2066}x\u{2069}", "a\u{7}b"] {
            assert_eq!(PersonName::parse(bad, "name").unwrap_err().key, "error-control-characters", "{bad:?}");
            let mut problems = Vec::new();
            required_text(bad, "title", 300, &mut problems);
            assert_eq!(problems[0].key, "error-control-characters", "{bad:?}");
        }
        // Marks that mixed Arabic and Latin text needs stay allowed, and so do line breaks in
        // texts of several lines.
        assert!(PersonName::parse("أمل\u{200F} Haddad\u{200E}", "name").is_ok());
        let mut problems = Vec::new();
        assert_eq!(multiline_text(" one\r\ntwo\tthree ", "motivation", 100, &mut problems), "one\ntwo\tthree");
        multiline_text("one\u{0}two", "motivation", 100, &mut problems);
        assert_eq!(problems, vec![FieldError { field: "motivation", key: "error-control-characters" }]);
    }

    #[test]
    fn names_collapse_whitespace() {
        assert_eq!(PersonName::parse("  Amal   Haddad ", "name").unwrap().as_str(), "Amal Haddad");
        assert_eq!(PersonName::parse("   ", "name").unwrap_err().key, "error-name-required");
    }
}
