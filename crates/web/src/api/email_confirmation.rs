//! Confirming a mail address: `/api/v1/me/email` asks to move the account to a new
//! address, `/api/v1/me/email/confirmation` mails the link again, and
//! `/api/v1/auth/email-confirmation` uses the code of the link.

use crate::AppState;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::request::ClientAddress;
use crate::session::ApiActor;
use axum::extract::{Extension, State};
use axum::http::StatusCode;
use entraide_i18n::LanguageHints;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(change)).routes(routes!(resend)).routes(routes!(confirm))
}

/// A new sign-in address.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct EmailChange {
    /// The new address.
    #[schema(format = Email, max_length = 254)]
    email: String,
    /// The caller's password.
    password: String,
}

/// Asks to move the caller's account to a new address: a link to confirm it is mailed
/// there (in the caller's language, else the request's `Accept-Language`), and the old
/// address stays the account's until the link is used.
#[utoipa::path(post, operation_id = "change_email", path = "/api/v1/me/email", tag = "accounts", request_body = EmailChange,
    responses(
        (status = 202, description = "A link is on its way to the new address"),
        (status = 409, description = "Another account uses the address", content_type = "application/problem+json"),
        (status = 422, description = "Not an address, the same confirmed address, or the wrong password", content_type = "application/problem+json"),
        (status = 429, description = "Too many links mailed or wrong passwords lately; see Retry-After", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn change(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    ApiJson(body): ApiJson<EmailChange>,
) -> Result<StatusCode, ApiError> {
    let language = super::caller_language(hints, None);
    state.app.change_email(&actor, &body.email, &body.password, language).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Mails the confirmation link again: to the new address the caller asked to move to,
/// else to their own while it is not confirmed.
#[utoipa::path(post, operation_id = "resend_email_confirmation", path = "/api/v1/me/email/confirmation", tag = "accounts",
    responses(
        (status = 202, description = "A link is on its way"),
        (status = 204, description = "Nothing to confirm: the address is confirmed"),
        (status = 429, description = "Too many links mailed lately; see Retry-After", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn resend(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
) -> Result<StatusCode, ApiError> {
    let language = super::caller_language(hints, None);
    let sent = state.app.resend_confirmation(&actor, language).await?;
    Ok(if sent { StatusCode::ACCEPTED } else { StatusCode::NO_CONTENT })
}

/// The code from a confirmation mail.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ConfirmationCode {
    /// The `code` of the mailed link.
    #[schema(min_length = 1, max_length = 100)]
    code: String,
}

/// Confirms an address with the code from the mail: it becomes the account's sign-in
/// address, confirmed. Needs no sign-in (the code is the proof).
#[utoipa::path(post, operation_id = "confirm_email", path = "/api/v1/auth/email-confirmation", tag = "accounts", request_body = ConfirmationCode,
    responses(
        (status = 204, description = "The address is confirmed"),
        (status = 409, description = "Another account took the address since the link was sent; nothing changed", content_type = "application/problem+json"),
        (status = 422, description = "The code no longer works (`code`: used, expired or unknown)", content_type = "application/problem+json"),
        (status = 429, description = "Too many codes that did not work from this client; see Retry-After", content_type = "application/problem+json"),
    ))]
async fn confirm(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiJson(body): ApiJson<ConfirmationCode>,
) -> Result<StatusCode, ApiError> {
    state.app.confirm_email(&body.code, &client.0).await?;
    Ok(StatusCode::NO_CONTENT)
}
