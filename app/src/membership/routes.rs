//! The membership area's pages and their addresses.
use super::pages::{
    ApplicationReviewPage, ApplicationsPage, ApplyPage, CertificatePage, DirectoryPage, MemberPage, ProfileEditPage,
};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn MembershipRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/membership/apply") view=ApplyPage ssr=SsrMode::Async />
        <Route path=path!("/members") view=DirectoryPage ssr=SsrMode::Async />
        <Route path=path!("/members/:id") view=MemberPage ssr=SsrMode::Async />
        <Route path=path!("/members/:id/edit") view=ProfileEditPage ssr=SsrMode::Async />
        <Route path=path!("/certificates/:code") view=CertificatePage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/applications") view=ApplicationsPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/applications/:id") view=ApplicationReviewPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const APPLY: &str = "/membership/apply";
pub const DIRECTORY: &str = "/members";
pub const APPLICATIONS: &str = "/secretariat/applications";
pub const MEMBERS_CSV: &str = "/secretariat/members.csv";
pub const MEMBERS_JSON: &str = "/members.json";

pub fn member(id: i32) -> String {
    format!("/members/{id}")
}

pub fn edit_member(id: i32) -> String {
    format!("/members/{id}/edit")
}

pub fn application(id: i32) -> String {
    format!("/secretariat/applications/{id}")
}

pub fn certificate(code: &str) -> String {
    format!("/certificates/{code}")
}
