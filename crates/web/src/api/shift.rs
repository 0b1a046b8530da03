//! Shifts: changing and cancelling them, signing up, and the roster.

use crate::AppState;
use crate::api::List;
use crate::api::opportunity::{ShiftBody, ShiftJson};
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use entraide_app::{AppError, RosterLine, RosterMark, RosterMarked};
use entraide_domain::signup::Signup;
use entraide_domain::{FieldError, Invalid};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(update, cancel))
        .routes(routes!(sign_up, roster))
        .routes(routes!(roster_csv))
        .routes(routes!(roster_attendance))
}

/// One person's attendance, within a whole roster's.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct RosterMarkBody {
    /// A confirmed sign-up of the shift.
    signup: String,
    attended: bool,
    /// Minutes given, from 0 to the shift's length plus 12 hours; default the shift's
    /// length.
    #[schema(minimum = 0)]
    minutes: Option<i64>,
}

/// A shift's attendance, for everyone at once.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct RosterAttendanceBody {
    #[schema(max_items = 1000)]
    marks: Vec<RosterMarkBody>,
}

/// How many were saved.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SavedJson {
    saved: usize,
}

/// The most marks one request may carry (a shift's places are bounded far below).
const MAX_MARKS: usize = 1000;

/// Marks who came to a shift and for how long, everyone at once, once attendance is
/// open (half an hour before the start): all are saved, or none (the shift's
/// coordinators).
#[utoipa::path(post, path = "/api/v1/shifts/{id}/attendance", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = RosterAttendanceBody,
    responses(
        (status = 200, body = SavedJson),
        (status = 403, description = "Not a coordinator"),
        (status = 404, description = "Unknown shift, or a sign-up that is not a confirmed one of it", content_type = "application/problem+json"),
        (status = 409, description = "Attendance is not open yet", content_type = "application/problem+json"),
        (status = 422, description = "Minutes out of range (`marks`), or too many marks", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn roster_attendance(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RosterAttendanceBody>,
) -> Result<Json<SavedJson>, ApiError> {
    if body.marks.len() > MAX_MARKS {
        return Err(AppError::Invalid(Invalid::one("marks", "too-many-marks")).into());
    }
    let marks: Vec<RosterMark> = body
        .marks
        .into_iter()
        .map(|m| RosterMark { signup: m.signup, attended: m.attended, minutes: m.minutes })
        .collect();
    match state.app.mark_roster(&actor, &id, &marks).await? {
        RosterMarked::Saved(saved) => Ok(Json(SavedJson { saved })),
        RosterMarked::Refused(problems) => {
            let errors = problems.into_iter().map(|(_, code)| FieldError::new("marks", code)).collect();
            Err(AppError::Invalid(Invalid(errors)).into())
        }
    }
}

/// Changes a shift's times and places; everyone signed up is told (its coordinators).
#[utoipa::path(put, operation_id = "update_shift", path = "/api/v1/shifts/{id}", tag = "volunteering",
    params(("id" = String, Path)),
    request_body = ShiftBody,
    responses((status = 200, body = ShiftJson), (status = 403, description = "Not a coordinator"), (status = 422, description = "Invalid times, or fewer places than confirmed people")),
    security(("bearer" = []), ("session" = [])))]
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ShiftBody>,
) -> Result<Json<ShiftJson>, ApiError> {
    let times = body.times("")?;
    let shift = state.app.update_shift(&actor, &id, times).await?;
    Ok(Json((&shift).into()))
}

/// Cancels a shift; everyone signed up is told (its coordinators).
#[utoipa::path(delete, operation_id = "cancel_shift", path = "/api/v1/shifts/{id}", tag = "volunteering",
    params(("id" = String, Path)),
    responses((status = 204, description = "Cancelled"), (status = 403, description = "Not a coordinator"), (status = 404, description = "Unknown shift"), (status = 409, description = "Already cancelled")),
    security(("bearer" = []), ("session" = [])))]
async fn cancel(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.cancel_shift(&actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A sign-up.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SignupJson {
    id: String,
    shift_id: String,
    /// `confirmed`, `waitlisted`, `cancelled` or `removed`.
    status: String,
    /// Place on the waiting list, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<i64>,
    /// Cancelled less than 24 hours before the start.
    late: bool,
    attended: Option<bool>,
    minutes: Option<i64>,
    created_at: String,
}

impl From<&Signup> for SignupJson {
    fn from(signup: &Signup) -> Self {
        SignupJson {
            id: signup.id.to_string(),
            shift_id: signup.shift_id.to_string(),
            status: signup.status.as_str().to_owned(),
            position: signup.position,
            late: signup.late,
            attended: signup.attended,
            minutes: signup.minutes,
            created_at: signup.created_at.to_rfc3339(),
        }
    }
}

/// Signs the caller up: confirmed while places remain, else on the waiting list.
#[utoipa::path(post, path = "/api/v1/shifts/{id}/signups", tag = "volunteering",
    params(("id" = String, Path)),
    responses(
        (status = 201, body = SignupJson),
        (status = 403, description = "Not a member of the shift's platform"),
        (status = 404, description = "Unknown shift"),
        (status = 409, description = "Already signed up"),
        (status = 422, description = "Under the minimum age, no date of birth while one is needed, or the shift is past"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn sign_up(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<SignupJson>), ApiError> {
    let signup = state.app.sign_up(&actor, &id).await?;
    Ok((StatusCode::CREATED, Json((&signup).into())))
}

/// A line of the roster.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RosterJson {
    #[serde(flatten)]
    signup: SignupJson,
    account_id: String,
    display_name: String,
    /// Their mail address, to reach them about the shift; `null` once erased.
    email: Option<String>,
    /// Their phone number, if they gave one.
    phone: Option<String>,
}

fn roster_json(line: &RosterLine) -> RosterJson {
    RosterJson {
        signup: (&line.signup).into(),
        account_id: line.signup.account_id.to_string(),
        display_name: line.display_name.clone(),
        email: line.email.as_ref().map(|e| e.to_string()),
        phone: line.phone.clone(),
    }
}

/// Who signed up for the shift: confirmed, then the waiting list, then ended sign-ups
/// (its coordinators).
#[utoipa::path(get, path = "/api/v1/shifts/{id}/signups", tag = "volunteering",
    params(("id" = String, Path)),
    responses((status = 200, body = List<RosterJson>), (status = 403, description = "Not a coordinator")),
    security(("bearer" = []), ("session" = [])))]
async fn roster(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<List<RosterJson>>, ApiError> {
    let (_, _, roster) = state.app.roster(&actor, &id).await?;
    Ok(Json(List::all(roster.iter().map(roster_json).collect())))
}

/// The roster as CSV, for a spreadsheet (its coordinators).
#[utoipa::path(get, path = "/api/v1/shifts/{id}/roster.csv", tag = "volunteering",
    params(("id" = String, Path)),
    responses((status = 200, description = "CSV: name, status, position, late, attended, minutes, email, phone", content_type = "text/csv"), (status = 403, description = "Not a coordinator")),
    security(("bearer" = []), ("session" = [])))]
async fn roster_csv(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let (_, shift, roster) = state.app.roster(&actor, &id).await?;
    let body = crate::csv_export::roster(&roster).map_err(|e| ApiError(entraide_app::AppError::Internal(e)))?;
    let disposition = format!("attachment; filename=\"roster-{}.csv\"", shift.starts_at.format("%Y-%m-%d-%H%M"));
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        body,
    ))
}
