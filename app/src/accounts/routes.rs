//! The accounts area's pages and their addresses.
use super::pages::{AccountsPage, ForgotPasswordPage, OwnAccountPage, SetPasswordPage, SignInPage};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::{path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn AccountRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
        <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
        <Route path=path!("/set-password") view=SetPasswordPage ssr=SsrMode::Async />
        <Route path=path!("/secretariat/accounts") view=AccountsPage ssr=SsrMode::Async />
        <Route path=path!("/account") view=OwnAccountPage ssr=SsrMode::Async />
    }
    .into_inner()
}

pub const SIGN_IN: &str = "/sign-in";
pub const FORGOT_PASSWORD: &str = "/forgot-password";
pub const ACCOUNTS: &str = "/secretariat/accounts";
/// The signed-in person's own account.
pub const ACCOUNT: &str = "/account";

/// The sign-in page, returning to `next` afterwards.
pub fn sign_in_then(next: &str) -> String {
    if next == SIGN_IN {
        SIGN_IN.to_string()
    } else {
        format!("{SIGN_IN}?next={next}")
    }
}
