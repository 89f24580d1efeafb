//! The conference desk: check-in and badges.
use crate::conferences::registrations::api::{get_badges, get_registration_by_id, CheckInDelegate};
use crate::conferences::registrations::routes::registrations;
use crate::domain::Choice;
use crate::identity::Role;
use crate::membership::country_name;
use crate::tr;
use crate::ui::{
    id_param, query_param, refused, tr_key, use_lang, ErrorPanel, FieldError, FormError, LocalDateTime, RequireRole,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The check-in desk: a code scanned from a badge (its QR code opens this page with the code) or
/// typed. The outcome comes back in the address and is shown above the form.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let edition_id = id_param("id");
    let action = ServerAction::<CheckInDelegate>::new();
    let result = Signal::derive(move || action.value().get());
    let code_refused = refused(result, "code");
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
        <RequireRole roles=&[Role::Secretariat]>
            <p class="no-print">
                <a href=move || { registrations(edition_id()) }>{tr!("registrations-title")}</a>
            </p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let already = outcome.get().as_deref() == Some("already");
                    person
                        .await
                        .ok()
                        .flatten()
                        .map(|r| {
                            let (class, message) = if already {
                                ("alert alert-warning", tr!("checkin-already"))
                            } else {
                                ("alert alert-success", tr!("checkin-done"))
                            };
                            let country = r.country.as_deref().and_then(|c| country_name(c, lang)).unwrap_or_default();
                            view! {
                                <div class=class role="status" data-testid="checkin-result">
                                    <p>
                                        <strong>{message}</strong>
                                    </p>
                                    <p>
                                        <bdi>{r.full_name}</bdi>
                                        " · "
                                        <bdi>{r.organisation}</bdi>
                                        " · "
                                        {country}
                                        " · "
                                        {tr_key(r.role.label_key())}
                                    </p>
                                    {r
                                        .checked_in_at
                                        .map(|at| {
                                            view! {
                                                <p>
                                                    <LocalDateTime at />
                                                </p>
                                            }
                                        })}
                                </div>
                            }
                        })
                })}
            </Suspense>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <FormError result />
                <input type="hidden" name="edition_id" value=edition_id />
                <label for="checkin-code">{tr!("registration-checkin-code")}</label>
                <p class="hint" id="checkin-code-hint">
                    {tr!("hint-checkin-code")}
                </p>
                <input
                    id="checkin-code"
                    name="code"
                    dir="ltr"
                    autocomplete="off"
                    autofocus
                    required
                    value=move || scanned.get().unwrap_or_default()
                    aria-describedby=move || {
                        if code_refused.get() { "checkin-code-hint code-error" } else { "checkin-code-hint" }
                    }
                    aria-invalid=move || code_refused.get().then_some("true")
                />
                <FieldError result field="code" />
                <button type="submit" class="button">
                    {tr!("checkin-submit")}
                </button>
            </ActionForm>
        </RequireRole>
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
                    Ok(list) => {
                        view! {
                            <div class="badges" data-testid="badges">
                                {list
                                    .into_iter()
                                    .map(|b| {
                                        view! {
                                            <article class="badge-card">
                                                <p class="badge-network">"Sumud"</p>
                                                <p class="badge-name">{b.full_name}</p>
                                                <p class="badge-organisation">{b.organisation}</p>
                                                <p class="badge-country">
                                                    {b
                                                        .country
                                                        .as_deref()
                                                        .and_then(|c| country_name(c, lang))
                                                        .unwrap_or_default()}
                                                </p>
                                                <p class=format!(
                                                    "badge-role role-{}",
                                                    b.role.as_str(),
                                                )>{tr_key(b.role.label_key())}</p>
                                                <div class="badge-qr" inner_html=b.qr_svg></div>
                                                <p class="badge-code">
                                                    <span dir="ltr">{b.checkin_code}</span>
                                                </p>
                                            </article>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
