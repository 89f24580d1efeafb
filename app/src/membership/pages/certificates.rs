//! Membership certificates: printable, and verified at their address.
use crate::i18n::dates;
use crate::membership::api::get_certificate;
use crate::membership::country_name;
use crate::tr;
use crate::ui::{use_lang, ErrorPanel, MediumDate, SignatureAndSeal};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

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
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(c) => {
                        let active = c.status == crate::membership::MemberStatus::Active;
                        let name = c.member.display_name(lang).to_string();
                        let country = country_name(&c.member.country, lang).unwrap_or_default().to_string();
                        view! {
                            <p
                                class=if active {
                                    "alert alert-success no-print"
                                } else {
                                    "alert alert-warning no-print"
                                }
                                role="status"
                                data-testid="verification"
                            >
                                {if active { tr!("certificate-genuine") } else { tr!("certificate-not-active") }}
                                " "
                                {tr!("certificate-print-hint")}
                            </p>
                            <article class="certificate print-page" data-testid="certificate">
                                <p class="certificate-network">"Sumud"</p>
                                <h1>{tr!("certificate-title")}</h1>
                                <p class="certificate-body">
                                    {tr!(
                                        "certificate-body", {
                                    "name" => name.clone(),
                                    "country" => country.clone(),
                                    "since" => c.member.member_since.map(|date| dates::medium(lang, date)).unwrap_or_default(),
                                }
                                    )}
                                </p>
                                <p class="certificate-names">
                                    {c.member.official_name.clone()} " · "
                                    <span dir="ltr">{c.member.latin_name.clone()}</span>
                                </p>
                                <dl class="certificate-meta">
                                    <dt>{tr!("certificate-number")}</dt>
                                    <dd>
                                        <span dir="ltr">{c.number}</span>
                                    </dd>
                                    <dt>{tr!("certificate-issued")}</dt>
                                    <dd>
                                        <MediumDate date=c.issued_on />
                                    </dd>
                                    <dt>{tr!("certificate-verify")}</dt>
                                    <dd>
                                        <span dir="ltr">
                                            <a href=c.verify_url.clone()>{c.verify_url.clone()}</a>
                                        </span>
                                    </dd>
                                </dl>
                                <SignatureAndSeal lang=use_lang() />
                            </article>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
