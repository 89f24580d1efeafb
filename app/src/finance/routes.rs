//! The finance area's pages and their addresses.
use super::pages::{
    DashboardPage, FinanceOfficePage, InvoicePrintPage, InvoicesPage, MemberInvoicesPage, PaymentsPage, PublicDuesPage,
    SchedulePage, StatementsPage,
};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn FinanceRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/finance/office") view=FinanceOfficePage ssr=SsrMode::Async />
        <Route path=path!("/finance/schedules/:id") view=SchedulePage ssr=SsrMode::Async />
        <Route path=path!("/finance/invoices") view=InvoicesPage ssr=SsrMode::Async />
        <Route path=path!("/finance/invoices/:id") view=InvoicePrintPage ssr=SsrMode::Async />
        <Route path=path!("/finance/members/:id") view=MemberInvoicesPage ssr=SsrMode::Async />
        <Route path=path!("/finance/payments") view=PaymentsPage ssr=SsrMode::Async />
        <Route path=path!("/finance/statements") view=StatementsPage ssr=SsrMode::Async />
        <Route path=path!("/finance/dashboard") view=DashboardPage ssr=SsrMode::Async />
        <Route path=path!("/finance/dues") view=PublicDuesPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const OFFICE: &str = "/finance/office";
pub const INVOICES: &str = "/finance/invoices";
pub const PAYMENTS: &str = "/finance/payments";
pub const STATEMENTS: &str = "/finance/statements";
/// Where Stripe posts its signed events (set in Stripe's dashboard as the webhook endpoint).
pub const STRIPE_WEBHOOK: &str = "/webhooks/stripe";
/// Where a bank statement is posted (multipart: the file and the CSV mapping).
pub const STATEMENT_UPLOAD: &str = "/finance/statements/upload";
pub const DASHBOARD: &str = "/finance/dashboard";
/// The public's yearly totals.
pub const DUES: &str = "/finance/dues";
pub const INVOICES_CSV: &str = "/finance/exports/invoices.csv";
pub const PAYMENTS_CSV: &str = "/finance/exports/payments.csv";

pub fn schedule(id: i32) -> String {
    format!("/finance/schedules/{id}")
}

pub fn invoice(id: i32) -> String {
    format!("/finance/invoices/{id}")
}

pub fn member_invoices(member_id: i32) -> String {
    format!("/finance/members/{member_id}")
}
