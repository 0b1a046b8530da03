//! Reading input: JSON bodies of the API, with errors that name the field.

use crate::AppState;
use crate::problem::{problem, request_locale};
use entraide_i18n::Tr;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
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
        let bytes = axum::body::Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        if !is_json && !bytes.is_empty() {
            return Err(problem(StatusCode::BAD_REQUEST, "malformed", tr.t("problem-malformed"), Some(tr.t("problem-json-expected")), None));
        }
        let bytes: &[u8] = if bytes.is_empty() { b"{}" } else { &bytes };
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
            problem(StatusCode::BAD_REQUEST, "malformed", tr.t("problem-malformed"), Some(e.to_string()), None)
        })?;
        if !value.is_object() {
            return Err(problem(StatusCode::BAD_REQUEST, "malformed", tr.t("problem-malformed"), Some(tr.t("problem-object-expected")), None));
        }
        serde_path_to_error::deserialize::<_, T>(value).map(ApiJson).map_err(|error| {
            let message = error.inner().to_string();
            let path = error.path().to_string();
            let field = match message.strip_prefix("missing field `") {
                Some(rest) if path == "." => rest.trim_end_matches('`').to_owned(),
                Some(rest) => format!("{path}.{}", rest.trim_end_matches('`')),
                None => path,
            };
            let text = if message.starts_with("missing field") { tr.error("required") } else { tr.t1("error-type", "detail", message) };
            let errors = json!({ field: [text] });
            problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid-input", tr.t("problem-invalid-input"), None, Some(errors))
        })
    }
}
