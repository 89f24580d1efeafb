//! The document, the language provider and the layout that every page sits in; the router is
//! assembled here from each area's routes.
use super::header::{Footer, Header};
use super::home::{AreaPage, HomePage, NotFound};
use crate::accounts::api::SignOut;
use crate::accounts::routes::AccountRoutes;
use crate::conferences::routes::ConferenceRoutes;
use crate::finance::routes::FinanceRoutes;
use crate::i18n::TRANSLATIONS;
use crate::membership::routes::MembershipRoutes;
use crate::oversight::routes::OversightRoutes;
use crate::resolutions::routes::ResolutionRoutes;
use crate::tr;
use crate::twinning::routes::TwinningRoutes;
use crate::ui::CurrentUserResource;
use leptos::prelude::*;
use leptos_fluent::leptos_fluent;
use leptos_meta::{provide_meta_context, Link, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use leptos_router::SsrMode;

/// The HTML document the server renders around the app.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" id="leptos" href=super::assets::stylesheet_href(&options) />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
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
    let current_user: CurrentUserResource = Resource::new(
        move || (auth.sign_out.version().get(), location.pathname.get()),
        |_| crate::accounts::api::get_current_user(),
    );
    provide_context(current_user);
    // What other areas add to a member's page (membership names no area above it).
    provide_context(crate::membership::pages::MemberPageSections(&[
        crate::twinning::pages::member_agreements_section,
        crate::twinning::pages::member_cooperation_section,
    ]));
    view! {
        // The browser moves focus to a focusable target of a link (`tabindex="-1"` on main).
        <a class="skip-link" href="#main">
            {move || tr!("skip-to-content")}
        </a>
        <Header />
        // Async: pages are sent whole, so they read right without JavaScript.
        <main id="main" class="page" tabindex="-1">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <AccountRoutes />
                <OversightRoutes />
                <MembershipRoutes />
                <ConferenceRoutes />
                <ResolutionRoutes />
                <FinanceRoutes />
                <TwinningRoutes />
                <Route path=path!("/:area") view=AreaPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <Footer />
    }
}
