//! Invoices: the finance office's list, a member's own list, and the printable invoice in the
//! language it was issued in.
use super::OFFICE_ROLES;
use crate::domain::Choice;
use crate::finance::api::{get_invoice, get_member_invoices, list_invoices, IssueCreditNote, PayByCard};
use crate::finance::routes::{invoice, INVOICES, OFFICE};
use crate::finance::{InvoiceKind, InvoiceLine, InvoicePage};
use crate::i18n::translate;
use crate::tr;
use crate::ui::{
    id_param, query_param, tr_key, DataTable, ErrorPanel, FormError, MediumDate, NumberedPager, RequireRole,
    SignatureAndSeal, TextArea,
};
use leptos::prelude::*;
use leptos_meta::Title;

fn invoice_rows(lines: Vec<InvoiceLine>, with_member: bool) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| {
            view! {
                <tr>
                    <td>
                        <a href=invoice(l.id)>
                            <span dir="ltr">{l.number}</span>
                        </a>
                    </td>
                    {with_member
                        .then(|| {
                            view! {
                                <td>
                                    <bdi>{l.member_name.clone()}</bdi>
                                </td>
                            }
                        })}
                    <td>{tr_key(l.kind.label_key())}</td>
                    <td>
                        <span dir="ltr">{l.amount}</span>
                    </td>
                    <td>
                        <MediumDate date=l.due_on />
                    </td>
                    <td>
                        <span class=format!("badge badge-{}", l.status.as_str())>{tr_key(l.status.label_key())}</span>
                    </td>
                </tr>
            }
        })
        .collect_view()
}

fn invoice_columns(with_member: bool) -> Vec<String> {
    let mut columns = vec![tr!("invoice-number")];
    if with_member {
        columns.push(tr!("invoice-member"));
    }
    columns.extend([tr!("invoice-kind"), tr!("invoice-amount"), tr!("invoice-due-on"), tr!("invoice-status")]);
    columns
}

