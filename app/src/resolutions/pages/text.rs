//! A text's page: its wording in the reader's language (marked as a translation when it is one),
//! how it was adopted, its versions, the members' comments, and the secretariat's lifecycle
//! forms; and two versions compared side by side.
use super::list::state_badge;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::resolutions::api::{compare_text_versions, get_text, AdoptText, CommentOnText, MoveText, SupersedeText};
use crate::resolutions::correspondence::pages::CorrespondenceSection;
use crate::resolutions::implementation::pages::PlanSection;
use crate::resolutions::routes::{compare, edit_text, print_text, text, TEXTS};
use crate::resolutions::{CommentView, TextPage, TextState};
use crate::tr;
use crate::ui::{
    id_param, query_param, tr_key, use_lang, ErrorPanel, FormError, MediumDate, SelectField, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// Whether the wording shown is the authoritative one, and a way to it when it is not.
fn authority_note(original: Lang, shown: Lang, id: i32) -> impl IntoView {
    if original == shown {
        view! {
            <p class="authority-note" data-testid="authority-note">
                {tr!("text-authoritative", { "language" => original.native_name() })}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="authority-note" data-testid="authority-note">
                {tr!("text-translation", { "language" => original.native_name() })}
                " "
                <a href=format!("{}?lang={}", text(id), original.code()) hreflang=original.code()>
                    {tr!("text-read-original")}
                </a>
            </p>
        }
        .into_any()
    }
}

fn comment_item(comment: CommentView) -> impl IntoView {
    view! {
        <li class="comment">
            <p class="secondary">
                <strong>{comment.member_name}</strong>
                " · "
                {comment.author_name}
                " · "
                <MediumDate date=comment.created_on />
                " · "
                {tr!("text-version-number", { "version" => comment.version })}
            </p>
            <p class="comment-body" dir="auto">
                {comment.body}
            </p>
        </li>
    }
}

/// The secretariat's moves that need nothing more than a button.
const SIMPLE_MOVES: [(TextState, &str); 4] = [
    (TextState::OpenForComment, "text-move-open"),
    (TextState::Draft, "text-move-close-comments"),
    (TextState::Published, "text-move-publish"),
    (TextState::Withdrawn, "text-move-withdraw"),
];

#[component]
fn ManagePanel(page: TextPage) -> impl IntoView {
    let id = page.summary.id;
    let state = page.summary.state;
    let lang = use_lang();
    let moves = ServerAction::<MoveText>::new();
    let moved = Signal::derive(move || moves.value().get());
    let adopt = ServerAction::<AdoptText>::new();
    let adopted = Signal::derive(move || adopt.value().get());
    let supersede = ServerAction::<SupersedeText>::new();
    let superseded = Signal::derive(move || supersede.value().get());
    let closed = matches!(state, TextState::Superseded | TextState::Withdrawn);
    view! {
        <section class="panel no-print" data-testid="manage-text">
            <h2>{tr!("text-manage")}</h2>
            {(!closed)
                .then(|| {
                    view! {
                        <p>
                            <a class="button button-secondary" href=edit_text(id)>
                                {if state.is_editable_in_place() { tr!("text-edit") } else { tr!("text-amend") }}
                            </a>
                        </p>
                    }
                })}
            <FormError result=moved />
            <div class="button-row">
                {SIMPLE_MOVES
                    .into_iter()
                    .filter(|(next, _)| state.may_become(*next))
                    .map(|(next, label)| {
                        view! {
                            <ActionForm action=moves attr:class="inline-form">
                                <input type="hidden" name="id" value=id />
                                <input type="hidden" name="to" value=next.as_str() />
                                <button
                                    type="submit"
                                    class=if next == TextState::Withdrawn { "button button-danger" } else { "button" }
                                    data-testid=format!("move-{}", next.as_str())
                                >
                                    {tr_key(label)}
                                </button>
                            </ActionForm>
                        }
                    })
                    .collect_view()}
            </div>
            {state
                .may_become(TextState::Adopted)
                .then(|| {
                    view! {
                        <ActionForm action=adopt attr:class="form" attr:novalidate=true>
                            <h3>{tr!("text-adopt")}</h3>
                            <FormError result=adopted prefix="ad" />
                            <input type="hidden" name="id" value=id />
                            <TextInput
                                result=adopted
                                group="adoption"
                                prefix="ad"
                                field="adopted_on"
                                label=tr!("text-adopted-on")
                                kind="date"
                                required=true
                                dir=Some("ltr")
                            />
                            <TextInput
                                result=adopted
                                group="adoption"
                                prefix="ad"
                                field="adopting_body"
                                label=tr!("text-adopting-body")
                                hint=Some(tr!("hint-adopting-body"))
                                required=true
                            />
                            <SelectField
                                result=adopted
                                name="adoption[edition_id]".to_string()
                                field="edition_id"
                                id="ad-edition_id".to_string()
                                label=tr!("text-edition")
                            >
                                <option value="">{tr!("text-edition-none")}</option>
                                {page
                                    .editions
                                    .iter()
                                    .map(|(edition_id, title)| {
                                        view! { <option value=*edition_id>{title.get(lang).to_string()}</option> }
                                    })
                                    .collect_view()}
                            </SelectField>
                            <fieldset class="vote-fields">
                                <legend>{tr!("text-vote")}</legend>
                                <p class="hint">{tr!("hint-vote")}</p>
                                <TextInput
                                    result=adopted
                                    group="adoption"
                                    prefix="ad"
                                    field="votes_for"
                                    label=tr!("text-votes-for")
                                    kind="number"
                                    dir=Some("ltr")
                                />
                                <TextInput
                                    result=adopted
                                    group="adoption"
                                    prefix="ad"
                                    field="votes_against"
                                    label=tr!("text-votes-against")
                                    kind="number"
                                    dir=Some("ltr")
                                />
                                <TextInput
                                    result=adopted
                                    group="adoption"
                                    prefix="ad"
                                    field="votes_abstaining"
                                    label=tr!("text-votes-abstaining")
                                    kind="number"
                                    dir=Some("ltr")
                                />
                            </fieldset>
                            <button type="submit" class="button" data-testid="adopt-text">
                                {tr!("text-adopt-submit")}
                            </button>
                        </ActionForm>
                    }
                })}
            {state
                .may_become(TextState::Superseded)
                .then(|| {
                    view! {
                        <ActionForm action=supersede attr:class="form" attr:novalidate=true>
                            <h3>{tr!("text-supersede")}</h3>
                            <FormError result=superseded prefix="sup" />
                            <input type="hidden" name="id" value=id />
                            <TextInput
                                result=superseded
                                prefix="sup"
                                field="by"
                                label=tr!("text-superseded-by-reference")
                                hint=Some(tr!("hint-reference"))
                                required=true
                                dir=Some("ltr")
                            />
                            <button type="submit" class="button button-secondary">
                                {tr!("text-supersede-submit")}
                            </button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}

#[component]
fn Comments(id: i32, comments: Vec<CommentView>, may_comment: bool) -> impl IntoView {
    let comment = ServerAction::<CommentOnText>::new();
    let commented = Signal::derive(move || comment.value().get());
    view! {
        <section id="comments" class="no-print" data-testid="comments">
            <h2>{tr!("text-comments", { "count" => comments.len() })}</h2>
            <p class="hint">{tr!("hint-comments")}</p>
            <ol class="comment-list">{comments.into_iter().map(comment_item).collect_view()}</ol>
            {may_comment
                .then(|| {
                    view! {
                        <ActionForm action=comment attr:class="form" attr:novalidate=true>
                            <FormError result=commented />
                            <input type="hidden" name="id" value=id />
                            <TextArea
                                result=commented
                                name="body".to_string()
                                field="body"
                                id="body".to_string()
                                label=tr!("text-comment")
                                required=true
                                rows=5
                                dir=Some("auto")
                            />
                            <button type="submit" class="button" data-testid="send-comment">
                                {tr!("text-comment-submit")}
                            </button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}

fn text_view(page: TextPage, lang: Lang) -> impl IntoView {
    let id = page.summary.id;
    let original = page.current.title.original;
    let title = page.current.title.show(lang);
    let (title_text, title_lang) = (title.text.to_string(), title.lang);
    let body = page.current.body_html.show(lang);
    let (body_html, body_lang) = (body.text.to_string(), body.lang);
    let current_version = page.current.version;
    let theme_names: Vec<String> = page.themes.iter().map(|t| t.name(lang).to_string()).collect();
    let versions = page.versions.clone();
    let comments = page.comments.clone();
    let may_manage = page.may_manage;
    let vote = page.vote;
    view! {
        <Title text=format!("{} — {}", page.summary.reference, title_text) />
        <p class="eyebrow">
            <a href=TEXTS class="no-print">
                {tr!("texts-title")}
            </a>
            " · "
            <span dir="ltr" data-testid="text-reference">
                {page.summary.reference.clone()}
            </span>
            " · "
            {tr_key(page.summary.kind.label_key())}
        </p>
        <h1 lang=title_lang.code() dir=title_lang.dir()>
            {title_text}
        </h1>
        <p>
            {state_badge(page.summary.state)} " " <a class="no-print" href=print_text(id) data-testid="print-link">
                {tr!("print-link")}
            </a>
        </p>
        {authority_note(original, body_lang, id)}
        <div
            class="text-body"
            lang=body_lang.code()
            dir=body_lang.dir()
            inner_html=body_html
            data-testid="text-body"
        ></div>
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
                .map(|(edition_id, title)| {
                    view! {
                        <dt>{tr!("text-edition")}</dt>
                        <dd>
                            <a href=format!("/conferences/{edition_id}")>{title.get(lang).to_string()}</a>
                        </dd>
                    }
                })}
            {vote
                .map(|v| {
                    view! {
                        <dt>{tr!("text-vote")}</dt>
                        <dd data-testid="text-vote">
                            {tr!(
                                "text-vote-result", { "for" => v.for_, "against" => v.against, "abstaining" => v.abstaining }
                            )}
                        </dd>
                    }
                })}
            {(!theme_names.is_empty())
                .then(|| {
                    view! {
                        <dt>{tr!("text-themes")}</dt>
                        <dd>{theme_names.join(" · ")}</dd>
                    }
                })}
            {page
                .superseded_by
                .clone()
                .map(|(other, reference)| {
                    view! {
                        <dt>{tr!("text-superseded-by")}</dt>
                        <dd>
                            <a href=text(other) dir="ltr">
                                {reference}
                            </a>
                        </dd>
                    }
                })}
        </dl>
        <PlanSection text_id=id may_manage />
        <CorrespondenceSection text_id=id />
        <section class="no-print" data-testid="versions">
            <h2>{tr!("text-versions")}</h2>
            <ol class="version-list">
                {versions
                    .iter()
                    .map(|&(number, date)| {
                        view! {
                            <li>
                                {tr!("text-version-number", { "version" => number })} " · " <MediumDate date />
                                {(number == current_version)
                                    .then(|| {
                                        view! {
                                            " · "
                                            {tr!("text-version-current")}
                                        }
                                    })}
                                {(number > 1)
                                    .then(|| {
                                        view! {
                                            " · "
                                            <a href=compare(id, number - 1, number)>{tr!("text-compare-previous")}</a>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(!page.current.note.is_empty())
                .then(|| {
                    view! {
                        <p class="secondary" dir="auto">
                            {tr!("text-version-note")}
                            " "
                            {page.current.note.clone()}
                        </p>
                    }
                })}
        </section>
        {comments.map(|comments| view! { <Comments id comments may_comment=page.may_comment /> })}
        {may_manage.then(|| view! { <ManagePanel page=page.clone() /> })}
    }
}

#[component]
pub fn TextPageView() -> impl IntoView {
    let id = id_param("id");
    let page = Resource::new(id, get_text);
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => text_view(page, lang).into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let id = id_param("id");
    let (from, to) = (query_param("from"), query_param("to"));
    let number = |value: Option<String>| value.and_then(|v| v.parse::<i32>().ok()).unwrap_or(0);
    let comparison = Resource::new(
        move || (id(), number(from.get()), number(to.get())),
        |(id, from, to)| compare_text_versions(id, from, to),
    );
    view! {
        <Title text=tr!("text-compare-title") />
        <h1>{tr!("text-compare-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match comparison.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(c) => {
                        let side = |pieces: Vec<(String, bool)>, tag: &'static str| {
                            pieces
                                .into_iter()
                                .map(|(piece, changed)| {
                                    if !changed {
                                        piece.into_any()
                                    } else if tag == "del" {
                                        view! { <del>{piece}</del> }.into_any()
                                    } else {
                                        view! { <ins>{piece}</ins> }.into_any()
                                    }
                                })
                                .collect_view()
                        };
                        view! {
                            <p class="lead">
                                <a href=text(c.summary.id) dir="ltr">
                                    {c.summary.reference.clone()}
                                </a>
                                " · "
                                {tr!("text-compare-versions", { "from" => c.from, "to" => c.to })}
                            </p>
                            {c
                                .languages
                                .into_iter()
                                .map(|crate::resolutions::ComparedLanguage { lang, before, after }| {
                                    view! {
                                        <section class="comparison" data-testid=format!("compare-{}", lang.code())>
                                            <h2 lang=lang.code()>{lang.native_name()}</h2>
                                            <div class="side-by-side">
                                                <div lang=lang.code() dir=lang.dir()>
                                                    <h3>{tr!("text-version-number", { "version" => c.from })}</h3>
                                                    <p class="compare-text">{side(before, "del")}</p>
                                                </div>
                                                <div lang=lang.code() dir=lang.dir()>
                                                    <h3>{tr!("text-version-number", { "version" => c.to })}</h3>
                                                    <p class="compare-text">{side(after, "ins")}</p>
                                                </div>
                                            </div>
                                        </section>
                                    }
                                })
                                .collect_view()}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
