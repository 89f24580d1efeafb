//! Messages of the resolutions area, rendered in each focal point's language.
use crate::email::service::Message;
use crate::i18n::{translate, Lang, Translated};

/// A text was published (or an amendment to it): every focal point hears of it.
pub struct TextPublished<'a> {
    pub reference: &'a str,
    pub title: &'a Translated,
    pub link: &'a str,
    pub amended: bool,
}

impl Message for TextPublished<'_> {
    fn subject_and_body(&self, lang: Lang) -> (String, String) {
        let args = [
            ("reference", self.reference.to_string()),
            ("title", self.title.show(lang).text.to_string()),
            ("link", self.link.to_string()),
        ];
        let (subject, body) = if self.amended {
            ("email-text-amended-subject", "email-text-amended-body")
        } else {
            ("email-text-published-subject", "email-text-published-body")
        };
        (translate(lang, subject, &args), translate(lang, body, &args))
    }
}
