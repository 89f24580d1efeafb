//! The site shell: document, header with navigation by area, language switcher, footer, home.
pub mod ui;

use crate::accounts::api::SignOut;
use crate::accounts::pages::{AccountsPage, ForgotPasswordPage, SetPasswordPage, SignInPage};
use crate::audit::pages::{ActivityPage, AuditPage};
use crate::conferences::pages::{
    ConferencesPage, EditEditionPage, EditSessionPage, EditionPage, NewEditionPage, NewSessionPage,
};
use crate::conferences::registrations::pages::{
    ApplyToConferencePage, BadgesPage, CheckInPage, DelegationPage, LetterPage, ManageRegistrationPage,
    ParticipantsPage, RegistrationsPage,
};
use crate::email::pages::OutboxPage;
use crate::i18n::{Lang, LANG_PARAM, TRANSLATIONS};
use crate::membership::pages::{
    ApplicationReviewPage, ApplicationsPage, ApplyPage, CertificatePage, DirectoryPage, MemberPage, ProfileEditPage,
};
use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, tr};
use leptos_meta::{provide_meta_context, Link, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_location;
use leptos_router::path;
use leptos_router::SsrMode;
use ui::{tr_key, use_lang};

/// The HTML document the server renders around the app.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Language negotiation happens on the server (see the server's language middleware), which
/// hands leptos-fluent the result through the URL parameter or the cookie.
#[component]
fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        translations: [TRANSLATIONS],
        locales: "../locales",
        default_language: "en",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        cookie_name: "sumud_lang",
        initial_language_from_cookie: true,
        url_param: "lang",
        initial_language_from_url_param: true,
        initial_language_from_accept_language_header: true,
    }
}

/// Who is signed in, shared by the header and the pages that adapt to it.
pub type CurrentUserResource = Resource<Result<Option<crate::accounts::CurrentUser>, crate::error::AppError>>;

/// Sign-out lives in the header, on every page.
#[derive(Clone, Copy)]
pub struct AuthActions {
    pub sign_out: ServerAction<SignOut>,
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <I18nProvider>
            <Stylesheet id="leptos" href="/pkg/sumud.css" />
            <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
            <Title formatter=|page: String| format!("{page} · Sumud") />
            <Router>
                <Layout />
            </Router>
        </I18nProvider>
    }
}

/// Inside the router, so the header knows the current page.
#[component]
fn Layout() -> impl IntoView {
    let auth = AuthActions { sign_out: ServerAction::new() };
    provide_context(auth);
    // Asked again on every navigation: sign-in redirects to a new page, and a session may end.
    let location = use_location();
    let current_user = Resource::new(
        move || (auth.sign_out.version().get(), location.pathname.get()),
        |_| crate::accounts::api::get_current_user(),
    );
    provide_context(current_user);

    view! {
        <a class="skip-link" href="#main">{move || tr!("skip-to-content")}</a>
        <Header />
        // Async: pages are sent whole, so they read right without JavaScript.
        <main id="main" class="page">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/set-password") view=SetPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/activity") view=ActivityPage ssr=SsrMode::Async />
                <Route path=path!("/membership/apply") view=ApplyPage ssr=SsrMode::Async />
                <Route path=path!("/members") view=DirectoryPage ssr=SsrMode::Async />
                <Route path=path!("/members/:id") view=MemberPage ssr=SsrMode::Async />
                <Route path=path!("/members/:id/edit") view=ProfileEditPage ssr=SsrMode::Async />
                <Route path=path!("/certificates/:code") view=CertificatePage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/applications") view=ApplicationsPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/applications/:id") view=ApplicationReviewPage ssr=SsrMode::Async />
                <Route path=path!("/conferences") view=ConferencesPage ssr=SsrMode::Async />
                <Route path=path!("/conferences/:id") view=EditionPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/conferences/new") view=NewEditionPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/conferences/:id/edit") view=EditEditionPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/conferences/:id/sessions/new") view=NewSessionPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/sessions/:id/edit") view=EditSessionPage ssr=SsrMode::Async />
                <Route path=path!("/conferences/:id/delegation") view=DelegationPage ssr=SsrMode::Async />
                <Route path=path!("/conferences/:id/apply") view=ApplyToConferencePage ssr=SsrMode::Async />
                <Route path=path!("/conferences/:id/participants") view=ParticipantsPage ssr=SsrMode::Async />
                <Route path=path!("/registrations/:token") view=ManageRegistrationPage ssr=SsrMode::Async />
                <Route path=path!("/letters/:code") view=LetterPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/conferences/:id/registrations") view=RegistrationsPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/conferences/:id/checkin") view=CheckInPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/conferences/:id/badges") view=BadgesPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/accounts") view=AccountsPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/outbox") view=OutboxPage ssr=SsrMode::Async />
                <Route path=path!("/secretariat/audit") view=AuditPage ssr=SsrMode::Async />
                <Route path=path!("/:area") view=AreaPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <Footer />
    }
}

/// The areas of the network's work, in the order the navigation shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Membership,
    Conferences,
    Resolutions,
    Finance,
    Twinning,
    Exchange,
}

impl Area {
    pub const ALL: [Area; 6] =
        [Area::Membership, Area::Conferences, Area::Resolutions, Area::Finance, Area::Twinning, Area::Exchange];

