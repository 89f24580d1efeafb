//! A member's profile: editing it, and its public page with the secretariat's standing form.
use super::*;
use crate::domain::Choice;
use crate::membership::api::{
    get_member, get_member_profile, ChangeMemberStanding, IssueCertificate, UpdateMemberProfile,
};
use crate::membership::routes::{edit_member, DIRECTORY};
use crate::membership::{country_name, MemberStatus, StatusChange};
use crate::tr;
use crate::ui::{
    id_param, query_param, tr_key, use_lang, ErrorPanel, FormError, MediumDate, RadioGroup, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

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
                let secretariat = matches!(
                    current_user.await,
                    Ok(Some(ref u))
                    if u.role == crate::identity::Role::Secretariat
                );
                match profile.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(current) => {
                        let id = current.id;
                        view! {
                            <p class="lead">
                                {current.official_name.clone()} " · "
                                <span dir="ltr">{current.latin_name.clone()}</span>
                            </p>
                            <ActionForm action=action attr:class="form application-form" attr:novalidate=true>
                                <FormError result prefix="app" />
                                <input type="hidden" name="id" value=id />
                                <ProfileFields result current identity_fixed=!secretariat />
                                <button type="submit" class="button">
                                    {tr!("profile-save")}
                                </button>
                            </ActionForm>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// What other areas show on a member's page (twinning: its agreements), each from the member's
/// id; the site provides them, so that membership names no area above it.
#[derive(Clone, Copy)]
pub struct MemberPageSections(pub &'static [fn(i32) -> AnyView]);

#[component]
pub fn MemberPage() -> impl IntoView {
    let sections = use_context::<MemberPageSections>().map_or(&[][..], |s| s.0);
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
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(m) => {
                        let name = m.entry.display_name(lang).to_string();
                        let member_id = m.entry.id;
                        let secretariat = user.as_ref().is_some_and(|u| u.role == crate::identity::Role::Secretariat);
                        let may_edit = secretariat || user.as_ref().is_some_and(|u| u.member_id == Some(member_id));
                        view! {
                            <Title text=name.clone() />
                            <p>
                                <a href=DIRECTORY>{tr!("directory-title")}</a>
                            </p>
                            {saved
                                .get()
                                .map(|_| {
                                    view! {
                                        <p class="alert alert-success" role="status">
                                            {tr!("profile-saved")}
                                        </p>
                                    }
                                })}
                            <h1>{name}</h1>
                            <p class="lead">
                                {m.entry.official_name.clone()} " · "
                                <span dir="ltr">{m.entry.latin_name.clone()}</span>
                            </p>
                            {may_edit
                                .then(|| {
                                    view! {
                                        <p class="no-print">
                                            <a class="button button-secondary" href=edit_member(member_id)>
                                                {tr!("profile-edit")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <dl class="details">
                                <dt>{tr!("field-kind")}</dt>
                                <dd>{tr_key(m.entry.kind.label_key())}</dd>
                                <dt>{tr!("field-country")}</dt>
                                <dd>
                                    {country_name(&m.entry.country, lang).unwrap_or_default()}
                                    {m.entry.region.clone().map(|r| format!(" · {r}"))}
                                </dd>
                                <dt>{tr!("apply-head")}</dt>
                                <dd data-testid="member-head">{m.head_name.clone()} " — " {m.head_title.clone()}</dd>
                                {m
                                    .population
                                    .map(|p| {
                                        view! {
                                            <dt>{tr!("field-population")}</dt>
                                            <dd>
                                                <span dir="ltr">{p}</span>
                                            </dd>
                                        }
                                    })}
                                {m
                                    .website
                                    .clone()
                                    .map(|w| {
                                        view! {
                                            <dt>{tr!("field-website")}</dt>
                                            <dd>
                                                <span dir="ltr">
                                                    <a href=w.clone() rel="external nofollow">
                                                        {w.clone()}
                                                    </a>
                                                </span>
                                            </dd>
                                        }
                                    })}
                                <dt>{tr!("member-since")}</dt>
                                <dd>{m.entry.member_since.map(|date| view! { <MediumDate date /> })}</dd>
                                <dt>{tr!("member-standing")}</dt>
                                <dd data-testid="member-standing">
                                    {tr_key(m.status.label_key())}
                                    {m
                                        .in_good_standing
                                        .then(|| {
                                            view! {
                                                " · "
                                                {tr!("member-good-standing")}
                                            }
                                        })}
                                </dd>
                            </dl>
                            {(!m.standing_history.is_empty())
                                .then(|| {
                                    view! {
                                        <section>
                                            <h2>{tr!("standing-history")}</h2>
                                            <ul class="history" data-testid="standing-history">
                                                {m
                                                    .standing_history
                                                    .clone()
                                                    .into_iter()
                                                    .map(|event| {
                                                        view! {
                                                            <li>
                                                                <strong>{tr_key(event.status.label_key())}</strong>
                                                                " · "
                                                                <MediumDate date=event.effective_on />
                                                                {event
                                                                    .reason
                                                                    .map(|r| {
                                                                        view! {
                                                                            " — "
                                                                            {r}
                                                                        }
                                                                    })}
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </section>
                                    }
                                })}
                            {sections.iter().map(|section| section(member_id)).collect_view()}
                            {(may_edit && m.in_good_standing)
                                .then(|| {
                                    view! {
                                        <ActionForm action=issue attr:class="form no-print">
                                            <FormError result=issued />
                                            <input type="hidden" name="member_id" value=member_id />
                                            <input type="hidden" name="language" value=lang.code() />
                                            <button type="submit" class="button">
                                                {tr!("certificate-issue")}
                                            </button>
                                        </ActionForm>
                                    }
                                })}
                            {m
                                .focal_contact
                                .map(|c| {
                                    view! {
                                        <section class="panel">
                                            <h2>{tr!("apply-focal")}</h2>
                                            <p>{c.name} <br /> <span dir="ltr">{c.email} " · " {c.phone}</span></p>
                                        </section>
                                    }
                                })}
                            {secretariat.then(|| view! { <StandingForm action=standing member_id status=m.status /> })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The secretariat's form to suspend, withdraw or reinstate a member.
#[component]
pub(super) fn StandingForm(
    action: ServerAction<ChangeMemberStanding>,
    member_id: i32,
    status: MemberStatus,
) -> impl IntoView {
    let result = Signal::derive(move || action.value().get());
    let choices = StatusChange::allowed_from(status);
    view! {
        <section class="panel no-print">
            <h2>{tr!("standing-change")}</h2>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <FormError result />
                <input type="hidden" name="member_id" value=member_id />
                <RadioGroup result field="change" legend=tr!("standing-change-choice")>
                    {choices
                        .iter()
                        .enumerate()
                        .map(|(i, change)| {
                            view! {
                                <label>
                                    <input type="radio" name="change" value=change.as_str() checked=i == 0 />
                                    {tr_key(change.label_key())}
                                </label>
                            }
                        })
                        .collect_view()}
                </RadioGroup>
                <TextInput
                    result
                    prefix="standing"
                    field="effective_on"
                    label=tr!("standing-effective")
                    hint=Some(tr!("hint-standing-effective"))
                    kind="date"
                    dir=Some("ltr")
                />
                <TextArea
                    result
                    id="standing-reason".to_string()
                    name="reason".to_string()
                    field="reason"
                    label=tr!("review-reason")
                    hint=Some(tr!("hint-standing-reason"))
                    required=true
                />
                <button type="submit" class="button">
                    {tr!("standing-submit")}
                </button>
            </ActionForm>
        </section>
    }
}
