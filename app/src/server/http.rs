//! Plain HTTP answers for the areas' axum routes (exports, feeds): files, and refusals translated
//! into the reader's language. The server's language middleware puts the `Lang` in the request.
use super::error::ServiceError;
use crate::i18n::{translate, Lang};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The address a request comes from, as the server's middleware worked it out (through trusted
/// proxies only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub std::net::IpAddr);

/// A refusal with its translated message.
pub fn refusal(lang: Lang, status: StatusCode, key: &str) -> Response {
    (status, translate(lang, key, &[])).into_response()
}

/// A file made by a service, or the refusal its error calls for (internal causes are logged).
pub fn file(
    lang: Lang,
    made: Result<impl IntoResponse, ServiceError>,
    content_type: &'static str,
    disposition: String,
) -> Response {
    match made {
        Ok(body) => {
            ([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], body)
                .into_response()
        }
        Err(error) => service_refusal(lang, error),
    }
}

/// What a person sees of a service's error on a plain route.
pub fn service_refusal(lang: Lang, error: ServiceError) -> Response {
    match error {
        ServiceError::NotFound => not_found(lang),
        ServiceError::Forbidden => refusal(lang, StatusCode::FORBIDDEN, "error-forbidden"),
        error => {
            tracing::error!(%error, "plain route");
            refusal(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
        }
    }
}

/// The translated 404, for an address naming no record.
pub fn not_found(lang: Lang) -> Response {
    refusal(lang, StatusCode::NOT_FOUND, "error-not-found")
}

/// The public host name, for calendar event ids.
pub fn public_host(public_url: &str) -> &str {
    public_url.split("://").nth(1).unwrap_or("sumud").split('/').next().unwrap_or("sumud")
}
