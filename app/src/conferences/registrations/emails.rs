//! Messages of registrations, rendered in the registered person's language.
use super::RegistrationState;
use crate::email::service::Message;
use crate::i18n::{translate, Lang};

/// Where a registration stands; the personal link only in the first message.
pub struct RegistrationNews<'a> {
    pub edition: &'a str,
    pub state: RegistrationState,
    /// Confirmed from the waitlist.
    pub promoted: bool,
    pub link: Option<&'a str>,
}

impl Message for RegistrationNews<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        use RegistrationState as S;
        let (subject, body) = match (self.promoted, self.state) {
            (true, _) => ("email-registration-promoted-subject", "email-registration-promoted-body"),
            (_, S::Pending) => ("email-registration-pending-subject", "email-registration-pending-body"),
            (_, S::Confirmed | S::Attended) => {
                ("email-registration-confirmed-subject", "email-registration-confirmed-body")
            }
            (_, S::Waitlisted) => ("email-registration-waitlisted-subject", "email-registration-waitlisted-body"),
            (_, S::Cancelled) => ("email-registration-cancelled-subject", "email-registration-cancelled-body"),
            (_, S::Rejected) => ("email-registration-rejected-subject", "email-registration-rejected-body"),
        };
        let args = [("edition", self.edition.to_string())];
        let mut text = translate(lang, body, &args);
        if let Some(link) = self.link {
            text.push_str("\n\n");
            text.push_str(&translate(lang, "email-registration-link", &[("link", link.to_string())]));
        }
        (translate(lang, subject, &args), text)
    }
}

/// A new personal link, asked for from the personal page; the old one no longer works.
pub struct LinkRenewed<'a> {
    pub edition: &'a str,
    pub link: &'a str,
}

impl Message for LinkRenewed<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [("edition", self.edition.to_string()), ("link", self.link.to_string())];
        (
            translate(lang, "email-registration-renewed-subject", &args),
            translate(lang, "email-registration-renewed-body", &args),
        )
    }
}
