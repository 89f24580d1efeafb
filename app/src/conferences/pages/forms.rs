//! The secretariat's forms for editions: texts in three languages, dates, the venue's time zone.
use crate::conferences::api::{get_edition_form, CreateEdition, UpdateEdition};
use crate::conferences::routes::edition;
use crate::conferences::EditionInput;
use crate::identity::Role;
use crate::tr;
use crate::ui::{id_param, refused, ErrorPanel, FieldError, FormError, FormResult, RequireRole, TextArea, TextInput};
use leptos::prelude::*;
use leptos_meta::Title;

/// Time zones offered first; any IANA name is accepted.
pub(super) const COMMON_TIME_ZONES: [&str; 10] = [
    "Asia/Hebron",
    "Asia/Gaza",
    "Asia/Amman",
    "Asia/Beirut",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Tunis",
    "Europe/Paris",
    "Europe/Madrid",
    "Africa/Johannesburg",
];

/// A time zone as people name it ("Jerusalem time", "heure du Caire"), for the common ones;
/// any other shows its IANA name.
pub(super) fn zone_label(time_zone: &str) -> String {
    let key = match time_zone {
        "Asia/Hebron" => "zone-asia-hebron",
        "Asia/Gaza" => "zone-asia-gaza",
        "Asia/Amman" => "zone-asia-amman",
        "Asia/Beirut" => "zone-asia-beirut",
        "Africa/Cairo" => "zone-africa-cairo",
        "Africa/Casablanca" => "zone-africa-casablanca",
        "Africa/Tunis" => "zone-africa-tunis",
        "Europe/Paris" => "zone-europe-paris",
        "Europe/Madrid" => "zone-europe-madrid",
        "Africa/Johannesburg" => "zone-africa-johannesburg",
        other => return tr!("zone-other", { "zone" => other.to_string() }),
    };
    crate::ui::tr_key(key)
}

/// A three-language pair of title and description inputs.
#[component]
pub(super) fn TrilingualFields(
    result: FormResult,
    group: &'static str,
    prefix: &'static str,
    titles: [String; 3],
    descriptions: [String; 3],
) -> impl IntoView {
    let [title_ar, title_en, title_fr] = titles;
    let [description_ar, description_en, description_fr] = descriptions;
    let description = move |field: &'static str, label: String, value: String, dir: &'static str| {
        view! {
            <TextArea
                result
                id=format!("{prefix}-{field}")
                name=format!("{group}[{field}]")
                field
                label
                dir=Some(dir)
                value
                wide=true
            />
        }
    };
    view! {
        <TextInput
            result
            group
            prefix
            field="title_ar"
            label=tr!("field-title-ar")
            required=true
            dir=Some("rtl")
            value=Some(title_ar)
        />
        <TextInput
            result
            group
            prefix
            field="title_en"
            label=tr!("field-title-en")
            required=true
            dir=Some("ltr")
            value=Some(title_en)
        />
        <TextInput
            result
            group
            prefix
            field="title_fr"
            label=tr!("field-title-fr")
            required=true
            dir=Some("ltr")
            value=Some(title_fr)
        />
        {description("description_ar", tr!("field-description-ar"), description_ar, "rtl")}
        {description("description_en", tr!("field-description-en"), description_en, "ltr")}
        {description("description_fr", tr!("field-description-fr"), description_fr, "ltr")}
    }
}

