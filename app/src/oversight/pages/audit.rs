//! The audit log (secretariat) and the public activity feed.
use crate::audit::{action_label_key, AuditFilter};
use crate::oversight::api::{audit_actions, get_public_activity, list_audit};
use crate::oversight::routes::ACTIVITY_FEED;
use crate::tr;
use crate::ui::{query_param, tr_key, DataTable, ErrorPanel, LocalDateTime, MediumDate, Pager};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AuditPage() -> impl IntoView {
    let (action, entity_type, actor, page) =
        (query_param("action"), query_param("entity_type"), query_param("actor"), query_param("page"));
    let filter = Memo::new(move |_| AuditFilter {
        action: action.get().unwrap_or_default(),
        entity_type: entity_type.get().unwrap_or_default(),
        actor: actor.get().unwrap_or_default(),
        page: page.get().and_then(|p| p.parse().ok()).unwrap_or(0),
    });
    let events = Resource::new(move || filter.get(), list_audit);
    let actions = Resource::new(|| (), |_| audit_actions());
    view! {
        <Title text=tr!("audit-title") />
        <h1>{move || tr!("audit-title")}</h1>
        // A GET form: filtering works without JavaScript and the URL can be shared.
        <form method="get" class="form filter-bar">
            <div>
                <label for="audit-action">{move || tr!("audit-action")}</label>
                <select id="audit-action" name="action">
                    <option value="">{move || tr!("filter-any")}</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            actions
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .map(|a| {
                                    let selected = filter.get_untracked().action == a;
                                    view! {
                                        <option value=a.clone() selected=selected>
                                            {action_label(&a)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        })}
                    </Suspense>
                </select>
            </div>
            <div>
                <label for="audit-entity">{move || tr!("audit-entity")}</label>
                <input id="audit-entity" name="entity_type" value=move || filter.get().entity_type dir="ltr" />
            </div>
            <div>
                <label for="audit-actor">{move || tr!("audit-actor")}</label>
                <input id="audit-actor" name="actor" value=move || filter.get().actor dir="ltr" />
            </div>
            <button type="submit" class="button">
                {move || tr!("filter-apply")}
            </button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match events.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(result) => {
                        let current = filter.get_untracked();
                        let page_href = move |page: u64| {
                            format!(
                                "?action={}&entity_type={}&actor={}&page={page}",
                                current.action,
                                current.entity_type,
                                current.actor,
                            )
                        };
                        view! {
                            {result.events.is_empty().then(|| view! { <p>{tr!("audit-empty")}</p> })}
                            <DataTable
                                testid="audit-table"
                                columns=vec![
                                    tr!("audit-when"),
                                    tr!("audit-actor"),
                                    tr!("audit-action"),
                                    tr!("audit-entity"),
                                    tr!("audit-summary"),
                                    tr!("audit-change"),
                                ]
                            >
                                {result
                                    .events
                                    .into_iter()
                                    .map(|e| {
                                        view! {
                                            <tr>
                                                <td>
                                                    <LocalDateTime at=e.occurred_at.naive_utc() utc=true />
                                                </td>
                                                <td>
                                                    <span dir="ltr">
                                                        {e.actor_email.unwrap_or_else(|| tr!("audit-system"))}
                                                    </span>
                                                </td>
                                                <td>
                                                    {action_label(&e.action)} <br /> <code class="secondary" dir="ltr">
                                                        {e.action}
                                                    </code>
                                                </td>
                                                <td>
                                                    <span dir="ltr">
                                                        {e.entity_type} " " {e.entity_id.unwrap_or_default()}
                                                    </span>
                                                </td>
                                                <td>
                                                    <SummaryText text=e.summary />
                                                </td>
                                                <td>
                                                    {(e.before.is_some() || e.after.is_some())
                                                        .then(|| {
                                                            view! {
                                                                <details>
                                                                    <summary>{tr!("audit-show-change")}</summary>
                                                                    <dl class="change">
                                                                        <dt>{tr!("audit-before")}</dt>
                                                                        <dd>
                                                                            <pre dir="ltr">{e.before.unwrap_or_default()}</pre>
                                                                        </dd>
                                                                        <dt>{tr!("audit-after")}</dt>
                                                                        <dd>
                                                                            <pre dir="ltr">{e.after.unwrap_or_default()}</pre>
                                                                        </dd>
                                                                    </dl>
                                                                </details>
                                                            }
                                                        })}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </DataTable>
                            <Pager page=result.page has_more=result.has_more href=page_href />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// A recorded action in the reader's language, or its code when this version does not know it.
fn action_label(action: &str) -> String {
    action_label_key(action).map_or_else(|| action.to_string(), tr_key)
}

/// The summary an action was recorded with: English, written by the server (names inside keep
/// their own direction).
#[component]
fn SummaryText(text: String) -> impl IntoView {
    view! {
        <span lang="en" dir="auto">
            {text}
        </span>
    }
}

#[component]
pub fn ActivityPage() -> impl IntoView {
    let activity = Resource::new(|| (), |_| get_public_activity());
    view! {
        <Title text=tr!("activity-title") />
        <h1>{move || tr!("activity-title")}</h1>
        <p class="lead">{move || tr!("activity-lead")}</p>
        <p>
            <a href=ACTIVITY_FEED rel="external">
                {move || tr!("activity-feed-link")}
            </a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match activity.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(items) if items.is_empty() => view! { <p>{tr!("activity-empty")}</p> }.into_any(),
                    Ok(items) => {
                        view! {
                            <ol class="activity-list">
                                {items
                                    .into_iter()
                                    .map(|item| {
                                        view! {
                                            <li>
                                                <MediumDate date=item.occurred_at.date_naive() />
                                                " · "
                                                <strong>{action_label(&item.action)}</strong>
                                                " · "
                                                <SummaryText text=item.summary />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
