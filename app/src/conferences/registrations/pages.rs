//! Pages of registrations: the focal point's delegation, individual applications, the personal
//! page behind the emailed link, participant lists, and the secretariat's desk (registrations,
//! letters, badges, check-in).
use super::api::{
    get_badges, get_delegation, get_letter, get_registration, get_registration_by_id, list_participants,
    list_registrations, ApplyToConference, CancelDelegate, CancelRegistration, CheckInDelegate, ChooseSession,
    DecideRegistration, IssueLetter, RegisterDelegate, UpdateRegistration,
};
use super::{Consent, DelegateInput, DelegateRole, RegistrationState, RegistrationView, VisaLetter};
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::membership::country_name;
use crate::ui::{id_param, query_param, tr_key, use_lang, ErrorPanel, FieldError, FormError, FormResult, TextInput};
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn state_badge(state: RegistrationState, position: Option<u64>) -> impl IntoView {
    view! {
        <span class=format!("badge state-{}", state.as_str()) data-testid="registration-state">
            {tr_key(state.label_key())}
            {position.map(|p| view! { " · " {tr!("waitlist-position", { "position" => p })} })}
        </span>
    }
}

/// The fields of one person: for a delegation (`individual` false) with a role, for an
/// individual applicant with the body they represent. Passport details only matter when a visa
/// letter is asked for.
#[component]
fn DelegateFields(result: FormResult, current: DelegateInput, individual: bool, fixed_email: bool) -> impl IntoView {
    let group = "delegate";
    let prefix = "dl";
    let lang = use_lang();
    let language = Lang::parse(&current.language).unwrap_or(lang);
    let consent = current.consent;
    let role = DelegateRole::parse(&current.role);
    let visa = current.visa_letter == "on";
    view! {
        <fieldset>
            <legend>{tr!("delegate-person")}</legend>
            <TextInput result group prefix field="full_name" label=tr!("delegate-full-name") required=true value=Some(current.full_name) />
            {if fixed_email {
                view! { <p class="field"><span class="label">{tr!("field-email")}</span> " " <span dir="ltr">{current.email}</span></p> }.into_any()
            } else {
                view! { <TextInput result group prefix field="email" label=tr!("field-email") kind="email" required=true dir=Some("ltr") value=Some(current.email) /> }.into_any()
            }}
            <TextInput result group prefix field="phone" label=tr!("field-phone") kind="tel" dir=Some("ltr") value=Some(current.phone) />
            {individual.then(|| view! {
                <TextInput result group prefix field="organisation" label=tr!("delegate-organisation") hint=Some(tr!("hint-delegate-organisation")) required=true value=Some(current.organisation.clone()) />
            })}
            {(!individual).then(|| view! {
                <div class="field">
                    <label for="dl-role">{tr!("delegate-role")} " *"</label>
                    <p class="hint">{tr!("hint-delegate-role")}</p>
                    <select id="dl-role" name="delegate[role]">
                        {DelegateRole::DELEGATION.into_iter().map(|r| view! {
                            <option value=r.as_str() selected=role == Some(r)>{tr_key(r.label_key())}</option>
                        }).collect_view()}
                    </select>
                    <FieldError result field="role" />
                </div>
            })}
            <div class="field">
                <label for="dl-language">{tr!("field-language")}</label>
                <select id="dl-language" name="delegate[language]">
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=l == language>{l.native_name()}</option>
                    }).collect_view()}
                </select>
                <FieldError result field="language" />
            </div>
            <fieldset class="choices">
                <legend>{tr!("delegate-consent")}</legend>
                {Consent::ALL.iter().copied().map(|c| view! {
                    <label><input type="radio" name="delegate[consent]" value=c.as_str() checked=c.as_str() == consent /> {tr_key(c.label_key())}</label>
                }).collect_view()}
                <FieldError result field="consent" />
            </fieldset>
        </fieldset>
        <fieldset>
            <legend>{tr!("delegate-visa")}</legend>
            <label class="checkbox">
                <input type="checkbox" id="dl-visa_letter" name="delegate[visa_letter]" value="on" checked=visa />
                {tr!("delegate-visa-request")}
            </label>
            <p class="hint">{tr!("hint-delegate-visa")}</p>
            <TextInput result group prefix field="passport_name" label=tr!("letter-passport-name") dir=Some("ltr") value=Some(current.passport_name) />
            <TextInput result group prefix field="passport_number" label=tr!("letter-passport-number") dir=Some("ltr") value=Some(current.passport_number) />
            <TextInput result group prefix field="nationality" label=tr!("letter-nationality") hint=Some(tr!("hint-nationality")) dir=Some("ltr") value=Some(current.nationality) />
            <TextInput result group prefix field="birth_date" label=tr!("letter-birth-date") kind="date" dir=Some("ltr") value=Some(current.birth_date) />
            <TextInput result group prefix field="passport_expiry" label=tr!("delegate-passport-expiry") kind="date" dir=Some("ltr") value=Some(current.passport_expiry) />
        </fieldset>
    }
}

