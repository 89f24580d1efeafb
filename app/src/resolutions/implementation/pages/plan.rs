//! A text's action plan as its page shows it: the whole plan's progress, then every action in
//! tree order with who is responsible, its status, due date and progress.
use crate::i18n::Lang;
use crate::resolutions::implementation::api::get_plan;
use crate::resolutions::implementation::routes::{action, new_action};
use crate::resolutions::implementation::{ActionNode, Implementation};
use crate::tr;
use crate::ui::{use_lang, ErrorPanel, MediumDate};
use leptos::prelude::*;

/// A progress bar with its figure; the figure is what assistive technology reads.
pub fn progress_bar(value: i32) -> impl IntoView {
    let value = value.clamp(0, 100);
    view! {
        <span class="progress" data-testid="progress">
            <span class="progress-track" aria-hidden="true">
                <span class="progress-fill" style=format!("inline-size: {value}%")></span>
            </span>
            <span class="progress-figure">{tr!("progress-percent", { "value" => value })}</span>
        </span>
    }
}

/// Who carries the action out, in the reader's language.
pub fn responsible_name(node: &ActionNode) -> String {
    node.responsible_name().map_or_else(|| tr!("responsible-secretariat"), str::to_string)
}

/// The status's name, and "overdue" beside it when it is.
pub fn status_cell(node: &ActionNode, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("badge status-{}", node.status.slug) data-testid="action-status">
            {node.status.name(lang).to_string()}
        </span>
        {node
            .overdue
            .then(|| {
                view! {
                    " "
                    <span class="badge badge-warning">{tr!("action-overdue")}</span>
                }
            })}
    }
}

/// The actions as a table, indented by depth; `from_depth` is subtracted (a sub-tree shown alone).
pub fn actions_table(nodes: Vec<ActionNode>, lang: Lang, testid: &'static str) -> impl IntoView {
    let from_depth = nodes.iter().map(|n| n.depth).min().unwrap_or(0);
    view! {
        <div class="table-scroll">
            <table class="data-table plan-table" data-testid=testid>
                <thead>
                    <tr>
                        <th scope="col">{tr!("action-title")}</th>
                        <th scope="col">{tr!("action-responsible")}</th>
                        <th scope="col">{tr!("action-status")}</th>
                        <th scope="col">{tr!("action-due-on")}</th>
                        <th scope="col">{tr!("action-progress")}</th>
                    </tr>
                </thead>
                <tbody>
                    {nodes
                        .into_iter()
                        .map(|node| {
                            let title = node.title.show(lang);
                            let (title, title_lang) = (title.text.to_string(), title.lang);
                            let depth = node.depth.saturating_sub(from_depth).min(6);
                            view! {
                                <tr class=format!("depth-{depth}") class:project=node.has_children>
                                    <th scope="row">
                                        <a href=action(node.id) lang=title_lang.code() dir=title_lang.dir()>
                                            {title}
                                        </a>
                                    </th>
                                    <td>{responsible_name(&node)}</td>
                                    <td>{status_cell(&node, lang)}</td>
                                    <td>{node.due_on.map(|date| view! { <MediumDate date /> })}</td>
                                    <td>{progress_bar(node.progress)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// What each conference edition adopted or renewed of the plan and where it stands now, for a
/// plan that spans editions (one edition's is the plan's own).
fn editions_view(plan: &Implementation, lang: Lang) -> impl IntoView {
    (plan.by_edition.len() > 1).then(|| {
        let by_edition = plan
            .by_edition
            .iter()
            .map(|standing| {
                let adopted: Vec<ActionNode> =
                    plan.actions.iter().filter(|node| standing.action_ids.contains(&node.id)).cloned().collect();
                let actions = tr!("dashboard-actions", { "count" => standing.action_ids.len() });
                let completed = tr!("plan-edition-completed", { "count" => standing.completed });
                let overdue = (standing.overdue > 0)
                    .then(|| format!(" · {}", tr!("plan-edition-overdue", { "count" => standing.overdue })));
                view! {
                    <details class="edition-standing" data-testid="edition-standing">
                        <summary>
                            {standing.title.get(lang).to_string()} " · " {actions} " · " {completed} {overdue} " "
                            {standing.progress.map(progress_bar)}
                        </summary>
                        {actions_table(adopted, lang, "edition-plan")}
                        <p>
                            <a href=crate::conferences::routes::edition(
                                standing.edition_id,
                            )>{tr!("plan-edition-link")}</a>
                        </p>
                    </details>
                }
            })
            .collect_view();
        view! {
            <h3>{tr!("plan-by-edition")}</h3>
            <p class="hint">{tr!("hint-plan-by-edition")}</p>
            {by_edition}
            <h3>{tr!("plan-all-actions")}</h3>
        }
    })
}

/// The plan section of a text's page.
#[component]
pub fn PlanSection(text_id: i32, may_manage: bool) -> impl IntoView {
    let plan = Resource::new(move || text_id, get_plan);
    let lang = use_lang();
    view! {
        <section id="implementation" class="plan" data-testid="implementation">
            <h2>{tr!("plan-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match plan.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(plan) if plan.actions.is_empty() => {
                            view! { <p class="secondary">{tr!("plan-empty")}</p> }.into_any()
                        }
                        Ok(plan) => {
                            view! {
                                {plan
                                    .progress
                                    .map(|value| {
                                        view! {
                                            <p class="plan-progress" data-testid="plan-progress">
                                                {tr!("plan-progress")}
                                                " "
                                                {progress_bar(value)}
                                            </p>
                                        }
                                    })}
                                {editions_view(&plan, lang)}
                                {actions_table(plan.actions, lang, "plan")}
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
            {may_manage
                .then(|| {
                    view! {
                        <p class="no-print">
                            <a class="button button-secondary" href=new_action(text_id)>
                                {tr!("action-new")}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}
