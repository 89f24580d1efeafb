//! `/resolutions/addressees`: the secretariat's register of the organisations (and members) texts
//! are addressed to, with the form to add one or correct one.
use crate::domain::Choice;
use crate::identity::Role;
use crate::membership::countries_by_name;
use crate::resolutions::correspondence::api::{
    get_addressee_form, get_addressee_register, AddAddressee, UpdateAddressee,
};
use crate::resolutions::correspondence::routes::edit_addressee;
use crate::resolutions::correspondence::{AddresseeCategory, AddresseeInput, AddresseeRegister};
use crate::tr;
use crate::ui::{
    choice_options, id_options, query_param, tr_key, use_lang, DataTable, ErrorPanel, FormError, FormResult,
    RequireRole, SelectField, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

const GROUP: &str = "addressee";
const PREFIX: &str = "ad";

#[component]
fn AddresseeFieldsForm(result: FormResult, current: AddresseeInput, members: Vec<(i32, String)>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <SelectField
            result
            name=format!("{GROUP}[category]")
            field="category"
            id=format!("{PREFIX}-category")
            label=tr!("addressee-category")
            required=true
        >
            {choice_options(AddresseeCategory::ALL, AddresseeCategory::parse(&current.category))}
        </SelectField>
        <SelectField
            result
            name=format!("{GROUP}[member_id]")
            field="member_id"
            id=format!("{PREFIX}-member_id")
            label=tr!("addressee-member")
            hint=Some(tr!("hint-addressee-member"))
        >
            <option value="">{tr!("addressee-member-none")}</option>
            {id_options(&members, &current.member_id)}
        </SelectField>
        <TextInput
            result
            group=GROUP
            prefix=PREFIX
            field="name"
            label=tr!("addressee-name")
            hint=Some(tr!("hint-addressee-name"))
            dir=Some("auto")
            value=Some(current.name.clone())
        />
        <TextInput
            result
            group=GROUP
            prefix=PREFIX
            field="latin_name"
            label=tr!("addressee-latin-name")
            hint=Some(tr!("hint-addressee-latin-name"))
            dir=Some("ltr")
            value=Some(current.latin_name.clone())
        />
        <SelectField
            result
            name=format!("{GROUP}[country]")
            field="country"
            id=format!("{PREFIX}-country")
            label=tr!("addressee-country")
        >
            <option value="">{tr!("addressee-country-none")}</option>
            {countries_by_name(lang)
                .iter()
                .map(|(code, name)| {
                    let selected = code.eq_ignore_ascii_case(current.country.trim());
                    view! {
                        <option value=*code selected=selected>
                            {*name}
                        </option>
                    }
                })
                .collect_view()}
        </SelectField>
        <TextArea
            result
            name=format!("{GROUP}[contact]")
            field="contact"
            id=format!("{PREFIX}-contact")
            label=tr!("addressee-contact")
            hint=Some(tr!("hint-addressee-contact"))
            dir=Some("auto")
            value=current.contact.clone()
        />
    }
}

fn register_table(register: &AddresseeRegister, lang: crate::i18n::Lang) -> impl IntoView {
    let rows = register
        .addressees
        .iter()
        .map(|a| {
            let country =
                a.country.as_deref().and_then(|code| crate::membership::country_name(code, lang)).unwrap_or_default();
            view! {
                <tr>
                    <td>
                        <bdi>{a.label()}</bdi>
                    </td>
                    <td>{tr_key(a.category.label_key())}</td>
                    <td>{country}</td>
                    <td dir="auto" class="pre-line">
                        {a.contact.clone().unwrap_or_default()}
                    </td>
                    <td>
                        <a href=edit_addressee(a.id)>{tr!("addressee-edit")}</a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable
            testid="addressees-table"
            columns=vec![
                tr!("addressee-name"),
                tr!("addressee-category"),
                tr!("addressee-country"),
                tr!("addressee-contact"),
            ]
            links_column=true
        >
            {rows}
        </DataTable>
    }
}

#[component]
fn EditAddresseeForm(id: i32, members: Vec<(i32, String)>) -> impl IntoView {
    let current = Resource::new(move || id, get_addressee_form);
    let update = ServerAction::<UpdateAddressee>::new();
    let result = Signal::derive(move || update.value().get());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let members = members.clone();
                Suspend::new(async move {
                    match current.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(current) => {
                            view! {
                                <ActionForm
                                    action=update
                                    attr:class="form"
                                    attr:novalidate=true
                                    attr:id="addressee-form"
                                >
                                    <h2>{tr!("addressee-edit")}</h2>
                                    <FormError result prefix=PREFIX />
                                    <input type="hidden" name="id" value=id />
                                    <AddresseeFieldsForm result current members />
                                    <button type="submit" class="button" data-testid="save-addressee">
                                        {tr!("addressee-save")}
                                    </button>
                                </ActionForm>
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn AddresseesPage() -> impl IntoView {
    let register = Resource::new(|| (), |_| get_addressee_register());
    let editing = query_param("edit");
    let add = ServerAction::<AddAddressee>::new();
    let added = Signal::derive(move || add.value().get());
    let lang = use_lang();
    view! {
        <Title text=tr!("addressees-title") />
        <h1>{tr!("addressees-title")}</h1>
        <p class="lead">{tr!("addressees-lead")}</p>
        <RequireRole roles=&[Role::Secretariat]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match register.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(register) => {
                            let chosen = editing
                                .get_untracked()
                                .and_then(|id| id.parse::<i32>().ok())
                                .filter(|id| register.addressees.iter().any(|a| a.id == *id));
                            let table = if register.addressees.is_empty() {
                                view! { <p class="secondary">{tr!("addressees-empty")}</p> }.into_any()
                            } else {
                                register_table(&register, lang).into_any()
                            };
                            let form = match chosen {
                                Some(id) => {
                                    let mut members = register.members.clone();
                                    if let Some(own) = register.addressees.iter().find(|a| a.id == id) {
                                        if let Some(member_id) = own.member_id {
                                            members.insert(0, (member_id, own.name.clone()));
                                        }
                                    }
                                    // Its own member stays a choice when it is one.
                                    view! { <EditAddresseeForm id members /> }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <ActionForm
                                            action=add
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:id="addressee-form"
                                        >
                                            <h2>{tr!("addressee-add")}</h2>
                                            <FormError result=added prefix=PREFIX />
                                            <AddresseeFieldsForm
                                                result=added
                                                current=AddresseeInput::default()
                                                members=register.members.clone()
                                            />
                                            <button type="submit" class="button" data-testid="save-addressee">
                                                {tr!("addressee-add")}
                                            </button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                            };
                            view! {
                                {table}
                                {form}
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}
