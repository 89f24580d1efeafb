//! `/finance/office`: the year's dues schedules, a form to start one, the members' solidarity
//! waivers and a form to record one.
use super::OFFICE_ROLES;
use crate::finance::api::{get_finance_office, AddWaiver, CreateSchedule};
use crate::finance::routes::{schedule, DASHBOARD, INVOICES, PAYMENTS, STATEMENTS};
use crate::finance::{ScheduleView, WaiverView};
use crate::tr;
use crate::ui::{
    id_options, query_param, DataTable, ErrorPanel, FormError, FormResult, RequireRole, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The schedule's fields, empty for a new one or with `current`'s values.
#[component]
pub fn ScheduleFieldsForm(result: FormResult, current: Option<ScheduleView>, with_year: bool) -> impl IntoView {
    let value = |f: fn(&ScheduleView) -> String| current.as_ref().map(f);
    view! {
        {if with_year {
            view! {
                <TextInput
                    result
                    group="schedule"
                    prefix="sc"
                    field="year"
                    label=tr!("schedule-year")
                    kind="number"
                    required=true
                    value=value(|s| s.year.to_string())
                />
            }
                .into_any()
        } else {
            let year = value(|s| s.year.to_string()).unwrap_or_default();
            view! { <input type="hidden" name="schedule[year]" value=year /> }.into_any()
        }}
        <TextInput
            result
            group="schedule"
            prefix="sc"
            field="currency"
            label=tr!("schedule-currency")
            hint=Some(tr!("hint-schedule-currency"))
            required=true
            dir=Some("ltr")
            value=value(|s| s.currency.clone())
        />
        <TextInput
            result
            group="schedule"
            prefix="sc"
            field="due_on"
            label=tr!("schedule-due-on")
            kind="date"
            required=true
            value=value(|s| s.due_on.to_string())
        />
        <TextInput
            result
            group="schedule"
            prefix="sc"
            field="palestinian_percent"
            label=tr!("schedule-palestinian-percent")
            hint=Some(tr!("hint-schedule-palestinian-percent"))
            kind="number"
            required=true
            value=value(|s| s.palestinian_percent.to_string()).or_else(|| Some("0".to_string()))
        />
        <TextArea
            result
            name="schedule[payment_instructions]".to_string()
            field="payment_instructions"
            id="sc-payment_instructions".to_string()
            label=tr!("schedule-payment-instructions")
            hint=Some(tr!("hint-schedule-payment-instructions"))
            required=true
            rows=4
            value=value(|s| s.payment_instructions.clone()).unwrap_or_default()
            wide=true
        />
    }
}

fn schedule_state(s: &ScheduleView) -> String {
    if s.superseded {
        tr!("schedule-state-superseded")
    } else if s.locked {
        tr!("schedule-state-locked")
    } else {
        tr!("schedule-state-open")
    }
}

fn schedule_rows(schedules: Vec<ScheduleView>) -> impl IntoView {
    schedules
        .into_iter()
        .map(|s| {
            let state = schedule_state(&s);
            view! {
                <tr>
                    <td>
                        <a href=schedule(s.id)>{s.year} " · v" {s.version}</a>
                    </td>
                    <td>
                        <span dir="ltr">{s.currency.clone()}</span>
                    </td>
                    <td>{s.bands.len()}</td>
                    <td>{s.calls_issued}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view()
}

fn waiver_rows(waivers: Vec<WaiverView>) -> impl IntoView {
    waivers
        .into_iter()
        .map(|w| {
            view! {
                <tr>
                    <td>
                        <bdi>{w.member_name}</bdi>
                    </td>
                    <td>{w.percent_due} "%"</td>
                    <td>{w.from_year} "–" {w.until_year}</td>
                    <td>{w.reason}</td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub fn FinanceOfficePage() -> impl IntoView {
    let office = Resource::new(|| (), |_| get_finance_office());
    let create = ServerAction::<CreateSchedule>::new();
    let created = Signal::derive(move || create.value().get());
    let waive = ServerAction::<AddWaiver>::new();
    let waived = Signal::derive(move || waive.value().get());
    let waiver_saved = query_param("waiver");
    view! {
        <Title text=tr!("finance-office-title") />
        <h1>{tr!("finance-office-title")}</h1>
        <p class="lead">{tr!("finance-office-lead")}</p>
        <RequireRole roles=OFFICE_ROLES>
            <p>
                <a class="button button-secondary" href=INVOICES>
                    {tr!("invoices-title")}
                </a>
                " "
                <a class="button button-secondary" href=PAYMENTS>
                    {tr!("payments-title")}
                </a>
                " "
                <a class="button button-secondary" href=STATEMENTS>
                    {tr!("statements-title")}
                </a>
                " "
                <a class="button button-secondary" href=DASHBOARD>
                    {tr!("dues-dashboard-title")}
                </a>
            </p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match office.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(office) => {
                            let members = office.members.clone();
                            view! {
                                <section aria-labelledby="schedules-heading">
                                    <h2 id="schedules-heading">{tr!("schedules-heading")}</h2>
                                    {if office.schedules.is_empty() {
                                        view! { <p>{tr!("schedules-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <DataTable
                                                testid="schedules-table"
                                                columns=vec![
                                                    tr!("schedule-year"),
                                                    tr!("schedule-currency"),
                                                    tr!("schedule-bands"),
                                                    tr!("schedule-calls"),
                                                    tr!("schedule-state"),
                                                ]
                                            >
                                                {schedule_rows(office.schedules)}
                                            </DataTable>
                                        }
                                            .into_any()
                                    }}
                                    <ActionForm
                                        action=create
                                        attr:class="form"
                                        attr:novalidate=true
                                        attr:id="schedule-form"
                                    >
                                        <h3>{tr!("schedule-new")}</h3>
                                        <FormError result=created prefix="sc" />
                                        <ScheduleFieldsForm result=created current=None with_year=true />
                                        <button type="submit" class="button" data-testid="create-schedule">
                                            {tr!("schedule-create")}
                                        </button>
                                    </ActionForm>
                                </section>
                                <section aria-labelledby="waivers-heading" id="waivers">
                                    <h2 id="waivers-heading">{tr!("waivers-heading")}</h2>
                                    <p>{tr!("waivers-lead")}</p>
                                    {waiver_saved
                                        .get_untracked()
                                        .map(|_| {
                                            view! {
                                                <p class="alert alert-success" role="status">
                                                    {tr!("waiver-saved")}
                                                </p>
                                            }
                                        })}
                                    {(!office.waivers.is_empty())
                                        .then(|| {
                                            view! {
                                                <DataTable
                                                    testid="waivers-table"
                                                    columns=vec![
                                                        tr!("waiver-member"),
                                                        tr!("waiver-percent-due"),
                                                        tr!("waiver-years"),
                                                        tr!("waiver-reason"),
                                                    ]
                                                >
                                                    {waiver_rows(office.waivers)}
                                                </DataTable>
                                            }
                                        })}
                                    <WaiverForm action=waive result=waived members />
                                </section>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn WaiverForm(action: ServerAction<AddWaiver>, result: FormResult, members: Vec<(i32, String)>) -> impl IntoView {
    use crate::ui::SelectField;
    view! {
        <ActionForm action attr:class="form" attr:novalidate=true attr:id="waiver-form">
            <h3>{tr!("waiver-new")}</h3>
            <FormError result prefix="wv" />
            <SelectField
                result
                name="waiver[member_id]".to_string()
                field="member_id"
                id="wv-member_id".to_string()
                label=tr!("waiver-member")
                required=true
            >
                <option value="">{tr!("choose-option")}</option>
                {id_options(&members, "")}
            </SelectField>
            <TextInput
                result
                group="waiver"
                prefix="wv"
                field="percent_due"
                label=tr!("waiver-percent-due")
                hint=Some(tr!("hint-waiver-percent-due"))
                kind="number"
                required=true
                value=Some("0".to_string())
            />
            <TextInput
                result
                group="waiver"
                prefix="wv"
                field="from_year"
                label=tr!("waiver-from-year")
                kind="number"
                required=true
            />
            <TextInput
                result
                group="waiver"
                prefix="wv"
                field="until_year"
                label=tr!("waiver-until-year")
                kind="number"
                required=true
            />
            <TextArea
                result
                name="waiver[reason]".to_string()
                field="reason"
                id="wv-reason".to_string()
                label=tr!("waiver-reason")
                required=true
                wide=true
            />
            <button type="submit" class="button" data-testid="add-waiver">
                {tr!("waiver-add")}
            </button>
        </ActionForm>
    }
}
