//! `/finance/payments`: record a bank transfer, match the payments awaiting a match, and the
//! latest matched.
use super::OFFICE_ROLES;
use crate::domain::Choice;
use crate::finance::api::{get_payments, MatchPayment, RecordTransfer};
use crate::finance::routes::{invoice, OFFICE, PAYMENTS, STATEMENTS};
use crate::finance::PaymentLine;
use crate::tr;
use crate::ui::{query_param, tr_key, DataTable, ErrorPanel, FormError, MediumDate, RequireRole, TextInput};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
fn TransferForm() -> impl IntoView {
    let record = ServerAction::<RecordTransfer>::new();
    let result = Signal::derive(move || record.value().get());
    view! {
        <ActionForm action=record attr:class="form" attr:novalidate=true attr:id="transfer-form">
            <h2>{tr!("transfer-new")}</h2>
            <p>{tr!("transfer-lead")}</p>
            <FormError result prefix="tr" />
            <TextInput
                result
                group="transfer"
                prefix="tr"
                field="received_on"
                label=tr!("transfer-received-on")
                kind="date"
                required=true
            />
            <TextInput
                result
                group="transfer"
                prefix="tr"
                field="amount"
                label=tr!("transfer-amount")
                hint=Some(tr!("hint-band-amount"))
                required=true
                dir=Some("ltr")
            />
            <TextInput
                result
                group="transfer"
                prefix="tr"
                field="currency"
                label=tr!("schedule-currency")
                hint=Some(tr!("hint-schedule-currency"))
                required=true
                dir=Some("ltr")
            />
            <TextInput result group="transfer" prefix="tr" field="payer" label=tr!("transfer-payer") required=true />
            <TextInput
                result
                group="transfer"
                prefix="tr"
                field="reference"
                label=tr!("transfer-reference")
                hint=Some(tr!("hint-transfer-reference"))
                dir=Some("ltr")
            />
            <button type="submit" class="button" data-testid="record-transfer">
                {tr!("transfer-record")}
            </button>
        </ActionForm>
    }
}

#[component]
fn MatchForm(line: PaymentLine) -> impl IntoView {
    let matching = ServerAction::<MatchPayment>::new();
    let result = Signal::derive(move || matching.value().get());
    let id = line.id;
    view! {
        <ActionForm action=matching attr:class="form" attr:novalidate=true attr:id="match-form">
            <h2>{tr!("payment-match-heading")}</h2>
            <p>
                <span dir="ltr">{line.amount.clone()}</span>
                " · "
                <bdi>{line.payer.clone()}</bdi>
            </p>
            <FormError result prefix="mt" />
            <input type="hidden" name="id" value=id />
            <TextInput
                result
                group="matching"
                prefix="mt"
                field="invoice_number"
                label=tr!("invoice-number")
                required=true
                dir=Some("ltr")
                value=line.suggestion.clone()
            />
            <TextInput
                result
                group="matching"
                prefix="mt"
                field="credited"
                label=tr!("payment-credited")
                hint=Some(tr!("hint-payment-credited"))
                dir=Some("ltr")
            />
            <TextInput result group="matching" prefix="mt" field="rate" label=tr!("payment-rate") dir=Some("ltr") />
            <button type="submit" class="button button-secondary" data-testid="match-payment">
                {tr!("payment-match")}
            </button>
        </ActionForm>
    }
}

fn awaiting_row(line: PaymentLine) -> impl IntoView {
    let href = format!("{PAYMENTS}?match={}#match-form", line.id);
    view! {
        <tr>
            <td>
                <MediumDate date=line.received_on />
            </td>
            <td>
                <bdi>{line.payer}</bdi>
                {line.note.map(|note| view! { <p class="secondary">{note}</p> })}
                {line
                    .exception
                    .map(|reason| {
                        view! {
                            <p class="alert alert-warning" data-testid="payment-exception">
                                {tr_key(reason.label_key())}
                            </p>
                        }
                    })}
            </td>
            <td>
                <span dir="ltr">{line.reference}</span>
            </td>
            <td>
                <span dir="ltr">{line.amount}</span>
            </td>
            <td>{line.suggestion.map(|number| view! { <span dir="ltr">{number}</span> })}</td>
            <td>
                <a href=href>{tr!("payment-match")}</a>
            </td>
        </tr>
    }
}

