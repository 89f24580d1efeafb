//! The service layer's one error type.
use crate::error::AppError;
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("invalid {field}: {key}")]
    Invalid { field: &'static str, key: &'static str },
    #[error("conflict: {key}")]
    Conflict { key: &'static str },
    #[error("duplicate of member {id}")]
    DuplicateOf { id: i32, name: String },
    #[error("rate limited for {seconds}s")]
    RateLimited { seconds: u64 },
    #[error("bad credentials")]
    BadCredentials,
    #[error("invalid or expired link")]
    InvalidLink,
    #[error("forbidden")]
    Forbidden,
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("{0}")]
    Internal(String),
}

pub type ServiceResult<T> = Result<T, ServiceError>;

impl ServiceError {
    pub fn invalid(field: &'static str, key: &'static str) -> Self {
        ServiceError::Invalid { field, key }
    }

    /// A unique index's refusal as the field's message `key`, any other database error as it
    /// is: for a value two people save at once, which the service's own check let through.
    pub fn taken(field: &'static str, key: &'static str) -> impl Fn(sea_orm::DbErr) -> ServiceError {
        move |error| {
            if matches!(error.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) {
                ServiceError::invalid(field, key)
            } else {
                error.into()
            }
        }
    }
}

/// The boundary where a service's error becomes what the person sees; inside a server function
/// it also sets the response's HTTP status.
impl From<ServiceError> for AppError {
    fn from(error: ServiceError) -> Self {
        let shown = Self::from_service(error);
        if let Ok(status) = axum::http::StatusCode::from_u16(shown.status()) {
            crate::error::set_http_status(status);
        }
        shown
    }
}

impl AppError {
    fn from_service(error: ServiceError) -> Self {
        match error {
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::Invalid { field, key } => AppError::invalid(field, key),
            ServiceError::Conflict { key } => AppError::Conflict { key: key.to_string() },
            // Who applied first is nobody's business but the secretariat's: the record may be a
            // pending application the public cannot see.
            ServiceError::DuplicateOf { .. } => AppError::Conflict { key: "error-duplicate-application".to_string() },
            ServiceError::RateLimited { seconds } => AppError::RateLimited { seconds },
            ServiceError::BadCredentials => AppError::BadCredentials,
            ServiceError::InvalidLink => AppError::InvalidLink,
            ServiceError::Forbidden => AppError::Forbidden,
            ServiceError::Database(cause) => {
                tracing::error!(error = %cause, "database error");
                AppError::Internal
            }
            ServiceError::Internal(cause) => {
                tracing::error!(error = %cause, "internal error");
                AppError::Internal
            }
        }
    }
}

impl From<crate::domain::FieldError> for ServiceError {
    fn from(error: crate::domain::FieldError) -> Self {
        ServiceError::Invalid { field: error.field, key: error.key }
    }
}
