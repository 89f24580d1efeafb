//! Correspondence's pages and their addresses.
use super::pages::{AddresseesPage, LetterPageView, NewLetterPage};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn CorrespondenceRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/resolutions/addressees") view=AddresseesPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/:id/letters/new") view=NewLetterPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/letters/:id") view=LetterPageView ssr=SsrMode::Async />
    }
    .into_inner()
}

/// The secretariat's register of addressees (`?edit=` opens one in the form).
pub const ADDRESSEES: &str = "/resolutions/addressees";

pub fn edit_addressee(id: i32) -> String {
    format!("{ADDRESSEES}?edit={id}#addressee-form")
}

/// A new letter about text `text_id`; `reply_to` preselects the letter it answers.
pub fn new_letter(text_id: i32, reply_to: Option<i32>) -> String {
    match reply_to {
        Some(letter) => format!("/resolutions/{text_id}/letters/new?reply_to={letter}"),
        None => format!("/resolutions/{text_id}/letters/new"),
    }
}

pub fn letter(id: i32) -> String {
    format!("/resolutions/letters/{id}")
}

/// Where the secretariat posts a letter's scanned copy (multipart).
pub const COPY_UPLOAD: &str = "/resolutions/letters/{id}/copy";

pub fn letter_copy(id: i32) -> String {
    format!("/resolutions/letters/{id}/copy")
}
