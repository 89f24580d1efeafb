//! The twinning area's plain routes, public: the map's drawing (SVG) and its members and links
//! as GeoJSON, for anyone's GIS, both kept drawn; the registry, and the projects with their
//! support, as CSV and JSON (what the reader may see); an agreement's documents, posted (a
//! multipart form without JavaScript) and downloaded.
use super::routes::{
    agreement, member_url, AGREEMENTS_CSV, AGREEMENTS_JSON, DOCUMENT, DOCUMENT_UPLOAD, MAP_GEOJSON, MAP_SVG,
    PROJECTS_CSV, PROJECTS_JSON,
};
use super::service;
use super::{AgreementQuery, MapQuery, MapView, ProjectQuery};
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::resolutions::api::reader_of;
use crate::resolutions::Reader;
use crate::server::http::{file, service_refusal};
use crate::server::{AppState, ServiceError};
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::{json, Value};
use std::sync::Arc;
use tower_sessions::Session;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(MAP_GEOJSON, get(map_geojson))
        .route(MAP_SVG, get(map_svg))
        .route(AGREEMENTS_CSV, get(agreements_csv))
        .route(AGREEMENTS_JSON, get(agreements_json))
        .route(PROJECTS_CSV, get(projects_csv))
        .route(PROJECTS_JSON, get(projects_json))
        .route(
            DOCUMENT_UPLOAD,
            post(upload_document).layer(DefaultBodyLimit::max(super::DOCUMENT_MOST_BYTES + 64 * 1024)),
        )
        .route(DOCUMENT, get(download_document))
}

/// Who is asking, as the registry's rules see them (the public when signed out).
async fn reader_on_route(state: &AppState, session: &Session) -> Result<Reader, ServiceError> {
    let user = crate::accounts::guard::user_of(session, &state.db)
        .await
        .map_err(|_| ServiceError::Internal("session".into()))?;
    Ok(reader_of(user.as_ref()))
}

async fn agreements_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Query(query): Query<AgreementQuery>,
) -> Response {
    let csv = match reader_on_route(&state, &session).await {
        Ok(reader) => service::agreements_csv(&state.db, reader, &query, &state.settings.public_url, lang).await,
        Err(error) => Err(error),
    };
    let name = format!("attachment; filename=\"sumud-agreements-{}.csv\"", lang.code());
    file(lang, csv, "text/csv; charset=utf-8", name)
}

async fn agreements_json(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Query(query): Query<AgreementQuery>,
) -> Response {
    let rows = match reader_on_route(&state, &session).await {
        Ok(reader) => service::exported_agreements(&state.db, reader, &query, &state.settings.public_url).await,
        Err(error) => Err(error),
    };
    match rows {
        Ok(rows) => Json(rows).into_response(),
        Err(error) => service_refusal(lang, error),
    }
}

async fn projects_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Query(query): Query<ProjectQuery>,
) -> Response {
    let csv = match reader_on_route(&state, &session).await {
        Ok(reader) => service::projects_csv(&state.db, reader, &query, &state.settings.public_url, lang).await,
        Err(error) => Err(error),
    };
    let name = format!("attachment; filename=\"sumud-projects-{}.csv\"", lang.code());
    file(lang, csv, "text/csv; charset=utf-8", name)
}

async fn projects_json(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Query(query): Query<ProjectQuery>,
) -> Response {
    let rows = match reader_on_route(&state, &session).await {
        Ok(reader) => service::exported_projects(&state.db, reader, &query, &state.settings.public_url).await,
        Err(error) => Err(error),
    };
    match rows {
        Ok(rows) => Json(rows).into_response(),
        Err(error) => service_refusal(lang, error),
    }
}

/// A GeoJSON position: longitude first, to six decimals (about 11 cm).
fn position(latitude: f64, longitude: f64) -> Value {
    let round = |degrees: f64| (degrees * 1e6).round() / 1e6;
    json!([round(longitude), round(latitude)])
}

/// RFC 7946: members as points, agreements in force as lines between their parties.
fn geojson_text(map: &MapView, base: &str) -> String {
    let members = map.points.iter().map(|point| {
        json!({
            "type": "Feature",
            "id": format!("member-{}", point.member.id),
            "geometry": { "type": "Point", "coordinates": position(point.latitude, point.longitude) },
            "properties": {
                "kind": "member",
                "name": point.member.official_name,
                "latin_name": point.member.latin_name,
                "country": point.member.country,
                "agreements": point.agreements,
                "url": format!("{base}{}", member_url(point.member.id)),
            },
        })
    });
    let links = map.links.iter().map(|link| {
        json!({
            "type": "Feature",
            "id": format!("agreement-{}", link.agreement_id),
            "geometry": {
                "type": "LineString",
                "coordinates": [position(link.from.0, link.from.1), position(link.to.0, link.to.1)],
            },
            "properties": {
                "kind": link.kind.as_str(),
                "title": link.title,
                "url": format!("{base}{}", super::routes::agreement(link.agreement_id)),
            },
        })
    });
    json!({ "type": "FeatureCollection", "features": members.chain(links).collect::<Vec<_>>() }).to_string()
}

async fn map_geojson(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(drawings): Extension<Arc<service::MapDrawings>>,
    Query(query): Query<MapQuery>,
    request: HeaderMap,
) -> Response {
    let base = state.settings.public_url.trim_end_matches('/');
    let drawing = drawings.get(&state.db, service::DrawingFormat::GeoJson, &query, |map| geojson_text(map, base)).await;
    serve_drawing(lang, drawing, &request, "application/geo+json", "inline; filename=\"sumud-map.geojson\"")
}

