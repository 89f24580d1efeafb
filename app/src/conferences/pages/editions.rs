//! The conferences list and an edition's page with its agenda in local time.
use super::forms::zone_label;
use crate::conferences::api::{get_edition, list_editions, CloneEdition};
use crate::conferences::registrations::routes as registration_routes;
use crate::conferences::registrations::routes::{delegation, participants, registrations};
use crate::conferences::routes;
use crate::conferences::routes::{edit_edition, edit_session, edition_calendar, new_session, CONFERENCES, NEW_EDITION};
use crate::conferences::{EditionView, SessionView};
use crate::domain::Choice;
use crate::identity::Role;
use crate::tr;
use crate::ui::CurrentUserResource;
use crate::ui::{
    id_param, role_of, tr_key, use_lang, DateRange, ErrorPanel, FormError, LocalDateTime, LongDate, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

pub(super) async fn is_secretariat(user: CurrentUserResource) -> bool {
    role_of(user).await == Some(Role::Secretariat)
}

pub(super) fn edition_card(edition: EditionView, lang: crate::i18n::Lang) -> impl IntoView {
    view! {
        <li class="member-card">
            <h3>
                <a href=routes::edition(edition.id)>{edition.title.get(lang).to_string()}</a>
            </h3>
            <p class="meta">
                {edition.city.clone()} " · " <DateRange from=edition.starts_on to=edition.ends_on />
                {edition
                    .registration_open_now
                    .then(|| {
                        view! {
                            " · "
                            <strong>{tr!("conference-registration-open")}</strong>
                        }
                    })}
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
                    Ok(list) => {
                        view! {
                            {secretariat
                                .then(|| {
                                    view! {
                                        <p>
                                            <a class="button" href=NEW_EDITION>
                                                {tr!("edition-new")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <h2>{tr!("conferences-upcoming")}</h2>
                            {if list.upcoming.is_empty() {
                                view! { <p>{tr!("conferences-none-upcoming")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="member-list" data-testid="upcoming-editions">
                                        {list.upcoming.into_iter().map(|e| edition_card(e, lang)).collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                            {(!list.past.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{tr!("conferences-archive")}</h2>
                                        <ul class="member-list" data-testid="past-editions">
                                            {list.past.into_iter().map(|e| edition_card(e, lang)).collect_view()}
                                        </ul>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

pub(super) fn session_row(session: SessionView, lang: crate::i18n::Lang, secretariat: bool) -> impl IntoView {
    let description = session.description.get(lang).to_string();
    view! {
        <tr>
            <td class="nowrap">
                <span dir="ltr">{session.starts.clone()} "–" {session.ends.clone()}</span>
            </td>
            <td>
                <strong>{session.title.get(lang).to_string()}</strong>
                " "
                <span class="badge">{tr_key(session.kind.label_key())}</span>
                {(!description.is_empty()).then(|| view! { <p class="secondary">{description}</p> })}
                {(!session.speakers.is_empty()).then(|| view! { <p class="secondary">{session.speakers.clone()}</p> })}
                {secretariat
                    .then(|| {
                        view! {
                            <a class="no-print" href=edit_session(session.id)>
                                {tr!("session-edit")}
                            </a>
                        }
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
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => {
                        let e = page.edition;
                        let title = e.title.get(lang).to_string();
                        let description = e.description.get(lang).to_string();
                        let tz = e.time_zone.clone();
                        view! {
                            <Title text=title.clone() />
                            <p>
                                <a href=CONFERENCES>{tr!("conferences-title")}</a>
                            </p>
                            <h1>{title}</h1>
                            {(!description.is_empty()).then(|| view! { <p class="lead prewrap">{description}</p> })}
                            <dl class="details" data-testid="edition-details">
                                <dt>{tr!("edition-place")}</dt>
                                <dd>{e.venue.clone()} " · " {e.city.clone()}</dd>
                                <dt>{tr!("edition-dates")}</dt>
                                <dd>
                                    <DateRange from=e.starts_on to=e.ends_on />
                                </dd>
                                <dt>{tr!("edition-registration")}</dt>
                                <dd>
                                    <LocalDateTime at=e.registration_opens />
                                    " – "
                                    <LocalDateTime at=e.registration_closes />
                                    " "
                                    {tr!("time-zone-label", { "zone" => zone_label(&tz) })}
                                    {e
                                        .registration_open_now
                                        .then(|| {
                                            view! {
                                                " · "
                                                <strong>{tr!("conference-registration-open")}</strong>
                                            }
                                        })}
                                </dd>
                                <dt>{tr!("edition-seats")}</dt>
                                <dd data-testid="edition-seats">
                                    {tr!(
                                        "edition-seats-taken", { "confirmed" => e.confirmed, "capacity" => e.capacity }
                                    )}
                                </dd>
                            </dl>
                            <p class="no-print">
                                <a
                                    href=format!("{}?lang={}", edition_calendar(e.id), lang.code())
                                    rel="external"
                                    data-testid="edition-calendar"
                                >
                                    {tr!("edition-calendar")}
                                </a>
                            </p>
                            <p class="no-print link-list" data-testid="registration-links">
                                {(e.registration_open_now && role == Some(Role::FocalPoint))
                                    .then(|| {
                                        view! {
                                            <a class="button" href=delegation(e.id)>
                                                {tr!("delegation-title")}
                                            </a>
                                        }
                                    })}
                                {(e.registration_open_now && role != Some(Role::FocalPoint))
                                    .then(|| {
                                        view! {
                                            <a class="button" href=registration_routes::apply(e.id)>
                                                {tr!("apply-conference-title")}
                                            </a>
                                        }
                                    })}
                                <a href=participants(e.id)>{tr!("participants-title")}</a>
                            </p>
                            {secretariat
                                .then(|| {
                                    view! {
                                        <p class="no-print link-list">
                                            <a class="button" href=registrations(e.id)>
                                                {tr!("registrations-title")}
                                            </a>
                                            <a class="button button-secondary" href=edit_edition(e.id)>
                                                {tr!("edition-edit")}
                                            </a>
                                            <a class="button button-secondary" href=new_session(e.id)>
                                                {tr!("session-add")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <h2 id="agenda">{tr!("edition-agenda")}</h2>
                            <p class="hint">{tr!("agenda-times-note", { "zone" => zone_label(&tz) })}</p>
                            {if page.days.is_empty() {
                                view! { <p>{tr!("agenda-empty")}</p> }.into_any()
                            } else {
                                page.days
                                    .into_iter()
                                    .map(|(day, sessions)| {
                                        view! {
                                            <section class="agenda-day" data-day=day.to_string()>
                                                <h3>
                                                    <LongDate date=day />
                                                </h3>
                                                <div class="table-scroll">
                                                    <table class="data-table agenda">
                                                        <thead>
                                                            <tr>
                                                                <th scope="col">{tr!("agenda-time")}</th>
                                                                <th scope="col">{tr!("agenda-session")}</th>
                                                                <th scope="col">{tr!("agenda-room")}</th>
                                                            </tr>
                                                        </thead>
                                                        <tbody>
                                                            {sessions
                                                                .into_iter()
                                                                .map(|s| session_row(s, lang, secretariat))
                                                                .collect_view()}
                                                        </tbody>
                                                    </table>
                                                </div>
                                            </section>
                                        }
                                    })
                                    .collect_view()
                                    .into_any()
                            }}
                            {secretariat
                                .then(|| {
                                    view! {
                                        <section class="panel no-print">
                                            <h2>{tr!("edition-clone")}</h2>
                                            <p class="hint">{tr!("hint-edition-clone")}</p>
                                            <ActionForm action=clone attr:class="form" attr:novalidate=true>
                                                <FormError result=cloned />
                                                <input type="hidden" name="id" value=e.id />
                                                <TextInput
                                                    result=cloned
                                                    prefix="clone"
                                                    field="starts_on"
                                                    label=tr!("edition-starts-on")
                                                    kind="date"
                                                    dir=Some("ltr")
                                                    required=true
                                                />
                                                <button type="submit" class="button">
                                                    {tr!("edition-clone-submit")}
                                                </button>
                                            </ActionForm>
                                        </section>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