#[component]
pub(super) fn EditionFields(result: FormResult, current: EditionInput) -> impl IntoView {
    let zone_refused = refused(result, "time_zone");
    let group = "edition";
    let prefix = "ed";
    let needs_approval = current.needs_approval == "on";
    let time_zone = if current.time_zone.is_empty() { COMMON_TIME_ZONES[0].to_string() } else { current.time_zone };
    view! {
        <fieldset>
            <legend>{tr!("edition-about")}</legend>
            <TrilingualFields
                result
                group
                prefix
                titles=[current.title_ar, current.title_en, current.title_fr]
                descriptions=[current.description_ar, current.description_en, current.description_fr]
            />
        </fieldset>
        <fieldset>
            <legend>{tr!("edition-where-when")}</legend>
            <TextInput
                result
                group
                prefix
                field="city"
                label=tr!("edition-city")
                required=true
                value=Some(current.city)
            />
            <TextInput
                result
                group
                prefix
                field="venue"
                label=tr!("edition-venue")
                required=true
                value=Some(current.venue)
            />
            <div class="field" class:field-invalid=zone_refused>
                <label for="ed-time_zone">{tr!("edition-time-zone")} " *"</label>
                <p class="hint" id="ed-time_zone-hint">
                    {tr!("hint-time-zone")}
                </p>
                <input
                    id="ed-time_zone"
                    name="edition[time_zone]"
                    list="time-zones"
                    dir="ltr"
                    required
                    value=time_zone
                    aria-describedby=move || {
                        if zone_refused.get() { "ed-time_zone-hint time_zone-error" } else { "ed-time_zone-hint" }
                    }
                    aria-invalid=move || zone_refused.get().then_some("true")
                />
                <datalist id="time-zones">
                    {COMMON_TIME_ZONES.into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <FieldError result field="time_zone" />
            </div>
            <TextInput
                result
                group
                prefix
                field="starts_on"
                label=tr!("edition-starts-on")
                kind="date"
                required=true
                dir=Some("ltr")
                value=Some(current.starts_on)
            />
            <TextInput
                result
                group
                prefix
                field="ends_on"
                label=tr!("edition-ends-on")
                kind="date"
                required=true
                dir=Some("ltr")
                value=Some(current.ends_on)
            />
        </fieldset>
        <fieldset>
            <legend>{tr!("edition-registration")}</legend>
            <p class="hint">{tr!("hint-registration-window")}</p>
            <TextInput
                result
                group
                prefix
                field="registration_opens"
                label=tr!("edition-registration-opens")
                kind="datetime-local"
                required=true
                dir=Some("ltr")
                value=Some(current.registration_opens)
            />
            <TextInput
                result
                group
                prefix
                field="registration_closes"
                label=tr!("edition-registration-closes")
                kind="datetime-local"
                required=true
                dir=Some("ltr")
                value=Some(current.registration_closes)
            />
            <TextInput
                result
                group
                prefix
                field="capacity"
                label=tr!("edition-capacity")
                kind="number"
                required=true
                dir=Some("ltr")
                value=Some(current.capacity)
            />
            <TextInput
                result
                group
                prefix
                field="delegation_quota"
                label=tr!("edition-quota")
                hint=Some(tr!("hint-quota"))
                kind="number"
                required=true
                dir=Some("ltr")
                value=Some(current.delegation_quota)
            />
            <TextInput
                result
                group
                prefix
                field="observer_quota"
                label=tr!("edition-observer-quota")
                hint=Some(tr!("hint-observer-quota"))
                kind="number"
                dir=Some("ltr")
                value=Some(current.observer_quota)
            />
            <label class="checkbox">
                <input type="checkbox" name="edition[needs_approval]" value="on" checked=needs_approval />
                {tr!("edition-needs-approval")}
            </label>
        </fieldset>
    }
}

#[component]
pub fn NewEditionPage() -> impl IntoView {
    let action = ServerAction::<CreateEdition>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("edition-new") />
        <h1>{tr!("edition-new")}</h1>
        <RequireRole roles=&[Role::Secretariat]>
            <ActionForm action attr:class="form application-form" attr:novalidate=true>
                <FormError result prefix="ed" />
                <EditionFields
                    result
                    current=EditionInput {
                        delegation_quota: "3".into(),
                        observer_quota: "5".into(),
                        ..Default::default()
                    }
                />
                <button type="submit" class="button">
                    {tr!("edition-save")}
                </button>
            </ActionForm>
        </RequireRole>
    }
}

#[component]
pub fn EditEditionPage() -> impl IntoView {
    let id = id_param("id");
    let form = Resource::new(id, get_edition_form);
    let action = ServerAction::<UpdateEdition>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("edition-edit") />
        <h1>{tr!("edition-edit")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match form.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(current) => {
                        view! {
                            <p>
                                <a href=edition(id())>{current.title_en.clone()}</a>
                            </p>
                            <ActionForm action attr:class="form application-form" attr:novalidate=true>
                                <FormError result prefix="ed" />
                                <input type="hidden" name="id" value=id() />
                                <EditionFields result current />
                                <button type="submit" class="button">
                                    {tr!("edition-save")}
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
