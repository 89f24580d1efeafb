//! `/finance/schedules/:id`: one year's schedule: its bands, its rules, issuing its calls.
use super::ScheduleFieldsForm;
use crate::domain::Choice;
use crate::finance::api::{
    get_finance_office, get_schedule, AddBand, CreateSchedule, IssueCalls, RemoveBand, SetGraceDate, UpdateSchedule,
};
use crate::finance::routes::{INVOICES, OFFICE};
use crate::finance::{BandView, ScheduleView};
use crate::membership::AuthorityKind;
use crate::tr;
use crate::ui::{
    choice_options, id_options, id_param, query_param, tr_key, DataTable, ErrorPanel, FormError, MediumDate,
    SelectField, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

fn band_rows(bands: Vec<BandView>, remove: Option<ServerAction<RemoveBand>>) -> impl IntoView {
    bands
        .into_iter()
        .map(|b| {
            let limit = b.population_max.map_or_else(|| tr!("band-no-limit"), |max| max.to_string());
            view! {
                <tr>
                    <td>{tr_key(b.kind.label_key())}</td>
                    <td>{limit}</td>
                    <td>
                        <span dir="ltr">{b.amount}</span>
                    </td>
                    <td>
                        {remove
                            .map(|action| {
                                view! {
                                    <ActionForm action attr:class="inline-form">
                                        <input type="hidden" name="id" value=b.id />
                                        <button type="submit" class="button-link">
                                            {tr!("band-remove")}
                                        </button>
                                    </ActionForm>
                                }
                            })}
                    </td>
                </tr>
            }
        })
        .collect_view()
}

/// What issuing calls did, from the address it came back to.
fn issued_notice() -> impl IntoView {
    let issued = query_param("issued");
    let already = query_param("already");
    let without = query_param("without_band");
    move || {
        issued.get().map(|issued| {
            let count = |value: Option<String>| value.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
            let missing = count(without.get());
            view! {
                <div class="alert alert-success" role="status" data-testid="issued-notice">
                    <p>{tr!("calls-issued", { "count" => count(Some(issued)) })}</p>
                    <p>{tr!("calls-already", { "count" => count(already.get()) })}</p>
                    {(missing > 0).then(|| view! { <p>{tr!("calls-without-band", { "count" => missing })}</p> })}
                    <p>
                        <a href=INVOICES>{tr!("invoices-title")}</a>
                    </p>
                </div>
            }
        })
    }
}

#[component]
fn OpenScheduleForms(s: ScheduleView) -> impl IntoView {
    let add = ServerAction::<AddBand>::new();
    let added = Signal::derive(move || add.value().get());
    let update = ServerAction::<UpdateSchedule>::new();
    let updated = Signal::derive(move || update.value().get());
    let id = s.id;
    let amount_label = tr!("band-amount", { "currency" => s.currency.clone() });
    view! {
        <ActionForm action=add attr:class="form" attr:novalidate=true attr:id="band-form">
            <h2>{tr!("band-new")}</h2>
            <FormError result=added prefix="bd" />
            <input type="hidden" name="schedule_id" value=id />
            <SelectField
                result=added
                name="band[kind]".to_string()
                field="kind"
                id="bd-kind".to_string()
                label=tr!("band-kind")
                required=true
            >
                {choice_options(AuthorityKind::ALL, None)}
            </SelectField>
            <TextInput
                result=added
                group="band"
                prefix="bd"
                field="population_max"
                label=tr!("band-population-max")
                hint=Some(tr!("hint-band-population-max"))
                kind="number"
            />
            <TextInput
                result=added
                group="band"
                prefix="bd"
                field="amount"
                label=amount_label
                hint=Some(tr!("hint-band-amount"))
                required=true
                dir=Some("ltr")
            />
            <button type="submit" class="button" data-testid="add-band">
                {tr!("band-add")}
            </button>
        </ActionForm>
        <ActionForm action=update attr:class="form" attr:novalidate=true attr:id="schedule-form">
            <h2>{tr!("schedule-edit")}</h2>
            <FormError result=updated prefix="sc" />
            <input type="hidden" name="id" value=id />
            <ScheduleFieldsForm result=updated current=Some(s) with_year=false />
            <button type="submit" class="button button-secondary" data-testid="save-schedule">
                {tr!("schedule-save")}
            </button>
        </ActionForm>
    }
}

#[component]
fn IssueForms(s: ScheduleView) -> impl IntoView {
    let issue_all = ServerAction::<IssueCalls>::new();
    let all_result = Signal::derive(move || issue_all.value().get());
    let issue_one = ServerAction::<IssueCalls>::new();
    let one_result = Signal::derive(move || issue_one.value().get());
    let office = Resource::new(|| (), |_| get_finance_office());
    let id = s.id;
    view! {
        <section aria-labelledby="issue-heading" class="panel">
            <h2 id="issue-heading">{tr!("calls-heading", { "year" => s.year.to_string() })}</h2>
            <p>{tr!("calls-lead")}</p>
            <ActionForm action=issue_all attr:class="form" attr:novalidate=true>
                <FormError result=all_result />
                <input type="hidden" name="schedule_id" value=id />
                <button type="submit" class="button" data-testid="issue-calls">
                    {tr!("calls-issue-all")}
                </button>
            </ActionForm>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let members = office.await.map(|o| o.members).unwrap_or_default();
                    view! {
                        <ActionForm action=issue_one attr:class="form" attr:novalidate=true attr:id="issue-one-form">
                            <h3>{tr!("calls-issue-one-heading")}</h3>
                            <FormError result=one_result />
                            <input type="hidden" name="schedule_id" value=id />
                            <SelectField
                                result=one_result
                                name="member_id".to_string()
                                field="member_id"
                                id="member_id".to_string()
                                label=tr!("waiver-member")
                                required=true
                            >
                                <option value="">{tr!("choose-option")}</option>
                                {id_options(&members, "")}
                            </SelectField>
                            <button type="submit" class="button button-secondary" data-testid="issue-one">
                                {tr!("calls-issue-one")}
                            </button>
                        </ActionForm>
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The grace date may change at any time: it is no part of the amounts.
#[component]
fn GraceDateForm(s: ScheduleView) -> impl IntoView {
    let set = ServerAction::<SetGraceDate>::new();
    let result = Signal::derive(move || set.value().get());
    let current = s.grace_on.map(|d| d.to_string());
    view! {
        <ActionForm action=set attr:class="form" attr:novalidate=true attr:id="grace-form">
            <h2>{tr!("grace-heading")}</h2>
            <FormError result />
            <input type="hidden" name="schedule_id" value=s.id />
            <TextInput
                result
                field="grace_on"
                label=tr!("grace-on")
                hint=Some(tr!("hint-grace-on"))
                kind="date"
                value=current
            />
            <button type="submit" class="button button-secondary" data-testid="save-grace">
                {tr!("grace-save")}
            </button>
        </ActionForm>
    }
}

/// A locked schedule changes by a new version, which starts from its values and bands.
#[component]
fn NewVersionForm(s: ScheduleView) -> impl IntoView {
    let create = ServerAction::<CreateSchedule>::new();
    let created = Signal::derive(move || create.value().get());
    view! {
        <ActionForm action=create attr:class="form" attr:novalidate=true>
            <FormError result=created prefix="sc" />
            <input type="hidden" name="schedule[year]" value=s.year />
            <input type="hidden" name="schedule[currency]" value=s.currency.clone() />
            <input type="hidden" name="schedule[due_on]" value=s.due_on.to_string() />
            <input type="hidden" name="schedule[palestinian_percent]" value=s.palestinian_percent />
            <input type="hidden" name="schedule[payment_instructions]" value=s.payment_instructions.clone() />
            <p>{tr!("schedule-locked-explained")}</p>
            <button type="submit" class="button button-secondary" data-testid="new-version">
                {tr!("schedule-new-version")}
            </button>
        </ActionForm>
    }
}

#[component]
pub fn SchedulePage() -> impl IntoView {
    let id = id_param("id");
    let schedule = Resource::new(id, get_schedule);
    let remove = ServerAction::<RemoveBand>::new();
    let saved = query_param("saved");
    view! {
        <Title text=tr!("schedule-title") />
        // The schedule's server function refuses everyone but the office: the refusal is the page.
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match schedule.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(s) => {
                        let open = !s.locked;
                        let bands = s.bands.clone();
                        let amount_heading = tr!("band-amount", { "currency" => s.currency.clone() });
                        let heading = tr!(
                            "schedule-heading", { "year" => s.year.to_string(), "version" => s.version.to_string() }
                        );
                        view! {
                            <p class="eyebrow">
                                <a href=OFFICE>{tr!("finance-office-title")}</a>
                            </p>
                            <h1>{heading}</h1>
                            {issued_notice()}
                            {saved
                                .get_untracked()
                                .map(|_| {
                                    view! {
                                        <p class="alert alert-success" role="status">
                                            {tr!("schedule-saved")}
                                        </p>
                                    }
                                })}
                            <dl class="details" data-testid="schedule-facts">
                                <dt>{tr!("schedule-state")}</dt>
                                <dd>
                                    {if s.superseded {
                                        tr!("schedule-state-superseded")
                                    } else if s.locked {
                                        tr!("schedule-state-locked")
                                    } else {
                                        tr!("schedule-state-open")
                                    }}
                                </dd>
                                <dt>{tr!("schedule-currency")}</dt>
                                <dd>
                                    <span dir="ltr">{s.currency.clone()}</span>
                                </dd>
                                <dt>{tr!("schedule-due-on")}</dt>
                                <dd>
                                    <MediumDate date=s.due_on />
                                </dd>
                                <dt>{tr!("schedule-palestinian-percent")}</dt>
                                <dd>{s.palestinian_percent} "%"</dd>
                                <dt>{tr!("grace-on")}</dt>
                                <dd>
                                    {match s.grace_on {
                                        Some(date) => view! { <MediumDate date /> }.into_any(),
                                        None => tr!("grace-none").into_any(),
                                    }}
                                </dd>
                                <dt>{tr!("schedule-calls")}</dt>
                                <dd>{s.calls_issued}</dd>
                                <dt>{tr!("schedule-payment-instructions")}</dt>
                                <dd class="pre-line">{s.payment_instructions.clone()}</dd>
                            </dl>
                            <h2>{tr!("schedule-bands")}</h2>
                            {if s.bands.is_empty() {
                                view! { <p>{tr!("bands-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <DataTable
                                        testid="bands-table"
                                        columns=vec![tr!("band-kind"), tr!("band-population-max"), amount_heading]
                                        links_column=true
                                    >
                                        {band_rows(bands, open.then_some(remove))}
                                    </DataTable>
                                }
                                    .into_any()
                            }}
                            {(!s.superseded).then(|| view! { <IssueForms s=s.clone() /> })}
                            <GraceDateForm s=s.clone() />
                            {if open {
                                view! { <OpenScheduleForms s /> }.into_any()
                            } else if !s.superseded {
                                view! { <NewVersionForm s /> }.into_any()
                            } else {
                                ().into_any()
                            }}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
