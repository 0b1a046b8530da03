//! Errors of the API as RFC 9457 problem documents, with a stable code, a translated
//! title and, for invalid input, the messages per field. Internal causes are logged and
//! never shown.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use entraide_app::AppError;
use entraide_domain::locale::Locale;
use entraide_i18n::Tr;
use entraide_i18n::without_isolation_marks;
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

/// The media type of every error answer of the API.
pub(crate) const PROBLEM_TYPE: &str = "application/problem+json";

/// A problem document (RFC 9457), as the OpenAPI description shows it. Answers are built
/// by [`problem`]; this type only describes them.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
#[schema(as = Problem)]
#[allow(dead_code, reason = "describes the JSON that `problem` writes")]
pub(crate) struct ProblemSchema {
    /// `urn:entraide:problem:{code}`.
    #[serde(rename = "type")]
    #[schema(example = "urn:entraide:problem:invalid-input")]
    kind: String,
    /// A short summary in the reader's language.
    title: String,
    /// The HTTP status.
    #[schema(minimum = 400, maximum = 599)]
    status: u16,
    /// A stable lowercase code (`invalid-input`, `not-found`, `conflict`, …).
    code: String,
    /// A stable lowercase code of why, for programs to match on: the rule that refused
    /// (`already-signed-up`, `under-minimum-age`, `blocked`, `unverified-limit`, …), the
    /// first invalid field's code, or else the kind of error.
    reason: String,
    /// What happened, in the reader's language.
    detail: Option<String>,
    /// For invalid input: the messages for each field, by the field's path
    /// (`title`, `shifts.slots`, …).
    errors: Option<std::collections::BTreeMap<String, Vec<String>>>,
}

/// The same JSON with every string freed of Fluent's isolation marks.
fn strip_isolation_marks(value: Value) -> Value {
    match value {
        Value::String(text) => Value::String(without_isolation_marks(&text)),
        Value::Array(items) => Value::Array(items.into_iter().map(strip_isolation_marks).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter().map(|(k, v)| (without_isolation_marks(&k), strip_isolation_marks(v))).collect(),
        ),
        other => other,
    }
}

/// A problem document whose reason is its code (errors of the request itself, raised
/// before any use case: malformed, too large, …).
pub(crate) fn problem(
    status: StatusCode,
    code: &str,
    title: String,
    detail: Option<String>,
    errors: Option<Value>,
) -> Response {
    problem_with_reason(status, code, code, title, detail, errors)
}

/// A problem document with the stable `reason` of the rule that refused.
fn problem_with_reason(
    status: StatusCode,
    code: &str,
    reason: &str,
    title: String,
    detail: Option<String>,
    errors: Option<Value>,
) -> Response {
    let mut body = Map::new();
    body.insert("type".into(), json!(format!("urn:entraide:problem:{code}")));
    body.insert("title".into(), json!(without_isolation_marks(&title)));
    body.insert("status".into(), json!(status.as_u16()));
    body.insert("code".into(), json!(code));
    body.insert("reason".into(), json!(reason));
    if let Some(detail) = detail {
        body.insert("detail".into(), json!(without_isolation_marks(&detail)));
    }
    if let Some(errors) = errors {
        body.insert("errors".into(), strip_isolation_marks(errors));
    }
    let mut response = (status, Json(Value::Object(body))).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_TYPE));
    response
}

/// A problem document for an error of a given status raised outside our handlers:
/// axum's own rejections (a path parameter that is not UTF-8, …), a method the route does
/// not have, a body over the limit, a refused cross-site request.
pub(crate) fn problem_for_status(status: StatusCode) -> Response {
    let tr = Tr::new(request_locale());
    let (code, title) = match status {
        StatusCode::UNAUTHORIZED => ("unauthenticated", "problem-unauthenticated"),
        StatusCode::FORBIDDEN => ("forbidden", "problem-forbidden"),
        StatusCode::NOT_FOUND => ("not-found", "problem-not-found"),
        StatusCode::METHOD_NOT_ALLOWED => ("method-not-allowed", "problem-method-not-allowed"),
        StatusCode::PAYLOAD_TOO_LARGE => ("payload-too-large", "problem-payload-too-large"),
        StatusCode::UNPROCESSABLE_ENTITY => ("invalid-input", "problem-invalid-input"),
        StatusCode::TOO_MANY_REQUESTS => ("too-many-requests", "problem-too-many-requests"),
        status if status.is_server_error() => ("internal", "problem-internal"),
        _ => ("malformed", "problem-malformed"),
    };
    problem(status, code, tr.t(title), None, None)
}

/// Whether an answer is already a problem document.
fn is_problem(response: &Response) -> bool {
    response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(PROBLEM_TYPE.as_bytes()))
}

/// Middleware: every error answer under `/api/` is a problem document, whoever wrote it
/// (axum's rejections and method routing, the CSRF guard, the body limit). Headers such
/// as `Allow` and `Retry-After` are kept; the body is replaced.
pub(crate) async fn every_api_error_is_a_problem(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_problem(&response) {
        return response;
    }
    let mut replaced = problem_for_status(status);
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            replaced.headers_mut().append(name.clone(), value.clone());
        }
    }
    replaced
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
        let errors = match &self.0 {
            AppError::Invalid(invalid) => Some(field_errors(&tr, invalid)),
            AppError::Conflict(what) => Some(json!({ *what: [tr.error(&format!("taken-{what}"))] })),
            _ => None,
        };
        if let AppError::Internal(cause) = &self.0 {
            tracing::error!(%cause, "internal error");
        }
        // Invalid input is told field by field in `errors`.
        let detail = (!matches!(self.0, AppError::Invalid(_))).then(|| self.0.message(&tr));
        let mut response = problem_with_reason(status, code, &self.0.reason(), title, detail, errors);
        if let AppError::TooManyRequests(seconds) | AppError::Busy(seconds) = self.0 {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
