//! Opportunities and their shifts: `/api/v1/organisations/{id}/opportunities`,
//! `/api/v1/platforms/{slug}/opportunities`, `/api/v1/opportunities/{id}…`.

use crate::AppState;
use crate::api::List;
use crate::form::{ApiJson, ApiQuery};
use crate::problem::ApiError;
use crate::session::{ApiActor, Viewer};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_app::{Found, OpportunityView, SearchInput};
use entraide_domain::Invalid;
use entraide_domain::opportunity::{Opportunity, OpportunityInput, Place};
use entraide_domain::shift::{SeriesInput, Shift, ShiftLength, ShiftTimes, parse_shift_of};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create))
        .routes(routes!(search))
        .routes(routes!(show, update))
        .routes(routes!(add_shift))
        .routes(routes!(add_series))
}

/// A place: a point with an optional address.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Location {
    #[schema(minimum = -90.0, maximum = 90.0)]
    lat: f64,
    #[schema(minimum = -180.0, maximum = 180.0)]
    lon: f64,
    #[schema(max_length = 300)]
    address: Option<String>,
}

/// A shift to create.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ShiftBody {
    /// RFC 3339.
    #[schema(format = DateTime)]
    starts_at: String,
    /// RFC 3339, after the start.
    #[schema(format = DateTime)]
    ends_at: String,
    /// Places, at least 1.
    #[schema(minimum = 1, maximum = 10000)]
    slots: i64,
    /// Whether the shift lasts several days (up to 31); otherwise it lasts at most 24
    /// hours.
    #[serde(default)]
    multi_day: bool,
}

impl ShiftBody {
    pub(crate) fn times(&self, prefix: &'static str) -> Result<ShiftTimes, Invalid> {
        let length = if self.multi_day { ShiftLength::SeveralDays } else { ShiftLength::WithinADay };
        parse_shift_of(&self.starts_at, &self.ends_at, self.slots, prefix, length)
    }
}

/// A shift.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShiftJson {
    id: String,
    starts_at: String,
    ends_at: String,
    slots: i64,
    /// Confirmed people.
    taken: i64,
    /// People on the waiting list.
    waiting: i64,
    cancelled: bool,
}

impl From<&Shift> for ShiftJson {
    fn from(shift: &Shift) -> Self {
        ShiftJson {
            id: shift.id.to_string(),
            starts_at: shift.starts_at.to_rfc3339(),
            ends_at: shift.ends_at.to_rfc3339(),
            slots: shift.slots,
            taken: shift.taken,
            waiting: shift.waiting,
            cancelled: shift.cancelled_at.is_some(),
        }
    }
}

/// An opportunity's content.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct OpportunityBody {
    #[schema(min_length = 1, max_length = 120)]
    title: String,
    #[schema(min_length = 1, max_length = 5000)]
    description: String,
    /// Skill codes from the platform's list.
    #[serde(default)]
    skills: Vec<String>,
    /// Cause codes from the platform's list.
    #[serde(default)]
    causes: Vec<String>,
    /// Languages spoken on site (ISO 639-1).
    #[serde(default)]
    languages: Vec<String>,
    #[schema(minimum = 0, maximum = 99)]
    min_age: Option<i64>,
    #[serde(default)]
    #[schema(max_length = 1000)]
    accessibility: String,
    /// Where; `null` for remote work.
    location: Option<Location>,
    /// `draft`, `published` (default) or `closed`.
    #[schema(pattern = "^\\s*(draft|published|closed)?\\s*$")]
    status: Option<String>,
    /// First shifts (only when creating).
    #[serde(default)]
    shifts: Vec<ShiftBody>,
}

impl OpportunityBody {
    fn input(&self) -> OpportunityInput {
        OpportunityInput {
            title: self.title.clone(),
            description: self.description.clone(),
            skills: self.skills.clone(),
            causes: self.causes.clone(),
            languages: self.languages.clone(),
            min_age: self.min_age,
            accessibility: self.accessibility.clone(),
            point: self.location.as_ref().map(|l| (l.lat, l.lon)),
            address: self.location.as_ref().and_then(|l| l.address.clone()).unwrap_or_default(),
            status: self.status.clone(),
        }
    }

    /// The content and the shifts, every problem collected.
    fn parse(&self) -> Result<(OpportunityInput, Vec<ShiftTimes>), Invalid> {
        let input = self.input();
        let mut invalid = match input.validate() {
            Ok(_) => Invalid::default(),
            Err(invalid) => invalid,
        };
        let mut shifts = Vec::new();
        for shift in &self.shifts {
            match shift.times("shifts") {
                Ok(times) => shifts.push(times),
                Err(errors) => invalid.0.extend(errors.0),
            }
        }
        invalid.into_result()?;
        Ok((input, shifts))
    }
}

/// The new opportunity's id and shifts.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CreatedOpportunity {
    id: String,
    shifts: Vec<ShiftJson>,
}

