//! A text on A4 paper: its reference, kind and adoption, the authoritative wording, then each
//! translation, each in its own language and direction.
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::resolutions::api::get_text;
use crate::resolutions::routes::text;
use crate::resolutions::TextPage;
use crate::tr;
use crate::ui::{id_param, tr_key, use_lang, ErrorPanel, MediumDate};
use leptos::prelude::*;
use leptos_meta::Title;

fn printed(page: TextPage, lang: Lang) -> impl IntoView {
    let original = page.current.title.original;
    // The authoritative language first, then the translations there are.
    let languages: Vec<Lang> = std::iter::once(original)
        .chain(Lang::ALL.into_iter().filter(|l| *l != original))
        .filter(|l| {
            let shown = page.current.body_html.show(*l);
            !shown.is_fallback && !shown.text.is_empty()
        })
        .collect();
    let reference = page.summary.reference.clone();
    view! {
        <Title text=reference.clone() />
        <article class="printed-text" data-testid="printed-text">
            <p class="no-print">
                <a href=text(page.summary.id)>{tr!("print-back")}</a>
            </p>
            <header class="printed-head">
                <h1 class="printed-reference">
                    <span dir="ltr" data-testid="text-reference">
                        {reference}
                    </span>
                    " · "
                    {tr_key(page.summary.kind.label_key())}
                </h1>
                <dl class="details">
                    {page
                        .summary
                        .adopted_on
                        .map(|date| {
                            view! {
                                <dt>{tr!("text-adopted-on")}</dt>
                                <dd>
                                    <MediumDate date />
                                </dd>
                            }
                        })}
                    {page
                        .adopting_body
                        .clone()
                        .map(|body| {
                            view! {
                                <dt>{tr!("text-adopting-body")}</dt>
                                <dd>{body}</dd>
                            }
                        })}
                    {page
                        .edition
                        .clone()
                        .map(|(_, title)| {
                            view! {
                                <dt>{tr!("text-edition")}</dt>
                                <dd>{title.get(lang).to_string()}</dd>
                            }
                        })}
                    {page
                        .vote
                        .map(|v| {
                            view! {
                                <dt>{tr!("text-vote")}</dt>
                                <dd>
                                    {tr!(
                                        "text-vote-result", { "for" => v.for_, "against" => v.against, "abstaining" => v.abstaining }
                                    )}
                                </dd>
                            }
                        })} <dt>{tr!("text-version")}</dt>
                    <dd>{tr!("text-version-number", { "version" => page.current.version })}</dd>
                </dl>
            </header>
            {languages
                .into_iter()
                .map(|l| {
                    let title = page.current.title.show(l).text.to_string();
                    let body = page.current.body_html.show(l).text.to_string();
                    let note = if l == original {
                        tr!("print-authoritative", { "language" => l.native_name() })
                    } else {
                        tr!("print-translation", { "language" => l.native_name() })
                    };
                    view! {
                        <section
                            class="printed-language"
                            lang=l.code()
                            dir=l.dir()
                            data-testid=format!("printed-{}", l.code())
                        >
                            <p class="authority-note" lang=lang.code() dir=lang.dir()>
                                {note}
                            </p>
                            <h2>{title}</h2>
                            <div class="text-body" inner_html=body></div>
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}

#[component]
pub fn PrintTextPage() -> impl IntoView {
    let id = id_param("id");
    let page = Resource::new(id, get_text);
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => printed(page, lang).into_any(),
                }
            })}
        </Suspense>
    }
}
