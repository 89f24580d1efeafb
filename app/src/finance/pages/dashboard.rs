//! `/finance/dashboard`: a year's dues by currency and by country, the calls overdue, the
//! payments to match or review, the exports; `/finance/dues`: the public's yearly totals.
use super::OFFICE_ROLES;
use crate::finance::api::{get_finance_dashboard, get_public_dues};
use crate::finance::routes::{invoice, member_invoices, DASHBOARD, INVOICES_CSV, OFFICE, PAYMENTS, PAYMENTS_CSV};
use crate::finance::{FinanceDashboard, OverdueLine, PublicDuesYear, TotalsLine};
use crate::tr;
use crate::ui::{query_param, DataTable, ErrorPanel, MediumDate, RequireRole};
use leptos::prelude::*;
use leptos_meta::Title;

fn totals_table(testid: &'static str, first_column: String, lines: Vec<TotalsLine>) -> impl IntoView {
    let columns = vec![
        first_column,
        tr!("dashboard-calls"),
        tr!("dashboard-called"),
        tr!("dashboard-paid"),
        tr!("dashboard-outstanding"),
        tr!("dashboard-waived"),
    ];
    view! {
        <DataTable testid columns>
            {lines
                .into_iter()
                .map(|line| {
                    let amount = |value: String| {
                        view! {
                            <td>
                                <span dir="ltr">{value}</span>
                            </td>
                        }
                    };
                    view! {
                        <tr>
                            <th scope="row">
                                <bdi>{line.label}</bdi>
                            </th>
                            <td>{line.calls}</td>
                            {amount(line.called)}
                            {amount(line.paid)}
                            {amount(line.outstanding)}
                            {amount(line.waived)}
                        </tr>
                    }
                })
                .collect_view()}
        </DataTable>
    }
}

fn overdue_row(line: OverdueLine) -> impl IntoView {
    view! {
        <tr>
            <td>
                <a href=member_invoices(line.member_id)>
                    <bdi>{line.member_name}</bdi>
                </a>
            </td>
            <td>
                <a href=invoice(line.invoice_id)>
                    <span dir="ltr">{line.number}</span>
                </a>
            </td>
            <td>
                <MediumDate date=line.due_on />
            </td>
            <td>
                <span dir="ltr">{line.outstanding}</span>
            </td>
            <td>{if line.in_arrears { tr!("dashboard-in-arrears") } else { tr!("dashboard-in-grace") }}</td>
        </tr>
    }
}

