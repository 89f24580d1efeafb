//! The secretariat's text form: kind, reference, the authoritative language, the wording in
//! each language (Markdown), themes, addressees; saving a text adopted or published amends it.
use crate::domain::Choice;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::resolutions::api::{get_text_form, list_themes, CreateText, UpdateText};
use crate::resolutions::correspondence::api::list_addressees;
use crate::resolutions::correspondence::routes::ADDRESSEES;
use crate::resolutions::correspondence::AddresseeView;
use crate::resolutions::routes::text;
use crate::resolutions::{TextInput, TextKind, ThemeView};
use crate::tr;
use crate::ui::{
    choice_options, id_param, refused, ErrorPanel, FieldError, FormError, FormResult, RequireRole, SelectField,
    TextArea, TextInput as TextField,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// Check boxes posting `name[]`, the chosen values checked, under a legend tied to the field's
/// message.
#[component]
pub fn CheckboxChoices(
    result: FormResult,
    name: String,
    field: &'static str,
    id: String,
    legend: String,
    /// Value and label of each box.
    options: Vec<(String, String)>,
    chosen: Vec<String>,
) -> impl IntoView {
    let invalid = refused(result, field);
    view! {
        <fieldset
            id=id
            class="choices"
            class:field-invalid=invalid
            aria-describedby=move || invalid.get().then(|| crate::ui::error_id(field))
        >
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|(value, label)| {
                    let checked = chosen.contains(&value);
                    view! {
                        <label class="checkbox">
                            <input type="checkbox" name=format!("{name}[]") value=value checked=checked />
                            <bdi>{label}</bdi>
                        </label>
                    }
                })
                .collect_view()}
            <FieldError result field />
        </fieldset>
    }
}

/// The themes as check boxes, `{group}[themes][]`, the chosen ones checked.
#[component]
pub fn ThemeChoices(
    result: FormResult,
    group: &'static str,
    prefix: &'static str,
    themes: Vec<ThemeView>,
    chosen: Vec<String>,
) -> impl IntoView {
    let lang = crate::ui::use_lang();
    let options = themes.into_iter().map(|theme| (theme.id.to_string(), theme.name(lang).to_string())).collect();
    view! {
        <CheckboxChoices
            result
            name=format!("{group}[themes]")
            field="themes"
            id=format!("{prefix}-themes")
            legend=tr!("text-themes")
            options
            chosen
        />
    }
}

