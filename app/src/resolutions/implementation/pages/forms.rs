//! The secretariat's action form: where the action sits in the plan, its title in up to three
//! languages, who is responsible, status, progress, weight, dates, themes and the editions that
//! adopted it.
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::resolutions::implementation::api::{get_action_form, AddAction, UpdateAction};
use crate::resolutions::implementation::{ActionForm, Responsible};
use crate::resolutions::pages::{CheckboxChoices, ThemeChoices};
use crate::resolutions::routes::text;
use crate::tr;
use crate::ui::{
    choice_options, id_options, id_param, query_param, use_lang, ErrorPanel, FormError, FormResult, RequireRole,
    SelectField, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

const GROUP: &str = "action";
const PREFIX: &str = "ac";

#[component]
fn ActionFieldsForm(result: FormResult, form: ActionForm) -> impl IntoView {
    let lang = use_lang();
    let current = form.input.clone();
    let titles = [
        (Lang::Ar, "title_ar", current.title_ar.clone()),
        (Lang::En, "title_en", current.title_en.clone()),
        (Lang::Fr, "title_fr", current.title_fr.clone()),
    ];
    view! {
        <input type="hidden" name="action[language]" value=lang.code() />
        <fieldset>
            <legend>{tr!("action-title")}</legend>
            <p class="hint">{tr!("hint-action-title")}</p>
            {titles
                .into_iter()
                .map(|(l, field, value)| {
                    view! {
                        <div lang=l.code()>
                            <TextInput
                                result
                                group=GROUP
                                prefix=PREFIX
                                field
                                label=l.native_name().to_string()
                                dir=Some(l.dir())
                                value=Some(value)
                            />
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        <fieldset>
            <legend>{tr!("action-place")}</legend>
            <SelectField
                result
                name=format!("{GROUP}[parent_id]")
                field="parent_id"
                id=format!("{PREFIX}-parent_id")
                label=tr!("action-parent")
                hint=Some(tr!("hint-action-parent"))
            >
                <option value="">{tr!("action-parent-none")}</option>
                {form
                    .parents
                    .iter()
                    .map(|(id, depth, title)| {
                        let value = id.to_string();
                        let selected = value == current.parent_id;
                        let indent = "— ".repeat(usize::from(*depth));
                        view! {
                            <option value=value selected=selected>
                                {format!("{indent}{}", title.show(lang).text)}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="external_id"
                label=tr!("action-external-id")
                hint=Some(tr!("hint-action-external-id"))
                dir=Some("ltr")
                value=Some(current.external_id.clone())
            />
        </fieldset>
        <fieldset>
            <legend>{tr!("action-responsible")}</legend>
            <SelectField
                result
                name=format!("{GROUP}[responsible]")
                field="responsible"
                id=format!("{PREFIX}-responsible")
                label=tr!("action-responsible-kind")
                required=true
            >
                {choice_options(Responsible::ALL, Responsible::parse(&current.responsible))}
            </SelectField>
            <SelectField
                result
                name=format!("{GROUP}[member_id]")
                field="member_id"
                id=format!("{PREFIX}-member_id")
                label=tr!("action-member")
                hint=Some(tr!("hint-action-member"))
            >
                <option value="">{tr!("action-member-none")}</option>
                {id_options(&form.members, &current.member_id)}
            </SelectField>
            <SelectField
                result
                name=format!("{GROUP}[addressee_id]")
                field="addressee_id"
                id=format!("{PREFIX}-addressee_id")
                label=tr!("action-addressee")
                hint=Some(tr!("hint-action-addressee"))
            >
                <option value="">{tr!("action-addressee-none")}</option>
                {id_options(&form.addressees, &current.addressee_id)}
            </SelectField>
        </fieldset>
        <fieldset>
            <legend>{tr!("action-progress")}</legend>
            <SelectField
                result
                name=format!("{GROUP}[status_id]")
                field="status_id"
                id=format!("{PREFIX}-status_id")
                label=tr!("action-status")
                required=true
            >
                {form
                    .statuses
                    .iter()
                    .map(|status| {
                        let value = status.id.to_string();
                        let selected = value == current.status_id;
                        view! {
                            <option value=value selected=selected>
                                {status.name(lang).to_string()}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="progress"
                label=tr!("action-progress")
                hint=Some(tr!("hint-action-progress"))
                kind="number"
                dir=Some("ltr")
                value=Some(current.progress.clone())
            />
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="weight"
                label=tr!("action-weight")
                hint=Some(tr!("hint-action-weight"))
                kind="number"
                dir=Some("ltr")
                value=Some(current.weight.clone())
            />
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="starts_on"
                label=tr!("action-starts-on")
                kind="date"
                dir=Some("ltr")
                value=Some(current.starts_on.clone())
            />
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="due_on"
                label=tr!("action-due-on")
                kind="date"
                dir=Some("ltr")
                value=Some(current.due_on.clone())
            />
        </fieldset>
        <ThemeChoices result group=GROUP prefix=PREFIX themes=form.themes.clone() chosen=current.themes.clone() />
        <CheckboxChoices
            result
            name=format!("{GROUP}[editions]")
            field="editions"
            id=format!("{PREFIX}-editions")
            legend=tr!("action-editions")
            options=form.editions.iter().map(|(id, title)| (id.to_string(), title.get(lang).to_string())).collect()
            chosen=current.editions.clone()
        />
    }
}

fn text_link(form: &ActionForm, lang: Lang) -> impl IntoView {
    view! {
        <p class="eyebrow">
            <a href=format!("{}#implementation", text(form.text.id))>
                <span dir="ltr">{form.text.reference.clone()}</span>
                " · "
                {form.text.title.show(lang).text.to_string()}
            </a>
        </p>
    }
}

#[component]
pub fn NewActionPage() -> impl IntoView {
    let text_id = id_param("id");
    let parent = query_param("parent");
    let form = Resource::new(text_id, |text_id| get_action_form(Some(text_id), None));
    let add = ServerAction::<AddAction>::new();
    let result = Signal::derive(move || add.value().get());
    let lang = use_lang();
    view! {
        <Title text=tr!("action-new") />
        <h1>{tr!("action-new")}</h1>
        <RequireRole roles=&[Role::Secretariat]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match form.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(mut form) => {
                            form.input.parent_id = parent.get_untracked().unwrap_or_default();
                            view! {
                                {text_link(&form, lang)}
                                <ActionForm action=add attr:class="form application-form" attr:novalidate=true>
                                    <FormError result prefix=PREFIX />
                                    <input type="hidden" name="text_id" value=text_id() />
                                    <ActionFieldsForm result form />
                                    <button type="submit" class="button" data-testid="save-action">
                                        {tr!("action-save")}
                                    </button>
                                </ActionForm>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
pub fn EditActionPage() -> impl IntoView {
    let id = id_param("id");
    let form = Resource::new(id, |id| get_action_form(None, Some(id)));
    let update = ServerAction::<UpdateAction>::new();
    let result = Signal::derive(move || update.value().get());
    let lang = use_lang();
    view! {
        <Title text=tr!("action-edit") />
        <h1>{tr!("action-edit")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match form.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(form) => {
                        view! {
                            {text_link(&form, lang)}
                            <ActionForm action=update attr:class="form application-form" attr:novalidate=true>
                                <FormError result prefix=PREFIX />
                                <input type="hidden" name="id" value=id() />
                                <ActionFieldsForm result form />
                                <button type="submit" class="button" data-testid="save-action">
                                    {tr!("action-save")}
                                </button>
                            </ActionForm>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
