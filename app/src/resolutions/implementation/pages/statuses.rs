//! `/secretariat/statuses`: the list of statuses an action may have, with the form to add one or
//! correct one (its names, the progress it gives, whether it counts toward its parent's).
use crate::identity::Role;
use crate::resolutions::implementation::api::{list_statuses, AddStatus, UpdateStatus};
use crate::resolutions::implementation::routes::STATUSES;
use crate::resolutions::implementation::StatusView;
use crate::resolutions::pages::SlugAndNames;
use crate::tr;
use crate::ui::{
    query_param, use_lang, DataTable, ErrorPanel, FieldError, FormError, FormResult, RequireRole, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

const GROUP: &str = "status";
const PREFIX: &str = "st";

#[component]
fn StatusFieldsForm(result: FormResult, current: Option<StatusView>) -> impl IntoView {
    let counts = current.as_ref().is_none_or(|s| s.counts);
    view! {
        <SlugAndNames
            result
            group=GROUP
            prefix=PREFIX
            slug_hint=tr!("hint-status-slug")
            slug=current.as_ref().map(|s| s.slug.clone())
            names=current.as_ref().map(|s| s.name.clone())
        />
        <TextInput
            result
            group=GROUP
            prefix=PREFIX
            field="default_progress"
            label=tr!("status-default-progress")
            hint=Some(tr!("hint-status-default-progress"))
            kind="number"
            dir=Some("ltr")
            value=current.as_ref().and_then(|s| s.default_progress).map(|p| p.to_string())
        />
        <div class="field">
            <label class="checkbox">
                <input type="checkbox" name=format!("{GROUP}[counts]") value="on" checked=counts />
                {tr!("status-counts")}
            </label>
            <p class="hint">{tr!("hint-status-counts")}</p>
            <FieldError result field="counts" />
        </div>
    }
}

fn statuses_table(list: &[StatusView], lang: crate::i18n::Lang) -> impl IntoView {
    let rows = list
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <td>
                        <span dir="ltr">{s.slug.clone()}</span>
                    </td>
                    <td>{s.name(lang).to_string()}</td>
                    <td>
                        {s
                            .default_progress
                            .map(|value| tr!("progress-percent", { "value" => value }))
                            .unwrap_or_else(|| tr!("status-keeps-progress"))}
                    </td>
                    <td>{if s.counts { tr!("status-counts-yes") } else { tr!("status-counts-no") }}</td>
                    <td>
                        <a href=format!("{STATUSES}?edit={}#status-form", s.id)>{tr!("status-edit")}</a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable
            testid="statuses-table"
            columns=vec![tr!("theme-slug"), tr!("status-name"), tr!("status-default-progress"), tr!("status-counts")]
            links_column=true
        >
            {rows}
        </DataTable>
    }
}

#[component]
pub fn StatusesPage() -> impl IntoView {
    let statuses = Resource::new(|| (), |_| list_statuses());
    let editing = query_param("edit");
    let add = ServerAction::<AddStatus>::new();
    let added = Signal::derive(move || add.value().get());
    let update = ServerAction::<UpdateStatus>::new();
    let updated = Signal::derive(move || update.value().get());
    let lang = use_lang();
    view! {
        <Title text=tr!("statuses-title") />
        <h1>{tr!("statuses-title")}</h1>
        <p class="lead">{tr!("statuses-lead")}</p>
        <RequireRole roles=&[Role::Secretariat]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match statuses.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(list) => {
                            let chosen = editing
                                .get_untracked()
                                .and_then(|id| id.parse::<i32>().ok())
                                .and_then(|id| list.iter().find(|s| s.id == id).cloned());
                            let form = match chosen {
                                Some(status) => {
                                    let id = status.id;
                                    view! {
                                        <ActionForm
                                            action=update
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:id="status-form"
                                        >
                                            <h2>{tr!("status-edit")} " " {status.name(lang).to_string()}</h2>
                                            <FormError result=updated prefix=PREFIX />
                                            <input type="hidden" name="id" value=id />
                                            <StatusFieldsForm result=updated current=Some(status) />
                                            <button type="submit" class="button" data-testid="save-status">
                                                {tr!("status-save")}
                                            </button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <ActionForm
                                            action=add
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:id="status-form"
                                        >
                                            <h2>{tr!("status-add")}</h2>
                                            <FormError result=added prefix=PREFIX />
                                            <StatusFieldsForm result=added current=None />
                                            <button type="submit" class="button" data-testid="save-status">
                                                {tr!("status-add")}
                                            </button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                            };
                            view! {
                                {statuses_table(&list, lang)}
                                {form}
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}
