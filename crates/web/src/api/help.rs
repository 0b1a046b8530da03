//! Neighbour help: `/api/v1/platforms/{slug}/requests`, `/api/v1/requests/{id}…`.
//!
//! Privacy of place: lists, and every answer to anyone but the requester, the accepted
//! helper and platform admins, carry only the centre of the request's H3 cell, no
//! address and nothing about the person helped. The JSON is built from the view the use
//! case returns, so a new field cannot slip past the rule unnoticed.

use super::taxonomy::{LabelBody, TermJson, reader};
use crate::AppState;
use crate::api::List;
use crate::form::{ApiJson, ApiQuery};
use crate::problem::ApiError;
use crate::session::{ApiActor, Viewer};
use axum::Json;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use entraide_app::{RequestQuery, RequestView};
use entraide_domain::help::{HelpMessage, HelpRequest, OnBehalfInput, RequestInput};
use entraide_domain::taxonomy::TermList;
use entraide_i18n::LanguageHints;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(show))
        .routes(routes!(cancel))
        .routes(routes!(offer))
        .routes(routes!(accept))
        .routes(routes!(post_message, messages))
        .routes(routes!(complete))
        .routes(routes!(thank, thanks))
        .routes(routes!(help_categories))
        .routes(routes!(put_help_category, remove_help_category))
}

/// A point.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Point {
    #[schema(minimum = -90.0, maximum = 90.0)]
    lat: f64,
    #[schema(minimum = -180.0, maximum = 180.0)]
    lon: f64,
}

/// How the person helped agreed.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct ConsentJson {
    /// Who gave it.
    #[schema(min_length = 1, max_length = 120)]
    given_by: String,
    /// When (RFC 3339).
    #[schema(format = DateTime)]
    given_at: String,
    /// How: by phone, in person, in writing…
    #[schema(min_length = 1, max_length = 300)]
    how: String,
}

/// A person who is offline, for whom the requester asks.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct OnBehalfJson {
    #[schema(min_length = 1, max_length = 120)]
    name: String,
    #[schema(pattern = "^\\s*\\+?[0-9 .()-]+\\s*$")]
    phone: String,
    consent: ConsentJson,
}

/// A request for help.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct RequestBody {
    /// A category code of the platform.
    #[schema(max_length = 40)]
    category: String,
    #[schema(min_length = 1, max_length = 120)]
    title: String,
    #[schema(min_length = 1, max_length = 5000)]
    description: String,
    /// The exact point; only the requester, the accepted helper and platform admins see it.
    location: Point,
    /// Only the requester, the accepted helper and platform admins see it.
    #[schema(min_length = 1, max_length = 300)]
    address: String,
    /// RFC 3339.
    #[schema(format = DateTime)]
    needed_from: String,
    /// RFC 3339, after `needed_from`.
    #[schema(format = DateTime)]
    needed_until: String,
    /// When asking for someone who is offline.
    on_behalf_of: Option<OnBehalfJson>,
}

/// A new thing's id.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Created {
    id: String,
}

/// Asks for help (members of the platform).
#[utoipa::path(post, operation_id = "create_request", path = "/api/v1/platforms/{slug}/requests", tag = "help",
    params(("slug" = String, Path)),
    request_body = RequestBody,
    responses(
        (status = 201, body = Created),
        (status = 403, description = "Not a member of the platform"),
        (status = 404, description = "Unknown platform"),
        (status = 422, description = "Invalid field: unknown category, coordinates out of range, a window that ends before it starts, a malformed phone…"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<RequestBody>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let input = RequestInput {
        category: body.category,
        title: body.title,
        description: body.description,
        point: (body.location.lat, body.location.lon),
        address: body.address,
        needed_from: body.needed_from,
        needed_until: body.needed_until,
        on_behalf: body.on_behalf_of.map(|b| OnBehalfInput {
            name: b.name,
            phone: b.phone,
            given_by: b.consent.given_by,
            given_at: b.consent.given_at,
            how: b.consent.how,
        }),
    };
    let request = state.app.create_request(&actor, &slug, &input).await?;
    Ok((StatusCode::CREATED, Json(Created { id: request.id.to_string() })))
}

/// An offer, as the requester sees it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct OfferJson {
    id: String,
    helper_id: String,
    message: String,
    /// `open`, `accepted` or `declined`.
    status: String,
}

