//! Implementation's pages and their addresses.
use super::pages::{
    ActionPageView, BulkUpdatePage, BulkUploadPage, DashboardPage, EditActionPage, NewActionPage, ReportsPageView,
    StatusesPage,
};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ImplementationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/resolutions/reports") view=ReportsPageView ssr=SsrMode::Async />
        <Route path=path!("/resolutions/dashboard") view=DashboardPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/bulk-updates") view=BulkUploadPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/bulk-updates/:id") view=BulkUpdatePage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/:id/actions/new") view=NewActionPage ssr=SsrMode::Async />
        <Route path=path!("/resolutions/actions/:id") view=ActionPageView ssr=SsrMode::Async />
        <Route path=path!("/resolutions/actions/:id/edit") view=EditActionPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/statuses") view=StatusesPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const REPORTS: &str = "/resolutions/reports";
pub const DASHBOARD: &str = "/resolutions/dashboard";
/// The secretariat's list of action statuses (`?edit=` opens one in the form).
pub const STATUSES: &str = "/secretariat/statuses";
/// Every action of every published text, for spreadsheets and for anyone's own tools.
pub const TRACKER_CSV: &str = "/resolutions/tracker.csv";
pub const TRACKER_JSON: &str = "/resolutions/tracker.json";
pub const BULK_UPDATES: &str = "/resolutions/bulk-updates";
/// Where the spreadsheet is posted (multipart: a file, or pasted text).
pub const BULK_UPLOAD: &str = "/resolutions/bulk-updates/upload";

pub fn bulk_update(id: i32) -> String {
    format!("/resolutions/bulk-updates/{id}")
}

/// Publications and progress, for feed readers.
pub const FEED: &str = "/resolutions/feed.atom";

pub fn new_action(text_id: i32) -> String {
    format!("/resolutions/{text_id}/actions/new")
}

pub fn action(id: i32) -> String {
    format!("/resolutions/actions/{id}")
}

pub fn edit_action(id: i32) -> String {
    format!("/resolutions/actions/{id}/edit")
}
