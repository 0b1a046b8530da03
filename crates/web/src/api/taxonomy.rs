//! A platform's skills and causes (and what help categories share with them: how a term
//! reads, how it is named).

use crate::AppState;
use crate::api::List;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use entraide_app::AppError;
use entraide_domain::locale::Locale;
use entraide_domain::platform::Platform;
use entraide_domain::taxonomy::{Names, TermKind, TermList};
use entraide_i18n::{LanguageHints, Tr, term_name};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(put, remove))
}

/// A skill, cause or help category.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TermJson {
    code: String,
    /// The English name, which every term has.
    label: String,
    /// Names in other languages, by language code (`{"nl": "Boodschappen"}`).
    names: BTreeMap<String, String>,
    /// The name in the caller's language (`Accept-Language`), else the platform's, else
    /// English; the default terms are named in all 27 languages.
    name: String,
}

impl TermJson {
    /// A term as `tr`'s reader reads it on a platform whose language is `platform`.
    pub(crate) fn new(tr: &Tr, platform: Locale, list: TermList, code: &str, label: &str, names: &Names) -> Self {
        TermJson {
            code: code.to_owned(),
            label: label.to_owned(),
            names: names.iter().map(|(code, name)| (code.to_owned(), name.to_owned())).collect(),
            name: term_name(tr, platform, list, code, label, names),
        }
    }
}

/// The caller's language on a platform: `Accept-Language`, else the platform's.
pub(crate) fn reader(hints: Option<Extension<LanguageHints>>, platform: &Platform) -> Tr {
    Tr::new(super::caller_language(hints, Some(platform.default_locale)))
}

/// The platform's skills or causes (`kind` is `skill` or `cause`).
#[utoipa::path(get, operation_id = "list_terms", path = "/api/v1/platforms/{slug}/terms/{kind}", tag = "volunteering",
    params(("slug" = String, Path), ("kind" = String, Path, description = "`skill` or `cause`")),
    responses((status = 200, body = List<TermJson>), (status = 404, description = "Unknown platform or kind")))]
async fn list(
    State(state): State<AppState>,
    hints: Option<Extension<LanguageHints>>,
    Path((slug, kind)): Path<(String, String)>,
) -> Result<Json<List<TermJson>>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let kind = TermKind::parse(&kind, "kind").map_err(|_| AppError::NotFound("term"))?;
    let terms = state.app.terms(&platform, kind).await?;
    let tr = reader(hints, &platform);
    let language = platform.default_locale;
    Ok(Json(List::all(
        terms.iter().map(|t| TermJson::new(&tr, language, kind.into(), &t.code, &t.label, &t.names)).collect(),
    )))
}

/// A term's names.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct LabelBody {
    /// The English name, which every term has.
    #[schema(min_length = 1, max_length = 120)]
    label: String,
    /// Names in other languages, by language code (at most 80 characters each; an
    /// empty one is removed). Without it the names the term has are kept.
    names: Option<BTreeMap<String, String>>,
}

impl LabelBody {
    /// The English name, and the other names as pairs.
    pub(crate) fn parts(&self) -> (&str, Option<Vec<(String, String)>>) {
        (&self.label, self.names.as_ref().map(|names| names.clone().into_iter().collect()))
    }
}

/// Adds or renames a skill or cause (platform admins).
#[utoipa::path(put, operation_id = "put_term", path = "/api/v1/platforms/{slug}/terms/{kind}/{code}", tag = "volunteering",
    params(("slug" = String, Path), ("kind" = String, Path), ("code" = String, Path)),
    request_body = LabelBody,
    responses((status = 200, body = TermJson), (status = 403, description = "Not a platform admin"), (status = 422, description = "Invalid code, label or name")),
    security(("bearer" = []), ("session" = [])))]
async fn put(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    Path((slug, kind, code)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<LabelBody>,
) -> Result<Json<TermJson>, ApiError> {
    let (label, names) = body.parts();
    let term = state.app.put_term(&actor, &slug, &kind, &code, label, names.as_deref()).await?;
    let platform = state.app.platform(&slug).await?;
    let tr = reader(hints, &platform);
    let list = term.kind.into();
    Ok(Json(TermJson::new(&tr, platform.default_locale, list, &term.code, &term.label, &term.names)))
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
