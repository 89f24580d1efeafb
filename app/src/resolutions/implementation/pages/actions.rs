//! An action's page: where it sits in its text's plan, who is responsible, its status and
//! progress, what it holds, its timeline; the focal point's report form and the secretariat's
//! progress form and decisions on reports.
use super::plan::{actions_table, progress_bar, responsible_name, status_cell};
use crate::domain::Choice;
use crate::resolutions::implementation::api::{get_action, AcceptReport, RecordProgress, ReportProgress, ReturnReport};
use crate::resolutions::implementation::routes::{action, edit_action, new_action};
use crate::resolutions::implementation::{ActionPage, ReportState, ReportView, StatusView, TimelineEntryView};
use crate::resolutions::routes::text;
use crate::tr;
use crate::ui::{id_param, tr_key, use_lang, ErrorPanel, FormError, MediumDate, SelectField, TextArea, TextInput};
use leptos::prelude::*;
use leptos_meta::Title;

fn timeline_item(entry: TimelineEntryView, lang: crate::i18n::Lang) -> impl IntoView {
    view! {
        <li class="timeline-entry">
            <p class="secondary">
                <MediumDate date=entry.happened_on />
                " · "
                {entry.author_name}
                {entry
                    .status
                    .map(|names| {
                        view! {
                            " · "
                            <span class="badge">{names[lang.index()].clone()}</span>
                        }
                    })}
                {entry
                    .progress_after
                    .map(|value| {
                        view! {
                            " · "
                            {tr!("progress-percent", { "value" => value })}
                        }
                    })}
            </p>
            <p class="comment-body" dir="auto">
                {entry.note}
            </p>
        </li>
    }
}

/// The secretariat's accept button and return form for a pending report; `back` says where the
/// decision leads (`reports`: the queue).
#[component]
pub fn ReportDecision(report_id: i32, back: &'static str) -> impl IntoView {
    let accept = ServerAction::<AcceptReport>::new();
    let accepted = Signal::derive(move || accept.value().get());
    let give_back = ServerAction::<ReturnReport>::new();
    let returned = Signal::derive(move || give_back.value().get());
    view! {
        <div class="report-decision">
            <FormError result=accepted />
            <ActionForm action=accept attr:class="inline-form">
                <input type="hidden" name="id" value=report_id />
                <input type="hidden" name="back" value=back />
                <button type="submit" class="button" data-testid="accept-report">
                    {tr!("report-accept")}
                </button>
            </ActionForm>
            <ActionForm action=give_back attr:class="form" attr:novalidate=true>
                // Several of these on the queue: the summary links to the message, ids stay unique.
                <FormError result=returned />
                <input type="hidden" name="id" value=report_id />
                <input type="hidden" name="back" value=back />
                <TextArea
                    result=returned
                    name="reason".to_string()
                    field="reason"
                    id=format!("rr{report_id}-reason")
                    label=tr!("report-return-reason")
                    hint=Some(tr!("hint-report-return-reason"))
                    rows=2
                    dir=Some("auto")
                />
                <button type="submit" class="button button-secondary" data-testid="return-report">
                    {tr!("report-return")}
                </button>
            </ActionForm>
        </div>
    }
}

/// One report, with the secretariat's decision forms while it is pending.
pub fn report_item(report: ReportView, may_decide: bool, back: &'static str) -> impl IntoView {
    let pending = report.state == ReportState::Pending;
    view! {
        <li class="comment" data-testid="report">
            <p class="secondary">
                <strong>{report.member_name}</strong>
                " · "
                {report.author_name}
                " · "
                <MediumDate date=report.created_on />
                " · "
                <span class=format!("badge report-{}", report.state.as_str()) data-testid="report-state">
                    {tr_key(report.state.label_key())}
                </span>
            </p>
            <p>{tr!("report-progress-was", { "value" => report.progress })}</p>
            <p class="comment-body" dir="auto">
                {report.note}
            </p>
            {(!report.reason.is_empty())
                .then(|| {
                    view! {
                        <p class="alert alert-warning" dir="auto">
                            {tr!("report-returned-because")}
                            " "
                            {report.reason}
                        </p>
                    }
                })}
            {(may_decide && pending).then(|| view! { <ReportDecision report_id=report.id back /> })}
        </li>
    }
}

