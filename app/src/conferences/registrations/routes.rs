//! Registrations' pages and their addresses.
use super::pages::{
    ApplyToConferencePage, BadgesPage, CheckInPage, DelegationPage, LetterPage, LinkSentPage, ManageRegistrationPage,
    ParticipantsPage, RegistrationsPage,
};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn RegistrationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/conferences/:id/delegation") view=DelegationPage ssr=SsrMode::Async />
        <Route path=path!("/conferences/:id/apply") view=ApplyToConferencePage ssr=SsrMode::Async />
        <Route path=path!("/conferences/:id/participants") view=ParticipantsPage ssr=SsrMode::Async />
        <Route path=path!("/registrations/link-sent") view=LinkSentPage ssr=SsrMode::Async />
        <Route path=path!("/registrations/:token") view=ManageRegistrationPage ssr=SsrMode::Async />
        <Route path=path!("/letters/:code") view=LetterPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/conferences/:id/registrations") view=RegistrationsPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/conferences/:id/checkin") view=CheckInPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/conferences/:id/badges") view=BadgesPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// Where a renewal of a personal link leaves the person: the old link no longer opens anything.
pub const LINK_SENT: &str = "/registrations/link-sent";

pub fn delegation(edition_id: i32) -> String {
    format!("/conferences/{edition_id}/delegation")
}

pub fn apply(edition_id: i32) -> String {
    format!("/conferences/{edition_id}/apply")
}

pub fn participants(edition_id: i32) -> String {
    format!("/conferences/{edition_id}/participants")
}

pub fn manage(token: &str) -> String {
    format!("/registrations/{token}")
}

pub fn letter(code: &str) -> String {
    format!("/letters/{code}")
}

pub fn registrations(edition_id: i32) -> String {
    format!("/secretariat/conferences/{edition_id}/registrations")
}

pub fn check_in(edition_id: i32) -> String {
    format!("/secretariat/conferences/{edition_id}/checkin")
}

pub fn badges(edition_id: i32) -> String {
    format!("/secretariat/conferences/{edition_id}/badges")
}

pub fn participants_csv(edition_id: i32) -> String {
    format!("/secretariat/conferences/{edition_id}/participants.csv")
}

pub fn personal_calendar(token: &str) -> String {
    format!("/registrations/feed/{token}.ics")
}
