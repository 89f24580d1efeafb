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

/// A table of records that scrolls sideways on a narrow screen: a row of column headings, then
/// the rows (`children`). With `links_column`, the rows end with a cell of links, whose heading
/// only screen readers read.
#[component]
pub fn DataTable(
    testid: &'static str,
    columns: Vec<String>,
    #[prop(optional)] links_column: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table" data-testid=testid>
                <thead>
                    <tr>
                        {columns.into_iter().map(|column| view! { <th scope="col">{column}</th> }).collect_view()}
                        {links_column
                            .then(|| {
                                view! {
                                    <th scope="col">
                                        <span class="visually-hidden">{tr_key("table-actions")}</span>
                                    </th>
                                }
                            })}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// An error in place of a page's content (no access, not found…), with a way forward: the
/// anonymous are offered to sign in and come back here. `titled` gives the page its heading
/// where the error stands in for the whole page (whose own heading names what was not found).
#[component]
pub fn ErrorPanel(error: AppError, #[prop(optional)] titled: bool) -> impl IntoView {
    let signed_out = matches!(error, AppError::Unauthenticated);
    let heading = titled.then(|| {
        let key = match error {
            AppError::Unauthenticated => "error-heading-sign-in",
            AppError::Forbidden => "error-heading-forbidden",
            AppError::NotFound | AppError::InvalidLink => "error-heading-not-found",
            _ => "error-heading-other",
        };
        view! { <h1>{tr_key(key)}</h1> }
    });
    let location = leptos_router::hooks::use_location();
    let sign_in = move || {
        let (path, query) = (location.pathname.get_untracked(), location.search.get_untracked());
        let query = query.trim_start_matches('?');
        let here = if query.is_empty() { path } else { format!("{path}?{query}") };
        format!("/sign-in?next={}", percent_encode(&here))
    };
    view! {
        {heading}
        <div class="alert alert-error" role="alert">
            <p>{error_text(&error)}</p>
            {signed_out
                .then(|| {
                    view! {
                        <p>
                            <a href=sign_in()>{tr_key("nav-sign-in")}</a>
                        </p>
                    }
                })}
        </div>
    }
}

/// Only people holding one of `roles` see `children`; anyone else gets the refusal (a 403 on the
/// server) in its place, so no secretariat form is rendered to the public.
#[component]
pub fn RequireRole(roles: &'static [Role], children: ChildrenFn) -> impl IntoView {
    let user = expect_context::<CurrentUserResource>();
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refusal = match user.await {
                    Ok(Some(user)) if roles.contains(&user.role) => None,
                    Ok(Some(_)) => Some(AppError::Forbidden),
                    Ok(None) => Some(AppError::Unauthenticated),
                    Err(error) => Some(error),
                };
                match refusal {
                    None => children.read_value()().into_any(),
                    Some(error) => {
                        #[cfg(feature = "ssr")] crate::error::set_http_status(axum::http::StatusCode::FORBIDDEN);
                        view! { <ErrorPanel error /> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// A path made safe to carry in a query parameter.
pub fn percent_encode(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => encoded.push(byte as char),
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
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
            {(page > 0).then(|| view! { <a href=href(page - 1)>{crate::tr!("pager-newer")}</a> })}
            {has_more.then(|| view! { <a href=href(page + 1)>{crate::tr!("pager-older")}</a> })}
        </nav>
    }
}

/// Numbered pages of a list with a known length, as GOV.UK's pagination: previous, the first,
/// the last and the pages around the current one (gaps as "…"), next; `page` counts from 0.
#[component]
pub fn NumberedPager(page: u64, pages: u64, href: impl Fn(u64) -> String + 'static) -> impl IntoView {
    use crate::tr;
    // An address may ask for any page; past the last it shows as the last.
    let page = page.min(pages.saturating_sub(1));
    let shown: Vec<u64> = (0..pages).filter(|&p| p == 0 || p + 1 == pages || p.abs_diff(page) <= 2).collect();
    let mut items = Vec::new();
    for (i, &p) in shown.iter().enumerate() {
        if i > 0 && p > shown[i - 1] + 1 {
            let gap = view! {
                <li class="pager-gap" aria-hidden="true">
                    "…"
                </li>
            };
            items.push(gap.into_any());
        }
        let number = (p + 1).to_string();
        let label = tr!("pager-page", { "number" => number.clone() });
        items.push(if p == page {
            view! {
                <li>
                    <a href=href(p) aria-current="page" aria-label=label class="pager-current">
                        {number}
                    </a>
                </li>
            }
            .into_any()
        } else {
            view! {
                <li>
                    <a href=href(p) aria-label=label>
                        {number}
                    </a>
                </li>
            }
            .into_any()
        });
    }
    (pages > 1).then(|| {
        view! {
            <nav class="pager pager-numbered" aria-label=tr!("pager-label")>
                {(page > 0)
                    .then(|| {
                        view! {
                            <a href=href(page - 1) rel="prev">
                                {tr!("pager-previous")}
                            </a>
                        }
                    })}
                <ul>{items}</ul>
                {(page + 1 < pages)
                    .then(|| {
                        view! {
                            <a href=href(page + 1) rel="next">
                                {tr!("pager-next")}
                            </a>
                        }
                    })}
            </nav>
        }
    })
}

/// The foot of a printed certificate or letter: room for the secretariat's signature and seal,
/// labelled in the document's language (which may not be the page's).
#[component]
pub fn SignatureAndSeal(lang: crate::i18n::Lang) -> impl IntoView {
    use crate::i18n::translate;
    view! {
        <div class="signature-and-seal" lang=lang.code() dir=lang.dir()>
            <div class="signature-box">
                <span>{translate(lang, "document-signature", &[])}</span>
            </div>
            <div class="seal-box">
                <span>{translate(lang, "document-seal", &[])}</span>
            </div>
        </div>
    }
}
