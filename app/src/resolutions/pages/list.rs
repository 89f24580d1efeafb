//! `/resolutions`: the texts a reader may see, filtered by kind, theme and state, in numbered
//! pages; the way in for a citizen asking what became of a recommendation.
use super::ThemeFilter;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::resolutions::api::list_texts;
use crate::resolutions::correspondence::routes::ADDRESSEES;
use crate::resolutions::implementation::routes::{BULK_UPDATES, DASHBOARD, REPORTS, STATUSES};
use crate::resolutions::routes::{text, NEW_TEXT, THEMES};
use crate::resolutions::{TextKind, TextQuery, TextState, TextSummary, ThemeView};
use crate::tr;
use crate::ui::{
    choice_options, id_options, percent_encode, query_param, tr_key, use_lang, ErrorPanel, MediumDate, NumberedPager,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The states a reader who is not the secretariat can find texts in.
const PUBLIC_STATES: [TextState; 3] = [TextState::Published, TextState::Superseded, TextState::Withdrawn];

pub(super) fn state_badge(state: TextState) -> impl IntoView {
    view! {
        <span class=format!("badge state-{}", state.as_str()) data-testid="text-state">
            {tr_key(state.label_key())}
        </span>
    }
}

fn text_line(summary: TextSummary, themes: &[ThemeView], lang: Lang) -> impl IntoView {
    let title = summary.title.show(lang);
    let (title, title_lang) = (title.text.to_string(), title.lang);
    let theme_names: Vec<String> =
        themes.iter().filter(|t| summary.themes.contains(&t.id)).map(|t| t.name(lang).to_string()).collect();
    view! {
        <li class="member-card text-card">
            <p class="eyebrow">
                <span dir="ltr">{summary.reference.clone()}</span>
                " · "
                {tr_key(summary.kind.label_key())}
                " "
                {state_badge(summary.state)}
            </p>
            <h2>
                <a href=text(summary.id) lang=title_lang.code() dir=title_lang.dir()>
                    {title}
                </a>
            </h2>
            {summary
                .adopted_on
                .map(|date| {
                    view! { <p class="secondary">{tr!("text-adopted-on")} " " <MediumDate date /></p> }
                })}
            {(!theme_names.is_empty()).then(|| view! { <p class="secondary">{theme_names.join(" · ")}</p> })}
        </li>
    }
}

#[component]
pub fn TextsPage() -> impl IntoView {
    let (kind, theme, state, page) =
        (query_param("kind"), query_param("theme"), query_param("state"), query_param("page"));
    let (edition, words, addressee) = (query_param("edition"), query_param("q"), query_param("addressee"));
    let query = Memo::new(move |_| TextQuery {
        kind: kind.get().unwrap_or_default(),
        theme: theme.get().unwrap_or_default(),
        state: state.get().unwrap_or_default(),
        edition: edition.get().unwrap_or_default(),
        q: words.get().unwrap_or_default(),
        addressee: addressee.get().unwrap_or_default(),
        page: page.get().and_then(|p| p.parse().ok()).unwrap_or(0),
    });
    let results = Resource::new(move || query.get(), list_texts);
    let lang = use_lang();
    view! {
        <Title text=tr!("texts-title") />
        <h1>{tr!("texts-title")}</h1>
        <p class="lead">{tr!("texts-lead")}</p>
        <p>
            <a href=DASHBOARD data-testid="dashboard-link">
                {tr!("dashboard-link")}
            </a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match results.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(found) => {
                        let current = query.get_untracked();
                        let states: &[TextState] = if found.may_manage { TextState::ALL } else { &PUBLIC_STATES };
                        let href = move |page: u64| {
                            format!(
                                "?q={}&kind={}&theme={}&state={}&edition={}&addressee={}&page={page}",
                                percent_encode(&current.q),
                                percent_encode(&current.kind),
                                percent_encode(&current.theme),
                                percent_encode(&current.state),
                                percent_encode(&current.edition),
                                percent_encode(&current.addressee),
                            )
                        };
                        let current = query.get_untracked();
                        let themes = found.themes.clone();
                        view! {
                            {found
                                .may_manage
                                .then(|| {
                                    view! {
                                        <p class="button-row">
                                            <a class="button" href=NEW_TEXT>
                                                {tr!("text-new")}
                                            </a>
                                            <a class="button button-secondary" href=THEMES>
                                                {tr!("themes-title")}
                                            </a>
                                            <a class="button button-secondary" href=STATUSES>
                                                {tr!("statuses-title")}
                                            </a>
                                            <a class="button button-secondary" href=ADDRESSEES>
                                                {tr!("addressees-title")}
                                            </a>
                                            <a class="button button-secondary" href=REPORTS>
                                                {tr!("reports-title")}
                                            </a>
                                            <a class="button button-secondary" href=BULK_UPDATES>
                                                {tr!("bulk-title")}
                                            </a>
                                        </p>
                                    }
                                })}
                            // A GET form: filtering works without JavaScript and can be linked to.
                            <form method="get" class="form filter-bar" role="search">
                                <div>
                                    <label for="texts-q">{tr!("texts-search")}</label>
                                    <input id="texts-q" name="q" type="search" value=current.q.clone() />
                                </div>
                                <div>
                                    <label for="texts-kind">{tr!("text-kind")}</label>
                                    <select id="texts-kind" name="kind">
                                        <option value="">{tr!("filter-any")}</option>
                                        {choice_options(TextKind::ALL, TextKind::parse(&current.kind))}
                                    </select>
                                </div>
                                <ThemeFilter
                                    id="texts-theme"
                                    themes=found.themes.clone()
                                    chosen=current.theme.clone()
                                    lang=lang
                                />
                                <div>
                                    <label for="texts-state">{tr!("text-state")}</label>
                                    <select id="texts-state" name="state">
                                        <option value="">{tr!("filter-any")}</option>
                                        {choice_options(states, TextState::parse(&current.state))}
                                    </select>
                                </div>
                                {(!found.editions.is_empty())
                                    .then(|| {
                                        let chosen_edition = current.edition.clone();
                                        view! {
                                            <div>
                                                <label for="texts-edition">{tr!("text-edition")}</label>
                                                <select id="texts-edition" name="edition">
                                                    <option value="">{tr!("filter-any")}</option>
                                                    {found
                                                        .editions
                                                        .iter()
                                                        .map(|(id, title)| {
                                                            let value = id.to_string();
                                                            let selected = value == chosen_edition;
                                                            view! {
                                                                <option value=value selected=selected>
                                                                    {title.get(lang).to_string()}
                                                                </option>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </select>
                                            </div>
                                        }
                                    })}
                                {(!found.addressees.is_empty())
                                    .then(|| {
                                        let chosen_addressee = current.addressee.clone();
                                        view! {
                                            <div>
                                                <label for="texts-addressee">{tr!("text-addressee")}</label>
                                                <select id="texts-addressee" name="addressee">
                                                    <option value="">{tr!("filter-any")}</option>
                                                    {id_options(&found.addressees, &chosen_addressee)}
                                                </select>
                                            </div>
                                        }
                                    })}
                                <button type="submit" class="button">
                                    {tr!("texts-filter-submit")}
                                </button>
                            </form>
                            <p data-testid="texts-count">{tr!("texts-count", { "count" => found.total })}</p>
                            <ol class="member-list" data-testid="texts">
                                {found.texts.into_iter().map(|t| text_line(t, &themes, lang)).collect_view()}
                            </ol>
                            <NumberedPager page=found.page pages=found.pages href />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
