//! Server functions of the twinning area: the public reads validated agreements, a focal point
//! records and updates its own member's, the secretariat all of them and validates them.
use super::{
    AgreementForm, AgreementInput, AgreementList, AgreementPage, AgreementQuery, AgreementSummary, MapQuery,
    MapSummary, MemberCooperation, ProjectForm, ProjectInput, ProjectList, ProjectPage, ProjectQuery, SupportInput,
    VisitForm, VisitInput, VisitList,
};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::{routes, service, AgreementFields, ProjectFields, StageFields, SupportFields, VisitFields},
    crate::accounts::guard,
    crate::identity::Role,
    crate::resolutions::api::{reader, reader_of},
    crate::server::state,
};

/// Public: the registry, as the reader may see it.
#[server(endpoint = "list_agreements")]
pub async fn list_agreements(#[server(default)] query: AgreementQuery) -> Result<AgreementList, AppError> {
    Ok(service::list(&state()?.db, reader().await?, &query).await?)
}

/// Public once validated: an agreement's page.
#[server(endpoint = "get_agreement")]
pub async fn get_agreement(id: i32) -> Result<AgreementPage, AppError> {
    Ok(service::page(&state()?.db, reader().await?, id).await?)
}

/// Public: the agreements a member is party to (its page lists them).
#[server(endpoint = "member_agreements")]
pub async fn member_agreements(member_id: i32) -> Result<Vec<AgreementSummary>, AppError> {
    Ok(service::member_agreements(&state()?.db, reader().await?, member_id).await?)
}

/// The agreement form's values and choices: a new agreement's (`id` 0) or one the reader may
/// change.
#[server(endpoint = "get_agreement_form")]
pub async fn get_agreement_form(id: i32) -> Result<AgreementForm, AppError> {
    let user = guard::require(&[Role::Secretariat, Role::FocalPoint]).await?;
    let id = (id != 0).then_some(id);
    Ok(service::form(&state()?.db, reader_of(Some(&user)), id, guard::request_lang().await).await?)
}

#[server(endpoint = "propose_agreement")]
pub async fn propose_agreement(#[server(default)] agreement: AgreementInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = AgreementFields::parse(&agreement)?;
    let row = service::propose(&state()?.db, &context, reader_of(Some(&user)), &fields).await?;
    leptos_axum::redirect(&routes::agreement(row.id));
    Ok(())
}

#[server(endpoint = "update_agreement")]
pub async fn update_agreement(id: i32, #[server(default)] agreement: AgreementInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = AgreementFields::parse(&agreement)?;
    service::update(&state()?.db, &context, reader_of(Some(&user)), id, &fields).await?;
    leptos_axum::redirect(&format!("{}?saved=1", routes::agreement(id)));
    Ok(())
}

/// A party's focal point or the secretariat records a stage the agreement reached.
#[server(endpoint = "record_agreement_stage")]
pub async fn record_agreement_stage(id: i32, stage: String, reached_on: String) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = StageFields::parse(&stage, &reached_on)?;
    service::record_stage(&state()?.db, &context, reader_of(Some(&user)), id, &fields).await?;
    leptos_axum::redirect(&routes::agreement(id));
    Ok(())
}

/// The secretariat makes an agreement public.
#[server(endpoint = "validate_agreement")]
pub async fn validate_agreement(id: i32, version: i64) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    service::validate(&state()?.db, &context, id, version).await?;
    leptos_axum::redirect(&routes::agreement(id));
    Ok(())
}

/// Public: what the map shows (its drawing, made now if none is kept, is served at
/// [`routes::MAP_SVG`]).
#[server(endpoint = "get_map")]
pub async fn get_map(#[server(default)] query: MapQuery) -> Result<MapSummary, AppError> {
    let drawings = crate::server::area_state::<std::sync::Arc<service::MapDrawings>>()?;
    let (db, lang) = (state()?.db, guard::request_lang().await);
    let format = service::DrawingFormat::Svg(lang);
    let drawing = drawings.get(&db, format, &query, |map| service::map_svg(map, lang)).await?;
    let themes = crate::resolutions::service::themes(&db).await?;
    Ok(MapSummary { members: drawing.members, links: drawing.links, themes })
}

