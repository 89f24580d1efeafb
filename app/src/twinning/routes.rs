//! The twinning area's pages and their addresses.
use super::pages::{
    AgreementPageView, AgreementsPage, EditAgreementPage, EditProjectPage, MapPage, NewAgreementPage, NewProjectPage,
    NewVisitPage, ProjectPageView, ProjectsPage, VisitsPage,
};
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
        <Route path=path!("/twinning/projects") view=ProjectsPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/projects/new") view=NewProjectPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/projects/:id") view=ProjectPageView ssr=SsrMode::Async />
        <Route path=path!("/twinning/projects/:id/edit") view=EditProjectPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/visits") view=VisitsPage ssr=SsrMode::Async />
        <Route path=path!("/twinning/visits/new") view=NewVisitPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const AGREEMENTS: &str = "/twinning";
pub const NEW_AGREEMENT: &str = "/twinning/agreements/new";
pub const MAP: &str = "/twinning/map";
/// The map's data for anyone's GIS (a plain route).
pub const MAP_GEOJSON: &str = "/twinning/map.geojson";
/// The map's drawing, a document of its own (a plain route; the map page shows it).
pub const MAP_SVG: &str = "/twinning/map.svg";
/// The registry's agreements the reader may see, as files (plain routes; the registry's filters
/// apply).
pub const AGREEMENTS_CSV: &str = "/twinning/agreements.csv";
pub const AGREEMENTS_JSON: &str = "/twinning/agreements.json";

/// A member's page (membership's address, as the map's data links to it).
pub fn member_url(id: i32) -> String {
    crate::membership::routes::member(id)
}

/// Where an agreement's documents are posted (multipart, a plain route) — axum's pattern, and
/// the address of one agreement's.
pub const DOCUMENT_UPLOAD: &str = "/twinning/agreements/{id}/documents";
/// A document, downloaded (a plain route).
pub const DOCUMENT: &str = "/twinning/documents/{id}";

pub fn document_upload(agreement_id: i32) -> String {
    format!("/twinning/agreements/{agreement_id}/documents")
}

pub fn document(id: i32) -> String {
    format!("/twinning/documents/{id}")
}

/// Whether a request posts a document: the one route that takes a body as large as
/// [`super::DOCUMENT_MOST_BYTES`].
pub fn posts_document(path: &str) -> bool {
    path.strip_prefix("/twinning/agreements/")
        .and_then(|rest| rest.strip_suffix("/documents"))
        .is_some_and(|id| id.parse::<i32>().is_ok())
}

pub fn agreement(id: i32) -> String {
    format!("/twinning/agreements/{id}")
}

pub fn edit_agreement(id: i32) -> String {
    format!("/twinning/agreements/{id}/edit")
}

pub const PROJECTS: &str = "/twinning/projects";
pub const NEW_PROJECT: &str = "/twinning/projects/new";
pub const VISITS: &str = "/twinning/visits";
pub const NEW_VISIT: &str = "/twinning/visits/new";
/// Projects the list's filters keep, with their support, as files (plain routes).
pub const PROJECTS_CSV: &str = "/twinning/projects.csv";
pub const PROJECTS_JSON: &str = "/twinning/projects.json";

pub fn project(id: i32) -> String {
    format!("/twinning/projects/{id}")
}

pub fn edit_project(id: i32) -> String {
    format!("/twinning/projects/{id}/edit")
}
