//! A platform's gazetteer: `GET /api/v1/platforms/{slug}/places?q=` gives the places a
//! typed text finds, for suggestions as a person types an address or a neighbourhood.

use crate::AppState;
use crate::api::List;
use crate::form::ApiQuery;
use crate::problem::ApiError;
use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(find))
}

/// What was typed.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PlaceQuery {
    /// An address, a street, a postcode or a neighbourhood, or its beginning: a word of
    /// the name begins with the first word, and the name holds the others. At most 12
    /// words and 200 characters.
    #[param(max_length = 200)]
    q: String,
    /// 1 to 100 (default 8).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

/// A place of the gazetteer.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PlaceJson {
    /// `address`, `street`, `postcode` or `neighbourhood`.
    kind: String,
    /// Its name as people read it.
    name: String,
    lat: f64,
    lon: f64,
}

/// The places of the platform's gazetteer a typed text finds (none before its team
/// imports one): neighbourhoods and streets first, then the shortest names.
#[utoipa::path(get, operation_id = "find_places", path = "/api/v1/platforms/{slug}/places", tag = "platforms",
    params(("slug" = String, Path), PlaceQuery),
    responses(
        (status = 200, body = List<PlaceJson>),
        (status = 404, description = "Unknown platform"),
        (status = 422, description = "An empty text, one with invisible characters or one too long, or a limit outside 1-100", content_type = "application/problem+json"),
    ))]
async fn find(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<PlaceQuery>,
) -> Result<Json<List<PlaceJson>>, ApiError> {
    let found = state.app.find_places(&slug, &query.q, query.limit).await?;
    let items = found
        .into_iter()
        .map(|p| PlaceJson { kind: p.kind.as_str().to_owned(), name: p.name, lat: p.point.lat(), lon: p.point.lon() })
        .collect();
    Ok(Json(List::all(items)))
}
