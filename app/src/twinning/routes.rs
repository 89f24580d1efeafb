//! The twinning area's pages and their addresses.
use super::pages::{AgreementPageView, AgreementsPage, EditAgreementPage, NewAgreementPage};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn TwinningRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/twinning") view=AgreementsPage ssr=SsrMode::Async />
        // Before ":id", which it would match.
        <Route path=path!("/twinning/agreements/new") view=NewAgreementPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/agreements/:id") view=AgreementPageView ssr=SsrMode::Async />
        <Route path=path!("/twinning/agreements/:id/edit") view=EditAgreementPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const AGREEMENTS: &str = "/twinning";
pub const NEW_AGREEMENT: &str = "/twinning/agreements/new";

pub fn agreement(id: i32) -> String {
    format!("/twinning/agreements/{id}")
}

pub fn edit_agreement(id: i32) -> String {
    format!("/twinning/agreements/{id}/edit")
}
