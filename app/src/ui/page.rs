//! Pieces of a page's frame: errors in place of content, paging, the URL's parameters, who is
//! signed in.
use super::text::{error_text, tr_key};
use crate::error::AppError;
use crate::identity::{CurrentUser, Role};
use leptos::prelude::*;

/// Who is signed in: the site's layout asks once per navigation and provides it to every page.
pub type CurrentUserResource = Resource<Result<Option<CurrentUser>, AppError>>;

/// The signed-in person's role, if any.
pub async fn role_of(user: CurrentUserResource) -> Option<Role> {
    user.await.ok().flatten().map(|u| u.role)
}

/// A numeric parameter of the page's path (`/members/:id`), 0 when it is not a number.
pub fn id_param(name: &'static str) -> impl Fn() -> i32 + Copy + Send + Sync + 'static {
    let params = leptos_router::hooks::use_params_map();
    move || params.with(|p| p.get(name).and_then(|id| id.parse::<i32>().ok())).unwrap_or(0)
}

/// An error in place of a page's content (no access, not found…), with a way forward.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    let signed_out = matches!(error, AppError::Unauthenticated);
    view! {
        <div class="alert alert-error" role="alert">
            <p>{error_text(&error)}</p>
            {signed_out
                .then(|| {
                    view! {
                        <p>
                            <a href="/sign-in">{tr_key("nav-sign-in")}</a>
                        </p>
                    }
                })}
        </div>
    }
}

/// A query parameter of the current URL.
pub fn query_param(name: &'static str) -> Memo<Option<String>> {
    let query = leptos_router::hooks::use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name)))
}

/// Newer/older links of a paged list; `href` makes a page's address.
#[component]
pub fn Pager(page: u64, has_more: bool, href: impl Fn(u64) -> String + 'static) -> impl IntoView {
    view! {
        <nav class="pager">
            {(page > 0).then(|| view! { <a href=href(page - 1)>{leptos_fluent::tr!("pager-newer")}</a> })}
            {has_more.then(|| view! { <a href=href(page + 1)>{leptos_fluent::tr!("pager-older")}</a> })}
        </nav>
    }
}
