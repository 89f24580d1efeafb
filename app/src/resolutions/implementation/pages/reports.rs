//! `/resolutions/reports`: for the secretariat, the progress reports waiting for a decision (and
//! the latest decided); for a focal point, the actions its member is responsible for and the
//! reports it sent.
use super::actions::report_item;
use super::plan::{progress_bar, status_cell};
use crate::identity::Role;
use crate::resolutions::implementation::api::list_reports;
use crate::resolutions::implementation::routes::action;
use crate::tr;
use crate::ui::{use_lang, ErrorPanel, MediumDate, RequireRole};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReportsPageView() -> impl IntoView {
    let page = Resource::new(|| (), |_| list_reports());
    let lang = use_lang();
    view! {
        <Title text=tr!("reports-title") />
        <h1>{tr!("reports-title")}</h1>
        <RequireRole roles=&[Role::Secretariat, Role::FocalPoint]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match page.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(page) => {
                            let may_manage = page.may_manage;
                            view! {
                                <p class="lead">
                                    {if may_manage {
                                        tr!("reports-lead-secretariat")
                                    } else {
                                        tr!("reports-lead-member")
                                    }}
                                </p>
                                {(!may_manage)
                                    .then(|| {
                                        view! {
                                            <section data-testid="my-actions">
                                                <h2>{tr!("reports-my-actions")}</h2>
                                                {if page.actions.is_empty() {
                                                    view! { <p class="secondary">{tr!("reports-no-actions")}</p> }
                                                        .into_any()
                                                } else {
                                                    view! {
                                                        <ul class="comment-list">
                                                            {page
                                                                .actions
                                                                .into_iter()
                                                                .map(|(reference, node)| {
                                                                    let title = node.title.show(lang);
                                                                    let (title, title_lang) = (
                                                                        title.text.to_string(),
                                                                        title.lang,
                                                                    );
                                                                    view! {
                                                                        <li class="comment">
                                                                            <p class="eyebrow" dir="ltr">
                                                                                {reference}
                                                                            </p>
                                                                            <p>
                                                                                <a
                                                                                    href=action(node.id)
                                                                                    lang=title_lang.code()
                                                                                    dir=title_lang.dir()
                                                                                >
                                                                                    {title}
                                                                                </a>
                                                                            </p>
                                                                            <p>
                                                                                {status_cell(&node, lang)} " " {progress_bar(node.progress)}
                                                                                {node
                                                                                    .due_on
                                                                                    .map(|date| {
                                                                                        view! {
                                                                                            " · "
                                                                                            {tr!("action-due-on")}
                                                                                            " "
                                                                                            <MediumDate date />
                                                                                        }
                                                                                    })}
                                                                            </p>
                                                                        </li>
                                                                    }
                                                                })
                                                                .collect_view()}
                                                        </ul>
                                                    }
                                                        .into_any()
                                                }}
                                            </section>
                                        }
                                    })}
                                <section data-testid="report-list">
                                    <h2>{tr!("reports-sent")}</h2>
                                    {if page.reports.is_empty() {
                                        view! { <p class="secondary">{tr!("reports-empty")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ol class="comment-list">
                                                {page
                                                    .reports
                                                    .into_iter()
                                                    .map(|report| {
                                                        let title = report.action_title.show(lang).text.to_string();
                                                        let link = action(report.action_id);
                                                        let reference = report.text_reference.clone();
                                                        view! {
                                                            <li class="report-group">
                                                                <p class="eyebrow">
                                                                    <span dir="ltr">{reference}</span>
                                                                    " · "
                                                                    <a href=link>{title}</a>
                                                                </p>
                                                                <ol class="comment-list">
                                                                    {report_item(report, may_manage, "reports")}
                                                                </ol>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ol>
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
