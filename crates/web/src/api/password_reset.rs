//! A forgotten password: `/api/v1/auth/password-reset` mails a link (or a code) to choose
//! a new one; `/api/v1/auth/password-reset/confirm` chooses it with that code.

use crate::AppState;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::request::ClientAddress;
use axum::extract::{Extension, State};
use axum::http::StatusCode;
use entraide_i18n::LanguageHints;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(request)).routes(routes!(confirm))
}

/// Whose password.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ResetRequest {
    /// The account's sign-in address.
    #[schema(format = Email, max_length = 254)]
    email: String,
}

/// Mails the account with this address a link to choose a new password, valid one hour
/// and usable once, in the account's language (else the request's `Accept-Language`).
/// The answer is the same whether or not an account has the address.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "accounts", request_body = ResetRequest,
    responses(
        (status = 202, description = "If an account has this address, a mail is on its way"),
        (status = 422, description = "Not an email address", content_type = "application/problem+json"),
        (status = 429, description = "Too many requests for this address or from this client; see Retry-After", content_type = "application/problem+json"),
    ))]
async fn request(
    State(state): State<AppState>,
    client: ClientAddress,
    hints: Option<Extension<LanguageHints>>,
    ApiJson(body): ApiJson<ResetRequest>,
) -> Result<StatusCode, ApiError> {
    let language = super::caller_language(hints, None);
    state.app.request_password_reset(&body.email, &client.0, language).await?;
    Ok(StatusCode::ACCEPTED)
}

/// A new password, with the code from the mail.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ResetConfirmation {
    /// The code from the mail (the `code` of its link).
    #[schema(min_length = 1, max_length = 100)]
    code: String,
    /// At least 10 characters, hard to guess.
    #[schema(min_length = 10, max_length = 1024)]
    new_password: String,
}

/// Sets a new password with the code from the mail. Every session and API token of the
/// account ends; sign in again for a token.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/confirm", tag = "accounts", request_body = ResetConfirmation,
    responses(
        (status = 204, description = "The new password is set"),
        (status = 422, description = "The code no longer works (`code`: used, expired or unknown), or the password is weak", content_type = "application/problem+json"),
        (status = 429, description = "Too many codes that did not work from this client; see Retry-After", content_type = "application/problem+json"),
        (status = 503, description = "Too many passwords being hashed at once; see Retry-After", content_type = "application/problem+json"),
    ))]
async fn confirm(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiJson(body): ApiJson<ResetConfirmation>,
) -> Result<StatusCode, ApiError> {
    state.app.reset_password(&body.code, &body.new_password, &client.0).await?;
    Ok(StatusCode::NO_CONTENT)
}
