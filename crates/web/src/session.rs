//! Who is asking: a browser session (cookie) or a program (bearer token).

use crate::AppState;
use crate::problem::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use entraide_app::{Actor, AppError};
use std::convert::Infallible;

/// The browser session cookie.
pub(crate) const SESSION_COOKIE: &str = "entraide_session";
/// The CSRF cookie (double submit: forms and scripts echo its value).
pub(crate) const CSRF_COOKIE: &str = "entraide_csrf";
/// The remembered language.
pub(crate) const LANG_COOKIE: &str = "entraide_lang";
/// The header that carries the CSRF token for API calls made with a session cookie.
pub(crate) const CSRF_HEADER: &str = "x-csrf-token";

/// How the request proved who it is.
#[derive(Debug, Clone)]
pub(crate) enum Credential {
    /// A browser session; the cookie's secret.
    Session(String),
    /// An API token.
    Bearer,
}

/// The person making the request, if any.
#[derive(Debug, Clone)]
pub(crate) struct Viewer {
    pub actor: Option<Actor>,
    pub credential: Option<Credential>,
}

pub(crate) fn bearer_token(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned())
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(token) = bearer_token(&parts.headers) {
            let actor = state.app.token_actor(&token).await?;
            return Ok(Viewer { actor, credential: Some(Credential::Bearer) });
        }
        let jar = CookieJar::from_headers(&parts.headers);
        if let Some(cookie) = jar.get(SESSION_COOKIE) {
            let token = cookie.value().to_owned();
            let actor = state.app.session_actor(&token).await?;
            return Ok(Viewer { actor, credential: Some(Credential::Session(token)) });
        }
        Ok(Viewer { actor: None, credential: None })
    }
}

/// A signed-in caller of the API. A bearer token suffices; a session cookie also needs
/// the CSRF header on unsafe methods, so another site cannot act with it.
pub(crate) struct ApiActor(pub Actor);

impl FromRequestParts<AppState> for ApiActor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let actor = viewer.actor.ok_or(AppError::Unauthenticated)?;
        let unsafe_method = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if unsafe_method && matches!(viewer.credential, Some(Credential::Session(_))) {
            let jar = CookieJar::from_headers(&parts.headers);
            let expected = jar.get(CSRF_COOKIE).map(|c| c.value().to_owned());
            let given = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if expected.is_none() || expected.as_deref() != given {
                return Err(ApiError(AppError::Forbidden));
            }
        }
        Ok(ApiActor(actor))
    }
}

/// The request's bearer token, for the endpoint that revokes it.
pub(crate) struct PresentedToken(pub Option<String>);

impl FromRequestParts<AppState> for PresentedToken {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Infallible> {
        Ok(PresentedToken(bearer_token(&parts.headers)))
    }
}

/// A cookie with the site's settings: HttpOnly, SameSite=Lax, Secure when configured.
pub(crate) fn cookie(state: &AppState, name: &'static str, value: String, max_age_days: i64) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies)
        .max_age(cookie::time::Duration::days(max_age_days))
        .build()
}
