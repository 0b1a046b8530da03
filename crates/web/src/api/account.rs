//! Accounts and the caller's own data: `/api/v1/accounts`, `/api/v1/me…`.

use crate::AppState;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::request::ClientAddress;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Extension, State};
use axum::http::StatusCode;
use entraide_app::AccountChanges;
use entraide_domain::account::Registration;
use entraide_i18n::LanguageHints;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_account))
        .routes(routes!(me, update_me, delete_me))
        .routes(routes!(change_password))
        .routes(routes!(export))
}

/// A new account.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct NewAccountBody {
    /// Sign-in address.
    #[schema(format = Email, max_length = 254)]
    email: String,
    /// At least 10 characters.
    #[schema(min_length = 10, max_length = 1024)]
    password: String,
    /// The name others see.
    #[schema(min_length = 1, max_length = 80)]
    display_name: String,
    /// Preferred language (ISO 639-1), one of the 27 interface languages.
    locale: Option<String>,
    /// `YYYY-MM-DD`; used only to check minimum ages.
    #[schema(format = Date)]
    birth_date: Option<String>,
}

/// An id.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Created {
    pub id: String,
}

/// Creates an account. A link to confirm the address is mailed to it (in `locale`, else
/// the request's `Accept-Language`); until it is used, the address gets no other mail.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "accounts", request_body = NewAccountBody,
    responses(
        (status = 201, description = "Created", body = Created),
        (status = 409, description = "The email is taken", content_type = "application/problem+json"),
        (status = 422, description = "Weak password, malformed email, or another invalid field", content_type = "application/problem+json"),
        (status = 429, description = "Too many accounts made from this client lately; see Retry-After", content_type = "application/problem+json"),
        (status = 503, description = "Too many passwords being hashed at once; see Retry-After", content_type = "application/problem+json"),
    ))]
async fn create_account(
    State(state): State<AppState>,
    client: ClientAddress,
    hints: Option<Extension<LanguageHints>>,
    ApiJson(body): ApiJson<NewAccountBody>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let language = super::caller_language(hints, None);
    let registration = Registration {
        email: body.email,
        password: body.password,
        display_name: body.display_name,
        locale: body.locale,
        birth_date: body.birth_date,
    };
    let account = state.app.register(&registration, &client.0, language).await?;
    Ok((StatusCode::CREATED, Json(Created { id: account.id.to_string() })))
}

/// A platform the caller belongs to.
#[derive(Debug, Serialize, ToSchema)]
struct Membership {
    platform: String,
    role: String,
}

/// The caller's account.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Me {
    id: String,
    email: Option<String>,
    display_name: String,
    locale: Option<String>,
    #[schema(format = Date)]
    birth_date: Option<String>,
    /// Shown to the coordinators of the caller's shifts.
    phone: Option<String>,
    /// Whether the caller confirmed `email` by the link mailed to it; until then it gets
    /// no mail but that link.
    email_confirmed: bool,
    /// A new address the caller asked to move to, waiting for its link to be used.
    pending_email: Option<String>,
    is_instance_admin: bool,
    platforms: Vec<Membership>,
}

/// The caller's account and platforms.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = Me), (status = 401, description = "Not signed in")),
    security(("bearer" = []), ("session" = [])))]
async fn me(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<Json<Me>, ApiError> {
    let platforms = state.app.my_platforms(&actor).await?;
    let pending_email = state.app.pending_email(&actor).await?;
    let account = actor.account;
    Ok(Json(Me {
        id: account.id.to_string(),
        email: account.email.map(|e| e.to_string()),
        display_name: account.display_name,
        locale: account.locale.map(|l| l.code().to_owned()),
        birth_date: account.birth_date.map(|d| d.to_string()),
        phone: account.phone,
        email_confirmed: account.email_confirmed_at.is_some(),
        pending_email: pending_email.map(|e| e.to_string()),
        is_instance_admin: account.is_instance_admin,
        platforms: platforms
            .into_iter()
            .map(|(p, role)| Membership { platform: p.slug.to_string(), role: role.as_str().to_owned() })
            .collect(),
    }))
}

/// What the caller may change about their account.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct UpdateMe {
    /// Preferred language (ISO 639-1); pages and mails use it.
    locale: Option<String>,
    /// `YYYY-MM-DD`, or an empty text to remove it; some activities have a minimum age.
    birth_date: Option<String>,
    /// The name others see.
    #[schema(min_length = 1, max_length = 80)]
    display_name: Option<String>,
    /// A phone number for the coordinators of the caller's shifts (6 to 20 digits, with
    /// spaces, `+`, `-`, `.`, `/` or brackets), or an empty text to remove it.
    #[schema(max_length = 32)]
    phone: Option<String>,
}

/// Changes the caller's language, date of birth, name or phone; nothing is written
/// unless every field given is valid. The mail address changes through
/// `POST /api/v1/me/email`.
#[utoipa::path(patch, path = "/api/v1/me", tag = "accounts", request_body = UpdateMe,
    responses((status = 204, description = "Changed"), (status = 422, description = "Unknown language, implausible date, empty name or malformed phone")),
    security(("bearer" = []), ("session" = [])))]
async fn update_me(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<UpdateMe>,
) -> Result<StatusCode, ApiError> {
    let changes = AccountChanges {
        locale: body.locale.as_deref(),
        birth_date: body.birth_date.as_deref(),
        display_name: body.display_name.as_deref(),
        phone: body.phone.as_deref(),
    };
    state.app.update_account(&actor, &changes).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A password change.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct PasswordChange {
    current_password: String,
    /// At least 10 characters.
    #[schema(min_length = 10, max_length = 1024)]
    new_password: String,
}

/// Changes the caller's password; every other session and every API token ends.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "accounts", request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed"),
        (status = 422, description = "Wrong current password or weak new one"),
        (status = 429, description = "Too many wrong current passwords lately; see Retry-After"),
        (status = 503, description = "Too many passwords being hashed at once; see Retry-After"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn change_password(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    state.app.change_password(&actor, &body.current_password, &body.new_password, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everything stored about the caller, as JSON.
#[utoipa::path(get, path = "/api/v1/me/export", tag = "accounts",
    responses((status = 200, description = "Everything stored about the caller", body = Object)),
    security(("bearer" = []), ("session" = [])))]
async fn export(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(state.app.export_personal_data(&actor).await?))
}

/// Erases the caller's personal data. They can no longer sign in; what they did stays in
/// history, anonymous.
#[utoipa::path(delete, path = "/api/v1/me", tag = "accounts",
    responses((status = 204, description = "Erased")),
    security(("bearer" = []), ("session" = [])))]
async fn delete_me(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<StatusCode, ApiError> {
    state.app.delete_account(&actor).await?;
    Ok(StatusCode::NO_CONTENT)
}