fn delegate_row(d: RegistrationView, cancel: ServerAction<CancelDelegate>) -> impl IntoView {
    view! {
        <tr data-testid="delegate-row">
            <td>{d.full_name.clone()} <br /><span class="secondary" dir="ltr">{d.email.clone()}</span></td>
            <td>{tr_key(d.role.label_key())}</td>
            <td>{state_badge(d.state, d.waitlist_position)}</td>
            <td>
                {d.state.can_cancel().then(|| view! {
                    <ActionForm action=cancel attr:class="inline-form">
                        <input type="hidden" name="id" value=d.id />
                        <button type="submit" class="button button-secondary">{tr!("registration-cancel")}</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}

/// The focal point's page: the member's delegation to an edition, and a form to add a delegate.
#[component]
pub fn DelegationPage() -> impl IntoView {
    let edition_id = id_param("id");
    let add = ServerAction::<RegisterDelegate>::new();
    let cancel = ServerAction::<CancelDelegate>::new();
    // Reloaded (and the form emptied) only after a delegate was added, so that a refused
    // form keeps what was typed.
    let added = RwSignal::new(0u32);
    Effect::new(move |_| {
        if matches!(add.value().get(), Some(Ok(()))) {
            added.update(|n| *n += 1);
        }
    });
    let delegation = Resource::new(
        move || (edition_id(), added.get(), cancel.version().get()),
        move |(id, _, _)| get_delegation(id),
    );
    let result = Signal::derive(move || add.value().get());
    let cancelled = Signal::derive(move || cancel.value().get());
    let lang = use_lang();
    view! {
        <Title text=tr!("delegation-title") />
        <h1>{tr!("delegation-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match delegation.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(d) => {
                        let e = d.edition;
                        let heads = d.delegates.iter().filter(|r| r.role == DelegateRole::Head && r.state.is_live()).count();
                        let voting = d.delegates.iter().filter(|r| r.role == DelegateRole::Voting && r.state.is_live()).count();
                        view! {
                            <p><a href=format!("/conferences/{}", e.id)>{e.title.get(lang).to_string()}</a></p>
                            <p class="lead">{tr!("delegation-lead", { "member" => d.member_name.clone(), "quota" => e.delegation_quota })}</p>
                            <p data-testid="delegation-counts">{tr!("delegation-counts", { "heads" => heads, "voting" => voting, "quota" => e.delegation_quota })}</p>
                            <FormError result=cancelled />
                            {if d.delegates.is_empty() {
                                view! { <p>{tr!("delegation-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-scroll">
                                        <table class="data-table" data-testid="delegation">
                                            <thead><tr>
                                                <th scope="col">{tr!("delegate-full-name")}</th>
                                                <th scope="col">{tr!("delegate-role")}</th>
                                                <th scope="col">{tr!("registration-state")}</th>
                                                <th scope="col"></th>
                                            </tr></thead>
                                            <tbody>{d.delegates.into_iter().map(|r| delegate_row(r, cancel)).collect_view()}</tbody>
                                        </table>
                                    </div>
                                }.into_any()
                            }}
                            {if e.registration_open_now {
                                view! {
                                    <section class="panel">
                                        <h2>{tr!("delegation-add")}</h2>
                                        <ActionForm action=add attr:class="form application-form" attr:novalidate=true>
                                            <FormError result />
                                            <input type="hidden" name="edition_id" value=e.id />
                                            <DelegateFields result current=DelegateInput::default() individual=false fixed_email=false />
                                            <button type="submit" class="button">{tr!("delegation-add-submit")}</button>
                                        </ActionForm>
                                    </section>
                                }.into_any()
                            } else {
                                view! { <p class="alert alert-warning">{tr!("registration-closed")}</p> }.into_any()
                            }}
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

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
        <p><a href=move || format!("/conferences/{}", edition_id())>{tr!("edition-agenda")}</a></p>
        <Show when=done fallback=move || view! {
            <p class="lead">{tr!("apply-conference-lead")}</p>
            <ActionForm action attr:class="form application-form" attr:novalidate=true>
                <FormError result />
                <input type="hidden" name="edition_id" value=edition_id />
                <DelegateFields result current=DelegateInput::default() individual=true fixed_email=false />
                <button type="submit" class="button">{tr!("apply-conference-submit")}</button>
            </ActionForm>
        }>
            <p class="alert alert-success" role="status" data-testid="applied">{tr!("apply-conference-sent")}</p>
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
    let page = Resource::new(
        move || (token(), update.version().get(), cancel.version().get(), choose.version().get()),
        move |(token, ..)| get_registration(token),
    );
    let result = Signal::derive(move || update.value().get());
    let cancelled = Signal::derive(move || cancel.value().get());
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
                        let (cancel_token, update_token) = (token.clone(), token.clone());
                        view! {
                            <p class="lead">
                                <a href=format!("/conferences/{}", r.edition_id)>{r.edition_title.get(lang).to_string()}</a>
                            </p>
                            {(saved.get().is_some() || matches!(update.value().get(), Some(Ok(())))).then(|| view! {
                                <p class="alert alert-success" role="status">{tr!("registration-saved")}</p>
                            })}
                            <dl class="details">
                                <dt>{tr!("registration-state")}</dt><dd>{state_badge(r.state, r.waitlist_position)}</dd>
                                <dt>{tr!("delegate-full-name")}</dt><dd>{r.full_name.clone()}</dd>
                                <dt>{tr!("delegate-organisation")}</dt><dd>{r.organisation.clone()}</dd>
                                <dt>{tr!("delegate-role")}</dt><dd>{tr_key(r.role.label_key())}</dd>
                                <dt>{tr!("delegate-visa")}</dt><dd>{tr_key(r.visa_letter.label_key())}</dd>
                                {r.state.holds_seat().then(|| view! {
                                    <dt>{tr!("registration-checkin-code")}</dt><dd dir="ltr" class="code">{r.checkin_code.clone()}</dd>
                                })}
                            </dl>
                            {r.letter_code.clone().map(|code| view! {
                                <p><a class="button button-secondary" href=format!("/letters/{code}")>{tr!("letter-open")}</a></p>
                            })}
                            <FormError result=cancelled />
                            {r.state.can_cancel().then(|| view! {
                                <ActionForm action=cancel attr:class="inline-form no-print">
                                    <input type="hidden" name="token" value=cancel_token />
                                    <button type="submit" class="button button-danger" data-testid="cancel-registration">{tr!("registration-cancel")}</button>
                                </ActionForm>
                            })}
                            {live.then(|| view! {
                                <section class="panel" id="sessions">
                                    <h2>{tr!("registration-sessions")}</h2>
                                    <p class="hint">{tr!("hint-registration-sessions")}</p>
                                    <p><a href=m.feed_path.clone() rel="external" data-testid="personal-calendar">{tr!("registration-calendar")}</a></p>
                                    <ul class="choice-list">
                                        {m.sessions.into_iter().map(|(s, chosen)| {
                                            let token = token.clone();
                                            view! {
                                            <li>
                                                <ActionForm action=choose attr:class="inline-form">
                                                    <input type="hidden" name="token" value=token />
                                                    <input type="hidden" name="session_id" value=s.id />
                                                    <span dir="ltr">{s.day.clone()} " " {s.starts.clone()}</span> " "
                                                    <strong>{s.title.get(lang).to_string()}</strong> " "
                                                    <button type="submit" class="button button-secondary">
                                                        {if chosen { tr!("session-unchoose") } else { tr!("session-choose") }}
                                                    </button>
                                                </ActionForm>
                                            </li>
                                        }}).collect_view()}
                                    </ul>
                                </section>
                                <section class="panel">
                                    <h2>{tr!("registration-change")}</h2>
                                    <ActionForm action=update attr:class="form application-form" attr:novalidate=true>
                                        <FormError result />
                                        <input type="hidden" name="token" value=update_token />
                                        <input type="hidden" name="delegate[email]" value=m.form.email.clone() />
                                        <input type="hidden" name="delegate[role]" value=m.form.role.clone() />
                                        <DelegateFields result current=m.form.clone() individual fixed_email=true />
                                        <button type="submit" class="button">{tr!("registration-save")}</button>
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

/// Who is coming, as each person's consent allows the reader to see.
#[component]
pub fn ParticipantsPage() -> impl IntoView {
    let edition_id = id_param("id");
    let list = Resource::new(edition_id, list_participants);
    let lang = use_lang();
    view! {
        <Title text=tr!("participants-title") />
        <h1>{tr!("participants-title")}</h1>
        <p><a href=move || format!("/conferences/{}", edition_id())>{tr!("edition-agenda")}</a></p>
        <p class="hint">{tr!("participants-consent-note")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(people) if people.is_empty() => view! { <p>{tr!("participants-none")}</p> }.into_any(),
                    Ok(people) => view! {
                        <ul class="member-list" data-testid="participants">
                            {people.into_iter().map(|p| view! {
                                <li class="member-card">
                                    <strong>{p.full_name}</strong>
                                    <p class="meta">
                                        {p.organisation} " · " {tr_key(p.role.label_key())}
                                        {p.country.and_then(|c| country_name(&c, lang)).map(|c| view! { " · " {c} })}
                                    </p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn registration_row(
    r: RegistrationView,
    decide: ServerAction<DecideRegistration>,
    cancel: ServerAction<CancelDelegate>,
    issue: ServerAction<IssueLetter>,
) -> impl IntoView {
    let pending = r.state == RegistrationState::Pending;
    let letter_wanted = r.visa_letter != VisaLetter::None && r.state.holds_seat();
    view! {
        <tr data-testid="registration-row" data-email=r.email.clone()>
            <td>{r.full_name.clone()} <br /><span class="secondary" dir="ltr">{r.email.clone()}</span></td>
            <td>{r.organisation.clone()}</td>
            <td>{tr_key(r.role.label_key())}</td>
            <td>{state_badge(r.state, r.waitlist_position)}</td>
            <td>
                {tr_key(r.visa_letter.label_key())}
                {r.letter_code.clone().map(|code| view! { " " <a href=format!("/letters/{code}")>{tr!("letter-open")}</a> })}
            </td>
            <td class="actions">
                {pending.then(|| view! {
                    <ActionForm action=decide attr:class="inline-form">
                        <input type="hidden" name="id" value=r.id />
                        <button type="submit" name="decision" value="approve" class="button">{tr!("registration-approve")}</button>
                        <button type="submit" name="decision" value="reject" class="button button-secondary">{tr!("registration-reject")}</button>
                    </ActionForm>
                })}
                {letter_wanted.then(|| view! {
                    <ActionForm action=issue attr:class="inline-form">
                        <input type="hidden" name="id" value=r.id />
                        <select name="language" aria-label=tr!("field-language")>
                            {Lang::ALL.into_iter().map(|l| view! {
                                <option value=l.code() selected=l.code() == r.language>{l.native_name()}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button button-secondary">{tr!("letter-issue")}</button>
                    </ActionForm>
                })}
                {r.state.can_cancel().then(|| view! {
                    <ActionForm action=cancel attr:class="inline-form">
                        <input type="hidden" name="id" value=r.id />
                        <button type="submit" class="button button-secondary">{tr!("registration-cancel")}</button>
                    </ActionForm>
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
            <a href=move || format!("/conferences/{}", edition_id())>{tr!("edition-agenda")}</a>
            <a href=move || format!("/secretariat/conferences/{}/checkin", edition_id())>{tr!("checkin-title")}</a>
            <a href=move || format!("/secretariat/conferences/{}/badges", edition_id())>{tr!("badges-title")}</a>
            <a href=move || format!("/secretariat/conferences/{}/participants.csv", edition_id()) rel="external">{tr!("participants-csv")}</a>
        </p>
        <FormError result=decided />
        <FormError result=cancelled />
        <FormError result=issued />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(rows) if rows.is_empty() => view! { <p>{tr!("registrations-none")}</p> }.into_any(),
                    Ok(rows) => view! {
                        <div class="table-scroll">
                            <table class="data-table" data-testid="registrations">
                                <thead><tr>
                                    <th scope="col">{tr!("delegate-full-name")}</th>
                                    <th scope="col">{tr!("delegate-organisation")}</th>
                                    <th scope="col">{tr!("delegate-role")}</th>
                                    <th scope="col">{tr!("registration-state")}</th>
                                    <th scope="col">{tr!("delegate-visa")}</th>
                                    <th scope="col"></th>
                                </tr></thead>
                                <tbody>{rows.into_iter().map(|r| registration_row(r, decide, cancel, issue)).collect_view()}</tbody>
                            </table>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The check-in desk: a code scanned from a badge (its QR code opens this page with the code) or
/// typed. The outcome comes back in the address and is shown above the form.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let edition_id = id_param("id");
    let action = ServerAction::<CheckInDelegate>::new();
    let result = Signal::derive(move || action.value().get());
    let scanned = query_param("code");
    let checked = query_param("checked");
    let outcome = query_param("outcome");
    let person = Resource::new(
        move || checked.get().and_then(|id| id.parse::<i32>().ok()),
        |id| async move {
            match id {
                Some(id) => get_registration_by_id(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let lang = use_lang();
    view! {
        <Title text=tr!("checkin-title") />
        <h1>{tr!("checkin-title")}</h1>
        <p class="no-print"><a href=move || format!("/secretariat/conferences/{}/registrations", edition_id())>{tr!("registrations-title")}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let already = outcome.get().as_deref() == Some("already");
                person.await.ok().flatten().map(|r| {
                    let (class, message) = if already {
                        ("alert alert-warning", tr!("checkin-already"))
                    } else {
                        ("alert alert-success", tr!("checkin-done"))
                    };
                    let country = r.country.as_deref().and_then(|c| country_name(c, lang)).unwrap_or_default();
                    view! {
                        <div class=class role="status" data-testid="checkin-result">
                            <p><strong>{message}</strong></p>
                            <p>{r.full_name} " · " {r.organisation} " · " {country} " · " {tr_key(r.role.label_key())}</p>
                            {r.checked_in_at.map(|at| view! { <p dir="ltr">{at}</p> })}
                        </div>
                    }
                })
            })}
        </Suspense>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormError result />
            <input type="hidden" name="edition_id" value=edition_id />
            <label for="checkin-code">{tr!("registration-checkin-code")}</label>
            <p class="hint">{tr!("hint-checkin-code")}</p>
            <input id="checkin-code" name="code" dir="ltr" autocomplete="off" autofocus required value=move || scanned.get().unwrap_or_default() />
            <FieldError result field="code" />
            <button type="submit" class="button">{tr!("checkin-submit")}</button>
        </ActionForm>
    }
}

/// Badges to print, several to an A4 page.
#[component]
pub fn BadgesPage() -> impl IntoView {
    let edition_id = id_param("id");
    let badges = Resource::new(edition_id, get_badges);
    let lang = use_lang();
    view! {
        <Title text=tr!("badges-title") />
        <h1 class="no-print">{tr!("badges-title")}</h1>
        <p class="hint no-print">{tr!("badges-print-hint")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match badges.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p>{tr!("participants-none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <div class="badges" data-testid="badges">
                            {list.into_iter().map(|b| view! {
                                <article class="badge-card">
                                    <p class="badge-network">"Sumud"</p>
                                    <p class="badge-name">{b.full_name}</p>
                                    <p class="badge-organisation">{b.organisation}</p>
                                    <p class="badge-country">{b.country.as_deref().and_then(|c| country_name(c, lang)).unwrap_or_default()}</p>
                                    <p class=format!("badge-role role-{}", b.role.as_str())>{tr_key(b.role.label_key())}</p>
                                    <div class="badge-qr" inner_html=b.qr_svg></div>
                                    <p class="badge-code" dir="ltr">{b.checkin_code}</p>
                                </article>
                            }).collect_view()}
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An invitation letter, printable on A4, in the language it was issued in; its address is
/// the verification printed on it.
#[component]
pub fn LetterPage() -> impl IntoView {
    let params = use_params_map();
    let letter = Resource::new(move || params.with(|p| p.get("code")).unwrap_or_default(), get_letter);
    view! {
        <Title text=tr!("letter-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match letter.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(l) => {
                        let lang = Lang::parse(&l.language).unwrap_or(Lang::En);
                        view! {
                            <p class="alert alert-success no-print" role="status" data-testid="letter-verification">
                                {tr!("letter-genuine", { "number" => l.number })} " " {tr!("certificate-print-hint")}
                            </p>
                            <article class="letter print-page" lang=lang.code() dir=lang.dir() data-testid="letter">
                                <p class="certificate-network">"Sumud"</p>
                                <p class="letter-meta" dir="ltr">{format!("No. {} · {}", l.number, l.issued_on)}</p>
                                <h1>{l.heading}</h1>
                                <p class="prewrap">{l.body}</p>
                                <dl class="certificate-meta">
                                    {l.details.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                                </dl>
                                <p class="prewrap">{l.closing}</p>
                                <p class="letter-verify" dir="ltr"><a href=l.verify_url.clone()>{l.verify_url.clone()}</a></p>
                            </article>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
