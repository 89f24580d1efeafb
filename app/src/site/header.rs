//! The header on every page: brand, language switcher, who is signed in, the areas; the footer.
use super::home::Area;
use super::shell::AuthActions;
use crate::accounts::routes::{sign_in_then, ACCOUNT, ACCOUNTS};
use crate::domain::Choice;
use crate::finance::routes::{member_invoices, OFFICE};
use crate::i18n::{Lang, LANG_PARAM};
use crate::identity::Role;
use crate::membership::routes::APPLICATIONS;
use crate::oversight::routes::{ACTIVITY, AUDIT, OUTBOX};
use crate::resolutions::implementation::routes::REPORTS;
use crate::tr;
use crate::ui::{tr_key, use_lang, CurrentUserResource};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The current page's address in another language: same path, same query, new `lang`.
fn href_in(lang: Lang, path: &str, query: &str) -> String {
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&format!("{LANG_PARAM}=")) && !p.starts_with("__"))
        .map(str::to_string)
        .collect();
    pairs.push(format!("{LANG_PARAM}={}", lang.code()));
    format!("{path}?{}", pairs.join("&"))
}

#[component]
fn LanguageSwitcher() -> impl IntoView {
    let location = use_location();
    let current = use_lang();
    view! {
        <nav class="language-switcher" aria-label=move || tr!("language-switcher")>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    let href = move || href_in(lang, &location.pathname.get(), &location.search.get());
                    let is_current = lang == current;
                    view! {
                        // rel=external: a full load, so the server renders the new language and remembers it
                        <a
                            href=href
                            rel="external"
                            hreflang=lang.code()
                            lang=lang.code()
                            aria-current=is_current.then_some("true")
                            class:current=is_current
                        >
                            {lang.native_name()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    let current_user = expect_context::<CurrentUserResource>();
    let location = use_location();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">
                        "◆"
                    </span>
                    <span class="brand-name">"Sumud"</span>
                    <span class="brand-tagline">{move || tr!("site-tagline")}</span>
                </a>
                <LanguageSwitcher />
                <MenuButton label=tr!("nav-menu") />
                <div class="account-menu" id="site-account">
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            match current_user.await {
                                Ok(Some(user)) => {
                                    let is_secretariat = user.role == Role::Secretariat;
                                    let reports = matches!(user.role, Role::Secretariat | Role::FocalPoint);
                                    let finance = matches!(user.role, Role::Secretariat | Role::Finance);
                                    let own_invoices = user.member_id.filter(|_| user.role == Role::FocalPoint);
                                    view! {
                                        <a class="signed-in-as" href=ACCOUNT data-testid="signed-in-as">
                                            {user.display_name.clone()}
                                            " · "
                                            {tr_key(user.role.label_key())}
                                        </a>
                                        {is_secretariat
                                            .then(|| {
                                                view! {
                                                    <A href=APPLICATIONS>{tr!("nav-applications")}</A>
                                                    <A href=ACCOUNTS>{tr!("nav-accounts")}</A>
                                                    <A href=OUTBOX>{tr!("nav-outbox")}</A>
                                                    <A href=AUDIT>{tr!("nav-audit")}</A>
                                                }
                                            })}
                                        {reports.then(|| view! { <A href=REPORTS>{tr!("nav-reports")}</A> })}
                                        {finance.then(|| view! { <A href=OFFICE>{tr!("nav-finance")}</A> })}
                                        {own_invoices
                                            .map(|id| view! { <A href=member_invoices(id)>{tr!("nav-invoices")}</A> })}
                                        <ActionForm action=auth.sign_out attr:class="inline-form">
                                            <button type="submit" class="button-link">
                                                {tr!("nav-sign-out")}
                                            </button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                                _ => {
                                    let next = location.pathname.get_untracked();
                                    view! {
                                        <a href=sign_in_then(&next) class="button button-small">
                                            {tr!("nav-sign-in")}
                                        </a>
                                    }
                                        .into_any()
                                }
                            }
                        })}
                    </Transition>
                </div>
            </div>
            <nav class="main-nav" id="site-menu" aria-label=move || tr!("nav-areas")>
                <ul>
                    {Area::ALL
                        .into_iter()
                        .map(|area| {
                            view! {
                                <li>
                                    <A href=format!("/{}", area.slug())>{tr_key(area.title_key())}</A>
                                </li>
                            }
                        })
                        .collect_view()} <li>
                        <A href=ACTIVITY>{move || tr!("nav-activity")}</A>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

/// On a phone with JavaScript, the account links and the areas fold behind this button, so the
/// header takes one row; without JavaScript the button stays hidden and everything shows.
#[island]
fn MenuButton(label: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let ready = RwSignal::new(false);
    // Effects run in the browser only: the button appears once it can work.
    Effect::new(move || ready.set(true));
    Effect::new(move || {
        let state = if open.get() { "open" } else { "closed" };
        if let Some(header) = document().query_selector(".site-header").ok().flatten() {
            let _ = header.set_attribute("data-menu", state);
        }
    });
    view! {
        <button
            type="button"
            class="menu-button"
            hidden=move || !ready.get()
            aria-expanded=move || open.get().to_string()
            aria-controls="site-account site-menu"
            on:click=move |_| open.update(|open| *open = !*open)
        >
            {label}
        </button>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{move || tr!("footer-about")}</p>
            <p>
                <a href=ACTIVITY>{move || tr!("nav-activity")}</a>
            </p>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_links_keep_path_and_query() {
        assert_eq!(href_in(Lang::Fr, "/activity", ""), "/activity?lang=fr");
        assert_eq!(href_in(Lang::Ar, "/secretariat/audit", "?action=x&lang=en"), "/secretariat/audit?action=x&lang=ar");
        assert_eq!(href_in(Lang::En, "/sign-in", "?__err=abc&next=/x"), "/sign-in?next=/x&lang=en");
    }
}
