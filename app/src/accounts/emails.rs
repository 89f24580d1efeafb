//! Messages of the accounts area, rendered in the recipient's language.
use crate::domain::Choice;
use crate::email::service::Message;
use crate::i18n::{translate, Lang};
use crate::identity::Role;

/// An invitation to set a password and join with a role.
pub struct Invited<'a> {
    pub inviter: &'a str,
    pub role: Role,
    pub link: &'a str,
}

impl Message for Invited<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let role = translate(lang, self.role.label_key(), &[]);
        let args = [("inviter", self.inviter.to_string()), ("role", role), ("link", self.link.to_string())];
        (translate(lang, "email-invitation-subject", &[]), translate(lang, "email-invitation-body", &args))
    }
}

/// A link to choose a new password.
pub struct PasswordReset<'a> {
    pub link: &'a str,
}

impl Message for PasswordReset<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [("link", self.link.to_string())];
        (translate(lang, "email-reset-subject", &[]), translate(lang, "email-reset-body", &args))
    }
}
