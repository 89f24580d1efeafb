//! The twinning area's plain routes, public: the map's members and links as GeoJSON, for
//! anyone's GIS.
use super::routes::{member_url, MAP_GEOJSON};
use super::service;
use super::MapQuery;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::server::http::service_refusal;
use crate::server::AppState;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use serde_json::{json, Value};

pub fn router() -> Router<AppState> {
    Router::new().route(MAP_GEOJSON, get(map_geojson))
}

/// A GeoJSON position: longitude first, to six decimals (about 11 cm).
fn position(latitude: f64, longitude: f64) -> Value {
    let round = |degrees: f64| (degrees * 1e6).round() / 1e6;
    json!([round(longitude), round(latitude)])
}

/// RFC 7946: members as points, agreements in force as lines between their parties.
async fn map_geojson(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Query(query): Query<MapQuery>,
) -> Response {
    let map = match service::map(&state.db, &query).await {
        Ok(map) => map,
        Err(error) => return service_refusal(lang, error),
    };
    let base = state.settings.public_url.trim_end_matches('/');
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
    let collection = json!({ "type": "FeatureCollection", "features": members.chain(links).collect::<Vec<_>>() });
    (
        [
            (header::CONTENT_TYPE, "application/geo+json"),
            (header::CONTENT_DISPOSITION, "inline; filename=\"sumud-map.geojson\""),
        ],
        collection.to_string(),
    )
        .into_response()
}
