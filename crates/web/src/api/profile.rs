//! The volunteer profile (`/api/v1/me/profile`) and suggestions both ways
//! (`/api/v1/shifts/{id}/suggestions`, `/api/v1/me/suggestions`).

use crate::AppState;
use crate::form::{ApiJson, ApiQuery};
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Extension, Path, State};
use entraide_app::Actor;
use entraide_domain::locale::Locale;
use entraide_domain::profile::{Profile, ProfileInput, WindowInput, format_time};
use entraide_i18n::LanguageHints;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(show, put))
        .routes(routes!(shift_suggestions))
        .routes(routes!(invite))
        .routes(routes!(my_suggestions))
        .routes(routes!(my_request_suggestions))
}

/// A point.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Point {
    #[schema(minimum = -90.0, maximum = 90.0)]
    lat: f64,
    #[schema(minimum = -180.0, maximum = 180.0)]
    lon: f64,
}

/// A weekly time window, in the platform's local time.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct WindowJson {
    /// 1 = Monday … 7 = Sunday.
    #[schema(minimum = 1, maximum = 7)]
    weekday: i64,
    /// `HH:MM`.
    #[schema(pattern = "^\\s*\\d{1,2}:\\d{2}\\s*$")]
    from: String,
    /// `HH:MM`, after `from` (`24:00` for midnight).
    #[schema(pattern = "^\\s*\\d{1,2}:\\d{2}\\s*$")]
    to: String,
}

/// A volunteer profile.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ProfileBody {
    /// Skill codes of the platforms the caller belongs to.
    #[serde(default)]
    skills: Vec<String>,
    /// Cause codes of the platforms the caller belongs to.
    #[serde(default)]
    causes: Vec<String>,
    /// Language codes, among the 27.
    #[serde(default)]
    languages: Vec<String>,
    /// Home, exact; only its owner ever sees it.
    location: Point,
    /// How far the caller will travel: more than 0, at most 500 km.
    #[schema(exclusive_minimum = 0.0, maximum = 500.0)]
    within_km: f64,
    /// When the caller is free; no two windows of one day may overlap.
    #[serde(default)]
    #[schema(max_items = 28)]
    availability: Vec<WindowJson>,
    /// Never be suggested, nor get suggestions.
    #[serde(default)]
    no_suggestions: bool,
    /// No mail about suggestions.
    #[serde(default)]
    no_mails: bool,
}

/// A volunteer profile, as its owner sees it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ProfileJson {
    skills: Vec<String>,
    causes: Vec<String>,
    languages: Vec<String>,
    /// Home, exact.
    location: Point,
    within_km: f64,
    availability: Vec<WindowJson>,
    no_suggestions: bool,
    no_mails: bool,
    updated_at: String,
}

impl From<&Profile> for ProfileJson {
    fn from(profile: &Profile) -> Self {
        let draft = &profile.draft;
        ProfileJson {
            skills: draft.skills.clone(),
            causes: draft.causes.clone(),
            languages: draft.languages.iter().map(|l| l.code().to_owned()).collect(),
            location: Point { lat: draft.home.lat(), lon: draft.home.lon() },
            within_km: draft.within_km,
            availability: draft
                .availability
                .iter()
                .map(|w| WindowJson { weekday: i64::from(w.weekday), from: format_time(w.from), to: format_time(w.to) })
                .collect(),
            no_suggestions: draft.no_suggestions,
            no_mails: draft.no_mails,
            updated_at: profile.updated_at.to_rfc3339(),
        }
    }
}

/// The caller's profile.
#[utoipa::path(get, operation_id = "show_profile", path = "/api/v1/me/profile", tag = "volunteering",
    responses((status = 200, body = ProfileJson), (status = 401, description = "Not signed in"), (status = 404, description = "No profile yet")),
    security(("bearer" = []), ("session" = [])))]
async fn show(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<Json<ProfileJson>, ApiError> {
    let profile = state.app.my_profile(&actor).await?;
    Ok(Json((&profile).into()))
}

/// Writes (or replaces) the caller's profile; on any invalid field nothing is written.
#[utoipa::path(put, operation_id = "put_profile", path = "/api/v1/me/profile", tag = "volunteering",
    request_body = ProfileBody,
    responses(
        (status = 200, body = ProfileJson),
        (status = 401, description = "Not signed in"),
        (status = 422, description = "Invalid field: unknown skill, cause or language, coordinates out of range, a range not above 0 or over 500 km, a weekday outside 1-7, a window that ends before it starts, overlapping windows"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn put(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<ProfileBody>,
) -> Result<Json<ProfileJson>, ApiError> {
    let input = ProfileInput {
        skills: body.skills,
        causes: body.causes,
        languages: body.languages,
        home: (body.location.lat, body.location.lon),
        within_km: body.within_km,
        availability: body
            .availability
            .into_iter()
            .map(|w| WindowInput { weekday: w.weekday, from: w.from, to: w.to })
            .collect(),
        no_suggestions: body.no_suggestions,
        no_mails: body.no_mails,
    };
    let profile = state.app.put_profile(&actor, &input).await?;
    Ok(Json((&profile).into()))
}

/// How many suggestions.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LimitQuery {
    /// 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

/// A person suggested for a shift.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PersonSuggestionJson {
    account_id: String,
    display_name: String,
    /// 0 to 100, higher is better.
    score: f64,
    /// Why, in the caller's language.
    reasons: Vec<String>,
}

/// A shift suggested to the caller.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShiftSuggestionJson {
    opportunity_id: String,
    shift_id: String,
    title: String,
    starts_at: String,
    ends_at: String,
    /// 0 to 100, higher is better.
    score: f64,
    /// Why, in the caller's language.
    reasons: Vec<String>,
}

/// Suggestions, best first.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Suggestions<T: ToSchema> {
    items: Vec<T>,
}

