//! Reading input: JSON bodies and query strings of the API, with errors that name the
//! field.

use crate::AppState;
use crate::problem::{problem, request_locale};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::Response;
use entraide_i18n::Tr;
use serde::de::DeserializeOwned;
use serde_json::json;

/// A JSON body. Malformed JSON is 400; well-formed JSON of the wrong shape is 422 with
/// the offending field named in `errors`.
pub(crate) struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let tr = Tr::new(request_locale());
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json") || v.contains("+json"));
        // Over the body limit: 413; a body that breaks off: 400. Both as problems.
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|rejection| crate::problem::problem_for_status(rejection.status()))?;
        if !is_json && !bytes.is_empty() {
            return Err(problem(
                StatusCode::BAD_REQUEST,
                "malformed",
                tr.t("problem-malformed"),
                Some(tr.t("problem-json-expected")),
                None,
            ));
        }
        let bytes: &[u8] = if bytes.is_empty() { b"{}" } else { &bytes };
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
            problem(StatusCode::BAD_REQUEST, "malformed", tr.t("problem-malformed"), Some(e.to_string()), None)
        })?;
        if !value.is_object() {
            return Err(problem(
                StatusCode::BAD_REQUEST,
                "malformed",
                tr.t("problem-malformed"),
                Some(tr.t("problem-object-expected")),
                None,
            ));
        }
        serde_path_to_error::deserialize::<_, T>(value).map(ApiJson).map_err(|error| invalid_field(&tr, &error))
    }
}

/// 422 naming the field that did not deserialize.
fn invalid_field<E: std::fmt::Display>(tr: &Tr, error: &serde_path_to_error::Error<E>) -> Response {
    let message = error.inner().to_string();
    let path = error.path().to_string();
    let field = match message.strip_prefix("missing field `") {
        Some(rest) if path == "." => rest.trim_end_matches('`').to_owned(),
        Some(rest) => format!("{path}.{}", rest.trim_end_matches('`')),
        None => path,
    };
    let text = if message.starts_with("missing field") {
        tr.error("required")
    } else {
        tr.t1("error-type", "detail", message)
    };
    let errors = json!({ field: [text] });
    problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid-input", tr.t("problem-invalid-input"), None, Some(errors))
}

/// Query parameters. A value of the wrong type (`limit=ten`) is 422 with the parameter
/// named in `errors`, like a JSON field, rather than axum's plain-text 400.
pub(crate) struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        let query = parts.uri.query().unwrap_or_default();
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize::<_, T>(deserializer)
            .map(ApiQuery)
            .map_err(|error| invalid_field(&Tr::new(request_locale()), &error))
    }
}
