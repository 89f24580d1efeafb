//! Messages about implementation, rendered in each focal point's language.
use crate::email::service::Message;
use crate::i18n::{translate, Lang, Translated};

/// The secretariat returned a progress report, saying why.
pub struct ReportReturned<'a> {
    pub reference: &'a str,
    pub action: &'a Translated,
    pub reason: &'a str,
    pub link: &'a str,
}

impl Message for ReportReturned<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [
            ("reference", self.reference.to_string()),
            ("action", self.action.show(lang).text.to_string()),
            ("reason", self.reason.to_string()),
            ("link", self.link.to_string()),
        ];
        (translate(lang, "email-report-returned-subject", &args), translate(lang, "email-report-returned-body", &args))
    }
}

/// An action the member is responsible for is past its due date (sent once a week at most).
pub struct ActionOverdue<'a> {
    pub reference: &'a str,
    pub action: &'a Translated,
    pub due_on: chrono::NaiveDate,
    pub link: &'a str,
}

impl Message for ActionOverdue<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [
            ("reference", self.reference.to_string()),
            ("action", self.action.show(lang).text.to_string()),
            ("due", crate::i18n::dates::medium(lang, self.due_on)),
            ("link", self.link.to_string()),
        ];
        (translate(lang, "email-action-overdue-subject", &args), translate(lang, "email-action-overdue-body", &args))
    }
}
