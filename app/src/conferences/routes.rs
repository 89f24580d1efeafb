//! The conferences area's pages and their addresses (registrations add theirs).
use super::pages::{ConferencesPage, EditEditionPage, EditSessionPage, EditionPage, NewEditionPage, NewSessionPage};
use super::registrations::routes::RegistrationRoutes;
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ConferenceRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/conferences") view=ConferencesPage ssr=SsrMode::Async />
        <Route path=path!("/conferences/:id") view=EditionPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/conferences/new") view=NewEditionPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/conferences/:id/edit") view=EditEditionPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/conferences/:id/sessions/new") view=NewSessionPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/sessions/:id/edit") view=EditSessionPage ssr=SsrMode::Async />
        <RegistrationRoutes />
    }
    .into_inner()
}

pub const CONFERENCES: &str = "/conferences";
pub const NEW_EDITION: &str = "/secretariat/conferences/new";

pub fn edition(id: i32) -> String {
    format!("/conferences/{id}")
}

pub fn edit_edition(id: i32) -> String {
    format!("/secretariat/conferences/{id}/edit")
}

pub fn new_session(edition_id: i32) -> String {
    format!("/secretariat/conferences/{edition_id}/sessions/new")
}

pub fn edit_session(id: i32) -> String {
    format!("/secretariat/sessions/{id}/edit")
}

pub fn edition_calendar(id: i32) -> String {
    format!("/conferences/{id}/calendar.ics")
}
