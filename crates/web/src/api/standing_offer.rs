//! Standing offers: "groceries on Tuesdays within 1 km"; requests that fit are told to
//! the helper.

use crate::AppState;
use crate::api::{CreatedId, List};
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_domain::standing_offer::{StandingOffer, StandingOfferInput};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(publish_standing_offer))
        .routes(routes!(my_standing_offers))
        .routes(routes!(withdraw_standing_offer))
}

/// A point.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct LatLon {
    #[schema(minimum = -90.0, maximum = 90.0)]
    lat: f64,
    #[schema(minimum = -180.0, maximum = 180.0)]
    lon: f64,
}

/// A standing offer to publish.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct StandingOfferBody {
    /// A help category code, or none for any kind of help.
    #[serde(default)]
    category: Option<String>,
    /// ISO weekdays (1 = Monday … 7 = Sunday); empty or absent for every day.
    #[serde(default)]
    weekdays: Vec<u8>,
    /// Where the helper starts from: seen by nobody else.
    location: LatLon,
    /// How far they will go, in km (at most 10).
    #[schema(exclusive_minimum = 0.0, maximum = 10.0)]
    within_km: f64,
    /// A few words ("I have a car").
    #[serde(default)]
    #[schema(max_length = 300)]
    note: Option<String>,
}

/// A standing offer, as its helper sees it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StandingOfferJson {
    id: String,
    platform_id: String,
    category: Option<String>,
    weekdays: Vec<u8>,
    location: LatLon,
    within_km: f64,
    note: String,
    created_at: String,
}

fn standing_offer_json(offer: &StandingOffer) -> StandingOfferJson {
    StandingOfferJson {
        id: offer.id.to_string(),
        platform_id: offer.platform_id.to_string(),
        category: offer.draft.category.clone(),
        weekdays: offer.draft.weekdays.numbers(),
        location: LatLon { lat: offer.draft.point.lat(), lon: offer.draft.point.lon() },
        within_km: offer.draft.within_km,
        note: offer.draft.note.clone(),
        created_at: offer.created_at.to_rfc3339(),
    }
}

/// Publishes a standing offer ("groceries on Tuesdays within 1 km"): new requests that
/// fit are told to the helper.
#[utoipa::path(post, path = "/api/v1/platforms/{slug}/standing-offers", tag = "help",
    params(("slug" = String, Path)),
    request_body = StandingOfferBody,
    responses((status = 201, body = CreatedId), (status = 403, description = "Not a member"), (status = 404, description = "Unknown platform"),
        (status = 422, description = "Unknown category, weekday outside 1–7, range over 10 km, coordinates out of range")),
    security(("bearer" = []), ("session" = [])))]
async fn publish_standing_offer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<StandingOfferBody>,
) -> Result<(StatusCode, Json<CreatedId>), ApiError> {
    let input = StandingOfferInput {
        category: body.category,
        weekdays: body.weekdays,
        point: (body.location.lat, body.location.lon),
        within_km: body.within_km,
        note: body.note.unwrap_or_default(),
    };
    let offer = state.app.publish_standing_offer(&actor, &slug, &input).await?;
    Ok((StatusCode::CREATED, Json(CreatedId { id: offer.id.to_string() })))
}

/// The caller's standing offers.
#[utoipa::path(get, path = "/api/v1/me/standing-offers", tag = "help",
    responses((status = 200, body = List<StandingOfferJson>), (status = 401, description = "Not signed in")),
    security(("bearer" = []), ("session" = [])))]
async fn my_standing_offers(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<StandingOfferJson>>, ApiError> {
    let offers = state.app.my_standing_offers(&actor).await?;
    Ok(Json(List::all(offers.iter().map(standing_offer_json).collect())))
}

/// Withdraws one of the caller's standing offers.
#[utoipa::path(delete, path = "/api/v1/me/standing-offers/{id}", tag = "help",
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, description = "Not one of the caller's standing offers")),
    security(("bearer" = []), ("session" = [])))]
async fn withdraw_standing_offer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.withdraw_standing_offer(&actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