    pub fn slug(self) -> &'static str {
        match self {
            Area::Membership => "membership",
            Area::Conferences => "conferences",
            Area::Resolutions => "resolutions",
            Area::Finance => "finance",
            Area::Twinning => "twinning",
            Area::Exchange => "exchange",
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            Area::Membership => "area-membership",
            Area::Conferences => "area-conferences",
            Area::Resolutions => "area-resolutions",
            Area::Finance => "area-finance",
            Area::Twinning => "area-twinning",
            Area::Exchange => "area-exchange",
        }
    }

    fn summary_key(self) -> &'static str {
        match self {
            Area::Membership => "area-membership-summary",
            Area::Conferences => "area-conferences-summary",
            Area::Resolutions => "area-resolutions-summary",
            Area::Finance => "area-finance-summary",
            Area::Twinning => "area-twinning-summary",
            Area::Exchange => "area-exchange-summary",
        }
    }

    fn details_key(self) -> &'static str {
        match self {
            Area::Membership => "area-membership-details",
            Area::Conferences => "area-conferences-details",
            Area::Resolutions => "area-resolutions-details",
            Area::Finance => "area-finance-details",
            Area::Twinning => "area-twinning-details",
            Area::Exchange => "area-exchange-details",
        }
    }

    /// Where the area's work is done: (address, message key).
    fn links(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Area::Membership => &[("/members", "directory-title"), ("/membership/apply", "apply-title")],
            _ => &[],
        }
    }

    fn from_slug(slug: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.slug() == slug)
    }
}

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
fn Header() -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    let current_user =
        expect_context::<Resource<Result<Option<crate::accounts::CurrentUser>, crate::error::AppError>>>();
    let location = use_location();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    <span class="brand-name">"Sumud"</span>
                    <span class="brand-tagline">{move || tr!("site-tagline")}</span>
                </a>
                <LanguageSwitcher />
                <div class="account-menu">
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            match current_user.await {
                                Ok(Some(user)) => {
                                    let is_secretariat = user.role == crate::accounts::Role::Secretariat;
                                    view! {
                                        <span class="signed-in-as" data-testid="signed-in-as">
                                            {user.display_name.clone()}
                                            " · "
                                            {tr_key(user.role.label_key())}
                                        </span>
                                        {is_secretariat
                                            .then(|| {
                                                view! {
                                                    <A href="/secretariat/applications">{tr!("nav-applications")}</A>
                                                    <A href="/secretariat/accounts">{tr!("nav-accounts")}</A>
                                                    <A href="/secretariat/outbox">{tr!("nav-outbox")}</A>
                                                    <A href="/secretariat/audit">{tr!("nav-audit")}</A>
                                                }
                                            })}
                                        <ActionForm action=auth.sign_out attr:class="inline-form">
                                            <button type="submit" class="button-link">{tr!("nav-sign-out")}</button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                                _ => {
                                    let next = location.pathname.get_untracked();
                                    let href = if next == "/sign-in" { "/sign-in".to_string() } else { format!("/sign-in?next={next}") };
                                    view! { <a href=href class="button button-small">{tr!("nav-sign-in")}</a> }.into_any()
                                }
                            }
                        })}
                    </Transition>
                </div>
            </div>
            <nav class="main-nav" aria-label=move || tr!("nav-areas")>
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
                        .collect_view()}
                    <li>
                        <A href="/activity">{move || tr!("nav-activity")}</A>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{move || tr!("footer-about")}</p>
            <p>
                <a href="/activity">{move || tr!("nav-activity")}</a>
            </p>
        </footer>
    }
}

#[component]
fn HomePage() -> impl IntoView {
    view! {
        <Title text=tr!("home-title") />
        <section class="hero">
            <h1>{move || tr!("home-heading")}</h1>
            <p class="lead">{move || tr!("home-lead")}</p>
            <p>{move || tr!("home-founding")}</p>
        </section>
        <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">{move || tr!("home-areas-heading")}</h2>
            <ul class="card-grid">
                {Area::ALL
                    .into_iter()
                    .map(|area| {
                        view! {
                            <li class="card">
                                <h3>
                                    <a href=format!("/{}", area.slug())>{tr_key(area.title_key())}</a>
                                </h3>
                                <p>{tr_key(area.summary_key())}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section class="next-steps">
            <h2>{move || tr!("home-next-heading")}</h2>
            <ul>
                <li>{move || tr!("home-next-citizens")} " " <a href="/activity">{move || tr!("nav-activity")}</a></li>
                <li>{move || tr!("home-next-members")} " " <a href="/sign-in">{move || tr!("nav-sign-in")}</a></li>
            </ul>
        </section>
    }
}

/// What each area of the network's work is for, reached from the navigation.
#[component]
fn AreaPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let area = move || params.with(|p| p.get("area")).as_deref().and_then(Area::from_slug);
    move || match area() {
        Some(area) => view! {
            <Title text=tr_key(area.title_key()) />
            <article class="topic-page">
                <h1>{tr_key(area.title_key())}</h1>
                <p class="lead">{tr_key(area.summary_key())}</p>
                <p>{tr_key(area.details_key())}</p>
                <ul class="link-list">
                    {area.links().iter().map(|(href, key)| view! {
                        <li><a class="button" href=*href>{tr_key(key)}</a></li>
                    }).collect_view()}
                </ul>
            </article>
        }
        .into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=tr!("not-found-title") />
        <h1>{move || tr!("not-found-title")}</h1>
        <p>{move || tr!("not-found-text")}</p>
        <p><a href="/">{move || tr!("nav-home")}</a></p>
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
