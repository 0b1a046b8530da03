//! Sign-ups: leaving, attendance, a person's own list; hours and dashboards.

use crate::AppState;
use crate::api::List;
use crate::api::shift::SignupJson;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_domain::hours::HourReport;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(end))
        .routes(routes!(attendance))
        .routes(routes!(mine))
        .routes(routes!(report_hours))
        .routes(routes!(decide))
        .routes(routes!(my_hours))
        .routes(routes!(dashboard))
}

/// Ends a sign-up: the caller's own is cancelled; a coordinator removes someone else's.
/// The first person waiting is confirmed at once.
#[utoipa::path(delete, path = "/api/v1/signups/{id}", tag = "volunteering",
    params(("id" = String, Path)),
    responses((status = 204, description = "Ended"), (status = 404, description = "No such sign-up that the caller may end"), (status = 409, description = "Already ended")),
    security(("bearer" = []), ("session" = [])))]
async fn end(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.end_signup(&actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Attendance.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct AttendanceBody {
    attended: bool,
    /// Minutes given, from 0 to the shift's length plus 12 hours; default the shift's
    /// length.
    #[schema(minimum = 0)]
    minutes: Option<i64>,
}

/// Marks a confirmed person present (with minutes) or absent, once the shift has started
/// (the shift's coordinators).
#[utoipa::path(post, path = "/api/v1/signups/{id}/attendance", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = AttendanceBody,
    responses((status = 200, body = SignupJson), (status = 403, description = "Not a coordinator"), (status = 409, description = "The sign-up is not confirmed (waiting, cancelled or removed)"), (status = 422, description = "The shift has not started, or minutes out of range")),
    security(("bearer" = []), ("session" = [])))]
async fn attendance(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AttendanceBody>,
) -> Result<Json<SignupJson>, ApiError> {
    let signup = state.app.mark_attendance(&actor, &id, body.attended, body.minutes).await?;
    Ok(Json((&signup).into()))
}

/// One of the caller's sign-ups, with its shift.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MySignupJson {
    #[serde(flatten)]
    signup: SignupJson,
    shift: crate::api::opportunity::ShiftJson,
    opportunity_id: String,
    title: String,
    organisation: String,
    platform: String,
    address: Option<String>,
}

/// The caller's sign-ups, from 30 days ago to a year ahead, by start.
#[utoipa::path(get, path = "/api/v1/me/signups", tag = "volunteering",
    responses((status = 200, body = List<MySignupJson>)),
    security(("bearer" = []), ("session" = [])))]
async fn mine(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<Json<List<MySignupJson>>, ApiError> {
    let list = state.app.my_signups(&actor).await?;
    Ok(Json(List::all(
        list.iter()
            .map(|d| MySignupJson {
                signup: (&d.signup).into(),
                shift: (&d.shift).into(),
                opportunity_id: d.opportunity_id.to_string(),
                title: d.title.clone(),
                organisation: d.organisation.clone(),
                platform: d.platform.clone(),
                address: d.address.clone(),
            })
            .collect(),
    )))
}

/// Hours given.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct HoursBody {
    /// `YYYY-MM-DD`, not in the future.
    #[schema(format = Date)]
    day: String,
    #[schema(minimum = 1, maximum = 1440)]
    minutes: i64,
    #[serde(default)]
    #[schema(max_length = 500)]
    note: String,
}

/// A report of hours.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ReportJson {
    id: String,
    opportunity_id: String,
    day: String,
    minutes: i64,
    note: String,
    /// `pending`, `approved` or `declined`.
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_name: Option<String>,
}

fn report_json(report: &HourReport, name: Option<&str>) -> ReportJson {
    ReportJson {
        id: report.id.to_string(),
        opportunity_id: report.opportunity_id.to_string(),
        day: report.day.to_string(),
        minutes: report.minutes,
        note: report.note.clone(),
        status: report.status.as_str().to_owned(),
        display_name: name.map(str::to_owned),
    }
}

/// Reports hours given to an ongoing opportunity; a coordinator approves them.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/hours", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = HoursBody,
    responses((status = 201, body = ReportJson), (status = 403, description = "Not a member of the platform"), (status = 422, description = "A day in the future, or minutes out of range")),
    security(("bearer" = []), ("session" = [])))]
async fn report_hours(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<HoursBody>,
) -> Result<(StatusCode, Json<ReportJson>), ApiError> {
    let report = state.app.report_hours(&actor, &id, &body.day, body.minutes, &body.note).await?;
    Ok((StatusCode::CREATED, Json(report_json(&report, None))))
}

/// A decision on a report.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct DecisionBody {
    approve: bool,
}

/// Approves or declines reported hours (the opportunity's coordinators).
#[utoipa::path(post, path = "/api/v1/hour-reports/{id}/decision", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = DecisionBody,
    responses((status = 200, body = ReportJson), (status = 403, description = "Not a coordinator"), (status = 409, description = "Already decided")),
    security(("bearer" = []), ("session" = [])))]
async fn decide(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<Json<ReportJson>, ApiError> {
    let report = state.app.decide_report(&actor, &id, body.approve).await?;
    Ok(Json(report_json(&report, None)))
}

/// The caller's hours.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MyHours {
    /// Attended shifts and approved reports, in minutes.
    total_minutes: i64,
    reports: Vec<ReportJson>,
}

/// The caller's hours: the total, and their reports.
#[utoipa::path(get, path = "/api/v1/me/hours", tag = "volunteering",
    responses((status = 200, body = MyHours)),
    security(("bearer" = []), ("session" = [])))]
async fn my_hours(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<Json<MyHours>, ApiError> {
    let (total_minutes, reports) = state.app.my_hours(&actor).await?;
    Ok(Json(MyHours { total_minutes, reports: reports.iter().map(|r| report_json(r, None)).collect() }))
}

/// An organisation's figures.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Dashboard {
    upcoming_shifts: i64,
    upcoming_slots: i64,
    upcoming_taken: i64,
    /// Confirmed places over places, 0 to 1; `null` without upcoming shifts.
    fill_rate: Option<f64>,
    minutes_this_month: i64,
    minutes_total: i64,
    reports: Vec<ReportJson>,
}

/// An organisation's dashboard: upcoming shifts, fill rate, hours (its coordinators).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/dashboard", tag = "volunteering",
    params(("id" = String, Path)),
    responses((status = 200, body = Dashboard), (status = 403, description = "Not a coordinator")),
    security(("bearer" = []), ("session" = [])))]
async fn dashboard(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<Dashboard>, ApiError> {
    let (figures, reports) = state.app.organisation_dashboard(&actor, &id).await?;
    let fill_rate = (figures.upcoming_slots > 0).then(|| figures.upcoming_taken as f64 / figures.upcoming_slots as f64);
    Ok(Json(Dashboard {
        upcoming_shifts: figures.upcoming_shifts,
        upcoming_slots: figures.upcoming_slots,
        upcoming_taken: figures.upcoming_taken,
        fill_rate,
        minutes_this_month: figures.minutes_this_month,
        minutes_total: figures.minutes_total,
        reports: reports.iter().map(|(r, name)| report_json(r, Some(name))).collect(),
    }))
}
