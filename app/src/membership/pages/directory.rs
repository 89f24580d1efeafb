//! The public directory of members.
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::membership::api::search_directory;
use crate::membership::routes::{member, APPLY, MEMBERS_JSON};
use crate::membership::{countries_by_name, country_name, AuthorityKind, DirectoryEntry, DirectoryQuery};
use crate::tr;
use crate::ui::{
    choice_options, percent_encode, query_param, role_of, tr_key, use_lang, CurrentUserResource, ErrorPanel,
    MediumDate, NumberedPager,
};
use leptos::prelude::*;
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
                    .map(|date| {
                        view! {
                            " · "
                            {tr!("member-since")}
                            " "
                            <MediumDate date />
                        }
                    })}
            </p>
        </li>
    }
}

/// The country filter's options: "any", then every country in the reader's order, `selected`
/// marked. The 249 countries are rendered once per language and kept as HTML, since every
/// directory page lists them (most of a page's rendering before).
fn country_options_html(lang: Lang, any: &str, selected: &str) -> String {
    use std::sync::OnceLock;
    static RENDERED: [OnceLock<String>; 3] = [const { OnceLock::new() }; 3];
    let countries = RENDERED[lang.index()].get_or_init(|| {
        countries_by_name(lang)
            .iter()
            .map(|(code, name)| format!("<option value=\"{code}\">{}</option>", html_escape::encode_text(name)))
            .collect()
    });
    let any = format!("<option value=\"\">{}</option>", html_escape::encode_text(any));
    let code = selected.trim().to_ascii_uppercase();
    let option = format!("<option value=\"{code}\">");
    // Only a listed code is found, so nothing typed into the address reaches the page.
    let listed = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
    match listed.then(|| countries.find(&option)).flatten() {
        Some(at) => {
            let marked = format!("<option value=\"{code}\" selected>");
            format!("{any}{}{marked}{}", &countries[..at], &countries[at + option.len()..])
        }
        None => format!("{any}{countries}"),
    }
}

/// Members and the secretariat may list the members whose dues are in order, or in arrears.
#[component]
fn StandingFilter(chosen: String) -> impl IntoView {
    let user = expect_context::<CurrentUserResource>();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let chosen = chosen.clone();
                Suspend::new(async move {
                    role_of(user)
                        .await
                        .map(|_| {
                            view! {
                                <div>
                                    <label for="dir-standing">{tr!("directory-standing")}</label>
                                    <select id="dir-standing" name="standing">
                                        <option value="">{tr!("filter-any")}</option>
                                        <option value="good" selected=chosen == "good">
                                            {tr!("standing-good")}
                                        </option>
                                        <option value="arrears" selected=chosen == "arrears">
                                            {tr!("standing-arrears")}
                                        </option>
                                    </select>
                                </div>
                            }
                        })
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let (q, country, kind, origin, sort, standing, page) = (
        query_param("q"),
        query_param("country"),
        query_param("kind"),
        query_param("origin"),
        query_param("sort"),
        query_param("standing"),
        query_param("page"),
    );
    let query = Memo::new(move |_| DirectoryQuery {
        q: q.get().unwrap_or_default(),
        country: country.get().unwrap_or_default(),
        kind: kind.get().unwrap_or_default(),
        origin: origin.get().unwrap_or_default(),
        sort: sort.get().unwrap_or_default(),
        standing: standing.get().unwrap_or_default(),
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
                <select
                    id="dir-country"
                    name="country"
                    inner_html=country_options_html(lang, &tr!("filter-any"), &current.country)
                ></select>
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
            <StandingFilter chosen=current.standing.clone() />
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
                                "?q={}&country={}&kind={}&origin={}&standing={}&sort={}&page={page}",
                                percent_encode(&current.q),
                                percent_encode(&current.country),
                                percent_encode(&current.kind),
                                percent_encode(&current.origin),
                                percent_encode(&current.standing),
                                percent_encode(&current.sort),
                            )
                        };
                        let pages = found.total.div_ceil(found.page_size.max(1));
                        view! {
                            <p data-testid="directory-count">{tr!("directory-count", { "count" => found.total })}</p>
                            <ol class="member-list" data-testid="directory">
                                {found.entries.into_iter().map(|e| member_line(e, lang)).collect_view()}
                            </ol>
                            <NumberedPager page=found.page pages href />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_country_is_marked_and_nothing_typed_gets_in() {
        let html = country_options_html(Lang::Fr, "Tous", "ma");
        assert!(html.starts_with("<option value=\"\">Tous</option>"), "{html}");
        assert_eq!(html.matches("<option").count(), 250);
        assert_eq!(html.matches(" selected>").count(), 1);
        assert!(html.contains("<option value=\"MA\" selected>Maroc</option>"));
        let hostile = country_options_html(Lang::Ar, "<b>", "\"><script>x</script>");
        assert!(!hostile.contains("<script") && !hostile.contains("selected") && !hostile.contains("<b>"));
    }
}
