//! Pages of the conferences area: editions, their agenda, and the secretariat's forms.
use super::api::{
    get_edition, get_edition_form, get_session_form, list_editions, AddSession, CloneEdition, CreateEdition,
    UpdateEdition, UpdateSession,
};
use super::{EditionInput, EditionView, SessionInput, SessionKind, SessionView};
use crate::domain::Choice;
use crate::identity::Role;
use crate::ui::CurrentUserResource;
use crate::ui::{id_param, role_of, tr_key, use_lang, ErrorPanel, FieldError, FormError, FormResult, TextInput};
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;

/// Time zones offered first; any IANA name is accepted.
const COMMON_TIME_ZONES: [&str; 10] = [
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

async fn is_secretariat(user: CurrentUserResource) -> bool {
    role_of(user).await == Some(Role::Secretariat)
}

fn edition_card(edition: EditionView, lang: crate::i18n::Lang) -> impl IntoView {
    view! {
        <li class="member-card">
            <h3><a href=format!("/conferences/{}", edition.id)>{edition.title.get(lang).to_string()}</a></h3>
            <p class="meta">
                {edition.city.clone()} " · " <span dir="ltr">{edition.starts_on.clone()} " – " {edition.ends_on.clone()}</span>
                {edition.registration_open_now.then(|| view! { " · " <strong>{tr!("conference-registration-open")}</strong> })}
            </p>
        </li>
    }
}

#[component]
pub fn ConferencesPage() -> impl IntoView {
    let editions = Resource::new(|| (), |_| list_editions());
    let user = expect_context::<CurrentUserResource>();
    let lang = use_lang();
    view! {
        <Title text=tr!("conferences-title") />
        <h1>{tr!("conferences-title")}</h1>
        <p class="lead">{tr!("conferences-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let secretariat = is_secretariat(user).await;
                match editions.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(list) => view! {
                        {secretariat.then(|| view! {
                            <p><a class="button" href="/secretariat/conferences/new">{tr!("edition-new")}</a></p>
                        })}
                        <h2>{tr!("conferences-upcoming")}</h2>
                        {if list.upcoming.is_empty() {
                            view! { <p>{tr!("conferences-none-upcoming")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="member-list" data-testid="upcoming-editions">
                                    {list.upcoming.into_iter().map(|e| edition_card(e, lang)).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {(!list.past.is_empty()).then(|| view! {
                            <h2>{tr!("conferences-archive")}</h2>
                            <ul class="member-list" data-testid="past-editions">
                                {list.past.into_iter().map(|e| edition_card(e, lang)).collect_view()}
                            </ul>
                        })}
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn session_row(session: SessionView, lang: crate::i18n::Lang, secretariat: bool) -> impl IntoView {
    let description = session.description.get(lang).to_string();
    view! {
        <tr>
            <td dir="ltr" class="nowrap">{session.starts.clone()} "–" {session.ends.clone()}</td>
            <td>
                <strong>{session.title.get(lang).to_string()}</strong>
                " " <span class="badge">{tr_key(session.kind.label_key())}</span>
                {(!description.is_empty()).then(|| view! { <p class="secondary">{description}</p> })}
                {(!session.speakers.is_empty()).then(|| view! { <p class="secondary">{session.speakers.clone()}</p> })}
                {secretariat.then(|| view! {
                    <a class="no-print" href=format!("/secretariat/sessions/{}/edit", session.id)>{tr!("session-edit")}</a>
                })}
            </td>
            <td>{session.room.clone()}</td>
        </tr>
    }
}

#[component]
pub fn EditionPage() -> impl IntoView {
    let id = id_param("id");
    let page = Resource::new(id, get_edition);
    let user = expect_context::<CurrentUserResource>();
    let clone = ServerAction::<CloneEdition>::new();
    let cloned = Signal::derive(move || clone.value().get());
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let role = role_of(user).await;
                let secretariat = role == Some(Role::Secretariat);
                match page.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(page) => {
                        let e = page.edition;
                        let title = e.title.get(lang).to_string();
                        let description = e.description.get(lang).to_string();
                        let tz = e.time_zone.clone();
                        view! {
                            <Title text=title.clone() />
                            <p><a href="/conferences">{tr!("conferences-title")}</a></p>
                            <h1>{title}</h1>
                            {(!description.is_empty()).then(|| view! { <p class="lead prewrap">{description}</p> })}
                            <dl class="details" data-testid="edition-details">
                                <dt>{tr!("edition-place")}</dt><dd>{e.venue.clone()} " · " {e.city.clone()}</dd>
                                <dt>{tr!("edition-dates")}</dt><dd dir="ltr">{e.starts_on.clone()} " – " {e.ends_on.clone()}</dd>
                                <dt>{tr!("edition-registration")}</dt>
                                <dd>
                                    <span dir="ltr">{e.registration_opens.clone()} " – " {e.registration_closes.clone()}</span>
                                    " " {tr!("time-zone-label", { "zone" => tz.clone() })}
                                    {e.registration_open_now.then(|| view! { " · " <strong>{tr!("conference-registration-open")}</strong> })}
                                </dd>
                                <dt>{tr!("edition-seats")}</dt>
                                <dd data-testid="edition-seats">{tr!("edition-seats-taken", { "confirmed" => e.confirmed, "capacity" => e.capacity })}</dd>
                            </dl>
                            <p class="no-print">
                                <a href=format!("/conferences/{}/calendar.ics?lang={}", e.id, lang.code()) rel="external" data-testid="edition-calendar">
                                    {tr!("edition-calendar")}
                                </a>
                            </p>
                            <p class="no-print link-list" data-testid="registration-links">
                                {(e.registration_open_now && role == Some(Role::FocalPoint)).then(|| view! {
                                    <a class="button" href=format!("/conferences/{}/delegation", e.id)>{tr!("delegation-title")}</a>
                                })}
                                {(e.registration_open_now && role != Some(Role::FocalPoint)).then(|| view! {
                                    <a class="button" href=format!("/conferences/{}/apply", e.id)>{tr!("apply-conference-title")}</a>
                                })}
                                <a href=format!("/conferences/{}/participants", e.id)>{tr!("participants-title")}</a>
                            </p>
                            {secretariat.then(|| view! {
                                <p class="no-print link-list">
                                    <a class="button" href=format!("/secretariat/conferences/{}/registrations", e.id)>{tr!("registrations-title")}</a>
                                    <a class="button button-secondary" href=format!("/secretariat/conferences/{}/edit", e.id)>{tr!("edition-edit")}</a>
                                    <a class="button button-secondary" href=format!("/secretariat/conferences/{}/sessions/new", e.id)>{tr!("session-add")}</a>
                                </p>
                            })}
                            <h2 id="agenda">{tr!("edition-agenda")}</h2>
                            <p class="hint">{tr!("agenda-times-note", { "zone" => tz.clone() })}</p>
                            {if page.days.is_empty() {
                                view! { <p>{tr!("agenda-empty")}</p> }.into_any()
                            } else {
                                page.days.into_iter().map(|(day, sessions)| view! {
                                    <section class="agenda-day" data-day=day.clone()>
                                        <h3 dir="ltr">{day.clone()}</h3>
                                        <div class="table-scroll">
                                            <table class="data-table agenda">
                                                <thead><tr>
                                                    <th scope="col">{tr!("agenda-time")}</th>
                                                    <th scope="col">{tr!("agenda-session")}</th>
                                                    <th scope="col">{tr!("agenda-room")}</th>
                                                </tr></thead>
                                                <tbody>
                                                    {sessions.into_iter().map(|s| session_row(s, lang, secretariat)).collect_view()}
                                                </tbody>
                                            </table>
                                        </div>
                                    </section>
                                }).collect_view().into_any()
                            }}
                            {secretariat.then(|| view! {
                                <section class="panel no-print">
                                    <h2>{tr!("edition-clone")}</h2>
                                    <p class="hint">{tr!("hint-edition-clone")}</p>
                                    <ActionForm action=clone attr:class="form" attr:novalidate=true>
                                        <FormError result=cloned />
                                        <input type="hidden" name="id" value=e.id />
                                        <label for="clone-starts_on">{tr!("edition-starts-on")}</label>
                                        <input id="clone-starts_on" name="starts_on" type="date" dir="ltr" required />
                                        <FieldError result=cloned field="starts_on" />
                                        <button type="submit" class="button">{tr!("edition-clone-submit")}</button>
                                    </ActionForm>
                                </section>
                            })}
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// A three-language pair of title and description inputs.
#[component]
fn TrilingualFields(
    result: FormResult,
    group: &'static str,
    prefix: &'static str,
    titles: [String; 3],
    descriptions: [String; 3],
) -> impl IntoView {
    let [title_ar, title_en, title_fr] = titles;
    let [description_ar, description_en, description_fr] = descriptions;
    let description = move |field: &'static str, label: String, value: String, dir: &'static str| {
        let id = format!("{prefix}-{field}");
        view! {
            <div class="field wide">
                <label for=id.clone()>{label}</label>
                <textarea id=id name=format!("{group}[{field}]") rows="3" dir=dir>{value}</textarea>
                <FieldError result field />
            </div>
        }
    };
    view! {
        <TextInput result group prefix field="title_ar" label=tr!("field-title-ar") required=true dir=Some("rtl") value=Some(title_ar) />
        <TextInput result group prefix field="title_en" label=tr!("field-title-en") required=true dir=Some("ltr") value=Some(title_en) />
        <TextInput result group prefix field="title_fr" label=tr!("field-title-fr") required=true dir=Some("ltr") value=Some(title_fr) />
        {description("description_ar", tr!("field-description-ar"), description_ar, "rtl")}
        {description("description_en", tr!("field-description-en"), description_en, "ltr")}
        {description("description_fr", tr!("field-description-fr"), description_fr, "ltr")}
    }
}

#[component]
fn EditionFields(result: FormResult, current: EditionInput) -> impl IntoView {
    let group = "edition";
    let prefix = "ed";
    let needs_approval = current.needs_approval == "on";
    let time_zone = if current.time_zone.is_empty() { COMMON_TIME_ZONES[0].to_string() } else { current.time_zone };
    view! {
        <fieldset>
            <legend>{tr!("edition-about")}</legend>
            <TrilingualFields result group prefix
                titles=[current.title_ar, current.title_en, current.title_fr]
                descriptions=[current.description_ar, current.description_en, current.description_fr] />
        </fieldset>
        <fieldset>
            <legend>{tr!("edition-where-when")}</legend>
            <TextInput result group prefix field="city" label=tr!("edition-city") required=true value=Some(current.city) />
            <TextInput result group prefix field="venue" label=tr!("edition-venue") required=true value=Some(current.venue) />
            <div class="field">
                <label for="ed-time_zone">{tr!("edition-time-zone")} " *"</label>
                <p class="hint">{tr!("hint-time-zone")}</p>
                <input id="ed-time_zone" name="edition[time_zone]" list="time-zones" dir="ltr" required value=time_zone />
                <datalist id="time-zones">
                    {COMMON_TIME_ZONES.into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <FieldError result field="time_zone" />
            </div>
            <TextInput result group prefix field="starts_on" label=tr!("edition-starts-on") kind="date" required=true dir=Some("ltr") value=Some(current.starts_on) />
            <TextInput result group prefix field="ends_on" label=tr!("edition-ends-on") kind="date" required=true dir=Some("ltr") value=Some(current.ends_on) />
        </fieldset>
        <fieldset>
            <legend>{tr!("edition-registration")}</legend>
            <p class="hint">{tr!("hint-registration-window")}</p>
            <TextInput result group prefix field="registration_opens" label=tr!("edition-registration-opens") kind="datetime-local" required=true dir=Some("ltr") value=Some(current.registration_opens) />
            <TextInput result group prefix field="registration_closes" label=tr!("edition-registration-closes") kind="datetime-local" required=true dir=Some("ltr") value=Some(current.registration_closes) />
            <TextInput result group prefix field="capacity" label=tr!("edition-capacity") kind="number" required=true dir=Some("ltr") value=Some(current.capacity) />
            <TextInput result group prefix field="delegation_quota" label=tr!("edition-quota") hint=Some(tr!("hint-quota")) kind="number" required=true dir=Some("ltr") value=Some(current.delegation_quota) />
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
        <ActionForm action attr:class="form application-form" attr:novalidate=true>
            <FormError result />
            <EditionFields result current=EditionInput { delegation_quota: "3".into(), ..Default::default() } />
            <button type="submit" class="button">{tr!("edition-save")}</button>
        </ActionForm>
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
                    Ok(current) => view! {
                        <p><a href=format!("/conferences/{}", id())>{current.title_en.clone()}</a></p>
                        <ActionForm action attr:class="form application-form" attr:novalidate=true>
                            <FormError result />
                            <input type="hidden" name="id" value=id() />
                            <EditionFields result current />
                            <button type="submit" class="button">{tr!("edition-save")}</button>
                        </ActionForm>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SessionFields(result: FormResult, current: SessionInput) -> impl IntoView {
    let group = "session";
    let prefix = "se";
    let kind = SessionKind::parse(&current.kind);
    view! {
        <fieldset>
            <legend>{tr!("session-about")}</legend>
            <TrilingualFields result group prefix
                titles=[current.title_ar, current.title_en, current.title_fr]
                descriptions=[current.description_ar, current.description_en, current.description_fr] />
            <div class="field">
                <label for="se-kind">{tr!("session-kind")} " *"</label>
                <select id="se-kind" name="session[kind]">
                    {SessionKind::ALL.iter().copied().map(|k| view! {
                        <option value=k.as_str() selected=kind == Some(k)>{tr_key(k.label_key())}</option>
                    }).collect_view()}
                </select>
                <FieldError result field="kind" />
            </div>
            <TextInput result group prefix field="room" label=tr!("agenda-room") value=Some(current.room) />
            <TextInput result group prefix field="speakers" label=tr!("session-speakers") value=Some(current.speakers) />
        </fieldset>
        <fieldset>
            <legend>{tr!("session-when")}</legend>
            <p class="hint">{tr!("hint-session-when")}</p>
            <TextInput result group prefix field="day" label=tr!("session-day") kind="date" required=true dir=Some("ltr") value=Some(current.day) />
            <TextInput result group prefix field="starts" label=tr!("session-starts") kind="time" required=true dir=Some("ltr") value=Some(current.starts) />
            <TextInput result group prefix field="ends" label=tr!("session-ends") kind="time" required=true dir=Some("ltr") value=Some(current.ends) />
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
        <p><a href=move || format!("/conferences/{}", edition_id())>{tr!("edition-agenda")}</a></p>
        <ActionForm action attr:class="form application-form" attr:novalidate=true>
            <FormError result />
            <input type="hidden" name="edition_id" value=edition_id />
            <SessionFields result current=SessionInput::default() />
            <button type="submit" class="button">{tr!("session-save")}</button>
        </ActionForm>
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
                    Ok((edition_id, current)) => view! {
                        <p><a href=format!("/conferences/{edition_id}")>{tr!("edition-agenda")}</a></p>
                        <ActionForm action attr:class="form application-form" attr:novalidate=true>
                            <FormError result />
                            <input type="hidden" name="id" value=id() />
                            <SessionFields result current />
                            <button type="submit" class="button">{tr!("session-save")}</button>
                        </ActionForm>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
