//! The stylesheet and icon, compiled into the binary: no request ever leaves the site.

use crate::AppState;
use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const STYLE: &str = include_str!("../static/style.css");
const FAVICON: &str = include_str!("../static/favicon.svg");
/// "Use my current position" on the form that asks for help (progressive enhancement).
const LOCATE: &str = include_str!("../static/locate.js");
/// Assets change only with a new release; a day of caching is safe.
const CACHE: &str = "public, max-age=86400";

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/static/style.css",
            get(|| async {
                ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], STYLE)
            }),
        )
        .route(
            "/static/locate.js",
            get(|| async {
                ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], LOCATE)
            }),
        )
        .route("/static/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
}

async fn favicon() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, CACHE)], FAVICON)
}