/// The caller's language: their choice on this request or cookie, their account's, the
/// browser's.
fn language(actor: &Actor, hints: Option<Extension<LanguageHints>>) -> Locale {
    let mut hints = hints.map(|Extension(h)| h).unwrap_or_default();
    hints.account = actor.account.locale;
    hints.resolve(None)
}

/// The people best suited to a shift, best first, people already signed up left out
/// (coordinators of its organisation and platform admins).
#[utoipa::path(get, path = "/api/v1/shifts/{id}/suggestions", tag = "volunteering",
    params(("id" = String, Path), LimitQuery),
    responses(
        (status = 200, body = Suggestions<PersonSuggestionJson>),
        (status = 403, description = "Not a coordinator of the shift's organisation nor a platform admin"),
        (status = 404, description = "Unknown shift"),
        (status = 422, description = "A limit outside 1-100"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn shift_suggestions(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<LimitQuery>,
) -> Result<Json<Suggestions<PersonSuggestionJson>>, ApiError> {
    let locale = language(&actor, hints);
    let (_, _, found) = state.app.shift_suggestions(&actor, &id, query.limit, locale).await?;
    let items = found
        .into_iter()
        .map(|s| PersonSuggestionJson {
            account_id: s.account_id.to_string(),
            display_name: s.display_name,
            score: s.score,
            reasons: s.reasons,
        })
        .collect();
    Ok(Json(Suggestions { items }))
}

/// Shifts to come that suit the caller's profile, best first (none without a profile).
#[utoipa::path(get, path = "/api/v1/me/suggestions", tag = "volunteering",
    params(LimitQuery),
    responses((status = 200, body = Suggestions<ShiftSuggestionJson>), (status = 401, description = "Not signed in"), (status = 422, description = "A limit outside 1-100")),
    security(("bearer" = []), ("session" = [])))]
async fn my_suggestions(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    ApiQuery(query): ApiQuery<LimitQuery>,
) -> Result<Json<Suggestions<ShiftSuggestionJson>>, ApiError> {
    let locale = language(&actor, hints);
    let found = state.app.my_suggestions(&actor, query.limit, locale).await?;
    let items = found
        .into_iter()
        .map(|s| ShiftSuggestionJson {
            opportunity_id: s.opportunity_id.to_string(),
            shift_id: s.shift_id.to_string(),
            title: s.title,
            starts_at: s.starts_at.to_rfc3339(),
            ends_at: s.ends_at.to_rfc3339(),
            score: s.score,
            reasons: s.reasons,
        })
        .collect();
    Ok(Json(Suggestions { items }))
}

/// Whom to invite.
#[derive(Debug, serde::Deserialize, ToSchema)]
pub(crate) struct InvitationBody {
    account_id: String,
}

/// Invites a person to a shift (coordinators and platform admins): a notification and,
/// unless they opted out of mails, a mail with the way to sign up. Once per person and
/// shift; an invited person is no longer suggested for it.
#[utoipa::path(post, path = "/api/v1/shifts/{id}/invitations", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = InvitationBody,
    responses((status = 201), (status = 403, description = "Not a coordinator"), (status = 404, description = "Unknown shift, or not a member of the platform"),
        (status = 409, description = "Already invited"), (status = 422, description = "The shift is over or cancelled")),
    security(("bearer" = []), ("session" = [])))]
async fn invite(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<InvitationBody>,
) -> Result<axum::http::StatusCode, ApiError> {
    state.app.invite_to_shift(&actor, &id, &body.account_id).await?;
    Ok(axum::http::StatusCode::CREATED)
}

/// An open neighbour request suggested to the caller.
#[derive(Debug, serde::Serialize, ToSchema)]
pub(crate) struct RequestSuggestionJson {
    request_id: String,
    platform: String,
    category: String,
    title: String,
    needed_from: String,
    needed_until: String,
    score: f64,
    reasons: Vec<String>,
}

/// Open neighbour requests that suit the caller's profile, best first: within their
/// range of the approximate place, during one of their windows (none without a profile).
/// Beside `/api/v1/me/suggestions`, whose items are shifts.
#[utoipa::path(get, path = "/api/v1/me/request-suggestions", tag = "help",
    params(LimitQuery),
    responses((status = 200, body = Suggestions<RequestSuggestionJson>), (status = 401, description = "Not signed in"), (status = 422, description = "A limit outside 1-100")),
    security(("bearer" = []), ("session" = [])))]
async fn my_request_suggestions(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    ApiQuery(query): ApiQuery<LimitQuery>,
) -> Result<Json<Suggestions<RequestSuggestionJson>>, ApiError> {
    let locale = language(&actor, hints);
    let found = state.app.my_request_suggestions(&actor, query.limit, locale).await?;
    let items = found
        .into_iter()
        .map(|s| RequestSuggestionJson {
            request_id: s.request.id.to_string(),
            platform: s.platform.slug.to_string(),
            category: s.request.draft.category.clone(),
            title: s.request.draft.title.clone(),
            needed_from: s.request.draft.needed_from.to_rfc3339(),
            needed_until: s.request.draft.needed_until.to_rfc3339(),
            score: s.score,
            reasons: s.reasons,
        })
        .collect();
    Ok(Json(Suggestions { items }))
}
