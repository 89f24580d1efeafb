//! Messages of the finance area, rendered in the focal point's language.
use crate::email::service::Message;
use crate::i18n::{dates, translate, Lang};

/// A call for the year's dues was issued to the member.
pub struct CallIssued<'a> {
    pub number: &'a str,
    pub year: i32,
    pub amount: &'a str,
    pub due_on: chrono::NaiveDate,
    /// The member's invoices, where the focal point reads and prints it.
    pub link: String,
}

impl Message for CallIssued<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [
            ("number", self.number.to_string()),
            ("year", self.year.to_string()),
            ("amount", self.amount.to_string()),
            ("date", dates::medium(lang, self.due_on)),
            ("link", self.link.clone()),
        ];
        (translate(lang, "email-call-issued-subject", &args), translate(lang, "email-call-issued-body", &args))
    }
}

/// A call still open: a reminder before its due date, or a notice once that date has passed.
pub struct DuesReminder<'a> {
    pub number: &'a str,
    /// What is left to pay.
    pub amount: &'a str,
    pub due_on: chrono::NaiveDate,
    pub overdue: bool,
    pub link: String,
}

impl Message for DuesReminder<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [
            ("number", self.number.to_string()),
            ("amount", self.amount.to_string()),
            ("date", dates::medium(lang, self.due_on)),
            ("link", self.link.clone()),
        ];
        let (subject, body) = if self.overdue {
            ("email-dues-overdue-subject", "email-dues-overdue-body")
        } else {
            ("email-dues-reminder-subject", "email-dues-reminder-body")
        };
        (translate(lang, subject, &args), translate(lang, body, &args))
    }
}
