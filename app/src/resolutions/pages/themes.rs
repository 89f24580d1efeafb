//! `/secretariat/themes`: the shared list of themes, with a form to add one or rename one.
use crate::identity::Role;
use crate::resolutions::api::{list_themes, AddTheme, RenameTheme};
use crate::resolutions::routes::THEMES;
use crate::resolutions::ThemeView;
use crate::tr;
use crate::ui::{query_param, DataTable, ErrorPanel, FormError, FormResult, RequireRole, TextInput};
use leptos::prelude::*;
use leptos_meta::Title;

/// A filter bar's choice of theme (texts, agreements, the map): any, or one named in `lang`;
/// `chosen` is the id the address asks for.
#[component]
pub fn ThemeFilter(id: &'static str, themes: Vec<ThemeView>, chosen: String, lang: crate::i18n::Lang) -> impl IntoView {
    let options = themes
        .into_iter()
        .map(|t| {
            let value = t.id.to_string();
            let selected = value == chosen;
            view! {
                <option value=value selected=selected>
                    {t.name(lang).to_string()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div>
            <label for=id>{tr!("text-theme")}</label>
            <select id=id name="theme">
                <option value="">{tr!("filter-any")}</option>
                {options}
            </select>
        </div>
    }
}

/// A short name and a name in each language, as a theme and a status have them.
#[component]
pub fn SlugAndNames(
    result: FormResult,
    group: &'static str,
    prefix: &'static str,
    slug_hint: String,
    slug: Option<String>,
    /// In ar, en, fr.
    names: Option<[String; 3]>,
) -> impl IntoView {
    let name = |i: usize| names.as_ref().map(|n| n[i].clone());
    view! {
        <TextInput
            result
            group
            prefix
            field="slug"
            label=tr!("theme-slug")
            hint=Some(slug_hint)
            required=true
            dir=Some("ltr")
            value=slug
        />
        <TextInput
            result
            group
            prefix
            field="name_ar"
            label=tr!("theme-name-ar")
            required=true
            dir=Some("rtl")
            value=name(0)
        />
        <TextInput
            result
            group
            prefix
            field="name_en"
            label=tr!("theme-name-en")
            required=true
            dir=Some("ltr")
            value=name(1)
        />
        <TextInput
            result
            group
            prefix
            field="name_fr"
            label=tr!("theme-name-fr")
            required=true
            dir=Some("ltr")
            value=name(2)
        />
    }
}

#[component]
fn ThemeFieldsForm(result: FormResult, current: Option<ThemeView>) -> impl IntoView {
    view! {
        <SlugAndNames
            result
            group="theme"
            prefix="th"
            slug_hint=tr!("hint-theme-slug")
            slug=current.as_ref().map(|t| t.slug.clone())
            names=current.map(|t| t.name)
        />
    }
}

#[component]
pub fn ThemesPage() -> impl IntoView {
    let themes = Resource::new(|| (), |_| list_themes());
    let editing = query_param("edit");
    let add = ServerAction::<AddTheme>::new();
    let added = Signal::derive(move || add.value().get());
    let rename = ServerAction::<RenameTheme>::new();
    let renamed = Signal::derive(move || rename.value().get());
    view! {
        <Title text=tr!("themes-title") />
        <h1>{tr!("themes-title")}</h1>
        <p class="lead">{tr!("themes-lead")}</p>
        <RequireRole roles=&[Role::Secretariat]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match themes.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(list) => {
                            let chosen = editing
                                .get_untracked()
                                .and_then(|id| id.parse::<i32>().ok())
                                .and_then(|id| list.iter().find(|t| t.id == id).cloned());
                            let rows = list
                                .into_iter()
                                .map(|t| {
                                    view! {
                                        <tr>
                                            <td dir="ltr">{t.slug.clone()}</td>
                                            <td lang="ar" dir="rtl">
                                                {t.name[0].clone()}
                                            </td>
                                            <td lang="en" dir="ltr">
                                                {t.name[1].clone()}
                                            </td>
                                            <td lang="fr" dir="ltr">
                                                {t.name[2].clone()}
                                            </td>
                                            <td>
                                                <a href=format!(
                                                    "{THEMES}?edit={}#theme-form",
                                                    t.id,
                                                )>{tr!("theme-rename")}</a>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view();
                            let form = match chosen {
                                Some(theme) => {
                                    let id = theme.id;
                                    view! {
                                        <ActionForm
                                            action=rename
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:id="theme-form"
                                        >
                                            <h2>{tr!("theme-rename")} " " {theme.name[1].clone()}</h2>
                                            <FormError result=renamed prefix="th" />
                                            <input type="hidden" name="id" value=id />
                                            <ThemeFieldsForm result=renamed current=Some(theme) />
                                            <button type="submit" class="button" data-testid="save-theme">
                                                {tr!("theme-save")}
                                            </button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <ActionForm
                                            action=add
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:id="theme-form"
                                        >
                                            <h2>{tr!("theme-add")}</h2>
                                            <FormError result=added prefix="th" />
                                            <ThemeFieldsForm result=added current=None />
                                            <button type="submit" class="button" data-testid="save-theme">
                                                {tr!("theme-add")}
                                            </button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                            };
                            view! {
                                <DataTable
                                    testid="themes-table"
                                    columns=vec![
                                        tr!("theme-slug"),
                                        tr!("theme-name-ar"),
                                        tr!("theme-name-en"),
                                        tr!("theme-name-fr"),
                                    ]
                                    links_column=true
                                >
                                    {rows}
                                </DataTable>
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