#[component]
fn ProgressForm(id: i32, statuses: Vec<StatusView>) -> impl IntoView {
    let record = ServerAction::<RecordProgress>::new();
    let result = Signal::derive(move || record.value().get());
    let lang = use_lang();
    let today = chrono::Utc::now().date_naive().to_string();
    view! {
        <ActionForm action=record attr:class="form no-print" attr:novalidate=true>
            <h3>{tr!("progress-record")}</h3>
            <FormError result prefix="pg" />
            <input type="hidden" name="id" value=id />
            <TextInput
                result
                group="progress"
                prefix="pg"
                field="happened_on"
                label=tr!("progress-happened-on")
                kind="date"
                required=true
                dir=Some("ltr")
                value=Some(today)
            />
            <TextArea
                result
                name="progress[note]".to_string()
                field="note"
                id="pg-note".to_string()
                label=tr!("progress-note")
                required=true
                rows=3
                dir=Some("auto")
            />
            <TextInput
                result
                group="progress"
                prefix="pg"
                field="progress"
                label=tr!("action-progress")
                hint=Some(tr!("hint-progress-optional"))
                kind="number"
                dir=Some("ltr")
            />
            <SelectField
                result
                name="progress[status_id]".to_string()
                field="status_id"
                id="pg-status_id".to_string()
                label=tr!("action-status")
            >
                <option value="">{tr!("progress-status-unchanged")}</option>
                {statuses
                    .into_iter()
                    .map(|status| view! { <option value=status.id>{status.name(lang).to_string()}</option> })
                    .collect_view()}
            </SelectField>
            <button type="submit" class="button" data-testid="record-progress">
                {tr!("progress-record-submit")}
            </button>
        </ActionForm>
    }
}

#[component]
fn ReportForm(id: i32, current: i32) -> impl IntoView {
    let report = ServerAction::<ReportProgress>::new();
    let result = Signal::derive(move || report.value().get());
    view! {
        <ActionForm action=report attr:class="form no-print" attr:novalidate=true>
            <h3>{tr!("report-send-title")}</h3>
            <p class="hint">{tr!("hint-report")}</p>
            <FormError result prefix="rp" />
            <input type="hidden" name="id" value=id />
            <TextInput
                result
                group="report"
                prefix="rp"
                field="progress"
                label=tr!("action-progress")
                hint=Some(tr!("hint-progress"))
                kind="number"
                required=true
                dir=Some("ltr")
                value=Some(current.to_string())
            />
            <TextArea
                result
                name="report[note]".to_string()
                field="note"
                id="rp-note".to_string()
                label=tr!("report-note")
                required=true
                rows=4
                dir=Some("auto")
            />
            <button type="submit" class="button" data-testid="send-report">
                {tr!("report-send")}
            </button>
        </ActionForm>
    }
}

