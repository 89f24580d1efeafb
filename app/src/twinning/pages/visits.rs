//! Exchange visits between members (`/twinning/visits`) and the form that records one.
use super::agreements::party_form_frame;
use crate::i18n::Lang;
use crate::tr;
use crate::twinning::api::{get_visit_form, list_visits, RecordVisit, RemoveVisit};
use crate::twinning::routes::{agreement, NEW_VISIT, PROJECTS, VISITS};
use crate::twinning::{VisitView, DELEGATION_MOST};
use crate::ui::{
    id_options, query_param, use_lang, DateRange, ErrorPanel, FormError, NumberedPager, SelectField, TextArea,
    TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// One visit: who went where, when, why, and what came of it; its removal for those who
/// speak for one of its members (`remove`).
pub fn visit_item(visit: VisitView, lang: Lang, remove: Option<ServerAction<RemoveVisit>>) -> impl IntoView {
    let (from, to) = (visit.from.display_name(lang).to_string(), visit.to.display_name(lang).to_string());
    let label = format!("{} — {}", tr!("visit-remove"), visit.purpose);
    view! {
        <li data-testid="visit">
            <strong>{tr!("visit-from-to", { "from" => from.clone(), "to" => to.clone() })}</strong>
            " · "
            <DateRange from=visit.starts_on to=visit.ends_on />
            " · "
            {tr!("visit-delegation", { "count" => visit.delegation_size })}
            <br />
            <bdi>{visit.purpose.clone()}</bdi>
            {visit
                .agreement
                .clone()
                .map(|a| {
                    view! {
                        <br />
                        {tr!("visit-under")}
                        " "
                        <a href=agreement(a.id) lang=a.language.code() dir=a.language.dir()>
                            {a.title}
                        </a>
                    }
                })}
            {(!visit.outcome.is_empty())
                .then(|| {
                    view! {
                        <br />
                        {tr!("visit-outcome")}
                        " "
                        <bdi>{visit.outcome.clone()}</bdi>
                    }
                })}
            {remove
                .filter(|_| visit.may_remove)
                .map(|action| {
                    view! {
                        <ActionForm action attr:class="inline-form no-print">
                            <input type="hidden" name="id" value=visit.id />
                            <button type="submit" class="button-link" data-testid="remove-visit" aria-label=label>
                                {tr!("visit-remove")}
                            </button>
                        </ActionForm>
                    }
                })}
        </li>
    }
}

#[component]
pub fn VisitsPage() -> impl IntoView {
    let page = query_param("page");
    let remove = ServerAction::<RemoveVisit>::new();
    let found = Resource::new(
        move || (page.get().and_then(|p| p.parse::<u64>().ok()).unwrap_or(0), remove.version().get()),
        |(page, _)| list_visits(page),
    );
    let removed = Signal::derive(move || remove.value().get());
    let saved = query_param("saved");
    let lang = use_lang();
    view! {
        <Title text=tr!("visits-title") />
        <p class="eyebrow">
            <a href=PROJECTS>{tr!("projects-title")}</a>
        </p>
        <h1>{tr!("visits-title")}</h1>
        <p class="lead">{tr!("visits-lead")}</p>
        {saved
            .get_untracked()
            .map(|_| {
                view! {
                    <div class="alert alert-success" role="status">
                        {tr!("visit-saved")}
                    </div>
                }
            })}
        <FormError result=removed />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match found.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(list) => {
                        view! {
                            {list
                                .may_record
                                .then(|| {
                                    view! {
                                        <p class="button-row">
                                            <a class="button" href=NEW_VISIT data-testid="new-visit">
                                                {tr!("visit-new")}
                                            </a>
                                        </p>
                                    }
                                })}
                            {list.visits.is_empty().then(|| view! { <p class="secondary">{tr!("visits-none")}</p> })}
                            <ul class="history" data-testid="visits">
                                {list.visits.into_iter().map(|v| visit_item(v, lang, Some(remove))).collect_view()}
                            </ul>
                            <NumberedPager
                                page=list.page
                                pages=list.pages
                                href=|page| format!("{VISITS}?page={page}")
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn NewVisitPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| get_visit_form());
    let action = ServerAction::<RecordVisit>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("visit-new") />
        <h1>{tr!("visit-new")}</h1>
        <p class="lead">{tr!("visit-new-lead")}</p>
        {party_form_frame(
            form,
            move |form| {
                let own = form.own_member.map(|id| id.to_string()).unwrap_or_default();
                let (visiting, visited) = (form.members.clone(), form.members);
                view! {
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormError result prefix="vi" />
                        <SelectField
                            result
                            id="vi-from_member".to_string()
                            name="visit[from_member]".to_string()
                            field="from_member"
                            label=tr!("visit-from")
                            required=true
                        >
                            <option value="">{tr!("choose-option")}</option>
                            {id_options(&visiting, &own)}
                        </SelectField>
                        <SelectField
                            result
                            id="vi-to_member".to_string()
                            name="visit[to_member]".to_string()
                            field="to_member"
                            label=tr!("visit-to")
                            required=true
                        >
                            <option value="">{tr!("choose-option")}</option>
                            {id_options(&visited, "")}
                        </SelectField>
                        <SelectField
                            result
                            id="vi-agreement".to_string()
                            name="visit[agreement]".to_string()
                            field="agreement"
                            label=tr!("project-agreement")
                        >
                            <option value="">{tr!("project-no-agreement")}</option>
                            {id_options(&form.agreements, "")}
                        </SelectField>
                        <TextInput
                            result
                            group="visit"
                            prefix="vi"
                            field="starts_on"
                            kind="date"
                            label=tr!("visit-starts-on")
                            required=true
                        />
                        <TextInput
                            result
                            group="visit"
                            prefix="vi"
                            field="ends_on"
                            kind="date"
                            label=tr!("visit-ends-on")
                            required=true
                        />
                        <TextInput
                            result
                            group="visit"
                            prefix="vi"
                            field="purpose"
                            label=tr!("visit-purpose")
                            hint=Some(tr!("hint-visit-purpose"))
                            required=true
                        />
                        <TextInput
                            result
                            group="visit"
                            prefix="vi"
                            field="delegation_size"
                            kind="number"
                            label=tr!("visit-delegation-size")
                            hint=Some(tr!("hint-visit-delegation-size", { "most" => DELEGATION_MOST }))
                            required=true
                        />
                        <TextArea
                            result
                            id="vi-outcome".to_string()
                            name="visit[outcome]".to_string()
                            field="outcome"
                            label=tr!("visit-outcome-field")
                            hint=Some(tr!("hint-visit-outcome"))
                            rows=4
                            wide=true
                        />
                        <button type="submit" class="button" data-testid="save-visit">
                            {tr!("visit-record")}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            },
        )}
    }
}