/// `/finance/invoices`: every member's invoices, newest first, one year or all.
#[component]
pub fn InvoicesPage() -> impl IntoView {
    let year = query_param("year");
    let page = query_param("page");
    let list = Resource::new(
        move || (year.get().unwrap_or_default(), page.get().and_then(|p| p.parse::<u64>().ok()).unwrap_or(0)),
        |(year, page)| list_invoices(year, page),
    );
    view! {
        <Title text=tr!("invoices-title") />
        <p class="eyebrow">
            <a href=OFFICE>{tr!("finance-office-title")}</a>
        </p>
        <h1>{tr!("invoices-title")}</h1>
        <RequireRole roles=OFFICE_ROLES>
            <form method="get" action=INVOICES class="form form-inline" role="search">
                <div class="field">
                    <label for="year">{tr!("schedule-year")}</label>
                    <input id="year" name="year" type="number" value=move || year.get() />
                </div>
                <button type="submit" class="button button-secondary">
                    {tr!("invoices-filter")}
                </button>
            </form>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(list) if list.lines.is_empty() => view! { <p>{tr!("invoices-none")}</p> }.into_any(),
                        Ok(list) => {
                            let chosen_year = year.get_untracked().unwrap_or_default();
                            view! {
                                <p>{tr!("invoices-count", { "count" => i64::try_from(list.total).unwrap_or(0) })}</p>
                                <DataTable testid="invoices-table" columns=invoice_columns(true)>
                                    {invoice_rows(list.lines, true)}
                                </DataTable>
                                <NumberedPager
                                    page=list.page
                                    pages=list.pages
                                    href=move |p| format!("{INVOICES}?year={chosen_year}&page={p}")
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

/// `/finance/members/:id`: a member's invoices, for its focal point and the finance office.
#[component]
pub fn MemberInvoicesPage() -> impl IntoView {
    let id = id_param("id");
    let invoices = Resource::new(id, get_member_invoices);
    view! {
        <Title text=tr!("member-invoices-title") />
        // Its server function lets in the office and the member's own focal point only.
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match invoices.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok((name, lines)) => {
                        view! {
                            <h1>{tr!("member-invoices-heading")} " · " <bdi>{name}</bdi></h1>
                            <p class="lead">{tr!("member-invoices-lead")}</p>
                            {if lines.is_empty() {
                                view! { <p>{tr!("invoices-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <DataTable testid="member-invoices-table" columns=invoice_columns(false)>
                                        {invoice_rows(lines, false)}
                                    </DataTable>
                                }
                                    .into_any()
                            }}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The printed invoice, in its own language whoever reads it.
fn invoice_document(p: InvoicePage) -> impl IntoView {
    let lang = p.language;
    let t = move |key: &str| translate(lang, key, &[]);
    let title = match p.line.kind {
        InvoiceKind::Call => translate(lang, "invoice-call-title", &[("year", p.year.to_string())]),
        InvoiceKind::CreditNote => t("invoice-credit-title"),
        InvoiceKind::Final => translate(lang, "invoice-final-title", &[("year", p.year.to_string())]),
        InvoiceKind::Receipt => t("invoice-receipt-title"),
    };
    let is_call = p.line.kind == InvoiceKind::Call;
    view! {
        <article class="letter invoice print-page" lang=lang.code() dir=lang.dir() data-testid="invoice">
            <header class="invoice-head">
                <div>
                    <p class="certificate-network">"Sumud"</p>
                    <p class="letter-meta">{t("invoice-network")}</p>
                </div>
                <dl class="invoice-meta">
                    <dt>{t("invoice-number")}</dt>
                    <dd>
                        <span dir="ltr" data-testid="invoice-number">
                            {p.line.number.clone()}
                        </span>
                    </dd>
                    <dt>{t("invoice-issued-on")}</dt>
                    <dd>{crate::i18n::dates::medium(lang, p.line.issued_on)}</dd>
                    {is_call
                        .then(|| {
                            view! {
                                <dt>{t("invoice-due-on")}</dt>
                                <dd>{crate::i18n::dates::medium(lang, p.line.due_on)}</dd>
                            }
                        })}
                </dl>
            </header>
            <h1>{title}</h1>
            <section class="invoice-to">
                <h2>{t("invoice-to")}</h2>
                <p class="pre-line">{p.member_address.clone()}</p>
            </section>
            <p>{p.basis.clone()}</p>
            {p.note.clone().map(|note| view! { <p class="pre-line">{note}</p> })}
            <table class="invoice-total">
                <tbody>
                    <tr>
                        <th scope="row">{t("invoice-amount")}</th>
                        <td>
                            <span dir="ltr" data-testid="invoice-amount">
                                {p.line.amount.clone()}
                            </span>
                        </td>
                    </tr>
                </tbody>
            </table>
            <p data-testid="invoice-words">{p.amount_in_words.clone()}</p>
            {(is_call && !p.payment_instructions.is_empty())
                .then(|| {
                    view! {
                        <section class="invoice-payment">
                            <h2>{t("invoice-how-to-pay")}</h2>
                            <p class="pre-line">{p.payment_instructions.clone()}</p>
                            <p>{translate(lang, "invoice-quote-reference", &[("number", p.line.number.clone())])}</p>
                            {p
                                .card_link
                                .clone()
                                .map(|link| {
                                    view! {
                                        <p data-testid="invoice-card-link">
                                            {translate(lang, "invoice-card-link", &[])} " "
                                            <span dir="ltr">{link}</span>
                                        </p>
                                    }
                                })}
                        </section>
                    }
                })}
            <SignatureAndSeal lang />
        </article>
    }
}

#[component]
fn CreditNoteForm(id: i32) -> impl IntoView {
    let credit = ServerAction::<IssueCreditNote>::new();
    let result = Signal::derive(move || credit.value().get());
    view! {
        <ActionForm action=credit attr:class="form no-print" attr:novalidate=true attr:id="credit-form">
            <h2>{tr!("credit-note-heading")}</h2>
            <p>{tr!("credit-note-lead")}</p>
            <FormError result />
            <input type="hidden" name="id" value=id />
            <TextArea
                result
                name="reason".to_string()
                field="reason"
                id="reason".to_string()
                label=tr!("credit-note-reason")
                required=true
                wide=true
            />
            <button type="submit" class="button button-danger" data-testid="issue-credit-note">
                {tr!("credit-note-issue")}
            </button>
        </ActionForm>
    }
}

/// "Pay by card": to Stripe's checkout page for what is left of the call.
#[component]
fn PayByCardForm(id: i32, amount: String) -> impl IntoView {
    let pay = ServerAction::<PayByCard>::new();
    let result = Signal::derive(move || pay.value().get());
    view! {
        <ActionForm action=pay attr:class="form no-print" attr:novalidate=true attr:id="card-form">
            <h2>{tr!("invoice-card-heading")}</h2>
            <p>{tr!("invoice-card-lead")}</p>
            <FormError result />
            <input type="hidden" name="id" value=id />
            <button type="submit" class="button" data-testid="pay-by-card">
                {tr!("invoice-pay-by-card", { "amount" => amount })}
            </button>
        </ActionForm>
    }
}

/// What became of a card payment when Stripe sends the focal point back.
fn card_return_notice() -> impl IntoView {
    let card = query_param("card");
    move || {
        let (key, class) = match card.get().as_deref() {
            Some("done") => ("invoice-card-done", "alert alert-success"),
            Some("cancelled") => ("invoice-card-cancelled", "alert"),
            _ => return None,
        };
        Some(view! {
            <p class=class role="status" data-testid="card-notice">
                {tr_key(key)}
            </p>
        })
    }
}

/// `/finance/invoices/:id`: the invoice, printable on A4.
#[component]
pub fn InvoicePrintPage() -> impl IntoView {
    let id = id_param("id");
    let page = Resource::new(id, get_invoice);
    view! {
        <Title text=tr!("invoice-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(p) => {
                        let member_link = crate::finance::routes::member_invoices(p.line.member_id);
                        let may_correct = p.may_correct.then_some(p.line.id);
                        let links = p
                            .corrects
                            .iter()
                            .map(|(id, number)| (tr!("invoice-about"), *id, number.clone()))
                            .chain(
                                p
                                    .related
                                    .iter()
                                    .map(|(id, number, kind)| (tr_key(kind.label_key()), *id, number.clone())),
                            )
                            .collect::<Vec<_>>();
                        let payments = p.payments.clone();
                        let outstanding = p.outstanding.clone();
                        let credit = p.credit_applied.clone();
                        let pay_by_card = p
                            .may_pay_by_card
                            .then(|| (p.line.id, p.outstanding.clone().unwrap_or_default()));
                        view! {
                            <div class="no-print">
                                {card_return_notice()} <p class="eyebrow">
                                    <a href=member_link>{tr!("member-invoices-title")}</a>
                                </p> <p class="alert" role="status" data-testid="invoice-status">
                                    {tr!("invoice-status")}
                                    ": "
                                    {tr_key(p.line.status.label_key())}
                                    " "
                                    {tr!("certificate-print-hint")}
                                </p>
                                {links
                                    .into_iter()
                                    .map(|(label, id, number)| {
                                        view! {
                                            <p>
                                                {label} " " <a href=invoice(id)>
                                                    <span dir="ltr">{number}</span>
                                                </a>
                                            </p>
                                        }
                                    })
                                    .collect_view()}
                                {credit
                                    .map(|amount| {
                                        view! {
                                            <p>{tr!("invoice-credit-applied")} ": " <span dir="ltr">{amount}</span></p>
                                        }
                                    })}
                                {(!payments.is_empty())
                                    .then(|| {
                                        view! {
                                            <h2>{tr!("invoice-payments")}</h2>
                                            <ul data-testid="invoice-payments">
                                                {payments
                                                    .into_iter()
                                                    .map(|line| {
                                                        view! {
                                                            <li>
                                                                <MediumDate date=line.received_on />
                                                                " · "
                                                                <span dir="ltr">{line.amount}</span>
                                                                {line
                                                                    .credited
                                                                    .map(|c| {
                                                                        view! {
                                                                            " → "
                                                                            <span dir="ltr">{c}</span>
                                                                        }
                                                                    })}
                                                                " · "
                                                                <bdi>{line.payer}</bdi>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        }
                                    })}
                                {outstanding
                                    .map(|amount| {
                                        view! {
                                            <p data-testid="invoice-outstanding">
                                                {tr!("invoice-outstanding")} ": " <span dir="ltr">{amount}</span>
                                            </p>
                                        }
                                    })}
                            </div>
                            {pay_by_card.map(|(id, amount)| view! { <PayByCardForm id amount /> })}
                            {invoice_document(p)}
                            {may_correct.map(|id| view! { <CreditNoteForm id /> })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