fn dashboard_view(dashboard: FinanceDashboard) -> impl IntoView {
    let year = dashboard.year;
    let years = dashboard
        .years
        .iter()
        .map(|y| {
            let current = (*y == year).then_some("page");
            view! {
                <li>
                    <a href=format!("{DASHBOARD}?year={y}") aria-current=current>
                        {*y}
                    </a>
                </li>
            }
        })
        .collect_view();
    let awaiting = i64::try_from(dashboard.awaiting_match).unwrap_or(i64::MAX);
    let exceptions = i64::try_from(dashboard.exceptions).unwrap_or(i64::MAX);
    view! {
        <nav aria-label=tr!("dashboard-years")>
            <ul class="inline-list">{years}</ul>
        </nav>
        <h2 data-testid="dashboard-year">{tr!("dashboard-year-heading", { "year" => year.to_string() })}</h2>
        <p data-testid="dashboard-payments">
            <a href=PAYMENTS>{tr!("dashboard-awaiting", { "count" => awaiting })}</a>
            " · "
            {tr!("dashboard-exceptions", { "count" => exceptions })}
        </p>
        <section aria-labelledby="by-currency-heading">
            <h3 id="by-currency-heading">{tr!("dashboard-by-currency")}</h3>
            {if dashboard.by_currency.is_empty() {
                view! { <p>{tr!("dashboard-no-calls")}</p> }.into_any()
            } else {
                totals_table("by-currency-table", tr!("schedule-currency"), dashboard.by_currency).into_any()
            }}
        </section>
        <section aria-labelledby="by-country-heading">
            <h3 id="by-country-heading">{tr!("dashboard-by-country")}</h3>
            {(!dashboard.by_country.is_empty())
                .then(|| totals_table("by-country-table", tr!("dashboard-country"), dashboard.by_country))}
        </section>
        <section aria-labelledby="overdue-heading">
            <h3 id="overdue-heading">{tr!("dues-dashboard-overdue")}</h3>
            {if dashboard.overdue.is_empty() {
                view! { <p>{tr!("dashboard-overdue-none")}</p> }.into_any()
            } else {
                view! {
                    <DataTable
                        testid="overdue-table"
                        columns=vec![
                            tr!("invoice-member"),
                            tr!("invoice-number"),
                            tr!("invoice-due-on"),
                            tr!("invoice-outstanding"),
                            tr!("dashboard-standing"),
                        ]
                    >
                        {dashboard.overdue.into_iter().map(overdue_row).collect_view()}
                    </DataTable>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="exports-heading">
            <h3 id="exports-heading">{tr!("dashboard-exports")}</h3>
            <ul class="link-list">
                <li>
                    <a href=format!("{INVOICES_CSV}?year={year}") download=true data-testid="export-invoices">
                        {tr!("dashboard-export-invoices", { "year" => year.to_string() })}
                    </a>
                </li>
                <li>
                    <a href=format!("{PAYMENTS_CSV}?year={year}") download=true data-testid="export-payments">
                        {tr!("dashboard-export-payments", { "year" => year.to_string() })}
                    </a>
                </li>
            </ul>
        </section>
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let year = query_param("year");
    let dashboard = Resource::new(move || year.get().unwrap_or_default(), get_finance_dashboard);
    view! {
        <Title text=tr!("dues-dashboard-title") />
        <p class="eyebrow">
            <a href=OFFICE>{tr!("finance-office-title")}</a>
        </p>
        <h1>{tr!("dues-dashboard-title")}</h1>
        <RequireRole roles=OFFICE_ROLES>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match dashboard.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(dashboard) => dashboard_view(dashboard).into_any(),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

fn public_year(totals: PublicDuesYear) -> impl IntoView {
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    let collected = if totals.collected.is_empty() {
        tr!("dues-public-nothing").into_any()
    } else {
        totals
            .collected
            .into_iter()
            .enumerate()
            .map(|(at, amount)| {
                view! {
                    {(at > 0).then_some(" · ")}
                    <span dir="ltr">{amount}</span>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="dues-year" data-testid=format!("dues-year-{}", totals.year)>
            <h2>{totals.year}</h2>
            <dl class="details">
                <dt>{tr!("dues-public-collected")}</dt>
                <dd>{collected}</dd>
                <dt>{tr!("dues-public-called")}</dt>
                <dd>{tr!("dues-public-members", { "count" => count(totals.members_called) })}</dd>
                <dt>{tr!("dues-public-paying")}</dt>
                <dd>{tr!("dues-public-members", { "count" => count(totals.members_paying) })}</dd>
                <dt>{tr!("dues-public-exempt")}</dt>
                <dd>{tr!("dues-public-members", { "count" => count(totals.members_exempt) })}</dd>
            </dl>
        </section>
    }
}

/// What any citizen reads of the network's dues: a total per year, no member's amount.
#[component]
pub fn PublicDuesPage() -> impl IntoView {
    let totals = Resource::new(|| (), |_| get_public_dues());
    view! {
        <Title text=tr!("dues-public-title") />
        <h1>{tr!("dues-public-title")}</h1>
        <p class="lead">{tr!("dues-public-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match totals.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(years) if years.is_empty() => view! { <p>{tr!("dues-public-none")}</p> }.into_any(),
                    Ok(years) => years.into_iter().map(public_year).collect_view().into_any(),
                }
            })}
        </Suspense>
    }
}
