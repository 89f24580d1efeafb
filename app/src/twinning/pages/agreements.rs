//! The registry of agreements (`/twinning`), an agreement's page with its stages, the agreement
//! form, and the list a member's page shows.
use super::documents::documents_section;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::membership::country_name;
use crate::resolutions::pages::ThemeFilter;
use crate::tr;
use crate::twinning::api::{
    get_agreement, get_agreement_form, list_agreements, member_agreements, ProposeAgreement, RecordAgreementStage,
    RemoveAgreementDocument, UpdateAgreement, ValidateAgreement,
};
use crate::twinning::routes::{
    agreement, edit_agreement, AGREEMENTS, AGREEMENTS_CSV, AGREEMENTS_JSON, MAP, NEW_AGREEMENT, PROJECTS, VISITS,
};
use crate::twinning::{
    AgreementForm, AgreementKind, AgreementQuery, AgreementStage, AgreementSummary, PartyView, PARTY_FIELDS,
};
use crate::ui::{
    choice_options, id_param, percent_encode, query_param, tr_key, use_lang, ErrorPanel, FormError, FormResult,
    MediumDate, NumberedPager, RequireRole, SelectField, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

fn stage_badge(stage: AgreementStage) -> impl IntoView {
    view! {
        <span class=format!("badge state-{}", stage.as_str()) data-testid="agreement-stage">
            {tr_key(stage.label_key())}
        </span>
    }
}

/// The parties' names, each in its own direction.
fn party_names(parties: &[PartyView], lang: Lang) -> impl IntoView {
    let count = parties.len();
    parties
        .iter()
        .enumerate()
        .map(|(i, party)| {
            view! {
                <bdi>{party.shown_name(lang).to_string()}</bdi>
                {(i + 1 < count).then_some(" – ")}
            }
        })
        .collect_view()
}

fn agreement_card(summary: AgreementSummary, lang: Lang) -> impl IntoView {
    view! {
        <li class="member-card text-card" data-testid="agreement">
            <p class="eyebrow">
                {tr_key(summary.kind.label_key())} " " {stage_badge(summary.stage)}
                {(!summary.validated)
                    .then(|| {
                        view! {
                            " "
                            <span class="badge state-draft" data-testid="awaiting-validation">
                                {tr!("agreement-awaiting")}
                            </span>
                        }
                    })}
            </p>
            <h2>
                <a href=agreement(summary.id) lang=summary.language.code() dir=summary.language.dir()>
                    {summary.title.clone()}
                </a>
            </h2>
            <p>{party_names(&summary.parties, lang)}</p>
            <p class="secondary">{tr_key(summary.stage.label_key())} " · " <MediumDate date=summary.stage_on /></p>
        </li>
    }
}

#[component]
pub fn AgreementsPage() -> impl IntoView {
    let (kind, theme, stage, review, page) =
        (query_param("kind"), query_param("theme"), query_param("stage"), query_param("review"), query_param("page"));
    let query = Memo::new(move |_| AgreementQuery {
        kind: kind.get().unwrap_or_default(),
        theme: theme.get().unwrap_or_default(),
        stage: stage.get().unwrap_or_default(),
        review: review.get().unwrap_or_default(),
        page: page.get().and_then(|p| p.parse().ok()).unwrap_or(0),
    });
    let results = Resource::new(move || query.get(), list_agreements);
    let lang = use_lang();
    view! {
        <Title text=tr!("agreements-title") />
        <h1>{tr!("agreements-title")}</h1>
        <p class="lead">{tr!("agreements-lead")}</p>
        <p>
            <a href=MAP data-testid="map-link-page">
                {tr!("map-title")}
            </a>
            " · "
            <a href=PROJECTS data-testid="projects-link">
                {tr!("projects-title")}
            </a>
            " · "
            <a href=VISITS data-testid="visits-link">
                {tr!("visits-title")}
            </a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match results.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(found) => {
                        let current = query.get_untracked();
                        let href = {
                            let current = current.clone();
                            move |page: u64| {
                                format!(
                                    "?kind={}&theme={}&stage={}&review={}&page={page}",
                                    percent_encode(&current.kind),
                                    percent_encode(&current.theme),
                                    percent_encode(&current.stage),
                                    percent_encode(&current.review),
                                )
                            }
                        };
                        let filters = format!(
                            "kind={}&theme={}&stage={}&review={}&lang={}",
                            percent_encode(&current.kind),
                            percent_encode(&current.theme),
                            percent_encode(&current.stage),
                            percent_encode(&current.review),
                            lang.code(),
                        );
                        view! {
                            {found
                                .may_propose
                                .then(|| {
                                    view! {
                                        <p class="button-row">
                                            <a class="button" href=NEW_AGREEMENT data-testid="new-agreement">
                                                {tr!("agreement-new")}
                                            </a>
                                            <a
                                                class="button button-secondary"
                                                href=format!("{AGREEMENTS}?review=awaiting")
                                            >
                                                {tr!("agreements-awaiting")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <form method="get" class="form filter-bar" role="search">
                                <div>
                                    <label for="agreements-kind">{tr!("agreement-kind")}</label>
                                    <select id="agreements-kind" name="kind">
                                        <option value="">{tr!("filter-any")}</option>
                                        {choice_options(AgreementKind::ALL, AgreementKind::parse(&current.kind))}
                                    </select>
                                </div>
                                <ThemeFilter
                                    id="agreements-theme"
                                    themes=found.themes.clone()
                                    chosen=current.theme.clone()
                                    lang=lang
                                />
                                <div>
                                    <label for="agreements-stage">{tr!("agreement-stage")}</label>
                                    <select id="agreements-stage" name="stage">
                                        <option value="">{tr!("filter-any")}</option>
                                        {choice_options(AgreementStage::ALL, AgreementStage::parse(&current.stage))}
                                    </select>
                                </div>
                                <input type="hidden" name="review" value=current.review.clone() />
                                <button type="submit" class="button">
                                    {tr!("texts-filter-submit")}
                                </button>
                            </form>
                            <p data-testid="agreements-count">{tr!("agreements-count", { "count" => found.total })}</p>
                            <p class="no-print">
                                {tr!("agreements-download")} " "
                                <a
                                    href=format!("{AGREEMENTS_CSV}?{filters}")
                                    rel="external"
                                    data-testid="agreements-csv"
                                >
                                    "CSV"
                                </a> " · "
                                <a
                                    href=format!("{AGREEMENTS_JSON}?{filters}")
                                    rel="external"
                                    data-testid="agreements-json"
                                >
                                    "JSON"
                                </a>
                            </p>
                            <ol class="member-list" data-testid="agreements">
                                {found.agreements.into_iter().map(|a| agreement_card(a, lang)).collect_view()}
                            </ol>
                            <NumberedPager page=found.page pages=found.pages href />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn AgreementPageView() -> impl IntoView {
    let id = id_param("id");
    let stage_action = ServerAction::<RecordAgreementStage>::new();
    let validate_action = ServerAction::<ValidateAgreement>::new();
    let remove_action = ServerAction::<RemoveAgreementDocument>::new();
    let found = Resource::new(
        move || (id(), stage_action.version().get(), validate_action.version().get(), remove_action.version().get()),
        |(id, ..)| get_agreement(id),
    );
    let (upload_error, upload_title) = (query_param("error"), query_param("title"));
    let staged = Signal::derive(move || stage_action.value().get());
    let validated = Signal::derive(move || validate_action.value().get());
    let saved = query_param("saved");
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match found.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => {
                        let a = page.summary.clone();
                        let id = a.id;
                        let (title_lang, title_dir) = (a.language.code(), a.language.dir());
                        let next_stages: Vec<AgreementStage> = AgreementStage::ALL
                            .iter()
                            .copied()
                            .filter(|s| a.stage.may_become(*s))
                            .collect();
                        view! {
                            <Title text=a.title.clone() />
                            <p class="eyebrow">
                                <a href=AGREEMENTS>{tr!("agreements-title")}</a>
                            </p>
                            <h1 lang=title_lang dir=title_dir>
                                {a.title.clone()}
                            </h1>
                            {saved
                                .get_untracked()
                                .map(|_| {
                                    view! {
                                        <div class="alert alert-success" role="status">
                                            {tr!("agreement-saved")}
                                        </div>
                                    }
                                })}
                            {(!a.validated)
                                .then(|| {
                                    view! {
                                        <div class="alert" data-testid="awaiting-validation">
                                            {tr!("agreement-awaiting-note")}
                                        </div>
                                    }
                                })}
                            <dl class="facts">
                                <dt>{tr!("agreement-kind")}</dt>
                                <dd>{tr_key(a.kind.label_key())}</dd>
                                <dt>{tr!("agreement-stage")}</dt>
                                <dd>{stage_badge(a.stage)} " · " <MediumDate date=a.stage_on /></dd>
                                {page
                                    .signed_place
                                    .clone()
                                    .map(|place| {
                                        view! {
                                            <dt>{tr!("agreement-signed-place")}</dt>
                                            <dd>
                                                <bdi>{place}</bdi>
                                            </dd>
                                        }
                                    })}
                                {(!page.themes.is_empty())
                                    .then(|| {
                                        let names: Vec<String> = page
                                            .themes
                                            .iter()
                                            .map(|t| t.name(lang).to_string())
                                            .collect();
                                        view! {
                                            <dt>{tr!("text-themes")}</dt>
                                            <dd data-testid="agreement-themes">{names.join(" · ")}</dd>
                                        }
                                    })}
                            </dl>
                            {(!page.text.is_empty())
                                .then(|| {
                                    view! {
                                        <section>
                                            <h2>{tr!("agreement-summary")}</h2>
                                            <p class="prose" lang=title_lang dir=title_dir>
                                                {page.text.clone()}
                                            </p>
                                        </section>
                                    }
                                })}
                            <section>
                                <h2>{tr!("agreement-parties")}</h2>
                                <ul class="history" data-testid="agreement-parties">
                                    {a
                                        .parties
                                        .iter()
                                        .map(|party| {
                                            let name = party.shown_name(lang).to_string();
                                            let link = party
                                                .member
                                                .as_ref()
                                                .map(|m| crate::membership::routes::member(m.id));
                                            let country = party
                                                .member
                                                .as_ref()
                                                .map_or(party.country.as_str(), |m| m.country.as_str());
                                            let country = country_name(country, lang).unwrap_or_default();
                                            let signatory = party
                                                .signatory_name
                                                .clone()
                                                .map(|who| {
                                                    let title = party.signatory_title.clone().unwrap_or_default();
                                                    view! {
                                                        <br />
                                                        {tr!("agreement-signed-by")}
                                                        " "
                                                        <bdi>{who}</bdi>
                                                        {(!title.is_empty())
                                                            .then(|| {
                                                                view! {
                                                                    ", "
                                                                    <bdi>{title}</bdi>
                                                                }
                                                            })}
                                                    }
                                                });
                                            view! {
                                                <li>
                                                    <strong>
                                                        {match link {
                                                            Some(href) => {
                                                                view! {
                                                                    <a href=href>
                                                                        <bdi>{name}</bdi>
                                                                    </a>
                                                                }
                                                                    .into_any()
                                                            }
                                                            None => view! { <bdi>{name}</bdi> }.into_any(),
                                                        }}
                                                    </strong>
                                                    " · "
                                                    {country}
                                                    {signatory}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                            <section>
                                <h2>{tr!("agreement-stages")}</h2>
                                <ol class="history" data-testid="agreement-stages">
                                    {page
                                        .stages
                                        .iter()
                                        .map(|s| {
                                            view! {
                                                <li>
                                                    <strong>{tr_key(s.stage.label_key())}</strong>
                                                    " · "
                                                    <MediumDate date=s.reached_on />
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            </section>
                            {documents_section(
                                id,
                                page.documents.clone(),
                                page.may_edit,
                                remove_action,
                                (upload_error.get_untracked(), upload_title.get_untracked()),
                            )}
                            {page
                                .may_validate
                                .then(|| {
                                    view! {
                                        <ActionForm action=validate_action attr:class="form no-print">
                                            <FormError result=validated />
                                            <input type="hidden" name="id" value=id />
                                            <input type="hidden" name="version" value=page.version />
                                            <button type="submit" class="button" data-testid="validate-agreement">
                                                {tr!("agreement-validate")}
                                            </button>
                                        </ActionForm>
                                    }
                                })}
                            {(page.may_edit && !next_stages.is_empty())
                                .then(|| {
                                    view! {
                                        <ActionForm
                                            action=stage_action
                                            attr:class="form form-grid no-print"
                                            attr:novalidate=true
                                        >
                                            <h2>{tr!("agreement-record-stage")}</h2>
                                            <FormError result=staged prefix="st" />
                                            <input type="hidden" name="id" value=id />
                                            <SelectField
                                                result=staged
                                                id="st-stage".to_string()
                                                name="stage".to_string()
                                                field="stage"
                                                label=tr!("agreement-stage")
                                                required=true
                                            >
                                                {choice_options(&next_stages, None)}
                                            </SelectField>
                                            <TextInput
                                                result=staged
                                                prefix="st"
                                                field="reached_on"
                                                kind="date"
                                                label=tr!("agreement-reached-on")
                                                required=true
                                            />
                                            <button type="submit" class="button" data-testid="record-stage">
                                                {tr!("agreement-record-stage")}
                                            </button>
                                        </ActionForm>
                                    }
                                })}
                            {page
                                .may_edit
                                .then(|| {
                                    view! {
                                        <p class="no-print">
                                            <a href=edit_agreement(id) data-testid="edit-agreement">
                                                {tr!("agreement-edit")}
                                            </a>
                                        </p>
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

/// One party's slot of the form: a member, or another city or body, and who signed for it.
#[component]
fn PartyFieldset(result: FormResult, index: usize, form: AgreementForm) -> impl IntoView {
    let current = form.current.parties.get(index).cloned().unwrap_or_default();
    let [member_f, name_f, latin_f, country_f, signatory_f, title_f] = PARTY_FIELDS[index];
    let posts = move |field: &str| Some(format!("agreement[parties][{index}][{field}]"));
    let lang = use_lang();
    let country = current.country.clone();
    view! {
        <fieldset class="party" data-testid=format!("party-{}", index + 1)>
            <legend>{tr!("agreement-party", { "number" => index + 1 })}</legend>
            <SelectField
                result
                id=format!("ag-{member_f}")
                name=format!("agreement[parties][{index}][member]")
                field=member_f
                label=tr!("agreement-party-member")
                hint=Some(tr!("hint-agreement-party-member"))
            >
                <option value="">{tr!("agreement-party-other")}</option>
                {crate::ui::id_options(&form.members, &current.member)}
            </SelectField>
            <TextInput
                result
                prefix="ag"
                field=name_f
                posts_as=posts("name")
                label=tr!("agreement-party-name")
                value=Some(current.name.clone())
            />
            <TextInput
                result
                prefix="ag"
                field=latin_f
                posts_as=posts("latin_name")
                label=tr!("agreement-party-latin-name")
                dir=Some("ltr")
                value=Some(current.latin_name.clone())
            />
            <SelectField
                result
                id=format!("ag-{country_f}")
                name=format!("agreement[parties][{index}][country]")
                field=country_f
                label=tr!("field-country")
            >
                <option value="">{tr!("choose-option")}</option>
                {crate::membership::countries_by_name(lang)
                    .iter()
                    .map(|&(code, name)| {
                        view! {
                            <option value=code selected=country == code>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
            <TextInput
                result
                prefix="ag"
                field=signatory_f
                posts_as=posts("signatory_name")
                label=tr!("agreement-signatory-name")
                autocomplete=Some("off")
                value=Some(current.signatory_name.clone())
            />
            <TextInput
                result
                prefix="ag"
                field=title_f
                posts_as=posts("signatory_title")
                label=tr!("agreement-signatory-title")
                value=Some(current.signatory_title.clone())
            />
        </fieldset>
    }
}

/// The agreement's fields: what it is, its themes, its parties.
#[component]
fn AgreementFormFields(result: FormResult, form: AgreementForm, new: bool) -> impl IntoView {
    let current = form.current.clone();
    let kind = AgreementKind::parse(&current.kind);
    let language = current.language.clone();
    view! {
        <SelectField
            result
            id="ag-kind".to_string()
            name="agreement[kind]".to_string()
            field="kind"
            label=tr!("agreement-kind")
            required=true
        >
            <option value="">{tr!("choose-option")}</option>
            {choice_options(AgreementKind::ALL, kind)}
        </SelectField>
        <TextInput
            result
            group="agreement"
            prefix="ag"
            field="title"
            label=tr!("agreement-title")
            hint=Some(tr!("hint-agreement-title"))
            required=true
            value=Some(current.title.clone())
        />
        <SelectField
            result
            id="ag-language".to_string()
            name="agreement[language]".to_string()
            field="language"
            label=tr!("agreement-language")
            required=true
        >
            {[Lang::Ar, Lang::En, Lang::Fr]
                .into_iter()
                .map(|l| {
                    view! {
                        <option value=l.code() selected=language == l.code()>
                            {l.native_name()}
                        </option>
                    }
                })
                .collect_view()}
        </SelectField>
        <TextArea
            result
            id="ag-summary".to_string()
            name="agreement[summary]".to_string()
            field="summary"
            label=tr!("agreement-summary")
            hint=Some(tr!("hint-agreement-summary"))
            rows=5
            value=current.summary.clone()
            wide=true
        />
        {new
            .then(|| {
                view! {
                    <TextInput
                        result
                        group="agreement"
                        prefix="ag"
                        field="proposed_on"
                        kind="date"
                        label=tr!("agreement-proposed-on")
                        hint=Some(tr!("hint-agreement-proposed-on"))
                        value=Some(current.proposed_on.clone())
                    />
                }
            })}
        <TextInput
            result
            group="agreement"
            prefix="ag"
            field="signed_place"
            label=tr!("agreement-signed-place")
            value=Some(current.signed_place.clone())
        />
        <crate::resolutions::pages::ThemeChoices
            result
            group="agreement"
            prefix="ag"
            themes=form.themes.clone()
            chosen=current.themes.clone()
        />
        <div id="ag-parties" tabindex="-1">
            <h2>{tr!("agreement-parties")}</h2>
            <p class="hint">{tr!("hint-agreement-parties")}</p>
            <crate::ui::FieldError result field="parties" />
            {(0..crate::twinning::PARTY_SLOTS)
                .map(|index| view! { <PartyFieldset result index form=form.clone() /> })
                .collect_view()}
        </div>
    }
}

/// The frame of twinning's forms (agreements, projects, visits; new or changed): for the
/// secretariat and focal points, once the form's values and choices are there.
pub(super) fn party_form_frame<T: Clone + Send + Sync + 'static>(
    form: Resource<Result<T, crate::error::AppError>>,
    body: impl Fn(T) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    // Copied into each render of the children, which may run more than once.
    let body = StoredValue::new(body);
    view! {
        <RequireRole roles=&[Role::Secretariat, Role::FocalPoint]>
            <Suspense fallback=|| ()>
                {move || {
                    let body = body.get_value();
                    Suspend::new(async move {
                        match form.await {
                            Err(error) => view! { <ErrorPanel error /> }.into_any(),
                            Ok(form) => body(form),
                        }
                    })
                }}
            </Suspense>
        </RequireRole>
    }
}

#[component]
pub fn NewAgreementPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| get_agreement_form(0));
    let action = ServerAction::<ProposeAgreement>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("agreement-new") />
        <h1>{tr!("agreement-new")}</h1>
        <p class="lead">{tr!("agreement-new-lead")}</p>
        {party_form_frame(
            form,
            move |form| {
                view! {
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormError result prefix="ag" />
                        <AgreementFormFields result form new=true />
                        <button type="submit" class="button" data-testid="save-agreement">
                            {tr!("agreement-propose")}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            },
        )}
    }
}

#[component]
pub fn EditAgreementPage() -> impl IntoView {
    let id = id_param("id");
    let form = Resource::new(id, get_agreement_form);
    let action = ServerAction::<UpdateAgreement>::new();
    let result = Signal::derive(move || action.value().get());
    view! {
        <Title text=tr!("agreement-edit") />
        <h1>{tr!("agreement-edit")}</h1>
        {party_form_frame(
            form,
            move |form| {
                let awaiting = form.own_member.is_some();
                view! {
                    {awaiting.then(|| view! { <p class="lead">{tr!("agreement-edit-lead")}</p> })}
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormError result prefix="ag" />
                        <input type="hidden" name="id" value=id() />
                        <AgreementFormFields result form new=false />
                        <button type="submit" class="button" data-testid="save-agreement">
                            {tr!("agreement-save")}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            },
        )}
    }
}

/// The agreements a member is party to, on its page.
#[component]
pub fn MemberAgreements(member_id: i32) -> impl IntoView {
    let found = Resource::new(move || member_id, member_agreements);
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let agreements = found.await.unwrap_or_default();
                view! {
                    <section data-testid="member-agreements">
                        <h2>{tr!("member-agreements")}</h2>
                        {if agreements.is_empty() {
                            view! { <p class="secondary">{tr!("member-agreements-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="member-list">
                                    {agreements.into_iter().map(|a| agreement_card(a, lang)).collect_view()}
                                </ol>
                            }
                                .into_any()
                        }}
                    </section>
                }
            })}
        </Suspense>
    }
}

/// The section the site adds to every member's page.
pub fn member_agreements_section(member_id: i32) -> AnyView {
    view! { <MemberAgreements member_id /> }.into_any()
}
