//! A platform's skills and causes.

use crate::AppState;
use crate::api::List;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_app::AppError;
use entraide_domain::taxonomy::{Term, TermKind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(put, remove))
}

/// A skill or cause.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TermJson {
    code: String,
    label: String,
}

impl From<&Term> for TermJson {
    fn from(term: &Term) -> Self {
        TermJson { code: term.code.clone(), label: term.label.clone() }
    }
}

/// The platform's skills or causes (`kind` is `skill` or `cause`).
#[utoipa::path(get, operation_id = "list_terms", path = "/api/v1/platforms/{slug}/terms/{kind}", tag = "volunteering",
    params(("slug" = String, Path), ("kind" = String, Path, description = "`skill` or `cause`")),
    responses((status = 200, body = List<TermJson>), (status = 404, description = "Unknown platform or kind")))]
async fn list(
    State(state): State<AppState>,
    Path((slug, kind)): Path<(String, String)>,
) -> Result<Json<List<TermJson>>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let kind = TermKind::parse(&kind, "kind").map_err(|_| AppError::NotFound("term"))?;
    let terms = state.app.terms(&platform, kind).await?;
    Ok(Json(List::all(terms.iter().map(Into::into).collect())))
}

/// A term's label.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct LabelBody {
    #[schema(min_length = 1, max_length = 120)]
    label: String,
}

/// Adds or renames a skill or cause (platform admins).
#[utoipa::path(put, operation_id = "put_term", path = "/api/v1/platforms/{slug}/terms/{kind}/{code}", tag = "volunteering",
    params(("slug" = String, Path), ("kind" = String, Path), ("code" = String, Path)),
    request_body = LabelBody,
    responses((status = 200, body = TermJson), (status = 403, description = "Not a platform admin"), (status = 422, description = "Invalid code or label")),
    security(("bearer" = []), ("session" = [])))]
async fn put(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((slug, kind, code)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<LabelBody>,
) -> Result<Json<TermJson>, ApiError> {
    let term = state.app.put_term(&actor, &slug, &kind, &code, &body.label).await?;
    Ok(Json((&term).into()))
}

/// Removes a skill or cause that no opportunity uses (platform admins).
#[utoipa::path(delete, path = "/api/v1/platforms/{slug}/terms/{kind}/{code}", tag = "volunteering",
    params(("slug" = String, Path), ("kind" = String, Path), ("code" = String, Path)),
    responses((status = 204, description = "Removed"), (status = 403, description = "Not a platform admin"), (status = 409, description = "Still in use")),
    security(("bearer" = []), ("session" = [])))]
async fn remove(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((slug, kind, code)): Path<(String, String, String)>,
) -> Result<StatusCode, ApiError> {
    state.app.remove_term(&actor, &slug, &kind, &code).await?;
    Ok(StatusCode::NO_CONTENT)
}
