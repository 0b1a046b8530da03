//! Errors of the API as RFC 9457 problem documents, with a stable code, a translated
//! title and, for invalid input, the messages per field. Internal causes are logged and
//! never shown.

use entraide_i18n::Tr;
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use entraide_app::AppError;
use entraide_domain::locale::Locale;
use serde_json::{Map, Value, json};

tokio::task_local! {
    /// The language of the current request, set by a middleware, so errors raised
    /// anywhere are written in it.
    pub(crate) static REQUEST_LOCALE: Locale;
}

/// The current request's language (English outside a request).
pub(crate) fn request_locale() -> Locale {
    REQUEST_LOCALE.try_with(|l| *l).unwrap_or(Locale::ENGLISH)
}

/// An error answered as a problem document.
#[derive(Debug)]
pub(crate) struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        ApiError(error)
    }
}

impl From<entraide_domain::Invalid> for ApiError {
    fn from(invalid: entraide_domain::Invalid) -> Self {
        ApiError(AppError::Invalid(invalid))
    }
}

/// The HTTP status and stable code of an error.
pub(crate) fn status_and_code(error: &AppError) -> (StatusCode, &'static str) {
    match error {
        AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid-input"),
        AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not-found"),
        AppError::Denied(_) => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::Refused(_) => (StatusCode::CONFLICT, "refused"),
        AppError::TooManyRequests(_) => (StatusCode::TOO_MANY_REQUESTS, "too-many-requests"),
        AppError::Busy(_) => (StatusCode::SERVICE_UNAVAILABLE, "busy"),
        AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    }
}

/// A problem document.
pub(crate) fn problem(status: StatusCode, code: &str, title: String, detail: Option<String>, errors: Option<Value>) -> Response {
    let mut body = Map::new();
    body.insert("type".into(), json!(format!("urn:entraide:problem:{code}")));
    body.insert("title".into(), json!(title));
    body.insert("status".into(), json!(status.as_u16()));
    body.insert("code".into(), json!(code));
    if let Some(detail) = detail {
        body.insert("detail".into(), json!(detail));
    }
    if let Some(errors) = errors {
        body.insert("errors".into(), errors);
    }
    let mut response = (status, Json(Value::Object(body))).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    response
}

/// `{"field": ["message", …]}` for every field error.
pub(crate) fn field_errors(tr: &Tr, invalid: &entraide_domain::Invalid) -> Value {
    let mut errors = Map::new();
    for error in &invalid.0 {
        let messages = errors.entry(error.field).or_insert_with(|| Value::Array(vec![]));
        if let Value::Array(list) = messages {
            list.push(json!(tr.error(error.code)));
        }
    }
    Value::Object(errors)
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let tr = Tr::new(request_locale());
        let (status, code) = status_and_code(&self.0);
        let title = tr.t(&format!("problem-{code}"));
        let (detail, errors) = match &self.0 {
            AppError::Invalid(invalid) => (None, Some(field_errors(&tr, invalid))),
            AppError::Conflict(what) => {
                let errors = json!({ *what: [tr.error(&format!("taken-{what}"))] });
                (Some(tr.error(&format!("taken-{what}"))), Some(errors))
            }
            AppError::NotFound(what) => (Some(tr.error(&format!("unknown-{what}"))), None),
            AppError::Refused(what) | AppError::Denied(what) => (Some(tr.error(what)), None),
            AppError::TooManyRequests(seconds) | AppError::Busy(seconds) => (Some(tr.t1("problem-retry-after", "seconds", *seconds)), None),
            AppError::Internal(cause) => {
                tracing::error!(%cause, "internal error");
                (None, None)
            }
            AppError::Unauthenticated | AppError::Forbidden => (None, None),
        };
        let mut response = problem(status, code, title, detail, errors);
        if let AppError::TooManyRequests(seconds) | AppError::Busy(seconds) = self.0 {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