/// A party's focal point or the secretariat removes one of the agreement's documents.
#[server(endpoint = "remove_agreement_document")]
pub async fn remove_agreement_document(id: i32) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let state = state()?;
    let agreement_id =
        service::remove_document(&state.db, &state.settings.documents, &context, reader_of(Some(&user)), id).await?;
    leptos_axum::redirect(&format!("{}#documents", routes::agreement(agreement_id)));
    Ok(())
}

/// Public: projects, the support totals by locality and currency.
#[server(endpoint = "list_projects")]
pub async fn list_projects(#[server(default)] query: ProjectQuery) -> Result<ProjectList, AppError> {
    Ok(service::projects(&state()?.db, reader().await?, &query, guard::request_lang().await).await?)
}

/// Public: a project and the support it received.
#[server(endpoint = "get_project")]
pub async fn get_project(id: i32) -> Result<ProjectPage, AppError> {
    Ok(service::project_page(&state()?.db, reader().await?, id, guard::request_lang().await).await?)
}

/// The project form's values and choices: a new project's (`id` 0) or one the reader may change.
#[server(endpoint = "get_project_form")]
pub async fn get_project_form(id: i32) -> Result<ProjectForm, AppError> {
    let user = guard::require(&[Role::Secretariat, Role::FocalPoint]).await?;
    let id = (id != 0).then_some(id);
    Ok(service::project_form(&state()?.db, reader_of(Some(&user)), id, guard::request_lang().await).await?)
}

#[server(endpoint = "record_project")]
pub async fn record_project(#[server(default)] project: ProjectInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = ProjectFields::parse(&project)?;
    let row = service::record_project(&state()?.db, &context, reader_of(Some(&user)), &fields).await?;
    leptos_axum::redirect(&routes::project(row.id));
    Ok(())
}

#[server(endpoint = "update_project")]
pub async fn update_project(id: i32, #[server(default)] project: ProjectInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = ProjectFields::parse(&project)?;
    service::update_project(&state()?.db, &context, reader_of(Some(&user)), id, &fields).await?;
    leptos_axum::redirect(&format!("{}?saved=1", routes::project(id)));
    Ok(())
}

/// Support a project received, recorded by whoever may change the project.
#[server(endpoint = "add_project_support")]
pub async fn add_project_support(project_id: i32, #[server(default)] support: SupportInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = SupportFields::parse(&support)?;
    service::add_support(&state()?.db, &context, reader_of(Some(&user)), project_id, &fields).await?;
    leptos_axum::redirect(&format!("{}#support", routes::project(project_id)));
    Ok(())
}

#[server(endpoint = "remove_project_support")]
pub async fn remove_project_support(id: i32) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let project_id = service::remove_support(&state()?.db, &context, reader_of(Some(&user)), id).await?;
    leptos_axum::redirect(&format!("{}#support", routes::project(project_id)));
    Ok(())
}

/// Public: exchange visits, the latest first.
#[server(endpoint = "list_visits")]
pub async fn list_visits(#[server(default)] page: u64) -> Result<VisitList, AppError> {
    Ok(service::visits(&state()?.db, reader().await?, page).await?)
}

/// The visit form's choices.
#[server(endpoint = "get_visit_form")]
pub async fn get_visit_form() -> Result<VisitForm, AppError> {
    let user = guard::require(&[Role::Secretariat, Role::FocalPoint]).await?;
    Ok(service::visit_form(&state()?.db, reader_of(Some(&user)), guard::request_lang().await).await?)
}

#[server(endpoint = "record_visit")]
pub async fn record_visit(#[server(default)] visit: VisitInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    let fields = VisitFields::parse(&visit)?;
    service::record_visit(&state()?.db, &context, reader_of(Some(&user)), &fields).await?;
    leptos_axum::redirect(&format!("{}?saved=1", routes::VISITS));
    Ok(())
}

#[server(endpoint = "remove_visit")]
pub async fn remove_visit(id: i32) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    service::remove_visit(&state()?.db, &context, reader_of(Some(&user)), id).await?;
    leptos_axum::redirect(routes::VISITS);
    Ok(())
}

/// Public: a member's projects and visits (its page shows them).
#[server(endpoint = "get_member_cooperation")]
pub async fn get_member_cooperation(member_id: i32) -> Result<MemberCooperation, AppError> {
    Ok(service::member_cooperation(&state()?.db, reader().await?, member_id, guard::request_lang().await).await?)
}
