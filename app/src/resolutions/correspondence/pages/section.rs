//! A text's addressees, which anyone reading the text sees, and its correspondence, which
//! signed-in members read, on the text's page.
use crate::domain::Choice;
use crate::resolutions::correspondence::api::get_correspondence;
use crate::resolutions::correspondence::routes::{letter, new_letter, ADDRESSEES};
use crate::resolutions::correspondence::{Correspondence, LetterLine};
use crate::tr;
use crate::ui::{tr_key, ErrorPanel, MediumDate};
use leptos::prelude::*;

/// The letters as a table: register number, date, direction, correspondent, subject.
pub fn letters_table(letters: Vec<LetterLine>, testid: &'static str) -> impl IntoView {
    let rows = letters
        .into_iter()
        .map(|line| {
            view! {
                <tr>
                    <td>
                        <a href=letter(line.id) dir="ltr">
                            {line.register.clone()}
                        </a>
                    </td>
                    <td>
                        <MediumDate date=line.dated_on />
                    </td>
                    <td>{tr_key(line.direction.label_key())}</td>
                    <td>
                        <bdi>{line.correspondent.clone()}</bdi>
                    </td>
                    <td dir="auto">
                        {line.subject.clone()}
                        {line
                            .has_file
                            .then(|| {
                                view! {
                                    " · "
                                    {tr!("letter-has-copy")}
                                }
                            })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data-table" data-testid=testid>
                <thead>
                    <tr>
                        <th scope="col">{tr!("letter-register")}</th>
                        <th scope="col">{tr!("letter-dated-on")}</th>
                        <th scope="col">{tr!("letter-direction")}</th>
                        <th scope="col">{tr!("letter-correspondent")}</th>
                        <th scope="col">{tr!("letter-subject")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn correspondence_view(text_id: i32, found: Correspondence) -> impl IntoView {
    let addressees = if found.addressees.is_empty() {
        view! { <p class="secondary">{tr!("addressees-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="addressee-list" data-testid="text-addressees">
                {found
                    .addressees
                    .iter()
                    .map(|a| {
                        view! {
                            <li>
                                <bdi>{a.label()}</bdi>
                                " · "
                                <span class="secondary">{tr_key(a.category.label_key())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let letters = found.letters.map(|letters| {
        let list = if letters.is_empty() {
            view! { <p class="secondary">{tr!("letters-none")}</p> }.into_any()
        } else {
            letters_table(letters, "text-letters").into_any()
        };
        view! {
            <h3>{tr!("letters-title")}</h3>
            {list}
        }
    });
    view! {
        <h3>{tr!("text-addressees")}</h3>
        {addressees}
        {letters}
        {found
            .may_manage
            .then(|| {
                view! {
                    <p class="no-print actions-row">
                        <a class="button button-secondary" href=new_letter(text_id, None) data-testid="new-letter">
                            {tr!("letter-new")}
                        </a>
                        " "
                        <a href=ADDRESSEES>{tr!("addressees-title")}</a>
                    </p>
                }
            })}
    }
}

#[component]
pub fn CorrespondenceSection(text_id: i32) -> impl IntoView {
    let found = Resource::new(move || text_id, get_correspondence);
    view! {
        <section id="correspondence" data-testid="correspondence">
            <h2>{tr!("correspondence-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match found.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(found) => correspondence_view(text_id, found).into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
