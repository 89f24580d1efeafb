//! Applying for membership, without an account.
use super::*;
use crate::membership::api::ApplyForMembership;
use crate::membership::routes::DIRECTORY;
use crate::tr;
use crate::ui::{query_param, FormError, TextArea};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ApplyPage() -> impl IntoView {
    let action = ServerAction::<ApplyForMembership>::new();
    let result = Signal::derive(move || action.value().get());
    let submitted = query_param("submitted");
    view! {
        <Title text=tr!("apply-title") />
        <h1>{tr!("apply-title")}</h1>
        {move || match submitted.get() {
            Some(_) => {
                view! {
                    <div class="alert alert-success" role="status">
                        <p>{tr!("apply-received")}</p>
                        <p>
                            <a href=DIRECTORY>{tr!("directory-title")}</a>
                        </p>
                    </div>
                }
                    .into_any()
            }
            None => {
                view! {
                    <p class="lead">{tr!("apply-lead")}</p>
                    <ActionForm action=action attr:class="form application-form" attr:novalidate=true>
                        <FormError result prefix="app" />
                        <ProfileFields result />
                        <TextArea
                            result
                            id="app-motivation".to_string()
                            name="application[motivation]".to_string()
                            field="motivation"
                            label=tr!("field-motivation")
                            hint=Some(tr!("hint-motivation"))
                            required=true
                            rows=6
                            wide=true
                        />
                        <button type="submit" class="button">
                            {tr!("apply-submit")}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            }
        }}
    }
}
