//! The public directory of members.
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::membership::api::search_directory;
use crate::membership::routes::{member, APPLY, MEMBERS_JSON};
use crate::membership::{countries_by_name, country_name, AuthorityKind, DirectoryEntry, DirectoryQuery};
use crate::ui::{choice_options, query_param, tr_key, use_lang, ErrorPanel, Pager};
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

pub(super) fn member_line(entry: DirectoryEntry, lang: Lang) -> impl IntoView {
    let name = entry.display_name(lang).to_string();
    let secondary = [entry.official_name.as_str(), entry.latin_name.as_str()]
        .into_iter()
        .filter(|n| *n != name)
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="member-card">
            <h2>
                <a href=member(entry.id)>
                    <bdi>{name}</bdi>
                </a>
            </h2>
            {(!secondary.is_empty())
                .then(|| {
                    view! {
                        <p class="secondary">
                            <bdi>{secondary}</bdi>
                        </p>
                    }
                })}
            <p class="meta">
                {country_name(&entry.country, lang).unwrap_or_default()}
                {entry.region.clone().map(|r| format!(" · {r}"))} " · " {tr_key(entry.kind.label_key())}
                {entry
                    .member_since
                    .clone()
                    .map(|d| {
                        view! {
                            " · "
                            {tr!("member-since")}
                            " "
                            <span dir="ltr">{d}</span>
                        }
                    })}
            </p>
        </li>
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let (q, country, kind, origin, sort, page) = (
        query_param("q"),
        query_param("country"),
        query_param("kind"),
        query_param("origin"),
        query_param("sort"),
        query_param("page"),
    );
    let query = Memo::new(move |_| DirectoryQuery {
        q: q.get().unwrap_or_default(),
        country: country.get().unwrap_or_default(),
        kind: kind.get().unwrap_or_default(),
        origin: origin.get().unwrap_or_default(),
        sort: sort.get().unwrap_or_default(),
        page: page.get().and_then(|p| p.parse().ok()).unwrap_or(0),
    });
    let results = Resource::new(move || query.get(), search_directory);
    let lang = use_lang();
    let current = query.get_untracked();
    view! {
        <Title text=tr!("directory-title") />
        <h1>{tr!("directory-title")}</h1>
        <p class="lead">{tr!("directory-lead")} " " <a href=APPLY>{tr!("apply-title")}</a></p>
        <p>
            <a href=MEMBERS_JSON rel="external">
                {tr!("directory-json")}
            </a>
        </p>
        // A GET form: searching works without JavaScript and results can be linked to.
        <form method="get" class="form filter-bar" role="search">
            <div>
                <label for="dir-q">{tr!("directory-search")}</label>
                <input id="dir-q" name="q" type="search" value=current.q.clone() />
            </div>
            <div>
                <label for="dir-country">{tr!("field-country")}</label>
                <select id="dir-country" name="country">
                    <option value="">{tr!("filter-any")}</option>
                    {countries_by_name(lang)
                        .iter()
                        .map(|&(code, name)| {
                            view! {
                                <option value=code selected=current.country == code>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div>
                <label for="dir-kind">{tr!("field-kind")}</label>
                <select id="dir-kind" name="kind">
                    <option value="">{tr!("filter-any")}</option>
                    {choice_options(AuthorityKind::ALL, AuthorityKind::parse(&current.kind))}
                </select>
            </div>
            <div>
                <label for="dir-origin">{tr!("directory-origin")}</label>
                <select id="dir-origin" name="origin">
                    <option value="">{tr!("filter-any")}</option>
                    <option value="palestinian" selected=current.origin == "palestinian">
                        {tr!("origin-palestinian")}
                    </option>
                    <option value="international" selected=current.origin == "international">
                        {tr!("origin-international")}
                    </option>
                </select>
            </div>
            <div>
                <label for="dir-sort">{tr!("directory-sort")}</label>
                <select id="dir-sort" name="sort">
                    <option value="name">{tr!("sort-name")}</option>
                    <option value="newest" selected=current.sort == "newest">
                        {tr!("sort-newest")}
                    </option>
                </select>
            </div>
            <button type="submit" class="button">
                {tr!("directory-search-submit")}
            </button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match results.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(found) => {
                        let current = query.get_untracked();
                        let href = move |page: u64| {
                            format!(
                                "?q={}&country={}&kind={}&origin={}&sort={}&page={page}",
                                current.q,
                                current.country,
                                current.kind,
                                current.origin,
                                current.sort,
                            )
                        };
                        view! {
                            <p data-testid="directory-count">{tr!("directory-count", { "count" => found.total })}</p>
                            <ol class="member-list" data-testid="directory">
                                {found.entries.into_iter().map(|e| member_line(e, lang)).collect_view()}
                            </ol>
                            <Pager page=found.page has_more=found.has_more href />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
