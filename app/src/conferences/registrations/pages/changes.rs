//! Registering without an account, and a person's own page at their personal link.
use super::*;
use crate::conferences::registrations::api::{
    get_registration, ApplyToConference, CancelRegistration, ChooseSession, RenewRegistrationLink, UpdateRegistration,
};
use crate::conferences::registrations::routes::letter;
use crate::conferences::registrations::DelegateInput;
use crate::conferences::routes::edition;
use crate::domain::Choice;
use crate::tr;
use crate::ui::{id_param, query_param, tr_key, use_lang, ErrorPanel, FormError, LongDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// A person from a non-member body applies to take part.
#[component]
pub fn ApplyToConferencePage() -> impl IntoView {
    let edition_id = id_param("id");
    let action = ServerAction::<ApplyToConference>::new();
    let result = Signal::derive(move || action.value().get());
    let sent = query_param("sent");
    let done = move || sent.get().is_some() || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=tr!("apply-conference-title") />
        <h1>{tr!("apply-conference-title")}</h1>
        <p>
            <a href=move || edition(edition_id())>{tr!("edition-agenda")}</a>
        </p>
        <Show
            when=done
            fallback=move || {
                view! {
                    <p class="lead">{tr!("apply-conference-lead")}</p>
                    <ActionForm action attr:class="form application-form" attr:novalidate=true>
                        <FormError result prefix="dl" />
                        <input type="hidden" name="edition_id" value=edition_id />
                        <DelegateFields result current=DelegateInput::default() individual=true fixed_email=false />
                        <button type="submit" class="button">
                            {tr!("apply-conference-submit")}
                        </button>
                    </ActionForm>
                }
            }
        >
            <p class="alert alert-success" role="status" data-testid="applied">
                {tr!("apply-conference-sent")}
            </p>
        </Show>
    }
}

