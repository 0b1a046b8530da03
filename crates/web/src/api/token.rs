//! API tokens: `/api/v1/auth/token`, `/api/v1/me/tokens`.

use crate::AppState;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::request::ClientAddress;
use crate::session::{ApiActor, PresentedToken};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_app::AppError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(issue, revoke_presented)).routes(routes!(list)).routes(routes!(revoke))
}

/// Credentials.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct Credentials {
    email: String,
    password: String,
    /// What the token is for ("my script"); shown in the account page.
    label: Option<String>,
}

/// A new token; the secret is shown only now.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct IssuedToken {
    token: String,
    account_id: String,
    token_id: String,
}

/// Signs in and issues an API token.
#[utoipa::path(post, path = "/api/v1/auth/token", tag = "accounts", request_body = Credentials,
    responses(
        (status = 200, body = IssuedToken),
        (status = 401, description = "Wrong credentials", content_type = "application/problem+json"),
        (status = 403, description = "The account is suspended (told only to someone who knows the password)", content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts; see Retry-After", content_type = "application/problem+json"),
        (status = 503, description = "Too many passwords being checked at once; see Retry-After", content_type = "application/problem+json"),
    ))]
async fn issue(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiJson(body): ApiJson<Credentials>,
) -> Result<Json<IssuedToken>, ApiError> {
    let issued =
        state.app.issue_token(&body.email, &body.password, &client.0, body.label.as_deref().unwrap_or("")).await?;
    Ok(Json(IssuedToken {
        token: issued.token,
        account_id: issued.account_id.to_string(),
        token_id: issued.id.to_string(),
    }))
}

/// Revokes the token that authenticates this request.
#[utoipa::path(delete, path = "/api/v1/auth/token", tag = "accounts",
    responses((status = 204, description = "Revoked"), (status = 401, description = "No valid bearer token")),
    security(("bearer" = [])))]
async fn revoke_presented(
    State(state): State<AppState>,
    PresentedToken(token): PresentedToken,
) -> Result<StatusCode, ApiError> {
    let token = token.ok_or(AppError::Unauthenticated)?;
    state.app.revoke_presented_token(&token).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A token, without its secret.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TokenInfo {
    id: String,
    label: String,
    created_at: String,
    revoked_at: Option<String>,
}

/// The caller's API tokens.
#[utoipa::path(get, operation_id = "list_tokens", path = "/api/v1/me/tokens", tag = "accounts",
    responses((status = 200, body = crate::api::List<TokenInfo>)),
    security(("bearer" = []), ("session" = [])))]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<crate::api::List<TokenInfo>>, ApiError> {
    let tokens = state.app.api_tokens(&actor).await?;
    Ok(Json(crate::api::List::all(
        tokens
            .into_iter()
            .map(|t| TokenInfo {
                id: t.id.to_string(),
                label: t.label,
                created_at: t.created_at.to_rfc3339(),
                revoked_at: t.revoked_at.map(|r| r.to_rfc3339()),
            })
            .collect(),
    )))
}

/// Revokes one of the caller's tokens.
#[utoipa::path(delete, path = "/api/v1/me/tokens/{id}", tag = "accounts",
    params(("id" = String, Path, description = "The token's id")),
    responses((status = 204, description = "Revoked"), (status = 404, description = "No such token of the caller's")),
    security(("bearer" = []), ("session" = [])))]
async fn revoke(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.revoke_token(&actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
