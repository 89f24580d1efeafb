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
    /// The request itself failed (network, decoding).
    #[error("request failed: {0}")]
    Transport(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

impl AppError {
    /// A refused field. Inside a server function the response becomes a 422.
    pub fn invalid(field: &str, key: &str) -> Self {
        #[cfg(feature = "ssr")]
        crate::server::guard::set_http_status(axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        AppError::Invalid { field: field.to_string(), key: key.to_string() }
    }

    /// The Fluent key of the message shown to a person.
    pub fn message_key(&self) -> &str {
        match self {
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::Invalid { key, .. } | AppError::Conflict { key } => key,
            AppError::RateLimited { .. } => "error-rate-limited",
            AppError::BadCredentials => "error-bad-credentials",
            AppError::InvalidLink => "error-invalid-link",
            AppError::Internal => "error-internal",
            AppError::Transport(_) => "error-transport",
        }
    }

    /// The field the message belongs next to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// HTTP status for API callers.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Invalid { .. } => 422,
            AppError::Conflict { .. } => 409,
            AppError::RateLimited { .. } => 429,
            AppError::BadCredentials | AppError::InvalidLink => 400,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }
}

impl From<crate::domain::FieldError> for AppError {
    fn from(error: crate::domain::FieldError) -> Self {
        AppError::invalid(error.field, error.key)
    }
}