/// A request. `location` is exact and `address` and `on_behalf_of` present only for the
/// requester, the accepted helper and platform admins; for anyone else `location` is the
/// centre of the H3 cell (resolution 8) that holds the point.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RequestJson {
    id: String,
    category: String,
    title: String,
    description: String,
    location: Point,
    /// Whether `location` is the approximate centre of a cell.
    approximate: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    on_behalf_of: Option<OnBehalfJson>,
    needed_from: String,
    needed_until: String,
    /// `open`, `accepted`, `completed` or `cancelled`.
    status: String,
    requester_id: String,
    /// The accepted helper, for the three parties allowed to see the place.
    #[serde(skip_serializing_if = "Option::is_none")]
    helper_id: Option<String>,
    /// For the requester and platform admins.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    offers: Vec<OfferJson>,
}

fn request_json(request: &HelpRequest, exact: bool) -> RequestJson {
    let draft = &request.draft;
    let location = if exact {
        Point { lat: draft.point.lat(), lon: draft.point.lon() }
    } else {
        // A stored cell is always valid; should it not be, show nothing near the point.
        request
            .approximate_point()
            .map(|c| Point { lat: c.lat(), lon: c.lon() })
            .unwrap_or(Point { lat: 0.0, lon: 0.0 })
    };
    RequestJson {
        id: request.id.to_string(),
        category: draft.category.clone(),
        title: draft.title.clone(),
        description: draft.description.clone(),
        location,
        approximate: !exact,
        address: exact.then(|| draft.address.clone()),
        on_behalf_of: draft.on_behalf.as_ref().filter(|_| exact).map(|b| OnBehalfJson {
            name: b.name.clone(),
            phone: b.phone.clone(),
            consent: ConsentJson {
                given_by: b.consent_given_by.clone(),
                given_at: b.consent_given_at.to_rfc3339(),
                how: b.consent_how.clone(),
            },
        }),
        needed_from: draft.needed_from.to_rfc3339(),
        needed_until: draft.needed_until.to_rfc3339(),
        status: request.status.as_str().to_owned(),
        requester_id: request.requester.to_string(),
        helper_id: request.helper.filter(|_| exact).map(|h| h.to_string()),
        offers: Vec::new(),
    }
}

fn view_json(view: &RequestView) -> RequestJson {
    let mut json = request_json(&view.request, view.exact);
    json.offers = view
        .offers
        .iter()
        .map(|o| OfferJson {
            id: o.id.to_string(),
            helper_id: o.helper.to_string(),
            message: o.message.clone(),
            status: o.status.as_str().to_owned(),
        })
        .collect();
    json
}

/// Filters of the list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListQuery {
    /// `LAT,LON`: only requests whose approximate place is within `within_km` of it.
    near: Option<String>,
    /// Radius around `near` in km (default 5, at most 25).
    #[param(exclusive_minimum = 0.0, maximum = 25.0)]
    within_km: Option<f64>,
    /// A category code.
    category: Option<String>,
    /// From `next_cursor` of the previous page.
    cursor: Option<String>,
    /// Page size, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

/// Open requests whose window has not ended; places are approximate for everyone.
#[utoipa::path(get, operation_id = "list_requests", path = "/api/v1/platforms/{slug}/requests", tag = "help",
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = List<RequestJson>), (status = 404, description = "Unknown platform"), (status = 422, description = "Invalid filter")))]
async fn list(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<List<RequestJson>>, ApiError> {
    let query = RequestQuery {
        near: query.near,
        within_km: query.within_km,
        category: query.category,
        cursor: query.cursor,
        limit: query.limit,
    };
    let page = state.app.list_requests(&slug, &query).await?;
    Ok(Json(List { items: page.items.iter().map(|r| request_json(r, false)).collect(), next_cursor: page.next_cursor }))
}

/// One request; the exact place only for the requester, the accepted helper and
/// platform admins.
#[utoipa::path(get, operation_id = "show_request", path = "/api/v1/requests/{id}", tag = "help",
    params(("id" = String, Path)),
    responses((status = 200, body = RequestJson), (status = 404, description = "Unknown request")))]
async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Json<RequestJson>, ApiError> {
    let view = state.app.request_view(viewer.actor.as_ref(), &id).await?;
    Ok(Json(view_json(&view)))
}

/// Cancels a request (the requester).
#[utoipa::path(post, operation_id = "cancel_request", path = "/api/v1/requests/{id}/cancel", tag = "help",
    params(("id" = String, Path)),
    responses((status = 200, body = RequestJson), (status = 403, description = "Not the requester"), (status = 404, description = "Unknown request"), (status = 409, description = "Already over")),
    security(("bearer" = []), ("session" = [])))]
