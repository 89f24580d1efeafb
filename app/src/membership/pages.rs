//! Pages of the membership area: apply, the secretariat's review, the public directory.
use super::api::{
    get_application, get_certificate, get_member, get_member_profile, list_applications, search_directory,
    ApplyForMembership, ChangeMemberStanding, DecideApplication, IssueCertificate, UpdateMemberProfile,
};
use super::{
    countries_by_name, country_name, is_palestinian, ApplicationView, AuthorityKind, DirectoryEntry, DirectoryQuery,
    MemberStatus, ReviewState, StatusChange,
};
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::ui::{
    id_param, query_param, tr_key, use_lang, ErrorPanel, FieldError, FormError, FormResult, Pager, TextInput,
};
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// A labelled text input of the application and profile forms, with its message.
#[component]
fn Field(
    result: FormResult,
    field: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] dir: Option<&'static str>,
    #[prop(default = None)] value: Option<String>,
) -> impl IntoView {
    view! { <TextInput result group="application" prefix="app" field label hint kind required dir value /> }
}

/// The fields an application and a profile share. `current` fills them for an edit; when
/// `identity_fixed`, the kind and country are shown but sent unchanged.
#[component]
fn ProfileFields(
    result: FormResult,
    #[prop(optional)] current: Option<ApplicationView>,
    #[prop(optional)] identity_fixed: bool,
) -> impl IntoView {
    let lang = use_lang();
    let value = |pick: fn(&ApplicationView) -> String| current.as_ref().map(pick);
    let kind = current.as_ref().map(|c| c.kind);
    let country = current.as_ref().map(|c| c.country.clone()).unwrap_or_default();
    let focal_language = current.as_ref().map_or(lang, |c| c.focal_language);
    let identity = if identity_fixed {
        view! {
            <input type="hidden" name="application[kind]" value=kind.map(AuthorityKind::as_str) />
            <input type="hidden" name="application[country]" value=country.clone() />
            <dl class="details">
                <dt>{tr!("field-kind")}</dt><dd>{kind.map(|k| tr_key(k.label_key()))}</dd>
                <dt>{tr!("field-country")}</dt><dd>{country_name(&country, lang).unwrap_or_default()}</dd>
            </dl>
            <p class="hint">{tr!("profile-identity-fixed")}</p>
        }
        .into_any()
    } else {
        view! {
            <div class="field">
                <label for="app-kind">{tr!("field-kind")} " *"</label>
                <select id="app-kind" name="application[kind]" required>
                    <option value="">{tr!("choose-option")}</option>
                    {AuthorityKind::ALL.iter().copied().map(|k| view! {
                        <option value=k.as_str() selected=kind == Some(k)>{tr_key(k.label_key())}</option>
                    }).collect_view()}
                </select>
                <FieldError result field="kind" />
            </div>
            <div class="field">
                <label for="app-country">{tr!("field-country")} " *"</label>
                <select id="app-country" name="application[country]" required>
                    <option value="">{tr!("choose-option")}</option>
                    {countries_by_name(lang).iter().map(|&(code, name)| view! {
                        <option value=code selected=country == code>{name}</option>
                    }).collect_view()}
                </select>
                <FieldError result field="country" />
            </div>
        }
        .into_any()
    };
    view! {
        <fieldset>
            <legend>{tr!("apply-authority")}</legend>
            <Field result field="official_name" label=tr!("field-official-name") hint=tr!("hint-official-name") required=true value=value(|c| c.official_name.clone()) />
            <Field result field="latin_name" label=tr!("field-latin-name") hint=tr!("hint-latin-name") required=true dir="ltr" value=value(|c| c.latin_name.clone()) />
            <Field result field="english_name" label=tr!("field-english-name") dir="ltr" value=value(|c| c.english_name.clone().unwrap_or_default()) />
            <Field result field="french_name" label=tr!("field-french-name") dir="ltr" value=value(|c| c.french_name.clone().unwrap_or_default()) />
            {identity}
            <Field result field="region" label=tr!("field-region") value=value(|c| c.region.clone().unwrap_or_default()) />
            <Field result field="population" label=tr!("field-population") kind="text" dir="ltr" value=value(|c| c.population.map(|p| p.to_string()).unwrap_or_default()) />
            <Field result field="website" label=tr!("field-website") kind="url" dir="ltr" value=value(|c| c.website.clone().unwrap_or_default()) />
        </fieldset>
        <fieldset>
            <legend>{tr!("apply-head")}</legend>
            <Field result field="head_name" label=tr!("field-name") required=true value=value(|c| c.head_name.clone()) />
            <Field result field="head_title" label=tr!("field-title") hint=tr!("hint-head-title") required=true value=value(|c| c.head_title.clone()) />
        </fieldset>
        <fieldset>
            <legend>{tr!("apply-focal")}</legend>
            <p class="hint">{tr!("hint-focal")}</p>
            <Field result field="focal_name" label=tr!("field-name") required=true value=value(|c| c.focal_name.clone()) />
            <Field result field="focal_email" label=tr!("field-email") kind="email" required=true dir="ltr" value=value(|c| c.focal_email.clone()) />
            <Field result field="focal_phone" label=tr!("field-phone") kind="tel" required=true dir="ltr" value=value(|c| c.focal_phone.clone()) />
            <div class="field">
                <label for="app-focal_language">{tr!("field-preferred-language")} " *"</label>
                <select id="app-focal_language" name="application[focal_language]">
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=l == focal_language>{l.native_name()}</option>
                    }).collect_view()}
                </select>
                <FieldError result field="focal_language" />
            </div>
        </fieldset>
    }
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let action = ServerAction::<ApplyForMembership>::new();
    let result = Signal::derive(move || action.value().get());
    let submitted = query_param("submitted");
    view! {
        <Title text=tr!("apply-title") />
        <h1>{tr!("apply-title")}</h1>
        {move || match submitted.get() {
            Some(_) => view! {
                <div class="alert alert-success" role="status">
                    <p>{tr!("apply-received")}</p>
                    <p><a href="/members">{tr!("directory-title")}</a></p>
                </div>
            }.into_any(),
            None => view! {
                <p class="lead">{tr!("apply-lead")}</p>
                <ActionForm action=action attr:class="form application-form" attr:novalidate=true>
                    <FormError result />
                    <ProfileFields result />
                    <fieldset>
                        <legend>{tr!("field-motivation")}</legend>
                        <label for="app-motivation">{tr!("hint-motivation")}</label>
                        <textarea id="app-motivation" name="application[motivation]" rows="6" required></textarea>
                        <FieldError result field="motivation" />
                    </fieldset>
                    <button type="submit" class="button">{tr!("apply-submit")}</button>
                </ActionForm>
            }.into_any(),
        }}
    }
}

