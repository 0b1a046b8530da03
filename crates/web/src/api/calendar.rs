//! Calendars: the caller's shifts at `/api/v1/me/calendar.ics`, their private feed link
//! (`/api/v1/me/calendar-feed`), and the feed itself at `/calendar/{token}.ics`, which
//! calendar apps read without a session.

use crate::AppState;
use crate::problem::ApiError;
use crate::request::SiteOrigin;
use crate::session::ApiActor;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use entraide_app::AppError;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The media type of every calendar we serve.
const CALENDAR_TYPE: &str = "text/calendar; charset=utf-8";

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(calendar)).routes(routes!(create_feed, revoke_feed))
}

/// The private feeds. They live outside `/api/v1` and its description: their address is
/// handed to calendar apps, which know nothing of our API, and the secret in the address
/// is the only credential.
pub(crate) fn feed_router() -> Router<AppState> {
    // The router cannot match a parameter followed by `.ics` inside one segment, so the
    // handler takes the whole file name and checks the extension.
    Router::new().route("/calendar/{file}", get(feed))
}

/// The address of the private feed with this secret.
pub(crate) fn feed_url(origin: &SiteOrigin, token: &str) -> String {
    format!("{}/calendar/{token}.ics", origin.0)
}

/// A calendar answer.
fn ics(body: String, cache_control: &'static str) -> Response {
    ([(CONTENT_TYPE, CALENDAR_TYPE), (CACHE_CONTROL, cache_control)], body).into_response()
}

/// The caller's confirmed shifts as iCalendar (RFC 5545): one event per shift with a
/// place, from 30 days back to a year ahead, times in UTC. A shift the organisation
/// cancelled stays in with `STATUS:CANCELLED`.
#[utoipa::path(get, path = "/api/v1/me/calendar.ics", tag = "accounts",
    responses(
        (status = 200, description = "The caller's calendar", content_type = "text/calendar", body = String),
        (status = 400, description = "No usable Host header to write links with", content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn calendar(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    origin: SiteOrigin,
) -> Result<Response, ApiError> {
    let body = state.app.calendar_ics(&actor, &origin.0).await?;
    // Personal, and it changes whenever a sign-up does: shared caches keep none of it.
    Ok(ics(body, "private, no-cache"))
}

/// A private feed link.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CalendarFeed {
    /// The address calendar apps subscribe to; it works without signing in, so keep it
    /// secret. It is shown only now.
    url: String,
}

/// Makes the caller a private calendar feed link, which calendar apps can subscribe to
/// without signing in. The link made before stops working.
#[utoipa::path(post, path = "/api/v1/me/calendar-feed", tag = "accounts",
    responses(
        (status = 201, description = "Created; the link is shown only now", body = CalendarFeed),
        (status = 400, description = "No usable Host header to write the link with", content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn create_feed(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    origin: SiteOrigin,
) -> Result<Response, ApiError> {
    let token = state.app.create_calendar_feed(&actor).await?;
    let body = Json(CalendarFeed { url: feed_url(&origin, &token) });
    // The answer holds a secret: no cache may keep it.
    Ok((StatusCode::CREATED, [(CACHE_CONTROL, "no-store")], body).into_response())
}

/// Revokes the caller's private calendar feed link; harmless when there is none.
#[utoipa::path(delete, path = "/api/v1/me/calendar-feed", tag = "accounts",
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Not signed in", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn revoke_feed(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<StatusCode, ApiError> {
    state.app.revoke_calendar_feed(&actor).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A private feed, for calendar apps: no session, the secret in the address is enough.
/// 404 for an unknown or revoked secret.
async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
    origin: SiteOrigin,
) -> Result<Response, ApiError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound("calendar-feed"))?;
    let body = state.app.calendar_feed_ics(token, &origin.0).await?;
    // Calendar apps poll; a few minutes of reuse spares the database without hiding a
    // change for long. `private`: only the subscriber's own cache may keep it.
    Ok(ics(body, "private, max-age=300"))
}
