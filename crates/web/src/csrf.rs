//! Protection against cross-site request forgery, in two layers:
//!
//! 1. Unsafe requests that a browser marks as coming from another site
//!    (`Sec-Fetch-Site`, or an `Origin` that is not this host) are refused outright.
//! 2. Every form carries the value of the `entraide_csrf` cookie in a hidden field, and
//!    every API call made with a session cookie carries it in `X-CSRF-Token`; another
//!    site can neither read the cookie nor set it, so it cannot forge either.
//!
//! Requests with a bearer token carry no ambient authority and pass.

use crate::AppState;
use crate::session::{CSRF_COOKIE, bearer_token, cookie};
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// The token of this browser, as rendered into forms.
#[derive(Debug, Clone)]
pub(crate) struct CsrfToken(pub String);

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn comes_from_another_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, rest)| rest) != Some(host),
        _ => false,
    }
}

/// Refuses unsafe cross-site browser requests, and gives every browser a CSRF cookie.
pub(crate) async fn refuse_cross_site(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let has_bearer = bearer_token(request.headers()).is_some();
    if is_unsafe(request.method()) && !has_bearer && comes_from_another_site(request.headers()) {
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    let jar = CookieJar::from_headers(request.headers());
    let existing = jar.get(CSRF_COOKIE).map(|c| c.value().to_owned()).filter(|v| v.len() >= 32);
    let token = existing.clone().unwrap_or_else(new_csrf_token);
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let response = next.run(request).await;
    if existing.is_none() && !has_bearer {
        let jar = CookieJar::new().add(cookie(&state, CSRF_COOKIE, token, 365));
        return (jar, response).into_response();
    }
    response
}

fn new_csrf_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[derive(Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// A form posted from one of our pages: its hidden `csrf` field must match the cookie.
pub(crate) struct PageForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for PageForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let expected = request.extensions().get::<CsrfToken>().map(|t| t.0.clone());
        let cookie_value = CookieJar::from_headers(request.headers()).get(CSRF_COOKIE).map(|c| c.value().to_owned());
        let bytes = axum::body::Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        let field: CsrfField = serde_urlencoded::from_bytes(&bytes).unwrap_or(CsrfField { csrf: String::new() });
        let valid =
            cookie_value.is_some() && cookie_value == expected && expected.as_deref() == Some(field.csrf.as_str());
        if !valid {
            return Err(crate::page::form_expired());
        }
        let value: T = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| (StatusCode::BAD_REQUEST, "malformed form").into_response())?;
        Ok(PageForm(value))
    }
}
