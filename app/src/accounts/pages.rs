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
use crate::ui::{query_param, tr_key, CurrentUserResource, ErrorPanel, FieldError, FormError};
use leptos::prelude::*;
use leptos_fluent::tr;
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
                <label for="email">{move || tr!("field-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required dir="ltr" />
                <FieldError result field="email" />
                <label for="password">{move || tr!("field-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required />
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
                            <label for="email">{tr!("field-email")}</label>
                            <input id="email" name="email" type="email" autocomplete="username" required dir="ltr" />
                            <FieldError result field="email" />
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
                                    <label for="password">{tr!("field-new-password")}</label>
                                    <input
                                        id="password"
                                        name="password"
                                        type="password"
                                        autocomplete="new-password"
                                        required
                                        minlength="10"
                                    />
                                    <p class="hint">{tr!("password-rules")}</p>
                                    <FieldError result field="password" />
                                    <label for="password_confirm">{tr!("field-password-confirm")}</label>
                                    <input
                                        id="password_confirm"
                                        name="password_confirm"
                                        type="password"
                                        autocomplete="new-password"
                                        required
                                    />
                                    <FieldError result field="password_confirm" />
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
                                    <FormError result />
                                    <div>
                                        <label for="invite-name">{tr!("field-name")}</label>
                                        <input id="invite-name" name="display_name" required />
                                        <FieldError result field="display_name" />
                                    </div>
                                    <div>
                                        <label for="invite-email">{tr!("field-email")}</label>
                                        <input id="invite-email" name="email" type="email" required dir="ltr" />
                                        <FieldError result field="email" />
                                    </div>
                                    <div>
                                        <label for="invite-role">{tr!("field-role")}</label>
                                        <select id="invite-role" name="role">
                                            {Role::ALL
                                                .iter()
                                                .copied()
                                                .map(|role| {
                                                    view! {
                                                        <option value=role.as_str()>{tr_key(role.label_key())}</option>
                                                    }
                                                })
                                                .collect_view()}
                                        </select>
                                        <FieldError result field="role" />
                                    </div>
                                    <div>
                                        <label for="invite-language">{tr!("field-language")}</label>
                                        <select id="invite-language" name="language">
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
                                        </select>
                                        <FieldError result field="language" />
                                    </div>
                                    <button type="submit" class="button">
                                        {tr!("invite-submit")}
                                    </button>
                                </ActionForm>
                            </section>
                            <section>
                                <h2>{tr!("accounts-list-heading")}</h2>
                                <div class="table-scroll">
                                    <table class="data-table" data-testid="accounts-table">
                                        <thead>
                                            <tr>
                                                <th scope="col">{tr!("field-name")}</th>
                                                <th scope="col">{tr!("field-email")}</th>
                                                <th scope="col">{tr!("field-role")}</th>
                                                <th scope="col">{tr!("field-language")}</th>
                                                <th scope="col">{tr!("accounts-status")}</th>
                                                <th scope="col">{tr!("accounts-created")}</th>
                                                <th scope="col">{tr!("accounts-link")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
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
                                        </tbody>
                                    </table>
                                </div>
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