/// The map's drawing in the reader's language, for the map page (and anyone's page).
async fn map_svg(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(drawings): Extension<Arc<service::MapDrawings>>,
    Query(query): Query<MapQuery>,
    request: HeaderMap,
) -> Response {
    let format = service::DrawingFormat::Svg(lang);
    let drawing = drawings.get(&state.db, format, &query, |map| service::map_svg(map, lang)).await;
    serve_drawing(lang, drawing, &request, "image/svg+xml", "inline; filename=\"sumud-map.svg\"")
}

/// A drawing of the map as its route serves it: gzipped as kept (or unpacked for the rare
/// client that takes no gzip), revalidated by its tag (a `304` costs nothing).
fn serve_drawing(
    lang: Lang,
    drawing: Result<std::sync::Arc<service::MapDrawing>, ServiceError>,
    request: &HeaderMap,
    content_type: &'static str,
    disposition: &'static str,
) -> Response {
    let drawing = match drawing {
        Ok(drawing) => drawing,
        Err(error) => return service_refusal(lang, error),
    };
    let headers = [
        (header::ETAG, drawing.etag.clone()),
        // Asked again each time, answered with a 304 while nothing changed.
        (header::CACHE_CONTROL, "public, no-cache".to_string()),
        // The language comes from the address, or else the cookie or the browser's languages.
        (header::VARY, "Accept-Encoding, Accept-Language, Cookie".to_string()),
    ];
    let seen = request.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok());
    if seen.is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == drawing.etag)) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let typed = [(header::CONTENT_TYPE, content_type), (header::CONTENT_DISPOSITION, disposition)];
    let gzip = request.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).is_some_and(|accepted| {
        accepted.split(',').any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            // "gzip;q=0" says no.
            parts.next() == Some("gzip") && !parts.any(|p| p.replace(' ', "") == "q=0")
        })
    });
    if gzip {
        return (headers, typed, [(header::CONTENT_ENCODING, "gzip")], drawing.gzip.clone()).into_response();
    }
    let mut plain = Vec::new();
    match std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&drawing.gzip[..]), &mut plain) {
        Ok(_) => (headers, typed, plain).into_response(),
        Err(error) => service_refusal(lang, ServiceError::Internal(format!("gunzip: {error}"))),
    }
}

/// Keeps a document of the agreement and goes back to its page; a refused one goes back with
/// the reason at the field and the title typed (a file cannot be put back into a form).
async fn upload_document(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i32>,
    mut form: Multipart,
) -> Response {
    let roles = [crate::identity::Role::Secretariat, crate::identity::Role::FocalPoint];
    let user = match crate::accounts::guard::require_on_route(&session, &state.db, lang, &roles).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let (mut title, mut file_name, mut bytes, mut cut_off) = (String::new(), String::new(), Vec::new(), false);
    while let Ok(Some(field)) = form.next_field().await {
        match field.name() {
            Some("title") => title = field.text().await.unwrap_or_default(),
            Some("file") => {
                file_name = field.file_name().unwrap_or_default().to_string();
                match field.bytes().await {
                    Ok(read) => bytes = read.to_vec(),
                    // Cut off by the body limit: too large, whatever reached us.
                    Err(_) => cut_off = true,
                }
            }
            _ => {}
        }
    }
    let page = agreement(id);
    let back = |key: &str| {
        // What a title may hold; more would only make the address too long.
        let kept: String = title.chars().take(200).collect();
        let title = crate::ui::percent_encode(&kept);
        Redirect::to(&format!("{page}?error={key}&title={title}&lang={}#document-file", lang.code())).into_response()
    };
    if cut_off {
        return back("error-document-large");
    }
    let context = crate::accounts::guard::context_on_route(&state, &user, lang);
    let upload = service::Upload { title: &title, file_name: &file_name, bytes: &bytes };
    let reader = reader_of(Some(&user));
    match service::attach_document(&state.db, &state.settings.documents, &context, reader, id, &upload).await {
        Ok(_) => Redirect::to(&format!("{page}?lang={}#documents", lang.code())).into_response(),
        Err(ServiceError::Invalid { key, .. }) => back(key),
        Err(error) => service_refusal(lang, error),
    }
}

fn disposition(content_type: &str) -> &'static str {
    if content_type == "application/pdf" {
        "attachment"
    } else {
        "inline"
    }
}

/// A document, for whoever may read its agreement, under its safe name: an image shown in place
/// in a sandbox, a PDF downloaded (Chromium's viewer refuses a sandboxed PDF); never run as a
/// page (types checked when added, `nosniff`).
async fn download_document(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i32>,
) -> Response {
    let found = match reader_on_route(&state, &session).await {
        Ok(reader) => service::document_file(&state.db, &state.settings.documents, reader, id).await,
        Err(error) => Err(error),
    };
    match found {
        Ok((row, bytes)) => (
            [
                (
                    header::CONTENT_DISPOSITION,
                    format!("{}; filename=\"{}\"", disposition(&row.content_type), row.file_name),
                ),
                (header::CONTENT_TYPE, row.content_type),
                (header::CACHE_CONTROL, "private, max-age=300".to_string()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
                (header::CONTENT_SECURITY_POLICY, "default-src 'none'; img-src 'self'; sandbox".to_string()),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => service_refusal(lang, error),
    }
}