fn action_view(page: ActionPage, lang: crate::i18n::Lang) -> impl IntoView {
    let node = page.action.clone();
    let id = node.id;
    let title = node.title.show(lang);
    let (title_text, title_lang) = (title.text.to_string(), title.lang);
    let text_title = page.text.title.show(lang).text.to_string();
    let theme_names: Vec<String> = page.themes.iter().map(|t| t.name(lang).to_string()).collect();
    let may_manage = page.may_manage;
    let reports_visible = page.may_manage || page.may_report || !page.reports.is_empty();
    view! {
        <Title text=title_text.clone() />
        <p class="eyebrow">
            <a href=format!("{}#implementation", text(page.text.id))>
                <span dir="ltr">{page.text.reference.clone()}</span>
                " · "
                {text_title}
            </a>
            {page
                .path
                .iter()
                .map(|(parent, parent_title)| {
                    view! {
                        " › "
                        <a href=action(*parent)>{parent_title.show(lang).text.to_string()}</a>
                    }
                })
                .collect_view()}
        </p>
        <h1 lang=title_lang.code() dir=title_lang.dir()>
            {title_text}
        </h1>
        <dl class="details" data-testid="action-details">
            <dt>{tr!("action-responsible")}</dt>
            <dd>{responsible_name(&node)}</dd>
            <dt>{tr!("action-status")}</dt>
            <dd>{status_cell(&node, lang)}</dd>
            <dt>{tr!("action-progress")}</dt>
            <dd>
                {progress_bar(node.progress)}
                {node
                    .has_children
                    .then(|| {
                        view! {
                            " "
                            <span class="hint">{tr!("action-progress-computed")}</span>
                        }
                    })}
            </dd>
            <dt>{tr!("action-weight")}</dt>
            <dd>{node.weight}</dd>
            {node
                .starts_on
                .map(|date| {
                    view! {
                        <dt>{tr!("action-starts-on")}</dt>
                        <dd>
                            <MediumDate date />
                        </dd>
                    }
                })}
            {node
                .due_on
                .map(|date| {
                    view! {
                        <dt>{tr!("action-due-on")}</dt>
                        <dd>
                            <MediumDate date />
                        </dd>
                    }
                })}
            {(!theme_names.is_empty())
                .then(|| {
                    view! {
                        <dt>{tr!("text-themes")}</dt>
                        <dd>{theme_names.join(" · ")}</dd>
                    }
                })}
            {(!page.editions.is_empty())
                .then(|| {
                    view! {
                        <dt>{tr!("action-editions")}</dt>
                        <dd data-testid="action-editions">
                            {page
                                .editions
                                .iter()
                                .enumerate()
                                .map(|(n, (edition_id, title))| {
                                    view! {
                                        {(n > 0).then_some(" · ")}
                                        <a href=crate::conferences::routes::edition(
                                            *edition_id,
                                        )>{title.get(lang).to_string()}</a>
                                    }
                                })
                                .collect_view()}
                        </dd>
                    }
                })}
            {node
                .external_id
                .clone()
                .filter(|_| may_manage)
                .map(|external| {
                    view! {
                        <dt>{tr!("action-external-id")}</dt>
                        <dd dir="ltr">{external}</dd>
                    }
                })}
        </dl>
        {may_manage
            .then(|| {
                view! {
                    <p class="button-row no-print">
                        <a class="button button-secondary" href=edit_action(id)>
                            {tr!("action-edit")}
                        </a>
                        <a class="button button-secondary" href=format!("{}?parent={id}", new_action(page.text.id))>
                            {tr!("action-new-child")}
                        </a>
                    </p>
                }
            })}
        {(!page.children.is_empty())
            .then(|| {
                view! {
                    <section data-testid="sub-actions">
                        <h2>{tr!("action-children")}</h2>
                        {actions_table(page.children.clone(), lang, "children")}
                    </section>
                }
            })}
        <section id="timeline" data-testid="timeline">
            <h2>{tr!("timeline-title")}</h2>
            {if page.timeline.is_empty() {
                view! { <p class="secondary">{tr!("timeline-empty")}</p> }.into_any()
            } else {
                view! {
                    <ol class="comment-list">
                        {page.timeline.into_iter().map(|entry| timeline_item(entry, lang)).collect_view()}
                    </ol>
                }
                    .into_any()
            }}
            {may_manage.then(|| view! { <ProgressForm id statuses=page.statuses.clone() /> })}
        </section>
        {reports_visible
            .then(|| {
                view! {
                    <section id="reports" data-testid="reports">
                        <h2>{tr!("reports-title")}</h2>
                        <ol class="comment-list">
                            {page.reports.into_iter().map(|report| report_item(report, may_manage, "")).collect_view()}
                        </ol>
                        {page.may_report.then(|| view! { <ReportForm id current=node.progress /> })}
                    </section>
                }
            })}
    }
}

#[component]
pub fn ActionPageView() -> impl IntoView {
    let id = id_param("id");
    let page = Resource::new(id, get_action);
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => action_view(page, lang).into_any(),
                }
            })}
        </Suspense>
    }
}
