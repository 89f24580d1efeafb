//! `/resolutions/dashboard`: where the published texts' plans stand, drawn as SVG on the server
//! (it reads without JavaScript and prints), each chart with its figures in a table.
use super::plan::progress_bar;
use crate::i18n::Lang;
use crate::resolutions::implementation::api::get_dashboard;
use crate::resolutions::implementation::routes::{FEED, TRACKER_CSV, TRACKER_JSON};
use crate::resolutions::implementation::DashboardRow;
use crate::resolutions::routes::TEXTS;
use crate::tr;
use crate::ui::{use_lang, ErrorPanel};
use leptos::prelude::*;
use leptos_meta::Title;

const WIDTH: i32 = 640;
const ROW: i32 = 30;
const LABEL: i32 = 250;
const BAR: i32 = 300;

/// A label that fits its column.
fn shortened(label: &str) -> String {
    if label.chars().count() > 30 {
        format!("{}…", label.chars().take(29).collect::<String>())
    } else {
        label.to_string()
    }
}

/// A horizontal bar chart; `rows` are (label, share of the bar 0–1000, the figure shown). In a
/// right-to-left page the chart is mirrored: labels on the right, bars growing leftwards.
fn chart_of_bars(id: &'static str, caption: String, rows: Vec<(String, i32, String)>, lang: Lang) -> impl IntoView {
    let rtl = lang.dir() == "rtl";
    let height = ROW * i32::try_from(rows.len()).unwrap_or(0) + 8;
    let x = move |ltr: i32, width: i32| if rtl { WIDTH - ltr - width } else { ltr };
    let title_id = format!("{id}-title");
    view! {
        <figure class="chart" data-testid=id>
            <figcaption id=title_id.clone()>{caption.clone()}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                width="100%"
                role="img"
                aria-labelledby=title_id
                direction=if rtl { "rtl" } else { "ltr" }
            >
                {rows
                    .iter()
                    .enumerate()
                    .map(|(i, (label, share, figure))| {
                        let top = i32::try_from(i).unwrap_or(0) * ROW + 4;
                        let width = BAR * (*share).clamp(0, 1000) / 1000;
                        view! {
                            <g>
                                <title>{format!("{label}: {figure}")}</title>
                                <text x=if rtl { WIDTH } else { 0 } y=top + 19 class="chart-label">
                                    {shortened(label)}
                                </text>
                                <rect x=x(LABEL, BAR) y=top + 6 width=BAR height=16 rx=3 class="chart-track"></rect>
                                <rect x=x(LABEL, width) y=top + 6 width=width height=16 rx=3 class="chart-bar"></rect>
                                <text x=x(LABEL + BAR + 8, 0) y=top + 19 class="chart-figure">
                                    {figure.clone()}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <details class="no-print">
                <summary>{tr!("dashboard-figures")}</summary>
                <table class="data-table">
                    <caption class="visually-hidden">{caption}</caption>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(label, _, figure)| {
                                view! {
                                    <tr>
                                        <th scope="row">{label}</th>
                                        <td>{figure}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

/// Rows of progress, each labelled with how many texts or actions it counts (`counted`).
fn progress_rows(rows: Vec<DashboardRow>, lang: Lang, counted: impl Fn(u64) -> String) -> Vec<(String, i32, String)> {
    rows.into_iter()
        .map(|row| {
            let value = row.progress.unwrap_or(0);
            (
                format!("{} ({})", row.label[lang.index()], counted(row.count)),
                value * 10,
                tr!("progress-percent", { "value" => value }),
            )
        })
        .collect()
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let dashboard = Resource::new(|| (), |_| get_dashboard());
    let lang = use_lang();
    view! {
        <Title text=tr!("dashboard-title") />
        <p class="eyebrow no-print">
            <a href=TEXTS>{tr!("texts-title")}</a>
        </p>
        <h1>{tr!("dashboard-title")}</h1>
        <p class="lead">{tr!("dashboard-lead")}</p>
        <p class="no-print">
            {tr!("dashboard-download")} " "
            <a href=move || format!("{TRACKER_CSV}?lang={}", lang.code()) rel="external" data-testid="tracker-csv">
                "CSV"
            </a> " · " <a href=TRACKER_JSON rel="external" data-testid="tracker-json">
                "JSON"
            </a> " · "
            <a href=move || format!("{FEED}?lang={}", lang.code()) rel="external" type="application/atom+xml">
                {tr!("dashboard-feed")}
            </a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(board) => {
                        let most = board.by_status.iter().map(|row| row.count).max().unwrap_or(0).max(1);
                        let statuses = board
                            .by_status
                            .into_iter()
                            .map(|row| {
                                let share = i32::try_from(row.count * 1000 / most).unwrap_or(0);
                                (
                                    row.label[lang.index()].clone(),
                                    share,
                                    tr!("dashboard-actions", { "count" => row.count }),
                                )
                            })
                            .collect();
                        view! {
                            <dl class="details" data-testid="dashboard-summary">
                                <dt>{tr!("dashboard-texts")}</dt>
                                <dd>
                                    {tr!("dashboard-texts-count", { "count" => board.texts })} " · "
                                    {tr!("dashboard-planned", { "count" => board.texts_with_plans })}
                                </dd>
                                <dt>{tr!("dashboard-actions-title")}</dt>
                                <dd>
                                    {tr!("dashboard-actions", { "count" => board.actions })} " · "
                                    {tr!("dashboard-overdue", { "count" => board.overdue })}
                                </dd>
                                <dt>{tr!("plan-progress")}</dt>
                                <dd data-testid="dashboard-progress">{board.progress.map(progress_bar)}</dd>
                            </dl>
                            {chart_of_bars(
                                "chart-themes",
                                tr!("dashboard-by-theme"),
                                progress_rows(
                                    board.by_theme,
                                    lang,
                                    |count| tr!("dashboard-row-count", { "count" => count }),
                                ),
                                lang,
                            )}
                            {(!board.by_edition.is_empty())
                                .then(|| {
                                    chart_of_bars(
                                        "chart-editions",
                                        tr!("dashboard-by-edition"),
                                        progress_rows(
                                            board.by_edition,
                                            lang,
                                            |count| tr!("dashboard-actions", { "count" => count }),
                                        ),
                                        lang,
                                    )
                                })}
                            {chart_of_bars("chart-statuses", tr!("dashboard-by-status"), statuses, lang)}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
