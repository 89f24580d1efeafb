//! The secretariat's queue of applications and the review of one.
use crate::domain::Choice;
use crate::membership::api::{get_application, list_applications, DecideApplication};
use crate::membership::routes::{edit_member, APPLICATIONS, MEMBERS_CSV};
use crate::membership::{country_name, is_palestinian, ReviewState};
use crate::tr;
use crate::ui::{
    id_param, query_param, tr_key, use_lang, DataTable, ErrorPanel, FormError, MediumDate, RadioGroup, TextArea,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    let state = query_param("state");
    let applications = Resource::new(move || state.get().unwrap_or_else(|| "pending".into()), list_applications);
    let lang = use_lang();
    view! {
        <Title text=tr!("applications-title") />
        <h1>{tr!("applications-title")}</h1>
        <p>
            <a href=MEMBERS_CSV rel="external" download>
                {tr!("members-csv")}
            </a>
        </p>
        <nav class="tabs" aria-label=tr!("applications-filter")>
            {["pending", "info_requested", "approved", "rejected", "all"]
                .into_iter()
                .map(|s| {
                    let label = ReviewState::parse(s)
                        .map(|r| tr_key(r.label_key()))
                        .unwrap_or_else(|| tr!("filter-any"));
                    let current = move || state.get().unwrap_or_else(|| "pending".into()) == s;
                    view! {
                        <a href=format!("?state={s}") aria-current=move || current().then_some("page")>
                            {label}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match applications.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p>{tr!("applications-empty")}</p> }.into_any(),
                    Ok(list) => {
                        view! {
                            <DataTable
                                testid="applications-table"
                                columns=vec![
                                    tr!("applications-submitted"),
                                    tr!("field-official-name"),
                                    tr!("field-country"),
                                    tr!("field-kind"),
                                    tr!("accounts-status"),
                                ]
                            >
                                {list
                                    .into_iter()
                                    .map(|a| {
                                        view! {
                                            <tr>
                                                <td>
                                                    <MediumDate date=a.submitted_on />
                                                </td>
                                                <td>
                                                    <a href=format!(
                                                        "/secretariat/applications/{}",
                                                        a.id,
                                                    )>{a.official_name}</a>
                                                    <div class="secondary">
                                                        <span dir="ltr">{a.latin_name}</span>
                                                    </div>
                                                </td>
                                                <td>{country_name(&a.country, lang).unwrap_or_default()}</td>
                                                <td>{tr_key(a.kind.label_key())}</td>
                                                <td>{tr_key(a.review_state.label_key())}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </DataTable>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ApplicationReviewPage() -> impl IntoView {
    let decide = ServerAction::<DecideApplication>::new();
    let result = Signal::derive(move || decide.value().get());
    let id = id_param("id");
    let application = Resource::new(move || (id(), decide.version().get()), |(id, _)| get_application(id));
    let lang = use_lang();
    view! {
        <Title text=tr!("review-title") />
        <p>
            <a href=APPLICATIONS>{tr!("applications-title")}</a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match application.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(a) => {
                        let open = matches!(a.review_state, ReviewState::Pending | ReviewState::InfoRequested);
                        view! {
                            <h1>{a.official_name.clone()}</h1>
                            <p class="lead">
                                <span dir="ltr">{a.latin_name.clone()}</span>
                            </p>
                            <p>
                                <a href=edit_member(a.id)>{tr!("profile-edit-application")}</a>
                            </p>
                            <p class="badge" data-testid="review-state">
                                {tr_key(a.review_state.label_key())}
                            </p>
                            {a
                                .decision_reason
                                .clone()
                                .map(|reason| {
                                    view! {
                                        <p>
                                            <strong>{tr!("review-reason")} ": "</strong>
                                            {reason}
                                        </p>
                                    }
                                })}
                            <dl class="details">
                                <dt>{tr!("field-kind")}</dt>
                                <dd>{tr_key(a.kind.label_key())}</dd>
                                <dt>{tr!("field-country")}</dt>
                                <dd>
                                    {country_name(&a.country, lang).unwrap_or_default()} " · "
                                    {if is_palestinian(&a.country) {
                                        tr!("origin-palestinian")
                                    } else {
                                        tr!("origin-international")
                                    }}
                                </dd>
                                <dt>{tr!("field-region")}</dt>
                                <dd>{a.region.clone().unwrap_or_default()}</dd>
                                <dt>{tr!("field-population")}</dt>
                                <dd>
                                    <span dir="ltr">{a.population.map(|p| p.to_string()).unwrap_or_default()}</span>
                                </dd>
                                <dt>{tr!("field-website")}</dt>
                                <dd>
                                    <span dir="ltr">{a.website.clone().unwrap_or_default()}</span>
                                </dd>
                                <dt>{tr!("apply-head")}</dt>
                                <dd>{a.head_name.clone()} " — " {a.head_title.clone()}</dd>
                                <dt>{tr!("apply-focal")}</dt>
                                <dd>
                                    {a.focal_name.clone()} " · "
                                    <span dir="ltr">{a.focal_email.clone()} " · " {a.focal_phone.clone()}</span> " · "
                                    {a.focal_language.native_name()}
                                </dd>
                                <dt>{tr!("applications-submitted")}</dt>
                                <dd>
                                    <MediumDate date=a.submitted_on />
                                </dd>
                            </dl>
                            <h2>{tr!("field-motivation")}</h2>
                            <p class="motivation">{a.motivation.clone()}</p>
                            {open
                                .then(|| {
                                    view! {
                                        <section class="panel">
                                            <h2>{tr!("review-decide")}</h2>
                                            <ActionForm action=decide attr:class="form" attr:novalidate=true>
                                                <FormError result />
                                                <input type="hidden" name="id" value=a.id />
                                                <RadioGroup result field="decision" legend=tr!("review-decision")>
                                                    <label>
                                                        <input type="radio" name="decision" value="approve" checked />
                                                        {tr!("review-approve")}
                                                    </label>
                                                    <label>
                                                        <input
                                                            type="radio"
                                                            name="decision"
                                                            value="request_information"
                                                        />
                                                        {tr!("review-request-info")}
                                                    </label>
                                                    <label>
                                                        <input type="radio" name="decision" value="reject" />
                                                        {tr!("review-reject")}
                                                    </label>
                                                </RadioGroup>
                                                <TextArea
                                                    result
                                                    id="reason".to_string()
                                                    name="reason".to_string()
                                                    field="reason"
                                                    label=tr!("review-reason")
                                                    hint=Some(tr!("hint-reason"))
                                                    required=true
                                                    rows=4
                                                />
                                                <button type="submit" class="button">
                                                    {tr!("review-submit")}
                                                </button>
                                            </ActionForm>
                                        </section>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
