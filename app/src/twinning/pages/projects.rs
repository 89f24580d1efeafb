//! Projects (`/twinning/projects`) with the support totals by locality and currency, a project's
//! page with the support it received, the project form, and what a member's page shows of its
//! projects and visits.
use super::agreements::party_form_frame;
use super::visits::visit_item;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::resolutions::pages::ThemeFilter;
use crate::tr;
use crate::twinning::api::{
    get_member_cooperation, get_project, get_project_form, list_projects, AddProjectSupport, RecordProject,
    RemoveProjectSupport, UpdateProject,
};
use crate::twinning::routes::{
    agreement, edit_project, project, NEW_PROJECT, PROJECTS, PROJECTS_CSV, PROJECTS_JSON, VISITS,
};
use crate::twinning::{Money, ProjectForm, ProjectQuery, ProjectStatus, ProjectSummary, SupportKind};
use crate::ui::{
    choice_options, id_options, id_param, percent_encode, query_param, tr_key, use_lang, DataTable, DateRange,
    ErrorPanel, FormError, FormResult, MediumDate, NumberedPager, SelectField, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

fn status_badge(status: ProjectStatus) -> impl IntoView {
    view! {
        <span class=format!("badge state-{}", status.as_str()) data-testid="project-status">
            {tr_key(status.label_key())}
        </span>
    }
}

/// Amounts as the server wrote them, each left to right.
fn amounts(money: &[Money]) -> impl IntoView {
    let count = money.len();
    money
        .iter()
        .enumerate()
        .map(|(i, m)| {
            view! {
                <span dir="ltr" data-testid="amount">
                    {m.shown.clone()}
                </span>
                {(i + 1 < count).then_some(" · ")}
            }
        })
        .collect_view()
}

/// When a project runs, as far as it is known.
fn project_dates(summary: &ProjectSummary) -> AnyView {
    match (summary.starts_on, summary.ends_on) {
        (Some(from), Some(to)) => view! { <DateRange from to /> }.into_any(),
        (Some(date), None) | (None, Some(date)) => view! { <MediumDate date /> }.into_any(),
        (None, None) => ().into_any(),
    }
}

fn project_card(summary: ProjectSummary, lang: Lang) -> impl IntoView {
    let dates = project_dates(&summary);
    let supported = !summary.financial.is_empty();
    view! {
        <li class="member-card text-card" data-testid="project">
            <p class="eyebrow">{status_badge(summary.status)} " " {dates}</p>
            <h2>
                <a href=project(summary.id) lang=summary.language.code() dir=summary.language.dir()>
                    {summary.title.clone()}
                </a>
            </h2>
            <p>
                <bdi>{summary.locality.display_name(lang).to_string()}</bdi>
            </p>
            {supported
                .then(|| {
                    view! { <p class="secondary">{tr!("project-financial")} " " {amounts(&summary.financial)}</p> }
                })}
        </li>
    }
}

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let (status, theme, locality, page) =
        (query_param("status"), query_param("theme"), query_param("locality"), query_param("page"));
    let query = Memo::new(move |_| ProjectQuery {
        status: status.get().unwrap_or_default(),
        theme: theme.get().unwrap_or_default(),
        locality: locality.get().unwrap_or_default(),
        page: page.get().and_then(|p| p.parse().ok()).unwrap_or(0),
    });
    let results = Resource::new(move || query.get(), list_projects);
    let lang = use_lang();
    view! {
        <Title text=tr!("projects-title") />
        <h1>{tr!("projects-title")}</h1>
        <p class="lead">{tr!("projects-lead")}</p>
        <p>
            <a href=VISITS data-testid="visits-link">
                {tr!("visits-title")}
            </a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match results.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(found) => {
                        let current = query.get_untracked();
                        let filters = format!(
                            "status={}&theme={}&locality={}",
                            percent_encode(&current.status),
                            percent_encode(&current.theme),
                            percent_encode(&current.locality),
                        );
                        let href = {
                            let filters = filters.clone();
                            move |page: u64| format!("?{filters}&page={page}")
                        };
                        let locality_chosen = current.locality.clone();
                        view! {
                            {found
                                .may_propose
                                .then(|| {
                                    view! {
                                        <p class="button-row">
                                            <a class="button" href=NEW_PROJECT data-testid="new-project">
                                                {tr!("project-new")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <form method="get" class="form filter-bar" role="search">
                                <div>
                                    <label for="projects-status">{tr!("project-status")}</label>
                                    <select id="projects-status" name="status">
                                        <option value="">{tr!("filter-any")}</option>
                                        {choice_options(ProjectStatus::ALL, ProjectStatus::parse(&current.status))}
                                    </select>
                                </div>
                                <ThemeFilter
                                    id="projects-theme"
                                    themes=found.themes.clone()
                                    chosen=current.theme.clone()
                                    lang=lang
                                />
                                <div>
                                    <label for="projects-locality">{tr!("project-locality")}</label>
                                    <select id="projects-locality" name="locality">
                                        <option value="">{tr!("filter-any")}</option>
                                        {id_options(&found.localities, &locality_chosen)}
                                    </select>
                                </div>
                                <button type="submit" class="button">
                                    {tr!("projects-filter-submit")}
                                </button>
                            </form>
                            <p data-testid="projects-count">{tr!("projects-count", { "count" => found.total })}</p>
                            <p class="no-print">
                                {tr!("projects-download")} " "
                                <a
                                    href=format!("{PROJECTS_CSV}?{filters}&lang={}", lang.code())
                                    rel="external"
                                    data-testid="projects-csv"
                                >
                                    "CSV"
                                </a> " · "
                                <a href=format!("{PROJECTS_JSON}?{filters}") rel="external" data-testid="projects-json">
                                    "JSON"
                                </a>
                            </p>
                            <ol class="member-list" data-testid="projects">
                                {found.projects.into_iter().map(|p| project_card(p, lang)).collect_view()}
                            </ol>
                            <NumberedPager page=found.page pages=found.pages href />
                            <section>
                                <h2>{tr!("support-totals")}</h2>
                                <p class="hint">{tr!("support-totals-lead")}</p>
                                {if found.totals.is_empty() {
                                    view! { <p class="secondary">{tr!("support-totals-none")}</p> }.into_any()
                                } else {
                                    view! {
                                        <DataTable
                                            testid="support-totals"
                                            columns=vec![
                                                tr!("project-locality"),
                                                tr!("support-amount"),
                                                tr!("support-projects"),
                                            ]
                                        >
                                            {found
                                                .totals
                                                .into_iter()
                                                .map(|total| {
                                                    view! {
                                                        <tr>
                                                            <td>
                                                                <bdi>{total.locality.display_name(lang).to_string()}</bdi>
                                                            </td>
                                                            <td>
                                                                <span dir="ltr">{total.money.shown}</span>
                                                            </td>
                                                            <td>{total.projects}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </DataTable>
                                    }
                                        .into_any()
                                }}
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ProjectPageView() -> impl IntoView {
    let id = id_param("id");
    let add_action = ServerAction::<AddProjectSupport>::new();
    let remove_action = ServerAction::<RemoveProjectSupport>::new();
    let found = Resource::new(
        move || (id(), add_action.version().get(), remove_action.version().get()),
        |(id, ..)| get_project(id),
    );
    let added = Signal::derive(move || add_action.value().get());
    let removed = Signal::derive(move || remove_action.value().get());
    let saved = query_param("saved");
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match found.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => {
                        let p = page.summary.clone();
                        let (title_lang, title_dir) = (p.language.code(), p.language.dir());
                        let dates = project_dates(&p);
                        let names: Vec<String> = page.themes.iter().map(|t| t.name(lang).to_string()).collect();
                        let (may_edit, project_id, members) = (page.may_edit, p.id, page.members.clone());
                        view! {
                            <Title text=p.title.clone() />
                            <p class="eyebrow">
                                <a href=PROJECTS>{tr!("projects-title")}</a>
                            </p>
                            <h1 lang=title_lang dir=title_dir>
                                {p.title.clone()}
                            </h1>
                            {saved
                                .get_untracked()
                                .map(|_| {
                                    view! {
                                        <div class="alert alert-success" role="status">
                                            {tr!("project-saved")}
                                        </div>
                                    }
                                })}
                            <dl class="facts">
                                <dt>{tr!("project-locality")}</dt>
                                <dd>
                                    <a href=crate::membership::routes::member(p.locality.id)>
                                        <bdi>{p.locality.display_name(lang).to_string()}</bdi>
                                    </a>
                                </dd>
                                <dt>{tr!("project-status")}</dt>
                                <dd>{status_badge(p.status)} " " {dates}</dd>
                                {page
                                    .agreement
                                    .clone()
                                    .map(|a| {
                                        view! {
                                            <dt>{tr!("project-agreement")}</dt>
                                            <dd>
                                                <a
                                                    href=agreement(a.id)
                                                    lang=a.language.code()
                                                    dir=a.language.dir()
                                                    data-testid="project-agreement"
                                                >
                                                    {a.title}
                                                </a>
                                            </dd>
                                        }
                                    })}
                                {(!names.is_empty())
                                    .then(|| {
                                        view! {
                                            <dt>{tr!("text-themes")}</dt>
                                            <dd>{names.join(" · ")}</dd>
                                        }
                                    })}
                                {(!p.financial.is_empty())
                                    .then(|| {
                                        view! {
                                            <dt>{tr!("project-financial")}</dt>
                                            <dd data-testid="project-financial">{amounts(&p.financial)}</dd>
                                        }
                                    })}
                            </dl>
                            {(!page.description.is_empty())
                                .then(|| {
                                    view! {
                                        <p class="prose" lang=title_lang dir=title_dir>
                                            {page.description.clone()}
                                        </p>
                                    }
                                })}
                            <section id="support">
                                <h2>{tr!("project-support")}</h2>
                                <FormError result=removed />
                                {page
                                    .support
                                    .is_empty()
                                    .then(|| view! { <p class="secondary">{tr!("project-support-none")}</p> })}
                                <ul class="history" data-testid="project-support">
                                    {page
                                        .support
                                        .iter()
                                        .map(|s| {
                                            let giver = s.shown_giver(lang).to_string();
                                            let amount = s.amount.clone();
                                            let description = s.description.clone();
                                            let (support_id, given_on) = (s.id, s.given_on);
                                            let remove_label = format!("{} — {giver}", tr!("support-remove"));
                                            view! {
                                                <li>
                                                    <strong>
                                                        <bdi>{giver}</bdi>
                                                    </strong>
                                                    " · "
                                                    {tr_key(s.kind.label_key())}
                                                    {amount
                                                        .map(|m| {
                                                            view! {
                                                                " · "
                                                                <span dir="ltr">{m.shown}</span>
                                                            }
                                                        })}
                                                    {given_on
                                                        .map(|date| {
                                                            view! {
                                                                " · "
                                                                <MediumDate date />
                                                            }
                                                        })}
                                                    {(!description.is_empty())
                                                        .then(|| {
                                                            view! {
                                                                <br />
                                                                <bdi>{description}</bdi>
                                                            }
                                                        })}
                                                    {may_edit
                                                        .then(move || {
                                                            view! {
                                                                <ActionForm
                                                                    action=remove_action
                                                                    attr:class="inline-form no-print"
                                                                >
                                                                    <input type="hidden" name="id" value=support_id />
                                                                    <button
                                                                        type="submit"
                                                                        class="button-link"
                                                                        data-testid="remove-support"
                                                                        aria-label=remove_label
                                                                    >
                                                                        {tr!("support-remove")}
                                                                    </button>
                                                                </ActionForm>
                                                            }
                                                        })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                {may_edit
                                    .then(move || {
                                        view! {
                                            <ActionForm
                                                action=add_action
                                                attr:class="form form-grid no-print"
                                                attr:novalidate=true
                                            >
                                                <h3>{tr!("support-add")}</h3>
                                                <FormError result=added prefix="su" />
                                                <input type="hidden" name="project_id" value=project_id />
                                                <SupportFormFields result=added members />
                                                <button type="submit" class="button" data-testid="add-support">
                                                    {tr!("support-add")}
                                                </button>
                                            </ActionForm>
                                            <p class="no-print">
                                                <a href=edit_project(project_id) data-testid="edit-project">
                                                    {tr!("project-edit")}
                                                </a>
                                            </p>
                                        }
                                    })}
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The support form's fields.
#[component]
fn SupportFormFields(result: FormResult, members: Vec<(i32, String)>) -> impl IntoView {
    view! {
        <SelectField
            result
            id="su-giver_member".to_string()
            name="support[giver_member]".to_string()
            field="giver_member"
            label=tr!("support-giver-member")
            hint=Some(tr!("hint-support-giver"))
        >
            <option value="">{tr!("support-giver-other")}</option>
            {id_options(&members, "")}
        </SelectField>
        <TextInput result group="support" prefix="su" field="giver_name" label=tr!("support-giver-name") />
        <SelectField
            result
            id="su-kind".to_string()
            name="support[kind]".to_string()
            field="kind"
            label=tr!("support-kind")
            required=true
        >
            <option value="">{tr!("choose-option")}</option>
            {choice_options(SupportKind::ALL, None)}
        </SelectField>
        <TextInput
            result
            group="support"
            prefix="su"
            field="amount"
            label=tr!("support-amount")
            hint=Some(tr!("hint-support-amount"))
            dir=Some("ltr")
        />
        <TextInput
            result
            group="support"
            prefix="su"
            field="currency"
            label=tr!("schedule-currency")
            hint=Some(tr!("hint-schedule-currency"))
            dir=Some("ltr")
        />
        <TextInput result group="support" prefix="su" field="description" label=tr!("support-description") />
        <TextInput result group="support" prefix="su" field="given_on" kind="date" label=tr!("support-given-on") />
    }
}

/// The project's fields.
#[component]
fn ProjectFormFields(result: FormResult, form: ProjectForm) -> impl IntoView {
    let current = form.current.clone();
    let language = current.language.clone();
    view! {
        <TextInput
            result
            group="project"
            prefix="pr"
            field="title"
            label=tr!("project-name")
            required=true
            value=Some(current.title.clone())
        />
        <SelectField
            result
            id="pr-language".to_string()
            name="project[language]".to_string()
            field="language"
            label=tr!("project-language")
            required=true
        >
            {[Lang::Ar, Lang::En, Lang::Fr]
                .into_iter()
                .map(|l| {
                    view! {
                        <option value=l.code() selected=language == l.code()>
                            {l.native_name()}
                        </option>
                    }
                })
                .collect_view()}
        </SelectField>
        <SelectField
            result
            id="pr-locality".to_string()
            name="project[locality]".to_string()
            field="locality"
            label=tr!("project-locality")
            hint=Some(tr!("hint-project-locality"))
            required=true
        >
            <option value="">{tr!("choose-option")}</option>
            {id_options(&form.localities, &current.locality)}
        </SelectField>
        <SelectField
            result
            id="pr-agreement".to_string()
            name="project[agreement]".to_string()
            field="agreement"
            label=tr!("project-agreement")
            hint=Some(tr!("hint-project-agreement"))
        >
            <option value="">{tr!("project-no-agreement")}</option>
            {id_options(&form.agreements, &current.agreement)}
        </SelectField>
        <SelectField
            result
            id="pr-status".to_string()
            name="project[status]".to_string()
            field="status"
            label=tr!("project-status")
            required=true
        >
            <option value="">{tr!("choose-option")}</option>
            {choice_options(ProjectStatus::ALL, ProjectStatus::parse(&current.status))}
        </SelectField>
        <TextInput
            result
            group="project"
            prefix="pr"
            field="starts_on"
            kind="date"
            label=tr!("project-starts-on")
            value=Some(current.starts_on.clone())
        />
        <TextInput
            result
            group="project"
            prefix="pr"
            field="ends_on"
            kind="date"
            label=tr!("project-ends-on")
            value=Some(current.ends_on.clone())
        />
        <TextArea
            result
            id="pr-description".to_string()
            name="project[description]".to_string()
            field="description"
            label=tr!("project-description")
            rows=5
            value=current.description.clone()
            wide=true
        />
        <crate::resolutions::pages::ThemeChoices
            result
            group="project"
            prefix="pr"
            themes=form.themes.clone()
            chosen=current.themes.clone()
        />
    }
}

#[component]
pub fn NewProjectPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| get_project_form(0));
    let action = ServerAction::<RecordProject>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("project-new") />
        <h1>{tr!("project-new")}</h1>
        <p class="lead">{tr!("project-new-lead")}</p>
        {party_form_frame(
            form,
            move |form| {
                view! {
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormError result prefix="pr" />
                        <ProjectFormFields result form />
                        <button type="submit" class="button" data-testid="save-project">
                            {tr!("project-record")}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            },
        )}
    }
}

#[component]
pub fn EditProjectPage() -> impl IntoView {
    let id = id_param("id");
    let form = Resource::new(id, get_project_form);
    let action = ServerAction::<UpdateProject>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("project-edit") />
        <h1>{tr!("project-edit")}</h1>
        {party_form_frame(
            form,
            move |form| {
                view! {
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormError result prefix="pr" />
                        <input type="hidden" name="id" value=id() />
                        <ProjectFormFields result form />
                        <button type="submit" class="button" data-testid="save-project">
                            {tr!("project-save")}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            },
        )}
    }
}

/// A member's projects and visits, on its page.
#[component]
pub fn MemberCooperationView(member_id: i32) -> impl IntoView {
    let found = Resource::new(move || member_id, get_member_cooperation);
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let cooperation = found.await.unwrap_or_default();
                view! {
                    <section data-testid="member-projects">
                        <h2>{tr!("member-projects")}</h2>
                        {if cooperation.projects.is_empty() {
                            view! { <p class="secondary">{tr!("member-projects-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="member-list">
                                    {cooperation.projects.into_iter().map(|p| project_card(p, lang)).collect_view()}
                                </ol>
                            }
                                .into_any()
                        }}
                    </section>
                    <section data-testid="member-visits">
                        <h2>{tr!("member-visits")}</h2>
                        {if cooperation.visits.is_empty() {
                            view! { <p class="secondary">{tr!("member-visits-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="history">
                                    {cooperation.visits.into_iter().map(|v| visit_item(v, lang, None)).collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                }
            })}
        </Suspense>
    }
}

/// The section the site adds to every member's page after its agreements.
pub fn member_cooperation_section(member_id: i32) -> AnyView {
    view! { <MemberCooperationView member_id /> }.into_any()
}
