//! The twinning area's pages and their addresses.
use super::pages::{AgreementPageView, AgreementsPage, EditAgreementPage, MapPage, NewAgreementPage};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn TwinningRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/twinning") view=AgreementsPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/map") view=MapPage ssr=SsrMode::Async />
        // Before ":id", which it would match.
        <Route path=path!("/twinning/agreements/new") view=NewAgreementPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/agreements/:id") view=AgreementPageView ssr=SsrMode::Async />
        <Route path=path!("/twinning/agreements/:id/edit") view=EditAgreementPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const AGREEMENTS: &str = "/twinning";
pub const NEW_AGREEMENT: &str = "/twinning/agreements/new";
pub const MAP: &str = "/twinning/map";
/// The map's data for anyone's GIS (a plain route).
pub const MAP_GEOJSON: &str = "/twinning/map.geojson";

/// A member's page (membership's address, as the map's data links to it).
pub fn member_url(id: i32) -> String {
    crate::membership::routes::member(id)
}

pub fn agreement(id: i32) -> String {
    format!("/twinning/agreements/{id}")
}

pub fn edit_agreement(id: i32) -> String {
    format!("/twinning/agreements/{id}/edit")
}
