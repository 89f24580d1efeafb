//! The secretariat's forms for the sessions of an agenda.
use super::*;
use crate::conferences::api::{get_session_form, AddSession, UpdateSession};
use crate::conferences::routes::edition;
use crate::conferences::{SessionInput, SessionKind};
use crate::domain::Choice;
use crate::identity::Role;
use crate::tr;
use crate::ui::{choice_options, id_param, ErrorPanel, FormError, FormResult, RequireRole, SelectField, TextInput};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub(super) fn SessionFields(result: FormResult, current: SessionInput) -> impl IntoView {
    let group = "session";
    let prefix = "se";
    let kind = SessionKind::parse(&current.kind);
    view! {
        <fieldset>
            <legend>{tr!("session-about")}</legend>
            <TrilingualFields
                result
                group
                prefix
                titles=[current.title_ar, current.title_en, current.title_fr]
                descriptions=[current.description_ar, current.description_en, current.description_fr]
            />
            <SelectField
                result
                id="se-kind".to_string()
                name="session[kind]".to_string()
                field="kind"
                label=tr!("session-kind")
                required=true
            >
                {choice_options(SessionKind::ALL, kind)}
            </SelectField>
            <TextInput result group prefix field="room" label=tr!("agenda-room") value=Some(current.room) />
            <TextInput
                result
                group
                prefix
                field="speakers"
                label=tr!("session-speakers")
                value=Some(current.speakers)
            />
        </fieldset>
        <fieldset>
            <legend>{tr!("session-when")}</legend>
            <p class="hint">{tr!("hint-session-when")}</p>
            <TextInput
                result
                group
                prefix
                field="day"
                label=tr!("session-day")
                kind="date"
                required=true
                dir=Some("ltr")
                value=Some(current.day)
            />
            <TextInput
                result
                group
                prefix
                field="starts"
                label=tr!("session-starts")
                kind="time"
                required=true
                dir=Some("ltr")
                value=Some(current.starts)
            />
            <TextInput
                result
                group
                prefix
                field="ends"
                label=tr!("session-ends")
                kind="time"
                required=true
                dir=Some("ltr")
                value=Some(current.ends)
            />
        </fieldset>
    }
}

#[component]
pub fn NewSessionPage() -> impl IntoView {
    let edition_id = id_param("id");
    let action = ServerAction::<AddSession>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("session-add") />
        <h1>{tr!("session-add")}</h1>
        <p>
            <a href=move || edition(edition_id())>{tr!("edition-agenda")}</a>
        </p>
        <RequireRole roles=&[Role::Secretariat]>
            <ActionForm action attr:class="form application-form" attr:novalidate=true>
                <FormError result prefix="se" />
                <input type="hidden" name="edition_id" value=edition_id />
                <SessionFields result current=SessionInput::default() />
                <button type="submit" class="button">
                    {tr!("session-save")}
                </button>
            </ActionForm>
        </RequireRole>
    }
}

#[component]
pub fn EditSessionPage() -> impl IntoView {
    let id = id_param("id");
    let form = Resource::new(id, get_session_form);
    let action = ServerAction::<UpdateSession>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("session-edit") />
        <h1>{tr!("session-edit")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match form.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok((edition_id, current)) => {
                        view! {
                            <p>
                                <a href=edition(edition_id)>{tr!("edition-agenda")}</a>
                            </p>
                            <ActionForm action attr:class="form application-form" attr:novalidate=true>
                                <FormError result prefix="se" />
                                <input type="hidden" name="id" value=id() />
                                <SessionFields result current />
                                <button type="submit" class="button">
                                    {tr!("session-save")}
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
