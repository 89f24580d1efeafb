//! Invitation letters, printable and verified at their address.
use crate::conferences::registrations::api::get_letter;
use crate::i18n::Lang;
use crate::tr;
use crate::ui::{ErrorPanel, SignatureAndSeal};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// An invitation letter, printable on A4, in the language it was issued in; its address is
/// the verification printed on it.
#[component]
pub fn LetterPage() -> impl IntoView {
    let params = use_params_map();
    let letter = Resource::new(move || params.with(|p| p.get("code")).unwrap_or_default(), get_letter);
    view! {
        <Title text=tr!("letter-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match letter.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(l) => {
                        let lang = Lang::parse(&l.language).unwrap_or(Lang::En);
                        if !l.valid {
                            return view! {
                                <p class="alert alert-error" role="status" data-testid="letter-verification">
                                    {tr!("letter-withdrawn", { "number" => l.number })}
                                </p>
                            }
                                .into_any();
                        }
                        view! {
                            <p class="alert alert-success no-print" role="status" data-testid="letter-verification">
                                {tr!("letter-genuine", { "number" => l.number })}
                                " "
                                {tr!("certificate-print-hint")}
                            </p>
                            <article class="letter print-page" lang=lang.code() dir=lang.dir() data-testid="letter">
                                <p class="certificate-network">"Sumud"</p>
                                <p class="letter-meta">{l.reference}</p>
                                <h1>{l.heading}</h1>
                                <p class="prewrap">{l.body}</p>
                                <dl class="certificate-meta">
                                    {l
                                        .details
                                        .into_iter()
                                        .map(|(label, value)| {
                                            view! {
                                                <dt>{label}</dt>
                                                <dd>{value}</dd>
                                            }
                                        })
                                        .collect_view()}
                                </dl>
                                <p class="prewrap">{l.closing}</p>
                                <SignatureAndSeal lang />
                                <p class="letter-verify">
                                    <span dir="ltr">
                                        <a href=l.verify_url.clone()>{l.verify_url.clone()}</a>
                                    </span>
                                </p>
                            </article>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