#[component]
fn TextFieldsForm(
    result: FormResult,
    current: TextInput,
    choices: (Vec<ThemeView>, Vec<AddresseeView>),
    amending: bool,
) -> impl IntoView {
    let (themes, addressees) = choices;
    let group = "text";
    let prefix = "tx";
    let original = Lang::parse(&current.authoritative_language);
    let wording = [
        (Lang::Ar, current.title_ar.clone(), current.body_ar.clone()),
        (Lang::En, current.title_en.clone(), current.body_en.clone()),
        (Lang::Fr, current.title_fr.clone(), current.body_fr.clone()),
    ];
    view! {
        <fieldset>
            <legend>{tr!("text-about")}</legend>
            <SelectField
                result
                name=format!("{group}[kind]")
                field="kind"
                id=format!("{prefix}-kind")
                label=tr!("text-kind")
                required=true
            >
                {choice_options(TextKind::ALL, TextKind::parse(&current.kind))}
            </SelectField>
            <TextField
                result
                group
                prefix
                field="reference"
                label=tr!("text-reference")
                hint=Some(tr!("hint-reference"))
                required=true
                dir=Some("ltr")
                value=Some(current.reference.clone())
            />
            <SelectField
                result
                name=format!("{group}[authoritative_language]")
                field="authoritative_language"
                id=format!("{prefix}-authoritative_language")
                label=tr!("text-authoritative-language")
                hint=Some(tr!("hint-authoritative-language"))
                required=true
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=original == Some(l) lang=l.code()>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
        </fieldset>
        {wording
            .into_iter()
            .map(|(l, title, body)| {
                let title_field: &'static str = match l {
                    Lang::Ar => "title_ar",
                    Lang::En => "title_en",
                    Lang::Fr => "title_fr",
                };
                let body_field: &'static str = match l {
                    Lang::Ar => "body_ar",
                    Lang::En => "body_en",
                    Lang::Fr => "body_fr",
                };
                view! {
                    <fieldset lang=l.code()>
                        <legend>{l.native_name()}</legend>
                        <TextField
                            result
                            group
                            prefix
                            field=title_field
                            label=tr!("text-title")
                            dir=Some(l.dir())
                            value=Some(title)
                        />
                        <TextArea
                            result
                            name=format!("{group}[{body_field}]")
                            field=body_field
                            id=format!("{prefix}-{body_field}")
                            label=tr!("text-body")
                            hint=Some(tr!("hint-markdown"))
                            rows=12
                            dir=Some(l.dir())
                            value=body
                            wide=true
                        />
                    </fieldset>
                }
            })
            .collect_view()}
        <ThemeChoices result group prefix themes chosen=current.themes.clone() />
        <CheckboxChoices
            result
            name=format!("{group}[addressees]")
            field="addressees"
            id=format!("{prefix}-addressees")
            legend=tr!("text-addressees")
            options=addressees.into_iter().map(|a| (a.id.to_string(), a.label())).collect()
            chosen=current.addressees.clone()
        />
        <p class="hint">
            <a href=ADDRESSEES>{tr!("addressees-manage")}</a>
        </p>
        <TextArea
            result
            name=format!("{group}[note]")
            field="note"
            id=format!("{prefix}-note")
            label=if amending { tr!("text-amendment-note") } else { tr!("text-draft-note") }
            hint=Some(if amending { tr!("hint-amendment-note") } else { tr!("hint-draft-note") })
            required=amending
            rows=3
            dir=Some("auto")
            value=current.note
        />
    }
}

/// The themes and addressees a text may have.
async fn form_choices() -> Result<(Vec<ThemeView>, Vec<AddresseeView>), AppError> {
    Ok((list_themes().await?, list_addressees().await?))
}

#[component]
pub fn NewTextPage() -> impl IntoView {
    let action = ServerAction::<CreateText>::new();
    let result = Signal::derive(move || action.value().get());
    let themes = Resource::new(|| (), |_| form_choices());
    view! {
        <Title text=tr!("text-new") />
        <h1>{tr!("text-new")}</h1>
        <RequireRole roles=&[Role::Secretariat]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match themes.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(themes) => {
                            view! {
                                <ActionForm action attr:class="form application-form" attr:novalidate=true>
                                    <FormError result prefix="tx" />
                                    <TextFieldsForm
                                        result
                                        current=TextInput {
                                            kind: TextKind::Recommendation.as_str().into(),
                                            authoritative_language: "ar".into(),
                                            ..Default::default()
                                        }
                                        choices=themes
                                        amending=false
                                    />
                                    <button type="submit" class="button" data-testid="save-text">
                                        {tr!("text-save-draft")}
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
pub fn EditTextPage() -> impl IntoView {
    let id = id_param("id");
    let form = Resource::new(id, get_text_form);
    let themes = Resource::new(|| (), |_| form_choices());
    let action = ServerAction::<UpdateText>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("text-edit") />
        <h1>{tr!("text-edit")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (form.await, themes.await) {
                    (Err(error), _) | (_, Err(error)) => view! { <ErrorPanel error /> }.into_any(),
                    (Ok((current, state)), Ok(themes)) => {
                        let amending = !state.is_editable_in_place();
                        view! {
                            <p>
                                <a href=text(id()) dir="ltr">
                                    {current.reference.clone()}
                                </a>
                            </p>
                            {amending
                                .then(|| view! { <p class="alert alert-warning">{tr!("text-amending-explained")}</p> })}
                            <ActionForm action attr:class="form application-form" attr:novalidate=true>
                                <FormError result prefix="tx" />
                                <input type="hidden" name="id" value=id() />
                                <TextFieldsForm result current choices=themes amending />
                                <button type="submit" class="button" data-testid="save-text">
                                    {if amending { tr!("text-save-amendment") } else { tr!("text-save") }}
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
