//! Entraide's web layer: server-rendered pages for people, and the JSON API for
//! programs. Handlers extract input, call one use case of [`entraide_app::App`], and
//! render; they never touch the database.

mod api;
mod asset;
mod csrf;
mod csv_export;
mod form;
mod language;
mod layering;
mod page;
mod problem;
mod request;
mod security_headers;
mod session;

use axum::Router;
use entraide_app::App;

/// Settings of the web layer, checked at start by the binary.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Mark cookies `Secure` (when served over TLS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// Take the client address from the last `X-Forwarded-For` entry (behind a
    /// reverse proxy that sets it); otherwise the peer address is the client.
    pub trust_forwarded_for: bool,
}

/// What every handler can reach.
#[derive(Clone)]
pub(crate) struct AppState {
    pub app: App,
    pub config: WebConfig,
}

/// The largest JSON body the API reads; more is answered 413.
pub const API_BODY_LIMIT: usize = 1024 * 1024;

/// The whole site: pages, API, OpenAPI description, health check and assets.
pub fn router(app: App, config: WebConfig) -> Router {
    let state = AppState { app, config };
    let (api, mut openapi) = api::router().split_for_parts();
    api::complete_description(&mut openapi);
    let openapi_json = api::openapi_json(openapi);
    Router::new()
        .merge(api.layer(axum::extract::DefaultBodyLimit::max(API_BODY_LIMIT)))
        .merge(page::router())
        .merge(api::calendar::feed_router())
        .merge(asset::router())
        .route("/openapi.json", axum::routing::get(move || async move { openapi_json.clone() }))
        .route("/healthz", axum::routing::get(api::health::healthz))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), csrf::refuse_cross_site))
        // Outside the CSRF guard, so its refusals become problem documents too, and
        // inside the language middleware, so they are written in the reader's language.
        .layer(axum::middleware::from_fn(problem::every_api_error_is_a_problem))
        .layer(axum::middleware::from_fn_with_state(state.clone(), language::settle))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security_headers::add))
        .with_state(state)
}

/// Nothing at this address: a problem document under `/api/`, else a page.
async fn not_found(
    uri: axum::http::Uri,
    ctx: Result<page::PageCtx, axum::response::Response>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if uri.path().starts_with("/api/") {
        return problem::ApiError(entraide_app::AppError::NotFound("page")).into_response();
    }
    match ctx {
        Ok(ctx) => page::not_found(ctx).await,
        Err(rejection) => rejection,
    }
}
