//! The resolutions area's pages and their addresses.
use super::correspondence::routes::CorrespondenceRoutes;
use super::implementation::routes::ImplementationRoutes;
use super::pages::{ComparePage, EditTextPage, NewTextPage, PrintTextPage, TextPageView, TextsPage, ThemesPage};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ResolutionRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        // First: the router takes the first match, and these fixed paths would match ":id".
        <ImplementationRoutes />
        <CorrespondenceRoutes />
        <Route path=path!("/resolutions") view=TextsPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/new") view=NewTextPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/:id") view=TextPageView ssr=SsrMode::Async />
        <Route path=path!("/resolutions/:id/edit") view=EditTextPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/:id/compare") view=ComparePage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/:id/print") view=PrintTextPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/themes") view=ThemesPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const TEXTS: &str = "/resolutions";
pub const NEW_TEXT: &str = "/resolutions/new";
pub const THEMES: &str = "/secretariat/themes";

pub fn text(id: i32) -> String {
    format!("/resolutions/{id}")
}

pub fn edit_text(id: i32) -> String {
    format!("/resolutions/{id}/edit")
}

pub fn compare(id: i32, from: i32, to: i32) -> String {
    format!("/resolutions/{id}/compare?from={from}&to={to}")
}

pub fn print_text(id: i32) -> String {
    format!("/resolutions/{id}/print")
}
