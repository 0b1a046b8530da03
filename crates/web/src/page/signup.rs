//! Sign-ups: signing up for a shift and leaving it from the opportunity's page, and
//! my shifts (what I signed up for, coming and recent, leaving one, my hours and the
//! hours I reported).

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::confirm::{Question, ask};
use crate::page::fields::NoticeQuery;
use crate::page::fields::{duration, notice, span};
use crate::page::opportunity::{Forms, Showing, check_shift, show_page};
use crate::page::{PageCtx, SignedIn, error_page, render, see_other, urlencode};
use crate::request::SiteOrigin;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{AppError, SignupDetails};
use entraide_domain::hours::HourReport;
use entraide_domain::id::OpportunityId;
use entraide_domain::signup::SignupStatus;
use entraide_domain::time::Timestamp;
use serde::Deserialize;
use std::collections::HashMap;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/opportunities/{id}/sign-up", post(sign_up))
        .route("/p/{slug}/opportunities/{id}/leave", get(leave_question).post(leave))
        .route("/my/shifts", get(show))
        .route("/my/shifts/cancel", get(cancel_question).post(cancel))
}

const NOTICES: [&str; 1] = ["cancelled"];

/// A sign-up as the list shows it.
struct Item {
    id: String,
    href: String,
    title: String,
    organisation: String,
    when: String,
    starts_at: String,
    /// Address, or "remote".
    place: String,
    status: String,
    /// It still holds a place or a position, and the shift has not started.
    can_cancel: bool,
    cancelled_shift: bool,
}

/// A report as the list shows it.
struct Report {
    title: String,
    href: String,
    day: String,
    duration: String,
    note: String,
    status: String,
}

#[derive(Template)]
#[template(path = "my_shifts.html")]
struct MyShiftsPage<'a> {
    ctx: &'a PageCtx,
    upcoming: Vec<Item>,
    recent: Vec<Item>,
    total: String,
    reports: Vec<Report>,
    notice: Option<String>,
}

fn status(ctx: &PageCtx, details: &SignupDetails, at: Timestamp) -> String {
    let signup = &details.signup;
    let (past, under_way) = (details.shift.starts_at <= at, details.shift.is_under_way(at));
    match (signup.status, signup.attended) {
        (SignupStatus::Confirmed, Some(true)) => {
            ctx.tr.t1("my-shifts-attended", "duration", duration(ctx, signup.minutes.unwrap_or(0)))
        }
        (SignupStatus::Confirmed, Some(false)) => ctx.t("my-shifts-no-show"),
        (SignupStatus::Confirmed, None) if under_way => ctx.t("shift-happening-now"),
        (SignupStatus::Confirmed, None) if past => ctx.t("my-shifts-done"),
        (SignupStatus::Confirmed, None) => ctx.t("shift-you-confirmed"),
        (SignupStatus::Waitlisted, _) => ctx.tr.t1("shift-you-waiting", "position", signup.position.unwrap_or(0)),
        (SignupStatus::Cancelled, _) => ctx.t("my-shifts-cancelled"),
        (SignupStatus::Removed, _) => ctx.t("my-shifts-removed"),
    }
}

fn item(ctx: &PageCtx, details: &SignupDetails, at: Timestamp) -> Item {
    let shift = &details.shift;
    let past = shift.starts_at <= at;
    Item {
        id: details.signup.id.to_string(),
        href: format!("/p/{}/opportunities/{}", details.platform, details.opportunity_id),
        title: details.title.clone(),
        organisation: details.organisation.clone(),
        when: span(ctx, shift.starts_at, shift.ends_at),
        starts_at: shift.starts_at.to_rfc3339(),
        place: details.address.clone().unwrap_or_else(|| ctx.t("opportunity-remote")),
        status: status(ctx, details, at),
        can_cancel: !past && details.signup.status.is_active() && shift.cancelled_at.is_none(),
        cancelled_shift: shift.cancelled_at.is_some(),
    }
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let loaded = async {
        let platforms = state.app.my_platforms(&actor).await?;
        let signups = state.app.my_signups(&actor).await?;
        let (minutes, reports) = state.app.my_hours(&actor).await?;
        // The titles of the opportunities reported on, each looked up once.
        let mut titles: HashMap<OpportunityId, (String, String)> = HashMap::new();
        for report in &reports {
            if titles.contains_key(&report.opportunity_id) {
                continue;
            }
            let (platform, _, opportunity) = state.app.locate_opportunity(&report.opportunity_id.to_string()).await?;
            let href = format!("/p/{}/opportunities/{}", platform.slug, opportunity.id);
            titles.insert(report.opportunity_id, (opportunity.draft.title, href));
        }
        Ok::<_, AppError>((platforms, signups, minutes, reports, titles))
    };
    let (platforms, signups, minutes, reports, titles) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(&ctx, &e),
    };
    // Dates in the zone of a platform the person belongs to, as on the account page.
    if let Some((platform, _)) = platforms.first() {
        ctx.set_zone(platform.time_zone);
    }
    let at = state.app.now();
    // A shift under way is still coming up for its people, not past.
    let upcoming = signups.iter().filter(|d| d.shift.ends_at > at).map(|d| item(&ctx, d, at)).collect();
    let recent = signups.iter().rev().filter(|d| d.shift.ends_at <= at).map(|d| item(&ctx, d, at)).collect();
    let reports = reports.iter().map(|r| report(&ctx, r, &titles)).collect();
    let notice = notice(&ctx, "my-shifts", &NOTICES, query.notice.as_deref());
    let total = duration(&ctx, minutes);
    render(StatusCode::OK, &MyShiftsPage { ctx: &ctx, upcoming, recent, total, reports, notice })
}