/// Publishes an opportunity with its first shifts (the organisation's admins and
/// coordinators).
#[utoipa::path(post, operation_id = "create_opportunity", path = "/api/v1/organisations/{id}/opportunities", tag = "volunteering",
    params(("id" = String, Path, description = "The organisation")),
    request_body = OpportunityBody,
    responses(
        (status = 201, body = CreatedOpportunity),
        (status = 403, description = "Not a coordinator of the organisation"),
        (status = 404, description = "Unknown organisation"),
        (status = 409, description = "Over a publication limit: 3 opportunities and 30 shifts to come until the organisation is verified"),
        (status = 422, description = "Invalid field: a shift that ends before it starts, no places, unknown skill, coordinates out of range…"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OpportunityBody>,
) -> Result<(StatusCode, Json<CreatedOpportunity>), ApiError> {
    let (input, shifts) = body.parse()?;
    let (opportunity, shifts) = state.app.create_opportunity(&actor, &id, &input, &shifts).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedOpportunity { id: opportunity.id.to_string(), shifts: shifts.iter().map(Into::into).collect() }),
    ))
}

/// An organisation, as lists show it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct OrganisationRef {
    id: String,
    name: String,
}

/// An opportunity.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct OpportunityJson {
    id: String,
    title: String,
    description: String,
    organisation: OrganisationRef,
    skills: Vec<String>,
    causes: Vec<String>,
    languages: Vec<String>,
    min_age: Option<u8>,
    accessibility: String,
    /// `null` for remote work.
    location: Option<Location>,
    status: String,
    /// The next 10 shifts to come (in lists), or every shift (for one opportunity).
    shifts: Vec<ShiftJson>,
    /// In lists: how many more shifts are to come after those listed (see the
    /// opportunity itself for all of them).
    #[serde(skip_serializing_if = "Option::is_none")]
    more_shifts: Option<usize>,
    /// Distance from the point searched around, in km.
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_km: Option<f64>,
}

fn opportunity_json(
    opportunity: &Opportunity,
    organisation: OrganisationRef,
    shifts: &[Shift],
    distance_km: Option<f64>,
    more_shifts: Option<usize>,
) -> OpportunityJson {
    OpportunityJson {
        id: opportunity.id.to_string(),
        title: opportunity.draft.title.clone(),
        description: opportunity.draft.description.clone(),
        organisation,
        skills: opportunity.draft.skills.clone(),
        causes: opportunity.draft.causes.clone(),
        languages: opportunity.draft.languages.iter().map(|l| l.code().to_owned()).collect(),
        min_age: opportunity.draft.min_age,
        accessibility: opportunity.draft.accessibility.clone(),
        location: match &opportunity.draft.place {
            Place::At { point, address } => {
                Some(Location { lat: point.lat(), lon: point.lon(), address: Some(address.clone()) })
            }
            Place::Remote => None,
        },
        status: opportunity.draft.status.as_str().to_owned(),
        shifts: shifts.iter().map(Into::into).collect(),
        more_shifts,
        distance_km: distance_km.map(|d| (d * 100.0).round() / 100.0),
    }
}

fn found_json(found: &Found) -> OpportunityJson {
    let organisation =
        OrganisationRef { id: found.opportunity.organisation_id.to_string(), name: found.organisation.clone() };
    opportunity_json(&found.opportunity, organisation, &found.shifts, found.distance_km, Some(found.more_shifts))
}

pub(crate) fn view_json(view: &OpportunityView) -> OpportunityJson {
    let organisation = OrganisationRef { id: view.organisation.id.to_string(), name: view.organisation.name.clone() };
    opportunity_json(&view.opportunity, organisation, &view.shifts, None, None)
}

/// Search filters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchQuery {
    /// `LAT,LON`, or words naming a place of the platform's gazetteer (a street, an
    /// address, a postcode, a neighbourhood; its best match is used): only opportunities
    /// within `within_km` of it. Words that name no place are 422 on `near`.
    near: Option<String>,
    /// Radius around `near` in km (default 10, at most 500).
    #[param(exclusive_minimum = 0.0, maximum = 500.0)]
    within_km: Option<f64>,
    /// A skill code.
    skill: Option<String>,
    /// A cause code.
    cause: Option<String>,
    /// A language spoken on site.
    language: Option<String>,
    /// Only with a shift from this day or instant on.
    from: Option<String>,
    /// Only with a shift before the end of this day, or this instant.
    to: Option<String>,
    /// Words in the title or description.
    q: Option<String>,
    /// Only remote work.
    remote: Option<bool>,
    /// `start` (next shift first, default) or `distance` (needs `near`).
    sort: Option<String>,
    /// From `next_cursor` of the previous page.
    cursor: Option<String>,
    /// Page size, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

impl From<SearchQuery> for SearchInput {
    fn from(q: SearchQuery) -> Self {
        SearchInput {
            near: q.near,
            within_km: q.within_km,
            skill: q.skill,
            cause: q.cause,
            language: q.language,
            from: q.from,
            to: q.to,
            q: q.q,
            remote: q.remote.unwrap_or(false),
            sort: q.sort,
            cursor: q.cursor,
            limit: q.limit,
        }
    }
}

