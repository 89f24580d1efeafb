//! A focal point's delegation to an edition.
use super::*;
use crate::conferences::registrations::api::{get_delegation, CancelDelegate, RegisterDelegate};
use crate::conferences::registrations::{DelegateInput, DelegateRole, RegistrationView};
use crate::conferences::routes::edition;
use crate::domain::Choice;
use crate::tr;
use crate::ui::{id_param, tr_key, use_lang, DataTable, ErrorPanel, FormError};
use leptos::prelude::*;
use leptos_meta::Title;

pub(super) fn delegate_row(d: RegistrationView, cancel: ServerAction<CancelDelegate>) -> impl IntoView {
    view! {
        <tr data-testid="delegate-row">
            <td>
                <bdi>{d.full_name.clone()}</bdi>
                <br />
                <span class="secondary" dir="ltr">
                    {d.email.clone()}
                </span>
            </td>
            <td>{tr_key(d.role.label_key())}</td>
            <td>{state_badge(d.state, d.waitlist_position)}</td>
            <td>
                {d
                    .state
                    .can_cancel()
                    .then(|| {
                        view! {
                            <ActionForm action=cancel attr:class="inline-form">
                                <input type="hidden" name="id" value=d.id />
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

/// The focal point's page: the member's delegation to an edition, and a form to add a delegate.
#[component]
pub fn DelegationPage() -> impl IntoView {
    let edition_id = id_param("id");
    let add = ServerAction::<RegisterDelegate>::new();
    let cancel = ServerAction::<CancelDelegate>::new();
    let delegation = Resource::new(edition_id, get_delegation);
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
                        let heads = d
                            .delegates
                            .iter()
                            .filter(|r| r.role == DelegateRole::Head && r.state.is_live())
                            .count();
                        let voting = d
                            .delegates
                            .iter()
                            .filter(|r| r.role == DelegateRole::Voting && r.state.is_live())
                            .count();
                        view! {
                            <p>
                                <a href=edition(e.id)>{e.title.get(lang).to_string()}</a>
                            </p>
                            <p class="lead">
                                {tr!(
                                    "delegation-lead", { "member" => d.member_name.clone(), "quota" => e.delegation_quota }
                                )}
                            </p>
                            <p data-testid="delegation-counts">
                                {tr!(
                                    "delegation-counts", { "heads" => heads, "voting" => voting, "quota" => e.delegation_quota }
                                )}
                            </p>
                            <FormError result=cancelled />
                            {if d.delegates.is_empty() {
                                view! { <p>{tr!("delegation-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <DataTable
                                        testid="delegation"
                                        columns=vec![
                                            tr!("delegate-full-name"),
                                            tr!("delegate-role"),
                                            tr!("registration-state"),
                                        ]
                                        links_column=true
                                    >
                                        {d.delegates.into_iter().map(|r| delegate_row(r, cancel)).collect_view()}
                                    </DataTable>
                                }
                                    .into_any()
                            }}
                            {if e.registration_open_now {
                                view! {
                                    <section class="panel">
                                        <h2>{tr!("delegation-add")}</h2>
                                        <ActionForm action=add attr:class="form application-form" attr:novalidate=true>
                                            <FormError result prefix="dl" />
                                            <input type="hidden" name="edition_id" value=e.id />
                                            <DelegateFields
                                                result
                                                current=DelegateInput::default()
                                                individual=false
                                                fixed_email=false
                                            />
                                            <button type="submit" class="button">
                                                {tr!("delegation-add-submit")}
                                            </button>
                                        </ActionForm>
                                    </section>
                                }
                                    .into_any()
                            } else {
                                view! { <p class="alert alert-warning">{tr!("registration-closed")}</p> }.into_any()
                            }}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
