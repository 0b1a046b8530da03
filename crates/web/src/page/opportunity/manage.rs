//! What happens from forms on an opportunity's page besides signing up: coordinators add
//! a shift or a series and cancel shifts; members report hours for ongoing work.
//! Days and times are typed in the platform's time zone.

use super::{Forms, Showing, check_shift, show_page};
use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::{FormFields, local_shift, renamed, whole_number};
use crate::page::{FormState, PageCtx, SignedIn, error_page, see_other};
use crate::request::SiteOrigin;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::AppError;
use entraide_domain::Invalid;
use entraide_domain::shift::SeriesInput;
use serde::Deserialize;

/// Field names of the "add a shift" form, and the names the use cases give them.
const SHIFT_FIELDS: [(&str, &str); 6] = [
    ("day", "shift_day"),
    ("start_time", "shift_start"),
    ("starts_at", "shift_start"),
    ("end_time", "shift_end"),
    ("ends_at", "shift_end"),
    ("slots", "shift_slots"),
];

#[derive(Deserialize)]
pub(super) struct ShiftForm {
    #[serde(default)]
    shift_day: String,
    #[serde(default)]
    shift_start: String,
    #[serde(default)]
    shift_end: String,
    #[serde(default)]
    shift_slots: String,
}

/// Re-renders the page after a mistake, or shows the error page for anything else.
async fn again(
    state: &AppState,
    ctx: &mut PageCtx,
    origin: &str,
    at: (&str, &str),
    error: AppError,
    forms: impl FnOnce(&PageCtx, &Invalid) -> Forms,
) -> Response {
    match error {
        AppError::Invalid(invalid) => {
            let forms = forms(ctx, &invalid);
            show_page(state, ctx, origin, at, Showing::errors(StatusCode::UNPROCESSABLE_ENTITY, forms)).await
        }
        e => error_page(ctx, &e),
    }
}

pub(super) async fn add_shift(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    SiteOrigin(origin): SiteOrigin,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ShiftForm>,
) -> Response {
    let view = match state.app.opportunity_on(Some(&actor), &slug, &id).await {
        Ok(view) => view,
        Err(e) => return error_page(&ctx, &e),
    };
    let result = match local_shift(
        view.platform.time_zone,
        &form.shift_day,
        &form.shift_start,
        &form.shift_end,
        &form.shift_slots,
    ) {
        Ok(times) => state.app.add_shift(&actor, &id, times).await.map(|_| ()),
        Err(invalid) => Err(AppError::Invalid(invalid)),
    };
    match result {
        Ok(()) => see_other(&format!("/p/{slug}/opportunities/{id}?notice=shift-added")),
        Err(error) => {
            again(&state, &mut ctx, &origin, (&slug, &id), error, |ctx, invalid| {
                let kept = FormState::with_values(&[
                    ("shift_day", &form.shift_day),
                    ("shift_start", &form.shift_start),
                    ("shift_end", &form.shift_end),
                    ("shift_slots", &form.shift_slots),
                ]);
                Forms { shift: kept.with_errors(&ctx.tr, &renamed(invalid, &SHIFT_FIELDS)), ..Forms::default() }
            })
            .await
        }
    }
}

const SERIES_FIELDS: [(&str, &str); 8] = [
    ("frequency", "series_frequency"),
    ("weekdays", "series_weekdays"),
    ("starts_on", "series_starts_on"),
    ("until", "series_until"),
    ("start_time", "series_start"),
    ("end_time", "series_end"),
    ("slots", "series_slots"),
    ("except", "series_except"),
];

pub(super) async fn add_series(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    SiteOrigin(origin): SiteOrigin,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<FormFields>,
) -> Response {
    if let Err(e) = state.app.opportunity_on(Some(&actor), &slug, &id).await {
        return error_page(&ctx, &e);
    }
    let weekdays: Vec<String> = form.all("series_weekdays");
    let series = SeriesInput {
        frequency: form.get("series_frequency").to_owned(),
        // A value that is no day of the week is refused by the series itself.
        weekdays: weekdays.iter().map(|d| d.parse().unwrap_or(0)).collect(),
        starts_on: form.get("series_starts_on").to_owned(),
        until: Some(form.get("series_until").to_owned()),
        start_time: form.get("series_start").to_owned(),
        end_time: form.get("series_end").to_owned(),
        slots: whole_number(form.get("series_slots")).ok().flatten().unwrap_or(0),
        except: form
            .get("series_except")
            .split([',', ';', ' ', '\n'])
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
            .collect(),
    };
    match state.app.add_series(&actor, &id, &series).await {
        Ok(_) => see_other(&format!("/p/{slug}/opportunities/{id}?notice=series-added")),
        Err(error) => {
            again(&state, &mut ctx, &origin, (&slug, &id), error, |ctx, invalid| {
                let names = [
                    "series_frequency",
                    "series_starts_on",
                    "series_until",
                    "series_start",
                    "series_end",
                    "series_slots",
                    "series_except",
                ];
                let values: Vec<(&'static str, &str)> = names.iter().map(|n| (*n, form.get(n))).collect();
                let mut kept = FormState::with_values(&values);
                kept.set_choices("series_weekdays", weekdays.clone());
                Forms { series: kept.with_errors(&ctx.tr, &renamed(invalid, &SERIES_FIELDS)), ..Forms::default() }
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub(super) struct ShiftChoice {
    #[serde(default)]
    shift: String,
}

pub(super) async fn cancel_shift(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ShiftChoice>,
) -> Response {
    if let Err(e) = check_shift(&state, &ctx, &slug, &id, &form.shift).await {
        return error_page(&ctx, &e);
    }
    match state.app.cancel_shift(&actor, &form.shift).await {
        Ok(_) => see_other(&format!("/p/{slug}/opportunities/{id}?notice=shift-cancelled")),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct HoursForm {
    #[serde(default)]
    hours_day: String,
    #[serde(default)]
    hours_minutes: String,
    #[serde(default)]
    hours_note: String,
}

pub(super) async fn report_hours(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    SiteOrigin(origin): SiteOrigin,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<HoursForm>,
) -> Response {
    if let Err(e) = state.app.opportunity_on(Some(&actor), &slug, &id).await {
        return error_page(&ctx, &e);
    }
    // Anything but a whole number gets the message for a number out of range.
    let minutes = whole_number(&form.hours_minutes).ok().flatten().unwrap_or(0);
    match state.app.report_hours(&actor, &id, &form.hours_day, minutes, &form.hours_note).await {
        Ok(_) => see_other(&format!("/p/{slug}/opportunities/{id}?notice=hours-reported")),
        Err(error) => {
            again(&state, &mut ctx, &origin, (&slug, &id), error, |ctx, invalid| {
                let kept = FormState::with_values(&[
                    ("hours_day", &form.hours_day),
                    ("hours_minutes", &form.hours_minutes),
                    ("hours_note", &form.hours_note),
                ]);
                let names = [("day", "hours_day"), ("minutes", "hours_minutes"), ("note", "hours_note")];
                Forms { hours: kept.with_errors(&ctx.tr, &renamed(invalid, &names)), ..Forms::default() }
            })
            .await
        }
    }
}
