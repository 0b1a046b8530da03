//! Organisations: `/api/v1/organisations/{id}…`.

use crate::AppState;
use crate::api::List;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::{ApiActor, Viewer};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_app::AppError;
use entraide_domain::organisation::Organisation;
use entraide_domain::platform::Platform;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(show))
        .routes(routes!(members, put_member))
        .routes(routes!(remove_member))
        .routes(routes!(set_verified))
}

/// An organisation.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct OrganisationJson {
    id: String,
    /// The platform's slug.
    platform: String,
    name: String,
    /// `nonprofit`, `school`, `company`, `municipality` or `group`.
    kind: String,
    description: String,
    /// Whether a platform admin verified it.
    verified: bool,
    created_at: String,
}

impl OrganisationJson {
    pub(crate) fn new(platform: &Platform, organisation: &Organisation) -> Self {
        Self {
            id: organisation.id.to_string(),
            platform: platform.slug.to_string(),
            name: organisation.name.clone(),
            kind: organisation.kind.as_str().to_owned(),
            description: organisation.description.clone(),
            verified: organisation.verified_at.is_some(),
            created_at: organisation.created_at.to_rfc3339(),
        }
    }
}

/// One organisation.
#[utoipa::path(get, operation_id = "show_organisation", path = "/api/v1/organisations/{id}", tag = "organisations",
    params(("id" = String, Path)),
    responses((status = 200, body = OrganisationJson), (status = 404, description = "Unknown organisation")))]
async fn show(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<OrganisationJson>, ApiError> {
    let (platform, organisation) = state.app.locate_organisation(&id).await?;
    Ok(Json(OrganisationJson::new(&platform, &organisation)))
}

/// A member of an organisation.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MemberJson {
    account_id: String,
    display_name: String,
    /// `admin` or `coordinator`.
    role: String,
    since: String,
}

/// The organisation's members (its own members and platform admins only).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/members", tag = "organisations",
    params(("id" = String, Path)),
    responses((status = 200, body = List<MemberJson>), (status = 403, description = "Not a member nor a platform admin"), (status = 404, description = "Unknown organisation")),
    security(("bearer" = []), ("session" = [])))]
async fn members(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Json<List<MemberJson>>, ApiError> {
    let actor = viewer.actor.ok_or(AppError::Unauthenticated)?;
    let page = state.app.organisation_page_by_id(Some(&actor), &id).await?;
    let members = page.members.ok_or(AppError::Forbidden)?;
    Ok(Json(List::all(
        members
            .into_iter()
            .map(|m| MemberJson {
                account_id: m.account_id.to_string(),
                display_name: m.display_name,
                role: m.role.as_str().to_owned(),
                since: m.added_at.to_rfc3339(),
            })
            .collect(),
    )))
}

/// A person to add, by the address they sign in with.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct MemberBody {
    email: String,
    /// `admin` or `coordinator`.
    #[schema(pattern = "^\\s*(admin|coordinator)\\s*$")]
    role: String,
}

/// The member added.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MemberAdded {
    account_id: String,
}

/// Adds a member, or changes their role (organisation admins and platform admins).
#[utoipa::path(put, path = "/api/v1/organisations/{id}/members", tag = "organisations",
    params(("id" = String, Path)),
    request_body = MemberBody,
    responses(
        (status = 200, body = MemberAdded),
        (status = 403, description = "Not an admin of the organisation"),
        (status = 409, description = "That would leave the organisation without an admin"),
        (status = 422, description = "No account with that address, or unknown role"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn put_member(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MemberBody>,
) -> Result<Json<MemberAdded>, ApiError> {
    let account = state.app.put_organisation_member(&actor, &id, &body.email, &body.role).await?;
    Ok(Json(MemberAdded { account_id: account.to_string() }))
}

/// Removes a member (organisation admins, platform admins, or the member leaving).
#[utoipa::path(delete, path = "/api/v1/organisations/{id}/members/{account_id}", tag = "organisations",
    params(("id" = String, Path), ("account_id" = String, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "Not allowed"),
        (status = 404, description = "No such member"),
        (status = 409, description = "The last admin cannot leave"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn remove_member(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((id, account)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state.app.remove_organisation_member(&actor, &id, &account).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Verification.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct VerifiedBody {
    verified: bool,
}

/// Marks the organisation verified or not (platform admins).
#[utoipa::path(put, path = "/api/v1/organisations/{id}/verified", tag = "organisations",
    params(("id" = String, Path)),
    request_body = VerifiedBody,
    responses((status = 204, description = "Set"), (status = 403, description = "Not a platform admin"), (status = 404, description = "Unknown organisation")),
    security(("bearer" = []), ("session" = [])))]
async fn set_verified(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<VerifiedBody>,
) -> Result<StatusCode, ApiError> {
    state.app.set_organisation_verified(&actor, &id, body.verified).await?;
    Ok(StatusCode::NO_CONTENT)
}