/// Finds the platform's published opportunities.
#[utoipa::path(get, path = "/api/v1/platforms/{slug}/opportunities", tag = "volunteering",
    params(("slug" = String, Path), SearchQuery),
    responses((status = 200, body = List<OpportunityJson>), (status = 404, description = "Unknown platform"), (status = 422, description = "Invalid filter")))]
async fn search(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<SearchQuery>,
) -> Result<Json<List<OpportunityJson>>, ApiError> {
    let platform = state.app.platform(&slug).await?;
    let page = state.app.search(viewer.actor.as_ref(), &platform, &query.into()).await?;
    Ok(Json(List { items: page.items.iter().map(found_json).collect(), next_cursor: page.next_cursor }))
}

/// One opportunity with all its shifts (drafts only for its coordinators).
#[utoipa::path(get, operation_id = "show_opportunity", path = "/api/v1/opportunities/{id}", tag = "volunteering",
    params(("id" = String, Path)),
    responses((status = 200, body = OpportunityJson), (status = 404, description = "Unknown opportunity")))]
async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Json<OpportunityJson>, ApiError> {
    let view = state.app.opportunity_view(viewer.actor.as_ref(), &id).await?;
    Ok(Json(view_json(&view)))
}

/// Replaces an opportunity's content (its coordinators); shifts are changed one by one.
#[utoipa::path(put, operation_id = "update_opportunity", path = "/api/v1/opportunities/{id}", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = OpportunityBody,
    responses((status = 200, body = OpportunityJson), (status = 403, description = "Not a coordinator"), (status = 422, description = "Invalid field")),
    security(("bearer" = []), ("session" = [])))]
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OpportunityBody>,
) -> Result<Json<OpportunityJson>, ApiError> {
    state.app.update_opportunity(&actor, &id, &body.input()).await?;
    let view = state.app.opportunity_view(Some(&actor), &id).await?;
    Ok(Json(view_json(&view)))
}

/// Adds a shift (the opportunity's coordinators).
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/shifts", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = ShiftBody,
    responses((status = 201, body = ShiftJson), (status = 403, description = "Not a coordinator"),
        (status = 409, description = "Over a publication limit: 500 shifts to come per opportunity, or 30 until the organisation is verified"),
        (status = 422, description = "Ends before it starts, no places, too long or too far ahead")),
    security(("bearer" = []), ("session" = [])))]
async fn add_shift(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ShiftBody>,
) -> Result<(StatusCode, Json<ShiftJson>), ApiError> {
    let times = body.times("")?;
    let shift = state.app.add_shift(&actor, &id, times).await?;
    Ok((StatusCode::CREATED, Json((&shift).into())))
}

/// A repeating series of shifts.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct SeriesBody {
    /// `daily` or `weekly`.
    #[schema(pattern = "^\\s*(daily|weekly)\\s*$")]
    frequency: String,
    /// For weekly series: 1 = Monday … 7 = Sunday (default: the first day's).
    #[serde(default)]
    weekdays: Vec<i64>,
    /// First day, `YYYY-MM-DD`.
    #[schema(format = Date)]
    starts_on: String,
    /// Last day, `YYYY-MM-DD` (required: a series ends).
    #[schema(format = Date)]
    until: Option<String>,
    /// Local time in the platform's time zone, `HH:MM`.
    #[schema(pattern = "^\\s*\\d{1,2}:\\d{2}\\s*$")]
    start_time: String,
    /// Local time, `HH:MM`.
    #[schema(pattern = "^\\s*\\d{1,2}:\\d{2}\\s*$")]
    end_time: String,
    #[schema(minimum = 1, maximum = 10000)]
    slots: i64,
    /// Days left out, `YYYY-MM-DD`.
    #[serde(default)]
    except: Vec<String>,
}

/// The shifts a series created.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CreatedShifts {
    shifts: Vec<ShiftJson>,
}

/// Adds a series ("every Tuesday 14:00–17:00 until 31 March") as single shifts, each then
/// changed on its own (the opportunity's coordinators).
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/shift-series", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = SeriesBody,
    responses((status = 201, body = CreatedShifts), (status = 403, description = "Not a coordinator"),
        (status = 409, description = "Over a publication limit: 500 shifts to come per opportunity, or 30 until the organisation is verified"),
        (status = 422, description = "Invalid series, e.g. without an end")),
    security(("bearer" = []), ("session" = [])))]
async fn add_series(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SeriesBody>,
) -> Result<(StatusCode, Json<CreatedShifts>), ApiError> {
    let series = SeriesInput {
        frequency: body.frequency,
        weekdays: body.weekdays,
        starts_on: body.starts_on,
        until: body.until,
        start_time: body.start_time,
        end_time: body.end_time,
        slots: body.slots,
        except: body.except,
    };
    let shifts = state.app.add_series(&actor, &id, &series).await?;
    Ok((StatusCode::CREATED, Json(CreatedShifts { shifts: shifts.iter().map(Into::into).collect() })))
}