async fn cancel(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<RequestJson>, ApiError> {
    let request = state.app.cancel_request(&actor, &id).await?;
    Ok(Json(request_json(&request, true)))
}

/// An offer to help.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct OfferBody {
    /// A short message to the requester.
    #[serde(default)]
    #[schema(max_length = 1000)]
    message: Option<String>,
}

/// Offers to help (members of the platform; not on one's own request).
#[utoipa::path(post, path = "/api/v1/requests/{id}/offers", tag = "help",
    params(("id" = String, Path)),
    request_body = OfferBody,
    responses(
        (status = 201, body = Created),
        (status = 403, description = "Not a member, or one's own request"),
        (status = 404, description = "Unknown request"),
        (status = 409, description = "Already an open offer, or the request no longer takes offers"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn offer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OfferBody>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let offer = state.app.create_offer(&actor, &id, body.message.as_deref().unwrap_or("")).await?;
    Ok((StatusCode::CREATED, Json(Created { id: offer.id.to_string() })))
}

/// Accepts an offer (the requester); the other offers are declined, and the helper may
/// now see the address.
#[utoipa::path(post, path = "/api/v1/requests/{id}/offers/{offer_id}/accept", tag = "help",
    params(("id" = String, Path), ("offer_id" = String, Path)),
    responses((status = 200, body = RequestJson), (status = 403, description = "Not the requester"), (status = 404, description = "Unknown request or offer"), (status = 409, description = "The request is no longer open")),
    security(("bearer" = []), ("session" = [])))]
async fn accept(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((id, offer_id)): Path<(String, String)>,
) -> Result<Json<RequestJson>, ApiError> {
    let request = state.app.accept_offer(&actor, &id, &offer_id).await?;
    Ok(Json(request_json(&request, true)))
}

/// A message to write.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct MessageBody {
    #[schema(min_length = 1, max_length = 4000)]
    text: String,
}

/// A message of the private thread.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MessageJson {
    id: String,
    author_id: String,
    text: String,
    created_at: String,
}

fn message_json(message: &HelpMessage) -> MessageJson {
    MessageJson {
        id: message.id.to_string(),
        author_id: message.author.to_string(),
        text: message.text.clone(),
        created_at: message.created_at.to_rfc3339(),
    }
}

/// Writes in the private thread (the requester and the accepted helper).
#[utoipa::path(post, path = "/api/v1/requests/{id}/messages", tag = "help",
    params(("id" = String, Path)),
    request_body = MessageBody,
    responses((status = 201, body = MessageJson), (status = 403, description = "Not the requester nor the accepted helper"), (status = 404, description = "Unknown request")),
    security(("bearer" = []), ("session" = [])))]
async fn post_message(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MessageBody>,
) -> Result<(StatusCode, Json<MessageJson>), ApiError> {
    let message = state.app.post_help_message(&actor, &id, &body.text).await?;
    Ok((StatusCode::CREATED, Json(message_json(&message))))
}

/// Reads the private thread (the requester and the accepted helper).
#[utoipa::path(get, path = "/api/v1/requests/{id}/messages", tag = "help",
    params(("id" = String, Path)),
    responses((status = 200, body = List<MessageJson>), (status = 403, description = "Not the requester nor the accepted helper"), (status = 404, description = "Unknown request")),
    security(("bearer" = []), ("session" = [])))]
async fn messages(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<List<MessageJson>>, ApiError> {
    let messages = state.app.help_messages(&actor, &id).await?;
    Ok(Json(List::all(messages.iter().map(message_json).collect())))
}

/// How long the help took.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct CompleteBody {
    /// Minutes, at least 1 and at most the request's window.
    #[schema(minimum = 1)]
    minutes: i64,
}

/// Marks the request done (the requester): the helper is credited `minutes` in time
/// credits and the requester debited.
#[utoipa::path(post, path = "/api/v1/requests/{id}/complete", tag = "help",
    params(("id" = String, Path)),
    request_body = CompleteBody,
    responses(
        (status = 200, body = RequestJson),
        (status = 403, description = "Not the requester"),
        (status = 404, description = "Unknown request"),
        (status = 409, description = "Already completed, or no offer accepted"),
        (status = 422, description = "Minutes not above 0, or more than the window allows, or over the credit limit"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn complete(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CompleteBody>,
) -> Result<Json<RequestJson>, ApiError> {
    let request = state.app.complete_request(&actor, &id, body.minutes).await?;
    Ok(Json(request_json(&request, true)))
}

/// A thank-you or short private note.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ThanksBody {
    /// Up to 500 characters.
    #[schema(min_length = 1, max_length = 500)]
    text: String,
}

/// A thank-you left on a request.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ThanksJson {
    author_id: String,
    text: String,
    created_at: String,
}

