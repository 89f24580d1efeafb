//! Who comes: the participant list and the secretariat's list of registrations.
use super::*;
use crate::conferences::registrations::api::{
    list_participants, list_registrations, CancelDelegate, DecideRegistration, IssueLetter,
};
use crate::conferences::registrations::routes::{badges, check_in, letter, participants_csv};
use crate::conferences::registrations::{RegistrationState, RegistrationView, VisaLetter};
use crate::conferences::routes::edition;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::membership::country_name;
use crate::tr;
use crate::ui::{id_param, tr_key, use_lang, DataTable, ErrorPanel, FormError};
use leptos::prelude::*;
use leptos_meta::Title;

/// Who is coming, as each person's consent allows the reader to see.
#[component]
pub fn ParticipantsPage() -> impl IntoView {
    let edition_id = id_param("id");
    let list = Resource::new(edition_id, list_participants);
    let lang = use_lang();
    view! {
        <Title text=tr!("participants-title") />
        <h1>{tr!("participants-title")}</h1>
        <p>
            <a href=move || edition(edition_id())>{tr!("edition-agenda")}</a>
        </p>
        <p class="hint">{tr!("participants-consent-note")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(people) if people.is_empty() => view! { <p>{tr!("participants-none")}</p> }.into_any(),
                    Ok(people) => {
                        view! {
                            <ul class="member-list" data-testid="participants">
                                {people
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <li class="member-card">
                                                <strong>
                                                    <bdi>{p.full_name}</bdi>
                                                </strong>
                                                <p class="meta">
                                                    {p.organisation} " · " {tr_key(p.role.label_key())}
                                                    {p
                                                        .country
                                                        .and_then(|c| country_name(&c, lang))
                                                        .map(|c| {
                                                            view! {
                                                                " · "
                                                                {c}
                                                            }
                                                        })}
                                                </p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

pub(super) fn registration_row(
    r: RegistrationView,
    decide: ServerAction<DecideRegistration>,
    cancel: ServerAction<CancelDelegate>,
    issue: ServerAction<IssueLetter>,
) -> impl IntoView {
    let pending = r.state == RegistrationState::Pending;
    let letter_wanted = r.visa_letter != VisaLetter::None && r.state.holds_seat();
    view! {
        <tr data-testid="registration-row" data-email=r.email.clone()>
            <td>
                <bdi>{r.full_name.clone()}</bdi>
                <br />
                <span class="secondary" dir="ltr">
                    {r.email.clone()}
                </span>
            </td>
            <td>{r.organisation.clone()}</td>
            <td>{tr_key(r.role.label_key())}</td>
            <td>{state_badge(r.state, r.waitlist_position)}</td>
            <td>
                {tr_key(r.visa_letter.label_key())}
                {r
                    .letter_code
                    .clone()
                    .map(|code| {
                        view! {
                            " "
                            <a href=letter(&code)>{tr!("letter-open")}</a>
                        }
                    })}
            </td>
            <td class="actions">
                {pending
                    .then(|| {
                        view! {
                            <ActionForm action=decide attr:class="inline-form">
                                <input type="hidden" name="id" value=r.id />
                                <button type="submit" name="decision" value="approve" class="button">
                                    {tr!("registration-approve")}
                                </button>
                                <button type="submit" name="decision" value="reject" class="button button-secondary">
                                    {tr!("registration-reject")}
                                </button>
                            </ActionForm>
                        }
                    })}
                {letter_wanted
                    .then(|| {
                        view! {
                            <ActionForm action=issue attr:class="inline-form">
                                <input type="hidden" name="id" value=r.id />
                                <select name="language" aria-label=tr!("field-language")>
                                    {Lang::ALL
                                        .into_iter()
                                        .map(|l| {
                                            view! {
                                                <option value=l.code() selected=l.code() == r.language>
                                                    {l.native_name()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                                <button type="submit" class="button button-secondary">
                                    {tr!("letter-issue")}
                                </button>
                            </ActionForm>
                        }
                    })}
                {r
                    .state
                    .can_cancel()
                    .then(|| {
                        view! {
                            <ActionForm action=cancel attr:class="inline-form">
                                <input type="hidden" name="id" value=r.id />
                                <button type="submit" class="button button-secondary">
                                    {tr!("registration-cancel")}
                                </button>
                            </ActionForm>
                        }
                    })}
            </td>
        </tr>
    }
}

/// The secretariat's list of an edition's registrations, with decisions, letters and exports.
#[component]
pub fn RegistrationsPage() -> impl IntoView {
    let edition_id = id_param("id");
    let decide = ServerAction::<DecideRegistration>::new();
    let cancel = ServerAction::<CancelDelegate>::new();
    let issue = ServerAction::<IssueLetter>::new();
    let list = Resource::new(
        move || (edition_id(), decide.version().get(), cancel.version().get()),
        move |(id, ..)| list_registrations(id),
    );
    let decided = Signal::derive(move || decide.value().get());
    let cancelled = Signal::derive(move || cancel.value().get());
    let issued = Signal::derive(move || issue.value().get());
    view! {
        <Title text=tr!("registrations-title") />
        <h1>{tr!("registrations-title")}</h1>
        <p class="link-list no-print">
            <a href=move || edition(edition_id())>{tr!("edition-agenda")}</a>
            <a href=move || check_in(edition_id())>{tr!("checkin-title")}</a>
            <a href=move || badges(edition_id())>{tr!("badges-title")}</a>
            <a href=move || participants_csv(edition_id()) rel="external">
                {tr!("participants-csv")}
            </a>
        </p>
        <FormError result=decided />
        <FormError result=cancelled />
        <FormError result=issued />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(rows) if rows.is_empty() => view! { <p>{tr!("registrations-none")}</p> }.into_any(),
                    Ok(rows) => {
                        view! {
                            <DataTable
                                testid="registrations"
                                columns=vec![
                                    tr!("delegate-full-name"),
                                    tr!("delegate-organisation"),
                                    tr!("delegate-role"),
                                    tr!("registration-state"),
                                    tr!("delegate-visa"),
                                ]
                                links_column=true
                            >
                                {rows.into_iter().map(|r| registration_row(r, decide, cancel, issue)).collect_view()}
                            </DataTable>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
