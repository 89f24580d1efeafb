//! The application and profile forms' fields, shared by applying and editing.
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::membership::{countries_by_name, country_name, ApplicationView, AuthorityKind};
use crate::tr;
use crate::ui::{choice_options, tr_key, use_lang, FormResult, SelectField, TextInput};
use leptos::prelude::*;

/// A labelled text input of the application and profile forms, with its message.
#[component]
pub(super) fn Field(
    result: FormResult,
    field: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] dir: Option<&'static str>,
    #[prop(default = None)] value: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    view! { <TextInput result group="application" prefix="app" field label hint kind required dir value autocomplete /> }
}

/// The fields an application and a profile share. `current` fills them for an edit; when
/// `identity_fixed`, the kind and country are shown but sent unchanged.
#[component]
pub(super) fn ProfileFields(
    result: FormResult,
    #[prop(optional)] current: Option<ApplicationView>,
    #[prop(optional)] identity_fixed: bool,
) -> impl IntoView {
    let lang = use_lang();
    let value = |pick: fn(&ApplicationView) -> String| current.as_ref().map(pick);
    let kind = current.as_ref().map(|c| c.kind);
    let country = current.as_ref().map(|c| c.country.clone()).unwrap_or_default();
    let focal_language = current.as_ref().map_or(lang, |c| c.focal_language);
    let location = current.clone().map(|c| view! { <LocationFields result current=c /> });
    let identity = if identity_fixed {
        view! {
            <input type="hidden" name="application[kind]" value=kind.map(AuthorityKind::as_str) />
            <input type="hidden" name="application[country]" value=country.clone() />
            <dl class="details">
                <dt>{tr!("field-kind")}</dt>
                <dd>{kind.map(|k| tr_key(k.label_key()))}</dd>
                <dt>{tr!("field-country")}</dt>
                <dd>{country_name(&country, lang).unwrap_or_default()}</dd>
            </dl>
            <p class="hint">{tr!("profile-identity-fixed")}</p>
        }
        .into_any()
    } else {
        view! {
            <SelectField
                result
                id="app-kind".to_string()
                name="application[kind]".to_string()
                field="kind"
                label=tr!("field-kind")
                required=true
            >
                <option value="">{tr!("choose-option")}</option>
                {choice_options(AuthorityKind::ALL, kind)}
            </SelectField>
            <SelectField
                result
                id="app-country".to_string()
                name="application[country]".to_string()
                field="country"
                label=tr!("field-country")
                required=true
            >
                <option value="">{tr!("choose-option")}</option>
                {countries_by_name(lang)
                    .iter()
                    .map(|&(code, name)| {
                        view! {
                            <option value=code selected=country == code>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
        }
        .into_any()
    };
    view! {
        <fieldset>
            <legend>{tr!("apply-authority")}</legend>
            <Field
                result
                field="official_name"
                label=tr!("field-official-name")
                hint=tr!("hint-official-name")
                required=true
                value=value(|c| c.official_name.clone())
            />
            <Field
                result
                field="latin_name"
                label=tr!("field-latin-name")
                hint=tr!("hint-latin-name")
                required=true
                dir="ltr"
                value=value(|c| c.latin_name.clone())
            />
            <Field
                result
                field="english_name"
                label=tr!("field-english-name")
                dir="ltr"
                value=value(|c| c.english_name.clone().unwrap_or_default())
            />
            <Field
                result
                field="french_name"
                label=tr!("field-french-name")
                dir="ltr"
                value=value(|c| c.french_name.clone().unwrap_or_default())
            />
            {identity}
            <Field
                result
                field="region"
                label=tr!("field-region")
                value=value(|c| c.region.clone().unwrap_or_default())
            />
            <Field
                result
                field="population"
                label=tr!("field-population")
                kind="text"
                dir="ltr"
                value=value(|c| c.population.map(|p| p.to_string()).unwrap_or_default())
            />
            <Field
                result
                field="website"
                label=tr!("field-website")
                kind="url"
                dir="ltr"
                value=value(|c| c.website.clone().unwrap_or_default())
            />
        </fieldset>
        <fieldset>
            <legend>{tr!("apply-head")}</legend>
            <Field
                result
                field="head_name"
                label=tr!("field-name")
                required=true
                value=value(|c| c.head_name.clone())
            />
            <Field
                result
                field="head_title"
                label=tr!("field-title")
                hint=tr!("hint-head-title")
                required=true
                value=value(|c| c.head_title.clone())
            />
        </fieldset>
        {location}
        <fieldset>
            <legend>{tr!("apply-focal")}</legend>
            <p class="hint">{tr!("hint-focal")}</p>
            <Field
                result
                field="focal_name"
                autocomplete="name"
                label=tr!("field-name")
                required=true
                value=value(|c| c.focal_name.clone())
            />
            <Field
                result
                field="focal_email"
                autocomplete="email"
                label=tr!("field-email")
                kind="email"
                required=true
                dir="ltr"
                value=value(|c| c.focal_email.clone())
            />
            <Field
                result
                field="focal_phone"
                autocomplete="tel"
                label=tr!("field-phone")
                kind="tel"
                required=true
                dir="ltr"
                value=value(|c| c.focal_phone.clone())
            />
            <SelectField
                result
                id="app-focal_language".to_string()
                name="application[focal_language]".to_string()
                field="focal_language"
                label=tr!("field-preferred-language")
                required=true
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=l == focal_language>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
        </fieldset>
    }
}

/// Where the member is, for the map: its coordinates, or the gazetteer's suggestion to check.
#[component]
fn LocationFields(result: FormResult, current: ApplicationView) -> impl IntoView {
    let hint = match current.suggested_place.clone() {
        Some(place) => tr!("hint-location-suggested", { "place" => place }),
        None => tr!("hint-location"),
    };
    view! {
        <fieldset data-testid="location">
            <legend>{tr!("profile-location")}</legend>
            <p class="hint">{hint}</p>
            <Field result field="latitude" label=tr!("field-latitude") dir="ltr" value=Some(current.latitude.clone()) />
            <Field
                result
                field="longitude"
                label=tr!("field-longitude")
                dir="ltr"
                value=Some(current.longitude.clone())
            />
        </fieldset>
    }
}
