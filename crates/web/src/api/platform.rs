//! Platforms: `/api/v1/platforms…`.

use crate::AppState;
use crate::api::List;
use crate::api::account::Created;
use crate::api::organisation::OrganisationJson;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_domain::organisation::NewOrganisation;
use entraide_domain::platform::{NewPlatform, Platform};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(show))
        .routes(routes!(join))
        .routes(routes!(set_role))
        .routes(routes!(organisations, create_organisation))
}

/// A point.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub(crate) struct Point {
    #[schema(minimum = -90.0, maximum = 90.0)]
    lat: f64,
    #[schema(minimum = -180.0, maximum = 180.0)]
    lon: f64,
}

/// A platform.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PlatformJson {
    slug: String,
    name: String,
    /// The default language.
    locale: String,
    /// The parent platform's slug.
    parent: Option<String>,
    center: Option<Point>,
    /// The time zone dates are shown in.
    time_zone: String,
    created_at: String,
}

fn platform_json(platform: &Platform, slugs: &HashMap<entraide_domain::id::PlatformId, String>) -> PlatformJson {
    PlatformJson {
        slug: platform.slug.to_string(),
        name: platform.name.clone(),
        locale: platform.default_locale.code().to_owned(),
        parent: platform.parent_id.and_then(|id| slugs.get(&id).cloned()),
        center: platform.center.map(|c| Point { lat: c.lat(), lon: c.lon() }),
        time_zone: platform.time_zone.name().to_owned(),
        created_at: platform.created_at.to_rfc3339(),
    }
}

/// Every platform of this instance.
#[utoipa::path(get, operation_id = "list_platforms", path = "/api/v1/platforms", tag = "platforms", responses((status = 200, body = List<PlatformJson>)))]
async fn list(State(state): State<AppState>) -> Result<Json<List<PlatformJson>>, ApiError> {
    let platforms = state.app.platforms().await?;
    let slugs = platforms.iter().map(|p| (p.id, p.slug.to_string())).collect();
    Ok(Json(List::all(platforms.iter().map(|p| platform_json(p, &slugs)).collect())))
}

/// One platform.
#[utoipa::path(get, operation_id = "show_platform", path = "/api/v1/platforms/{slug}", tag = "platforms",
    params(("slug" = String, Path)),
    responses((status = 200, body = PlatformJson), (status = 404, description = "Unknown platform")))]
async fn show(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Json<PlatformJson>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let mut slugs = HashMap::new();
    if let Some(parent) = platform.parent_id {
        slugs.insert(parent, state.app.platform_by_id(parent).await?.slug.to_string());
    }
    Ok(Json(platform_json(&platform, &slugs)))
}

/// A new platform.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct NewPlatformBody {
    /// 2–40 lowercase letters, digits and hyphens.
    #[schema(min_length = 2, max_length = 40, pattern = "^\\s*[a-z0-9][a-z0-9-]*[a-z0-9]\\s*$")]
    slug: String,
    #[schema(min_length = 1, max_length = 120)]
    name: String,
    /// The parent platform's slug.
    parent: Option<String>,
    /// The default language (ISO 639-1); English if absent.
    locale: Option<String>,
    center: Option<Point>,
    /// The time zone dates are shown in (tz database name, `Europe/Brussels`); UTC if absent.
    time_zone: Option<String>,
}

/// The new platform's slug.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CreatedPlatform {
    slug: String,
}

/// Creates a platform (instance admins only).
#[utoipa::path(post, operation_id = "create_platform", path = "/api/v1/platforms", tag = "platforms", request_body = NewPlatformBody,
    responses(
        (status = 201, body = CreatedPlatform),
        (status = 403, description = "Not an instance admin"),
        (status = 409, description = "The slug is taken"),
        (status = 422, description = "Invalid field"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<NewPlatformBody>,
) -> Result<(StatusCode, Json<CreatedPlatform>), ApiError> {
    let new = NewPlatform::parse(
        &body.slug,
        &body.name,
        body.parent.as_deref(),
        body.locale.as_deref(),
        body.center.map(|c| (c.lat, c.lon)),
        body.time_zone.as_deref(),
    )?;
    let platform = state.app.create_platform(&actor, &new).await?;
    Ok((StatusCode::CREATED, Json(CreatedPlatform { slug: platform.slug.to_string() })))
}

/// A membership.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MembershipJson {
    platform: String,
    role: String,
}

/// Joins the platform as a member (volunteer, neighbour).
#[utoipa::path(post, path = "/api/v1/platforms/{slug}/members", tag = "platforms",
    params(("slug" = String, Path)),
    responses(
        (status = 201, body = MembershipJson),
        (status = 404, description = "Unknown platform"),
        (status = 409, description = "Already a member"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn join(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
) -> Result<(StatusCode, Json<MembershipJson>), ApiError> {
    let platform = state.app.join_platform(&actor, &slug).await?;
    Ok((StatusCode::CREATED, Json(MembershipJson { platform: platform.slug.to_string(), role: "member".into() })))
}

/// A role on a platform.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct RoleBody {
    /// `member` or `admin`.
    #[schema(pattern = "^\\s*(member|admin)\\s*$")]
    role: String,
}

/// Sets someone's role on the platform (platform admins).
#[utoipa::path(put, path = "/api/v1/platforms/{slug}/members/{account_id}", tag = "platforms",
    params(("slug" = String, Path), ("account_id" = String, Path)),
    request_body = RoleBody,
    responses((status = 204, description = "Set"), (status = 403, description = "Not a platform admin"), (status = 404, description = "Unknown platform or account")),
    security(("bearer" = []), ("session" = [])))]
async fn set_role(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((slug, account)): Path<(String, String)>,
    ApiJson(body): ApiJson<RoleBody>,
) -> Result<StatusCode, ApiError> {
    state.app.set_platform_role(&actor, &slug, &account, &body.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The platform's organisations.
#[utoipa::path(get, path = "/api/v1/platforms/{slug}/organisations", tag = "organisations",
    params(("slug" = String, Path)),
    responses((status = 200, body = List<OrganisationJson>), (status = 404, description = "Unknown platform")))]
async fn organisations(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<List<OrganisationJson>>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let list = state.app.organisations(&platform).await?;
    Ok(Json(List::all(list.iter().map(|o| OrganisationJson::new(&platform, o)).collect())))
}

/// A new organisation.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct NewOrganisationBody {
    #[schema(min_length = 1, max_length = 120)]
    name: String,
    /// `nonprofit`, `school`, `company`, `municipality` or `group`.
    #[schema(pattern = "^\\s*(nonprofit|school|company|municipality|group)\\s*$")]
    kind: String,
    #[schema(max_length = 5000)]
    description: Option<String>,
}

/// Creates an organisation; the caller becomes its admin.
#[utoipa::path(post, path = "/api/v1/platforms/{slug}/organisations", tag = "organisations",
    params(("slug" = String, Path)),
    request_body = NewOrganisationBody,
    responses((status = 201, body = Created), (status = 404, description = "Unknown platform"), (status = 422, description = "Invalid field")),
    security(("bearer" = []), ("session" = [])))]
async fn create_organisation(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewOrganisationBody>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let new = NewOrganisation::parse(&body.name, &body.kind, body.description.as_deref())?;
    let organisation = state.app.create_organisation(&actor, &slug, &new).await?;
    Ok((StatusCode::CREATED, Json(Created { id: organisation.id.to_string() })))
}
