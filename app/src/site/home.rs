//! The home page, the page of each area of the network's work, and the page for an unknown
//! address.
use crate::accounts::routes::SIGN_IN;
use crate::finance::routes::{DUES, OFFICE};
use crate::membership::routes::{APPLY, DIRECTORY};
use crate::oversight::routes::ACTIVITY;
use crate::tr;
use crate::ui::tr_key;
use leptos::prelude::*;
use leptos_meta::Title;

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

    pub fn title_key(self) -> &'static str {
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
            Area::Membership => &[(DIRECTORY, "directory-title"), (APPLY, "apply-title")],
            Area::Finance => &[(DUES, "dues-public-title"), (OFFICE, "finance-office-title")],
            _ => &[],
        }
    }

    fn from_slug(slug: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.slug() == slug)
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
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
                <li>{move || tr!("home-next-citizens")} " " <a href=ACTIVITY>{move || tr!("nav-activity")}</a></li>
                <li>{move || tr!("home-next-members")} " " <a href=SIGN_IN>{move || tr!("nav-sign-in")}</a></li>
            </ul>
        </section>
    }
}

/// What each area of the network's work is for, reached from the navigation.
#[component]
pub fn AreaPage() -> impl IntoView {
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
                    {area
                        .links()
                        .iter()
                        .map(|(href, key)| {
                            view! {
                                <li>
                                    <a class="button" href=*href>
                                        {tr_key(key)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </article>
        }
        .into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=tr!("not-found-title") />
        <h1>{move || tr!("not-found-title")}</h1>
        <p>{move || tr!("not-found-text")}</p>
        <p>
            <a href="/">{move || tr!("nav-home")}</a>
        </p>
    }
}