/// Thanks the other party of a completed request (the requester or the helper, once each).
#[utoipa::path(post, path = "/api/v1/requests/{id}/thanks", tag = "help",
    params(("id" = String, Path)),
    request_body = ThanksBody,
    responses((status = 201, body = ThanksJson), (status = 403, description = "Neither the requester nor the helper"), (status = 404, description = "Unknown request"),
        (status = 409, description = "Not completed yet, or already thanked"), (status = 422, description = "Empty or too long")),
    security(("bearer" = []), ("session" = [])))]
async fn thank(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ThanksBody>,
) -> Result<(StatusCode, Json<ThanksJson>), ApiError> {
    let thanks = state.app.thank(&actor, &id, &body.text).await?;
    Ok((
        StatusCode::CREATED,
        Json(ThanksJson {
            author_id: thanks.author.to_string(),
            text: thanks.text,
            created_at: thanks.created_at.to_rfc3339(),
        }),
    ))
}

/// The thanks left on a request (its two parties and platform admins).
#[utoipa::path(get, path = "/api/v1/requests/{id}/thanks", tag = "help",
    params(("id" = String, Path)),
    responses((status = 200, body = List<ThanksJson>), (status = 403, description = "Neither party"), (status = 404, description = "Unknown request")),
    security(("bearer" = []), ("session" = [])))]
async fn thanks(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<List<ThanksJson>>, ApiError> {
    let thanks = state.app.thanks_for(&actor, &id).await?;
    let items = thanks
        .into_iter()
        .map(|t| ThanksJson { author_id: t.author.to_string(), text: t.text, created_at: t.created_at.to_rfc3339() })
        .collect();
    Ok(Json(List::all(items)))
}

/// A platform's help categories.
#[utoipa::path(get, path = "/api/v1/platforms/{slug}/help-categories", tag = "help",
    params(("slug" = String, Path)),
    responses((status = 200, body = List<TermJson>), (status = 404, description = "Unknown platform")))]
async fn help_categories(
    State(state): State<AppState>,
    hints: Option<Extension<LanguageHints>>,
    Path(slug): Path<String>,
) -> Result<Json<List<TermJson>>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let categories = state.app.help_categories(&platform).await?;
    let tr = reader(hints, &platform);
    let language = platform.default_locale;
    Ok(Json(List::all(
        categories.iter().map(|c| TermJson::new(&tr, language, TermList::Help, &c.code, &c.label, &c.names)).collect(),
    )))
}

/// Adds or renames a help category (platform admins).
#[utoipa::path(put, path = "/api/v1/platforms/{slug}/help-categories/{code}", tag = "help",
    params(("slug" = String, Path), ("code" = String, Path)),
    request_body = LabelBody,
    responses((status = 200, body = TermJson), (status = 403, description = "Not a platform admin"), (status = 422, description = "Malformed code, empty label or an invalid name")),
    security(("bearer" = []), ("session" = [])))]
async fn put_help_category(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
    Path((slug, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<LabelBody>,
) -> Result<Json<TermJson>, ApiError> {
    let (label, names) = body.parts();
    let category = state.app.put_help_category(&actor, &slug, &code, label, names.as_deref()).await?;
    let platform = state.app.platform(&slug).await?;
    let tr = reader(hints, &platform);
    let language = platform.default_locale;
    Ok(Json(TermJson::new(&tr, language, TermList::Help, &category.code, &category.label, &category.names)))
}

/// Removes a help category no request or standing offer uses (platform admins).
#[utoipa::path(delete, path = "/api/v1/platforms/{slug}/help-categories/{code}", tag = "help",
    params(("slug" = String, Path), ("code" = String, Path)),
    responses((status = 204), (status = 403, description = "Not a platform admin"), (status = 404, description = "Unknown category"), (status = 409, description = "In use")),
    security(("bearer" = []), ("session" = [])))]
async fn remove_help_category(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((slug, code)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state.app.remove_help_category(&actor, &slug, &code).await?;
    Ok(StatusCode::NO_CONTENT)
}