fn payment_row(line: PaymentLine) -> impl IntoView {
    view! {
        <tr>
            <td>
                <MediumDate date=line.received_on />
            </td>
            <td>
                <bdi>{line.payer.clone()}</bdi>
            </td>
            <td>
                <span dir="ltr">{line.reference.clone()}</span>
            </td>
            <td>
                <span dir="ltr">{line.amount.clone()}</span>
                {line
                    .credited
                    .clone()
                    .map(|c| {
                        view! {
                            " → "
                            <span dir="ltr">{c}</span>
                        }
                    })}
            </td>
            <td>{tr_key(line.method.label_key())}</td>
            <td>
                {line
                    .invoice
                    .clone()
                    .map(|(id, number)| {
                        view! {
                            <a href=invoice(id)>
                                <span dir="ltr">{number}</span>
                            </a>
                        }
                    })}
            </td>
        </tr>
    }
}

#[component]
pub fn PaymentsPage() -> impl IntoView {
    let payments = Resource::new(|| (), |_| get_payments());
    let chosen = query_param("match");
    let recorded = query_param("recorded");
    view! {
        <Title text=tr!("payments-title") />
        <p class="eyebrow">
            <a href=OFFICE>{tr!("finance-office-title")}</a>
        </p>
        <h1>{tr!("payments-title")}</h1>
        <RequireRole roles=OFFICE_ROLES>
            <p>
                <a href=STATEMENTS>{tr!("payments-import-statement")}</a>
            </p>
            {move || {
                recorded
                    .get()
                    .map(|outcome| {
                        let message = if outcome == "matched" {
                            tr!("payment-recorded-matched")
                        } else {
                            tr!("payment-recorded-awaiting")
                        };
                        view! {
                            <p class="alert alert-success" role="status" data-testid="payment-recorded">
                                {message}
                            </p>
                        }
                    })
            }}
            <TransferForm />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match payments.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(page) => {
                            let chosen_id = chosen.get_untracked().and_then(|id| id.parse::<i32>().ok());
                            let columns = || {
                                vec![
                                    tr!("transfer-received-on"),
                                    tr!("transfer-payer"),
                                    tr!("transfer-reference"),
                                    tr!("transfer-amount"),
                                    tr!("payment-method"),
                                    tr!("invoice-number"),
                                ]
                            };
                            view! {
                                <section aria-labelledby="awaiting-heading">
                                    <h2 id="awaiting-heading">{tr!("payments-awaiting")}</h2>
                                    {if page.awaiting.is_empty() {
                                        view! { <p>{tr!("payments-awaiting-none")}</p> }.into_any()
                                    } else {
                                        let chosen = chosen_id
                                            .and_then(|id| page.awaiting.iter().find(|l| l.id == id).cloned());
                                        let rows = page.awaiting.into_iter().map(awaiting_row).collect_view();
                                        view! {
                                            <DataTable
                                                testid="awaiting-table"
                                                columns=vec![
                                                    tr!("transfer-received-on"),
                                                    tr!("transfer-payer"),
                                                    tr!("transfer-reference"),
                                                    tr!("transfer-amount"),
                                                    tr!("payment-suggestion"),
                                                ]
                                                links_column=true
                                            >
                                                {rows}
                                            </DataTable>
                                            {chosen.map(|line| view! { <MatchForm line /> })}
                                        }
                                            .into_any()
                                    }}
                                </section>
                                <section aria-labelledby="recent-heading">
                                    <h2 id="recent-heading">{tr!("payments-recent")}</h2>
                                    {if page.recent.is_empty() {
                                        view! { <p>{tr!("payments-recent-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <DataTable testid="payments-table" columns=columns()>
                                                {page.recent.into_iter().map(payment_row).collect_view()}
                                            </DataTable>
                                        }
                                            .into_any()
                                    }}
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
