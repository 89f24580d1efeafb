//! The error a page or a server function reports to a person. It carries a message key, never a
//! database string; internal causes are logged on the server where they happen.
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("sign-in required")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// A field's value was refused; `key` names the translated message.
    #[error("invalid {field}: {key}")]
    Invalid { field: String, key: String },
    /// Several fields refused at once: (field, message key).
    #[error("invalid fields")]
    Fields(Vec<(String, String)>),
    #[error("conflict: {key}")]
    Conflict { key: String },
    #[error("too many attempts, wait {seconds}s")]
    RateLimited { seconds: u64 },
    #[error("wrong email or password")]
    BadCredentials,
    #[error("link invalid or expired")]
    InvalidLink,
    #[error("internal error")]
    Internal,
    /// The request could not be read (a missing or malformed field): a 400.
    #[error("bad request")]
    BadRequest,
    /// The request itself failed (network, decoding).
    #[error("request failed: {0}")]
    Transport(String),
}

/// Gives the response the error's HTTP status: an API call, and a page rendered on the server
/// (a refused page is a 403, not a 200 that says "no"). A plain HTML form post (no JavaScript)
/// keeps its redirect back to the page, where the translated message is shown; outside a request
/// this does nothing.
#[cfg(feature = "ssr")]
pub fn set_http_status(status: axum::http::StatusCode) {
    let plain_form_post = leptos::prelude::use_context::<axum::http::request::Parts>().is_some_and(|parts| {
        parts.method == axum::http::Method::POST
            && parts
                .headers
                .get(axum::http::header::ACCEPT)
                .and_then(|accept| accept.to_str().ok())
                .is_some_and(|accept| accept.contains("text/html"))
    });
    if !plain_form_post {
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                #[cfg(feature = "ssr")]
                set_http_status(axum::http::StatusCode::BAD_REQUEST);
                AppError::BadRequest
            }
            other => AppError::Transport(other.to_string()),
        }
    }
}

impl AppError {
    /// A refused field. Inside a server function the response becomes a 422.
    pub fn invalid(field: &str, key: &str) -> Self {
        #[cfg(feature = "ssr")]
        set_http_status(axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        AppError::Invalid { field: field.to_string(), key: key.to_string() }
    }

    /// The Fluent key of the message shown to a person.
    pub fn message_key(&self) -> &str {
        match self {
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::Invalid { key, .. } | AppError::Conflict { key } => key,
            AppError::Fields(_) => "error-check-fields",
            AppError::RateLimited { .. } => "error-rate-limited",
            AppError::BadCredentials => "error-bad-credentials",
            AppError::InvalidLink => "error-invalid-link",
            AppError::Internal => "error-internal",
            AppError::BadRequest => "error-bad-request",
            AppError::Transport(_) => "error-transport",
        }
    }

    /// The field the message belongs next to, if any (the first, when several).
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Invalid { field, .. } => Some(field),
            AppError::Fields(fields) => fields.first().map(|(field, _)| field.as_str()),
            _ => None,
        }
    }

    /// The message key for one field, when this error refused it.
    pub fn key_for(&self, wanted: &str) -> Option<&str> {
        match self {
            AppError::Invalid { field, key } if field == wanted => Some(key),
            AppError::Fields(fields) => fields.iter().find(|(f, _)| f == wanted).map(|(_, key)| key.as_str()),
            _ => None,
        }
    }

    /// HTTP status for API callers.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Invalid { .. } | AppError::Fields(_) => 422,
            AppError::Conflict { .. } => 409,
            AppError::RateLimited { .. } => 429,
            AppError::BadCredentials | AppError::InvalidLink | AppError::BadRequest => 400,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }
}

impl From<crate::domain::FieldError> for AppError {
    fn from(error: crate::domain::FieldError) -> Self {
        AppError::invalid(error.field, error.key)
    }
}

impl From<Vec<crate::domain::FieldError>> for AppError {
    /// Every refused field of a form. Inside a server function the response becomes a 422.
    fn from(problems: Vec<crate::domain::FieldError>) -> Self {
        #[cfg(feature = "ssr")]
        set_http_status(axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        AppError::Fields(problems.into_iter().map(|p| (p.field.to_string(), p.key.to_string())).collect())
    }
}
