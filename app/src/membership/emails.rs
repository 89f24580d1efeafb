//! Messages of the membership area, rendered in the focal point's language.
use super::{Decision, MemberStatus};
use crate::domain::Choice;
use crate::email::service::Message;
use crate::i18n::{translate, Lang};

/// The secretariat received an application.
pub struct ApplicationReceived<'a> {
    pub authority: &'a str,
}

impl Message for ApplicationReceived<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [("authority", self.authority.to_string())];
        (
            translate(lang, "email-application-received-subject", &[]),
            translate(lang, "email-application-received-body", &args),
        )
    }
}

/// The secretariat's decision on an application, with its reason.
pub struct ApplicationDecision<'a> {
    pub authority: &'a str,
    pub decision: Decision,
    pub reason: &'a str,
}

impl Message for ApplicationDecision<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let (subject, body) = match self.decision {
            Decision::Approve => ("email-application-approved-subject", "email-application-approved-body"),
            Decision::Reject => ("email-application-rejected-subject", "email-application-rejected-body"),
            Decision::RequestInformation => ("email-application-info-subject", "email-application-info-body"),
        };
        let args = [("authority", self.authority.to_string()), ("reason", self.reason.to_string())];
        (translate(lang, subject, &[]), translate(lang, body, &args))
    }
}

/// A member was suspended, withdrawn or reinstated.
pub struct StandingChanged<'a> {
    pub authority: &'a str,
    pub status: MemberStatus,
    pub effective_on: chrono::NaiveDate,
    pub reason: &'a str,
}

impl Message for StandingChanged<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let status = translate(lang, self.status.label_key(), &[]);
        let args = [
            ("authority", self.authority.to_string()),
            ("status", status.clone()),
            ("date", crate::i18n::dates::medium(lang, self.effective_on)),
            ("reason", self.reason.to_string()),
        ];
        (
            translate(lang, "email-standing-subject", &[("status", status)]),
            translate(lang, "email-standing-body", &args),
        )
    }
}