fn report(ctx: &PageCtx, report: &HourReport, titles: &HashMap<OpportunityId, (String, String)>) -> Report {
    let (title, href) = titles.get(&report.opportunity_id).cloned().unwrap_or_default();
    Report {
        title,
        href,
        // Noon keeps the day the same in the zones people live in.
        day: report.day.and_hms_opt(12, 0, 0).map_or_else(|| report.day.to_string(), |noon| ctx.date(&noon.and_utc())),
        duration: duration(ctx, report.minutes),
        note: report.note.clone(),
        status: ctx.t(&format!("my-shifts-report-{}", report.status.as_str())),
    }
}

#[derive(Deserialize)]
struct SignupChoice {
    #[serde(default)]
    signup: String,
}

/// Asks before cancelling a place, then posts to `action` or goes back to `back`.
async fn ask_to_cancel(
    state: &AppState,
    mut ctx: PageCtx,
    actor: &entraide_app::Actor,
    signup: &str,
    on: Option<(&str, &str)>,
    (action, back): (String, String),
) -> Response {
    let context = match state.app.own_signup(actor, signup, on).await {
        Ok(context) => context,
        Err(e) => return error_page(&ctx, &e),
    };
    ctx.on_platform(&context.view.platform);
    let when = span(&ctx, context.shift.starts_at, context.shift.ends_at);
    let title = context.view.opportunity.draft.title.clone();
    let question = Question {
        title: ctx.t("signup-cancel-title"),
        question: ctx.tr.t_args("signup-cancel-question", &[("title", title.into()), ("when", when.into())]),
        hint: ctx.t("signup-cancel-hint"),
        confirm: ctx.t("signup-cancel-confirm"),
        keep: ctx.t("signup-cancel-keep"),
        action,
        back,
        signup: signup.to_owned(),
    };
    ask(&ctx, question)
}

async fn cancel_question(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Query(choice): Query<SignupChoice>,
) -> Response {
    let target = ("/my/shifts/cancel".to_owned(), "/my/shifts".to_owned());
    ask_to_cancel(&state, ctx, &actor, &choice.signup, None, target).await
}

async fn leave_question(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(choice): Query<SignupChoice>,
) -> Response {
    let opportunity = format!("/p/{slug}/opportunities/{id}");
    let target = (format!("{opportunity}/leave"), opportunity);
    ask_to_cancel(&state, ctx, &actor, &choice.signup, Some((&slug, &id)), target).await
}

async fn cancel(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    PageForm(form): PageForm<SignupChoice>,
) -> Response {
    match state.app.leave_signup(&actor, &form.signup, None).await {
        // Pressed twice: it is already over, which is what was asked.
        Ok(_) | Err(AppError::Refused("signup-ended")) => see_other("/my/shifts?notice=cancelled"),
        Err(e) => error_page(&ctx, &e),
    }
}

// ---- From an opportunity's page -------------------------------------------------

#[derive(Deserialize)]
struct ShiftChoice {
    #[serde(default)]
    shift: String,
}

async fn sign_up(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    SiteOrigin(origin): SiteOrigin,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ShiftChoice>,
) -> Response {
    if let Err(e) = check_shift(&state, &ctx, &slug, &id, &form.shift).await {
        return error_page(&ctx, &e);
    }
    let mut add_birth_date = None;
    let (status, message) = match state.app.sign_up(&actor, &form.shift).await {
        Ok(signup) => {
            let notice = if signup.status == SignupStatus::Confirmed { "signed-up" } else { "waitlisted" };
            return see_other(&format!("/p/{slug}/opportunities/{id}?notice={notice}#shift-{}", form.shift));
        }
        Err(AppError::Invalid(invalid)) => {
            // Without a date of birth, the way to add it, and back here afterwards.
            if invalid.0.iter().any(|e| e.code == "birth-date-needed") {
                let back = format!("/p/{slug}/opportunities/{id}#shift-{}", form.shift);
                add_birth_date = Some(format!("/account?next={}#birth-date-title", urlencode(&back)));
            }
            let message = invalid.0.iter().map(|e| ctx.tr.error(e.code)).collect::<Vec<_>>().join(" ");
            (StatusCode::UNPROCESSABLE_ENTITY, message)
        }
        Err(AppError::Conflict(what)) => (StatusCode::CONFLICT, ctx.tr.error(&format!("taken-{what}"))),
        Err(AppError::Forbidden) => (StatusCode::FORBIDDEN, ctx.t("opportunity-join-first")),
        Err(e) => return error_page(&ctx, &e),
    };
    let forms = Forms { signup_error: Some((form.shift, message)), add_birth_date, ..Forms::default() };
    show_page(&state, &mut ctx, &origin, (&slug, &id), Showing::errors(status, forms)).await
}

async fn leave(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<SignupChoice>,
) -> Response {
    match state.app.leave_signup(&actor, &form.signup, Some((&slug, &id))).await {
        // Pressed twice: it is already over, which is what was asked.
        Ok(_) | Err(AppError::Refused("signup-ended")) => {
            see_other(&format!("/p/{slug}/opportunities/{id}?notice=left"))
        }
        Err(e) => error_page(&ctx, &e),
    }
}