/// The personal page behind the emailed link: no password, the link is the key.
#[component]
pub fn ManageRegistrationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token")).unwrap_or_default();
    let update = ServerAction::<UpdateRegistration>::new();
    let cancel = ServerAction::<CancelRegistration>::new();
    let choose = ServerAction::<ChooseSession>::new();
    let renew = ServerAction::<RenewRegistrationLink>::new();
    let page = Resource::new(
        move || (token(), update.version().get(), cancel.version().get(), choose.version().get()),
        move |(token, ..)| get_registration(token),
    );
    let result = Signal::derive(move || update.value().get());
    let cancelled = Signal::derive(move || cancel.value().get());
    let renewed = Signal::derive(move || renew.value().get());
    let saved = query_param("saved");
    let lang = use_lang();
    view! {
        <Title text=tr!("registration-title") />
        <h1>{tr!("registration-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(m) => {
                        let r = m.registration;
                        let live = r.state.is_live();
                        let individual = r.member_id.is_none();
                        let token = token();
                        let (cancel_token, update_token, renew_token) = (token.clone(), token.clone(), token.clone());
                        view! {
                            <p class="lead">
                                <a href=format!(
                                    "/conferences/{}",
                                    r.edition_id,
                                )>{r.edition_title.get(lang).to_string()}</a>
                            </p>
                            {(saved.get().is_some() || matches!(update.value().get(), Some(Ok(()))))
                                .then(|| {
                                    view! {
                                        <p class="alert alert-success" role="status">
                                            {tr!("registration-saved")}
                                        </p>
                                    }
                                })}
                            <dl class="details">
                                <dt>{tr!("registration-state")}</dt>
                                <dd>{state_badge(r.state, r.waitlist_position)}</dd>
                                <dt>{tr!("delegate-full-name")}</dt>
                                <dd>{r.full_name.clone()}</dd>
                                <dt>{tr!("delegate-organisation")}</dt>
                                <dd>{r.organisation.clone()}</dd>
                                <dt>{tr!("delegate-role")}</dt>
                                <dd>{tr_key(r.role.label_key())}</dd>
                                <dt>{tr!("delegate-visa")}</dt>
                                <dd>{tr_key(r.visa_letter.label_key())}</dd>
                                {r
                                    .state
                                    .holds_seat()
                                    .then(|| {
                                        view! {
                                            <dt>{tr!("registration-checkin-code")}</dt>
                                            <dd class="code">
                                                <span dir="ltr">{r.checkin_code.clone()}</span>
                                            </dd>
                                        }
                                    })}
                            </dl>
                            {r
                                .letter_code
                                .clone()
                                .map(|code| {
                                    view! {
                                        <p>
                                            <a class="button button-secondary" href=letter(&code)>
                                                {tr!("letter-open")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <FormError result=cancelled />
                            {r
                                .state
                                .can_cancel()
                                .then(|| {
                                    view! {
                                        <ActionForm action=cancel attr:class="inline-form no-print">
                                            <input type="hidden" name="token" value=cancel_token />
                                            <button
                                                type="submit"
                                                class="button button-danger"
                                                data-testid="cancel-registration"
                                            >
                                                {tr!("registration-cancel")}
                                            </button>
                                        </ActionForm>
                                    }
                                })}
                            {live
                                .then(|| {
                                    view! {
                                        <section class="panel" id="sessions">
                                            <h2>{tr!("registration-sessions")}</h2>
                                            <p class="hint">{tr!("hint-registration-sessions")}</p>
                                            <p>
                                                <a
                                                    href=m.feed_path.clone()
                                                    rel="external"
                                                    data-testid="personal-calendar"
                                                >
                                                    {tr!("registration-calendar")}
                                                </a>
                                            </p>
                                            <ul class="choice-list">
                                                {m
                                                    .sessions
                                                    .into_iter()
                                                    .map(|(s, chosen)| {
                                                        let token = token.clone();
                                                        view! {
                                                            <li>
                                                                <ActionForm action=choose attr:class="inline-form">
                                                                    <input type="hidden" name="token" value=token />
                                                                    <input type="hidden" name="session_id" value=s.id />
                                                                    <LongDate date=s.day />
                                                                    " "
                                                                    <span dir="ltr">{s.starts.clone()}</span>
                                                                    " "
                                                                    <strong>{s.title.get(lang).to_string()}</strong>
                                                                    " "
                                                                    <button type="submit" class="button button-secondary">
                                                                        {if chosen {
                                                                            tr!("session-unchoose")
                                                                        } else {
                                                                            tr!("session-choose")
                                                                        }}
                                                                    </button>
                                                                </ActionForm>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </section>
                                        <section class="panel">
                                            <h2>{tr!("registration-change")}</h2>
                                            <ActionForm
                                                action=update
                                                attr:class="form application-form"
                                                attr:novalidate=true
                                            >
                                                <FormError result prefix="dl" />
                                                <input type="hidden" name="token" value=update_token />
                                                <input
                                                    type="hidden"
                                                    name="delegate[email]"
                                                    value=m.form.email.clone()
                                                />
                                                <input type="hidden" name="delegate[role]" value=m.form.role.clone() />
                                                <DelegateFields
                                                    result
                                                    current=m.form.clone()
                                                    individual
                                                    fixed_email=true
                                                />
                                                <button type="submit" class="button">
                                                    {tr!("registration-save")}
                                                </button>
                                            </ActionForm>
                                        </section>
                                    }
                                })}
                            <section class="panel no-print" id="personal-link">
                                <h2>{tr!("registration-link-heading")}</h2>
                                <p class="hint">{tr!("hint-registration-link")}</p>
                                <FormError result=renewed />
                                <ActionForm action=renew attr:class="inline-form">
                                    <input type="hidden" name="token" value=renew_token />
                                    <button type="submit" class="button button-secondary" data-testid="renew-link">
                                        {tr!("registration-link-renew")}
                                    </button>
                                </ActionForm>
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// After a renewal: the new link went to the registered address only, so a stolen link cannot be
/// renewed into one its holder keeps.
#[component]
pub fn LinkSentPage() -> impl IntoView {
    view! {
        <Title text=tr!("registration-link-sent-title") />
        <h1>{tr!("registration-link-sent-title")}</h1>
        <p class="alert alert-success" role="status" data-testid="link-renewed">
            {tr!("registration-link-renewed")}
        </p>
        <p>
            <a href="/conferences">{tr!("area-conferences")}</a>
        </p>
    }
}
