//! A platform's privacy notice and terms: `GET /api/v1/platforms/{slug}/policy` reads
//! them in the caller's language, `PUT …/policy/{locale}` publishes a new version (its
//! admins), and `POST …/policy/acceptance` records that the caller accepts them (an app
//! shows them, then calls it before joining).

use crate::AppState;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use entraide_app::PlatformPolicy;
use entraide_i18n::{LanguageHints, without_isolation_marks};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(show)).routes(routes!(publish)).routes(routes!(accept))
}

/// A platform's privacy notice and terms, in one language.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PolicyJson {
    /// 0 for the standard text, before the platform's admins wrote their own; then 1, 2…
    version: i64,
    /// The language of `paragraphs`: the caller's if written in it, else the platform's,
    /// else English, else another.
    locale: String,
    /// The text, paragraph by paragraph.
    paragraphs: Vec<String>,
    /// When this version was published (`null` for the standard text).
    published_at: Option<String>,
}

impl From<PlatformPolicy> for PolicyJson {
    fn from(policy: PlatformPolicy) -> Self {
        PolicyJson {
            version: policy.version,
            locale: policy.locale.code().to_owned(),
            paragraphs: policy.paragraphs.iter().map(|p| without_isolation_marks(p)).collect(),
            published_at: policy.published_at.map(|at| at.to_rfc3339()),
        }
    }
}

/// The platform's privacy notice and terms in the caller's language (`Accept-Language`),
/// else the platform's, else English.
#[utoipa::path(get, operation_id = "show_policy", path = "/api/v1/platforms/{slug}/policy", tag = "platforms",
    params(("slug" = String, Path)),
    responses((status = 200, body = PolicyJson), (status = 404, description = "Unknown platform")))]
async fn show(
    State(state): State<AppState>,
    hints: Option<Extension<LanguageHints>>,
    Path(slug): Path<String>,
) -> Result<Json<PolicyJson>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let (_, policy) =
        state.app.platform_policy(&slug, super::caller_language(hints, Some(platform.default_locale))).await?;
    Ok(Json(policy.into()))
}

/// A text of the privacy notice and terms, in one language.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct PolicyText {
    /// The text; paragraphs separated by an empty line. Empty removes this language.
    #[schema(max_length = 20000)]
    text: String,
}

/// The version just published.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Published {
    version: i64,
}

/// Publishes a new version whose text in `locale` is this one (platform admins): the
/// other languages' texts carry over. People who join from then on accept it.
#[utoipa::path(put, operation_id = "publish_policy", path = "/api/v1/platforms/{slug}/policy/{locale}", tag = "platforms",
    params(("slug" = String, Path), ("locale" = String, Path, description = "One of the 27 interface languages (ISO 639-1)")),
    request_body = PolicyText,
    responses(
        (status = 200, body = Published),
        (status = 403, description = "Not a platform admin"),
        (status = 404, description = "Unknown platform"),
        (status = 409, description = "Another version was published at the same moment; try again", content_type = "application/problem+json"),
        (status = 422, description = "Unknown language, a text too long or with invisible characters", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn publish(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((slug, locale)): Path<(String, String)>,
    ApiJson(body): ApiJson<PolicyText>,
) -> Result<Json<Published>, ApiError> {
    let version = state.app.publish_policy(&actor, &slug, &locale, &body.text).await?;
    Ok(Json(Published { version }))
}

/// Records that the caller accepts the platform's current privacy notice and terms, as
/// read in their language (`Accept-Language`), with the time; returns what was accepted.
#[utoipa::path(post, operation_id = "accept_policy", path = "/api/v1/platforms/{slug}/policy/acceptance", tag = "platforms",
    params(("slug" = String, Path)),
    responses(
        (status = 201, body = PolicyJson),
        (status = 403, description = "Suspended on this platform"),
        (status = 404, description = "Unknown platform"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn accept(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    Path(slug): Path<String>,
) -> Result<(StatusCode, Json<PolicyJson>), ApiError> {
    let platform = state.app.platform(&slug).await?;
    let (_, policy) =
        state.app.accept_policy(&actor, &slug, super::caller_language(hints, Some(platform.default_locale))).await?;
    Ok((StatusCode::CREATED, Json(policy.into())))
}
