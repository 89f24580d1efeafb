//! Oversight's pages and their addresses.
use super::pages::{ActivityPage, AuditPage, OutboxPage};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn OversightRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/activity") view=ActivityPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/outbox") view=OutboxPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/audit") view=AuditPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const ACTIVITY: &str = "/activity";
pub const ACTIVITY_FEED: &str = "/activity.atom";
pub const OUTBOX: &str = "/secretariat/outbox";
pub const AUDIT: &str = "/secretariat/audit";