/// The profile form, for the member's focal point and the secretariat.
#[component]
pub fn ProfileEditPage() -> impl IntoView {
    let id = id_param("id");
    let profile = Resource::new(id, get_member_profile);
    let current_user = expect_context::<crate::ui::CurrentUserResource>();
    let action = ServerAction::<UpdateMemberProfile>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("profile-edit-title") />
        <h1>{tr!("profile-edit-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let secretariat = matches!(current_user.await, Ok(Some(ref u)) if u.role == crate::identity::Role::Secretariat);
                match profile.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(current) => {
                        let id = current.id;
                        view! {
                            <p class="lead">{current.official_name.clone()} " · " <span dir="ltr">{current.latin_name.clone()}</span></p>
                            <ActionForm action=action attr:class="form application-form" attr:novalidate=true>
                                <FormError result />
                                <input type="hidden" name="id" value=id />
                                <ProfileFields result current identity_fixed=!secretariat />
                                <button type="submit" class="button">{tr!("profile-save")}</button>
                            </ActionForm>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    let state = query_param("state");
    let applications = Resource::new(move || state.get().unwrap_or_else(|| "pending".into()), list_applications);
    let lang = use_lang();
    view! {
        <Title text=tr!("applications-title") />
        <h1>{tr!("applications-title")}</h1>
        <p><a href="/secretariat/members.csv" rel="external" download>{tr!("members-csv")}</a></p>
        <nav class="tabs" aria-label=tr!("applications-filter")>
            {["pending", "info_requested", "approved", "rejected", "all"].into_iter().map(|s| {
                let label = ReviewState::parse(s).map(|r| tr_key(r.label_key())).unwrap_or_else(|| tr!("filter-any"));
                let current = move || state.get().unwrap_or_else(|| "pending".into()) == s;
                view! { <a href=format!("?state={s}") aria-current=move || current().then_some("page")>{label}</a> }
            }).collect_view()}
        </nav>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match applications.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p>{tr!("applications-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <div class="table-scroll">
                            <table class="data-table" data-testid="applications-table">
                                <thead><tr>
                                    <th scope="col">{tr!("applications-submitted")}</th>
                                    <th scope="col">{tr!("field-official-name")}</th>
                                    <th scope="col">{tr!("field-country")}</th>
                                    <th scope="col">{tr!("field-kind")}</th>
                                    <th scope="col">{tr!("accounts-status")}</th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|a| view! {
                                        <tr>
                                            <td dir="ltr">{a.submitted_on}</td>
                                            <td>
                                                <a href=format!("/secretariat/applications/{}", a.id)>{a.official_name}</a>
                                                <div class="secondary" dir="ltr">{a.latin_name}</div>
                                            </td>
                                            <td>{country_name(&a.country, lang).unwrap_or_default()}</td>
                                            <td>{tr_key(a.kind.label_key())}</td>
                                            <td>{tr_key(a.review_state.label_key())}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
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
        <p><a href="/secretariat/applications">{tr!("applications-title")}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match application.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(a) => {
                        let open = matches!(a.review_state, ReviewState::Pending | ReviewState::InfoRequested);
                        view! {
                            <h1>{a.official_name.clone()}</h1>
                            <p class="lead" dir="ltr">{a.latin_name.clone()}</p>
                            <p><a href=format!("/members/{}/edit", a.id)>{tr!("profile-edit-application")}</a></p>
                            <p class="badge" data-testid="review-state">{tr_key(a.review_state.label_key())}</p>
                            {a.decision_reason.clone().map(|reason| view! {
                                <p><strong>{tr!("review-reason")} ": "</strong>{reason}</p>
                            })}
                            <dl class="details">
                                <dt>{tr!("field-kind")}</dt><dd>{tr_key(a.kind.label_key())}</dd>
                                <dt>{tr!("field-country")}</dt><dd>{country_name(&a.country, lang).unwrap_or_default()}
                                    " · " {if is_palestinian(&a.country) { tr!("origin-palestinian") } else { tr!("origin-international") }}</dd>
                                <dt>{tr!("field-region")}</dt><dd>{a.region.clone().unwrap_or_default()}</dd>
                                <dt>{tr!("field-population")}</dt><dd dir="ltr">{a.population.map(|p| p.to_string()).unwrap_or_default()}</dd>
                                <dt>{tr!("field-website")}</dt><dd dir="ltr">{a.website.clone().unwrap_or_default()}</dd>
                                <dt>{tr!("apply-head")}</dt><dd>{a.head_name.clone()} " — " {a.head_title.clone()}</dd>
                                <dt>{tr!("apply-focal")}</dt><dd>{a.focal_name.clone()} " · " <span dir="ltr">{a.focal_email.clone()} " · " {a.focal_phone.clone()}</span> " · " {a.focal_language.native_name()}</dd>
                                <dt>{tr!("applications-submitted")}</dt><dd dir="ltr">{a.submitted_on.clone()}</dd>
                            </dl>
                            <h2>{tr!("field-motivation")}</h2>
                            <p class="motivation">{a.motivation.clone()}</p>
                            {open.then(|| view! {
                                <section class="panel">
                                    <h2>{tr!("review-decide")}</h2>
                                    <ActionForm action=decide attr:class="form" attr:novalidate=true>
                                        <FormError result />
                                        <input type="hidden" name="id" value=a.id />
                                        <fieldset class="choices">
                                            <legend>{tr!("review-decision")}</legend>
                                            <label><input type="radio" name="decision" value="approve" checked /> {tr!("review-approve")}</label>
                                            <label><input type="radio" name="decision" value="request_information" /> {tr!("review-request-info")}</label>
                                            <label><input type="radio" name="decision" value="reject" /> {tr!("review-reject")}</label>
                                        </fieldset>
                                        <FieldError result field="decision" />
                                        <label for="reason">{tr!("review-reason")}</label>
                                        <p class="hint">{tr!("hint-reason")}</p>
                                        <textarea id="reason" name="reason" rows="4" required></textarea>
                                        <FieldError result field="reason" />
                                        <button type="submit" class="button">{tr!("review-submit")}</button>
                                    </ActionForm>
                                </section>
                            })}
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

fn member_line(entry: DirectoryEntry, lang: Lang) -> impl IntoView {
    let name = entry.display_name(lang).to_string();
    let secondary = [entry.official_name.as_str(), entry.latin_name.as_str()]
        .into_iter()
        .filter(|n| *n != name)
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="member-card">
            <h2><a href=format!("/members/{}", entry.id)>{name}</a></h2>
            {(!secondary.is_empty()).then(|| view! { <p class="secondary">{secondary}</p> })}
            <p class="meta">
                {country_name(&entry.country, lang).unwrap_or_default()}
                {entry.region.clone().map(|r| format!(" · {r}"))}
                " · " {tr_key(entry.kind.label_key())}
                {entry.member_since.clone().map(|d| view! { " · " {tr!("member-since")} " " <span dir="ltr">{d}</span> })}
            </p>
        </li>
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let (q, country, kind, origin, sort, page) = (
        query_param("q"),
        query_param("country"),
        query_param("kind"),
        query_param("origin"),
        query_param("sort"),
        query_param("page"),
    );
    let query = Memo::new(move |_| DirectoryQuery {
        q: q.get().unwrap_or_default(),
        country: country.get().unwrap_or_default(),
        kind: kind.get().unwrap_or_default(),
        origin: origin.get().unwrap_or_default(),
        sort: sort.get().unwrap_or_default(),
        page: page.get().and_then(|p| p.parse().ok()).unwrap_or(0),
    });
    let results = Resource::new(move || query.get(), search_directory);
    let lang = use_lang();
    let current = query.get_untracked();
    view! {
        <Title text=tr!("directory-title") />
        <h1>{tr!("directory-title")}</h1>
        <p class="lead">{tr!("directory-lead")} " " <a href="/membership/apply">{tr!("apply-title")}</a></p>
        <p><a href="/members.json" rel="external">{tr!("directory-json")}</a></p>
        // A GET form: searching works without JavaScript and results can be linked to.
        <form method="get" class="form filter-bar" role="search">
            <div>
                <label for="dir-q">{tr!("directory-search")}</label>
                <input id="dir-q" name="q" type="search" value=current.q.clone() />
            </div>
            <div>
                <label for="dir-country">{tr!("field-country")}</label>
                <select id="dir-country" name="country">
                    <option value="">{tr!("filter-any")}</option>
                    {countries_by_name(lang).iter().map(|&(code, name)| view! {
                        <option value=code selected=current.country == code>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            <div>
                <label for="dir-kind">{tr!("field-kind")}</label>
                <select id="dir-kind" name="kind">
                    <option value="">{tr!("filter-any")}</option>
                    {AuthorityKind::ALL.iter().copied().map(|k| view! {
                        <option value=k.as_str() selected=current.kind == k.as_str()>{tr_key(k.label_key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div>
                <label for="dir-origin">{tr!("directory-origin")}</label>
                <select id="dir-origin" name="origin">
                    <option value="">{tr!("filter-any")}</option>
                    <option value="palestinian" selected=current.origin == "palestinian">{tr!("origin-palestinian")}</option>
                    <option value="international" selected=current.origin == "international">{tr!("origin-international")}</option>
                </select>
            </div>
            <div>
                <label for="dir-sort">{tr!("directory-sort")}</label>
                <select id="dir-sort" name="sort">
                    <option value="name">{tr!("sort-name")}</option>
                    <option value="newest" selected=current.sort == "newest">{tr!("sort-newest")}</option>
                </select>
            </div>
            <button type="submit" class="button">{tr!("directory-search-submit")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match results.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(found) => {
                        let current = query.get_untracked();
                        let href = move |page: u64| format!(
                            "?q={}&country={}&kind={}&origin={}&sort={}&page={page}",
                            current.q, current.country, current.kind, current.origin, current.sort
                        );
                        view! {
                            <p data-testid="directory-count">{tr!("directory-count", { "count" => found.total })}</p>
                            <ol class="member-list" data-testid="directory">
                                {found.entries.into_iter().map(|e| member_line(e, lang)).collect_view()}
                            </ol>
                            <Pager page=found.page has_more=found.has_more href />
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn MemberPage() -> impl IntoView {
    let id = id_param("id");
    let standing = ServerAction::<ChangeMemberStanding>::new();
    let member = Resource::new(move || (id(), standing.version().get()), |(id, _)| get_member(id));
    let current_user = expect_context::<crate::ui::CurrentUserResource>();
    let issue = ServerAction::<IssueCertificate>::new();
    let issued = Signal::derive(move || issue.value().get());
    let saved = query_param("saved");
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let user = current_user.await.ok().flatten();
                match member.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(m) => {
                        let name = m.entry.display_name(lang).to_string();
                        let member_id = m.entry.id;
                        let secretariat = user.as_ref().is_some_and(|u| u.role == crate::identity::Role::Secretariat);
                        let may_edit = secretariat || user.as_ref().is_some_and(|u| u.member_id == Some(member_id));
                        view! {
                            <Title text=name.clone() />
                            <p><a href="/members">{tr!("directory-title")}</a></p>
                            {saved.get().map(|_| view! { <p class="alert alert-success" role="status">{tr!("profile-saved")}</p> })}
                            <h1>{name}</h1>
                            <p class="lead">{m.entry.official_name.clone()} " · " <span dir="ltr">{m.entry.latin_name.clone()}</span></p>
                            {may_edit.then(|| view! {
                                <p class="no-print"><a class="button button-secondary" href=format!("/members/{member_id}/edit")>{tr!("profile-edit")}</a></p>
                            })}
                            <dl class="details">
                                <dt>{tr!("field-kind")}</dt><dd>{tr_key(m.entry.kind.label_key())}</dd>
                                <dt>{tr!("field-country")}</dt><dd>{country_name(&m.entry.country, lang).unwrap_or_default()}
                                    {m.entry.region.clone().map(|r| format!(" · {r}"))}</dd>
                                <dt>{tr!("apply-head")}</dt><dd data-testid="member-head">{m.head_name.clone()} " — " {m.head_title.clone()}</dd>
                                {m.population.map(|p| view! { <dt>{tr!("field-population")}</dt><dd dir="ltr">{p}</dd> })}
                                {m.website.clone().map(|w| view! { <dt>{tr!("field-website")}</dt><dd dir="ltr"><a href=w.clone() rel="external nofollow">{w.clone()}</a></dd> })}
                                <dt>{tr!("member-since")}</dt><dd dir="ltr">{m.entry.member_since.clone().unwrap_or_default()}</dd>
                                <dt>{tr!("member-standing")}</dt><dd data-testid="member-standing">{tr_key(m.status.label_key())}
                                    {m.in_good_standing.then(|| view! { " · " {tr!("member-good-standing")} })}</dd>
                            </dl>
                            {(!m.standing_history.is_empty()).then(|| view! {
                                <section>
                                    <h2>{tr!("standing-history")}</h2>
                                    <ul class="history" data-testid="standing-history">
                                        {m.standing_history.clone().into_iter().map(|event| view! {
                                            <li>
                                                <strong>{tr_key(event.status.label_key())}</strong> " · "
                                                <span dir="ltr">{event.effective_on}</span>
                                                {event.reason.map(|r| view! { " — " {r} })}
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                </section>
                            })}
                            {(may_edit && m.in_good_standing).then(|| view! {
                                <ActionForm action=issue attr:class="form no-print">
                                    <FormError result=issued />
                                    <input type="hidden" name="member_id" value=member_id />
                                    <input type="hidden" name="language" value=lang.code() />
                                    <button type="submit" class="button">{tr!("certificate-issue")}</button>
                                </ActionForm>
                            })}
                            {m.focal_contact.map(|c| view! {
                                <section class="panel">
                                    <h2>{tr!("apply-focal")}</h2>
                                    <p>{c.name} <br /> <span dir="ltr">{c.email} " · " {c.phone}</span></p>
                                </section>
                            })}
                            {secretariat.then(|| view! { <StandingForm action=standing member_id status=m.status /> })}
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The secretariat's form to suspend, withdraw or reinstate a member.
#[component]
fn StandingForm(action: ServerAction<ChangeMemberStanding>, member_id: i32, status: MemberStatus) -> impl IntoView {
    let result = Signal::derive(move || action.value().get());
    let choices = StatusChange::allowed_from(status);
    view! {
        <section class="panel no-print">
            <h2>{tr!("standing-change")}</h2>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <FormError result />
                <input type="hidden" name="member_id" value=member_id />
                <fieldset class="choices">
                    <legend>{tr!("standing-change-choice")}</legend>
                    {choices.iter().enumerate().map(|(i, change)| view! {
                        <label><input type="radio" name="change" value=change.as_str() checked=i == 0 /> {tr_key(change.label_key())}</label>
                    }).collect_view()}
                </fieldset>
                <FieldError result field="change" />
                <label for="standing-date">{tr!("standing-effective")}</label>
                <p class="hint">{tr!("hint-standing-effective")}</p>
                <input id="standing-date" name="effective_on" type="date" dir="ltr" />
                <FieldError result field="effective_on" />
                <label for="standing-reason">{tr!("review-reason")}</label>
                <p class="hint">{tr!("hint-standing-reason")}</p>
                <textarea id="standing-reason" name="reason" rows="3" required></textarea>
                <FieldError result field="reason" />
                <button type="submit" class="button">{tr!("standing-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// The certificate, printable on A4, and at the same address its public verification.
#[component]
pub fn CertificatePage() -> impl IntoView {
    let params = use_params_map();
    let certificate = Resource::new(move || params.with(|p| p.get("code")).unwrap_or_default(), get_certificate);
    let lang = use_lang();
    view! {
        <Title text=tr!("certificate-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match certificate.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(c) => {
                        let active = c.status == super::MemberStatus::Active;
                        let name = c.member.display_name(lang).to_string();
                        let country = country_name(&c.member.country, lang).unwrap_or_default().to_string();
                        view! {
                            <p class=if active { "alert alert-success no-print" } else { "alert alert-warning no-print" } role="status" data-testid="verification">
                                {if active { tr!("certificate-genuine") } else { tr!("certificate-not-active") }}
                                " " {tr!("certificate-print-hint")}
                            </p>
                            <article class="certificate print-page" data-testid="certificate">
                                <p class="certificate-network">"Sumud"</p>
                                <h1>{tr!("certificate-title")}</h1>
                                <p class="certificate-body">{tr!("certificate-body", {
                                    "name" => name.clone(),
                                    "country" => country.clone(),
                                    "since" => c.member.member_since.clone().unwrap_or_default(),
                                })}</p>
                                <p class="certificate-names">{c.member.official_name.clone()} " · " <span dir="ltr">{c.member.latin_name.clone()}</span></p>
                                <dl class="certificate-meta">
                                    <dt>{tr!("certificate-number")}</dt><dd dir="ltr">{c.number}</dd>
                                    <dt>{tr!("certificate-issued")}</dt><dd dir="ltr">{c.issued_on.clone()}</dd>
                                    <dt>{tr!("certificate-verify")}</dt><dd dir="ltr"><a href=c.verify_url.clone()>{c.verify_url.clone()}</a></dd>
                                </dl>
                            </article>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
