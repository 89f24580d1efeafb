//! Pages of the accounts area: sign in, password links, one's own account, the secretariat's
//! account list.
use super::api::{
    get_link_holder, list_accounts, take_fresh_link, InviteAccount, IssueAccountLink, RequestPasswordReset,
    SetPassword, SignIn, SignOutEverywhere,
};
use crate::accounts::routes::FORGOT_PASSWORD;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::tr;
use crate::ui::{
    choice_options, query_param, tr_key, CurrentUserResource, DataTable, ErrorPanel, FormError, SelectField, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SignInPage() -> impl IntoView {
    // Created inside the route: a plain form post's error comes back through the URL to here.
    let action = ServerAction::<SignIn>::new();
    let result = Signal::derive(move || action.value().get());
    let next = query_param("next");
    let password_set = query_param("password_set");
    view! {
        <Title text=tr!("sign-in-title") />
        <div class="narrow">
            <h1>{move || tr!("sign-in-title")}</h1>
            {move || {
                password_set
                    .get()
                    .map(|_| {
                        view! {
                            <p class="alert alert-success" role="status">
                                {tr!("password-set-done")}
                            </p>
                        }
                    })
            }}
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <FormError result />
                <input type="hidden" name="next" value=move || next.get().unwrap_or_default() />
                <TextInput
                    result
                    field="email"
                    label=tr!("field-email")
                    kind="email"
                    autocomplete=Some("username")
                    required=true
                    dir=Some("ltr")
                />
                <TextInput
                    result
                    field="password"
                    label=tr!("field-password")
                    kind="password"
                    autocomplete=Some("current-password")
                    required=true
                />
                <button type="submit" class="button">
                    {move || tr!("sign-in-submit")}
                </button>
            </ActionForm>
            <p>
                <a href=FORGOT_PASSWORD>{move || tr!("forgot-password-link")}</a>
            </p>
        </div>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let result = Signal::derive(move || action.value().get());
    let sent = query_param("sent");
    view! {
        <Title text=tr!("forgot-password-title") />
        <div class="narrow">
            <h1>{move || tr!("forgot-password-title")}</h1>
            {move || {
                if sent.get().is_some() {
                    view! {
                        <p class="alert alert-success" role="status">
                            {tr!("forgot-password-sent")}
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p>{tr!("forgot-password-help")}</p>
                        <ActionForm action=action attr:class="form" attr:novalidate=true>
                            <FormError result />
                            <TextInput
                                result
                                field="email"
                                label=tr!("field-email")
                                kind="email"
                                autocomplete=Some("username")
                                required=true
                                dir=Some("ltr")
                            />
                            <button type="submit" class="button">
                                {tr!("forgot-password-submit")}
                            </button>
                        </ActionForm>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let action = ServerAction::<SetPassword>::new();
    let result = Signal::derive(move || action.value().get());
    let token = query_param("token");
    let holder = Resource::new(
        move || token.get(),
        |token| async move {
            match token {
                Some(token) => get_link_holder(token).await,
                None => Err(crate::error::AppError::InvalidLink),
            }
        },
    );
    view! {
        <Title text=tr!("set-password-title") />
        <div class="narrow">
            <h1>{move || tr!("set-password-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match holder.await {
                        Err(error) => {
                            view! {
                                <ErrorPanel error />
                                <p>
                                    <a href=FORGOT_PASSWORD>{tr!("set-password-new-link")}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Ok(holder) => {
                            view! {
                                <p>
                                    {tr!(
                                        "set-password-for", { "name" => holder.display_name.clone(), "email" => holder.email.clone() }
                                    )}
                                </p>
                                <ActionForm action=action attr:class="form" attr:novalidate=true>
                                    <FormError result />
                                    <input type="hidden" name="token" value=token.get_untracked().unwrap_or_default() />
                                    <input
                                        type="text"
                                        name="username"
                                        autocomplete="username"
                                        value=holder.email
                                        hidden
                                    />
                                    <TextInput
                                        result
                                        field="password"
                                        label=tr!("field-new-password")
                                        hint=Some(tr!("password-rules"))
                                        kind="password"
                                        autocomplete=Some("new-password")
                                        required=true
                                        minlength=Some("10")
                                    />
                                    <TextInput
                                        result
                                        field="password_confirm"
                                        label=tr!("field-password-confirm")
                                        kind="password"
                                        autocomplete=Some("new-password")
                                        required=true
                                    />
                                    <button type="submit" class="button">
                                        {tr!("set-password-submit")}
                                    </button>
                                </ActionForm>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let invite = ServerAction::<InviteAccount>::new();
    let result = Signal::derive(move || invite.value().get());
    let issue = ServerAction::<IssueAccountLink>::new();
    let issued = Signal::derive(move || issue.value().get());
    let accounts = Resource::new(move || (invite.version().get(), issue.version().get()), |_| list_accounts());
    let fresh = Resource::new(move || issue.version().get(), |_| take_fresh_link());
    view! {
        <Title text=tr!("accounts-title") />
        <h1>{move || tr!("accounts-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match accounts.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(accounts) => {
                        let fresh = fresh.await.ok().flatten();
                        view! {
                            <FormError result=issued />
                            {fresh
                                .map(|f| {
                                    view! {
                                        <section class="panel alert alert-success" data-testid="fresh-link">
                                            <h2>{tr!("fresh-link-heading", { "email" => f.email.clone() })}</h2>
                                            <p>{tr!("fresh-link-help")}</p>
                                            <p>
                                                <code dir="ltr" class="fresh-link">
                                                    {f.link}
                                                </code>
                                            </p>
                                        </section>
                                    }
                                })}
                            <section class="panel">
                                <h2>{tr!("invite-heading")}</h2>
                                <p class="hint">{tr!("invite-help")}</p>
                                {move || {
                                    matches!(result.get(), Some(Ok(())))
                                        .then(|| {
                                            view! {
                                                <p class="alert alert-success" role="status">
                                                    {tr!("invite-done")}
                                                </p>
                                            }
                                        })
                                }}
                                <ActionForm action=invite attr:class="form form-grid" attr:novalidate=true>
                                    <FormError result prefix="invite" />
                                    <TextInput
                                        result
                                        prefix="invite"
                                        field="display_name"
                                        label=tr!("field-name")
                                        autocomplete=Some("off")
                                        required=true
                                    />
                                    <TextInput
                                        result
                                        prefix="invite"
                                        field="email"
                                        label=tr!("field-email")
                                        kind="email"
                                        autocomplete=Some("off")
                                        required=true
                                        dir=Some("ltr")
                                    />
                                    <SelectField
                                        result
                                        name="role".to_string()
                                        field="role"
                                        id="invite-role".to_string()
                                        label=tr!("field-role")
                                    >
                                        {choice_options(Role::ALL, None)}
                                    </SelectField>
                                    <SelectField
                                        result
                                        name="language".to_string()
                                        field="language"
                                        id="invite-language".to_string()
                                        label=tr!("field-language")
                                    >
                                        {Lang::ALL
                                            .into_iter()
                                            .map(|lang| {
                                                view! {
                                                    <option value=lang.code() selected=lang == Lang::En>
                                                        {lang.native_name()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </SelectField>
                                    <button type="submit" class="button">
                                        {tr!("invite-submit")}
                                    </button>
                                </ActionForm>
                            </section>
                            <section>
                                <h2>{tr!("accounts-list-heading")}</h2>
                                <DataTable
                                    testid="accounts-table"
                                    columns=vec![
                                        tr!("field-name"),
                                        tr!("field-email"),
                                        tr!("field-role"),
                                        tr!("field-language"),
                                        tr!("accounts-status"),
                                        tr!("accounts-created"),
                                        tr!("accounts-link"),
                                    ]
                                >
                                    {accounts
                                        .into_iter()
                                        .map(|a| {
                                            view! {
                                                <tr>
                                                    <td>{a.display_name}</td>
                                                    <td>
                                                        <span dir="ltr">{a.email}</span>
                                                    </td>
                                                    <td>{tr_key(a.role.label_key())}</td>
                                                    <td>{a.language.native_name()}</td>
                                                    <td>
                                                        {if !a.is_active {
                                                            tr!("account-inactive")
                                                        } else if a.has_password {
                                                            tr!("account-active")
                                                        } else {
                                                            tr!("account-invited")
                                                        }}
                                                    </td>
                                                    <td>{a.created_at}</td>
                                                    <td>
                                                        {a
                                                            .is_active
                                                            .then(|| {
                                                                view! {
                                                                    <ActionForm action=issue attr:class="inline-form">
                                                                        <input type="hidden" name="id" value=a.id />
                                                                        <button type="submit" class="button-link">
                                                                            {tr!("accounts-new-link")}
                                                                        </button>
                                                                    </ActionForm>
                                                                }
                                                            })}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </DataTable>
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The signed-in person's own account: who they are here, and a way to end their sessions on
/// other browsers (a lost phone, a shared computer).
#[component]
pub fn OwnAccountPage() -> impl IntoView {
    let user = expect_context::<CurrentUserResource>();
    let action = ServerAction::<SignOutEverywhere>::new();
    let result = Signal::derive(move || action.value().get());
    let done = query_param("signed_out_elsewhere");
    view! {
        <Title text=tr!("own-account-title") />
        <div class="narrow">
            <h1>{move || tr!("own-account-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match user.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(None) => {
                            #[cfg(feature = "ssr")] crate::error::set_http_status(axum::http::StatusCode::FORBIDDEN);
                            view! { <ErrorPanel error=crate::error::AppError::Unauthenticated /> }.into_any()
                        }
                        Ok(Some(me)) => {
                            view! {
                                <dl class="details" data-testid="own-account">
                                    <dt>{tr!("field-name")}</dt>
                                    <dd>{me.display_name}</dd>
                                    <dt>{tr!("field-email")}</dt>
                                    <dd>
                                        <bdi dir="ltr">{me.email}</bdi>
                                    </dd>
                                    <dt>{tr!("field-role")}</dt>
                                    <dd>{tr_key(me.role.label_key())}</dd>
                                </dl>
                                <section class="panel">
                                    <h2>{tr!("sessions-heading")}</h2>
                                    {move || {
                                        (done.get().is_some() || matches!(result.get(), Some(Ok(()))))
                                            .then(|| {
                                                view! {
                                                    <p class="alert alert-success" role="status">
                                                        {tr!("signed-out-elsewhere-done")}
                                                    </p>
                                                }
                                            })
                                    }}
                                    <p>{tr!("sign-out-everywhere-help")}</p>
                                    <ActionForm action attr:class="form">
                                        <FormError result />
                                        <button type="submit" class="button button-secondary">
                                            {tr!("sign-out-everywhere")}
                                        </button>
                                    </ActionForm>
                                    <p>
                                        <a href=FORGOT_PASSWORD>{tr!("change-password-link")}</a>
                                    </p>
                                </section>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </div>
    }
}
