//! The outbox, read by the secretariat: what was sent, what failed, and (without SMTP) what to
//! forward by hand.
use crate::oversight::api::list_outbox;
use crate::tr;
use crate::ui::{query_param, ErrorPanel, Pager};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OutboxPage() -> impl IntoView {
    let page = query_param("page");
    let outbox = Resource::new(move || page.get().and_then(|p| p.parse::<u64>().ok()).unwrap_or(0), list_outbox);
    view! {
        <Title text=tr!("outbox-title") />
        <h1>{move || tr!("outbox-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match outbox.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(outbox) => {
                        view! {
                            {(!outbox.smtp_configured)
                                .then(|| {
                                    view! {
                                        <p class="alert alert-warning" role="status">
                                            {tr!("outbox-no-smtp")}
                                        </p>
                                    }
                                })}
                            {outbox.messages.is_empty().then(|| view! { <p>{tr!("outbox-empty")}</p> })}
                            <ol class="message-list" data-testid="outbox">
                                {outbox
                                    .messages
                                    .into_iter()
                                    .map(|m| {
                                        let status = match (&m.sent_at, &m.last_error) {
                                            (Some(at), _) => tr!("outbox-sent", { "at" => at.clone() }),
                                            (None, Some(error)) => {
                                                tr!(
                                                    "outbox-failed", { "attempts" => m.attempts, "error" => error.clone() }
                                                )
                                            }
                                            (None, None) => tr!("outbox-waiting"),
                                        };
                                        view! {
                                            <li class="message" data-to=m.to_email.clone()>
                                                <details>
                                                    <summary>
                                                        <span class="message-subject">{m.subject.clone()}</span>
                                                        " — "
                                                        <span dir="ltr">{m.to_email.clone()}</span>
                                                        <span class="message-meta">
                                                            {m.created_at.clone()} " · " {status}
                                                        </span>
                                                    </summary>
                                                    <pre class="message-body" lang=m.language.clone()>
                                                        {m.body_text.clone()}
                                                    </pre>
                                                </details>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                            <Pager page=outbox.page has_more=outbox.has_more href=|page| format!("?page={page}") />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
