//! An organisation's dashboard, for its coordinators: upcoming shifts and how full they
//! are, hours given, its opportunities (drafts too), and hour reports to decide.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::{duration, notice, span};
use crate::page::{PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{Actor, AppError, OrganisationBoard};
use entraide_domain::hours::ReportStatus;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/organisations/{id}/dashboard", get(show))
        .route("/p/{slug}/organisations/{id}/dashboard/decide", post(decide))
}

const NOTICES: [&str; 3] = ["report-approved", "report-declined", "report-decided-before"];

/// An upcoming shift as the dashboard lists it.
struct Upcoming {
    href: String,
    roster: String,
    title: String,
    when: String,
    starts_at: String,
    fill: String,
    full: bool,
}

/// A report waiting for a decision.
struct Pending {
    id: String,
    name: String,
    title: String,
    day: String,
    duration: String,
    note: String,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage<'a> {
    ctx: &'a PageCtx,
    board: OrganisationBoard,
    upcoming: Vec<Upcoming>,
    /// "75 %", or none without upcoming places.
    fill_rate: Option<String>,
    month: String,
    total: String,
    pending: Vec<Pending>,
    notice: Option<String>,
}

impl DashboardPage<'_> {
    fn shift_count(&self) -> String {
        self.ctx.tr.t1("dashboard-upcoming-count", "count", self.board.figures.upcoming_shifts)
    }

    fn places(&self) -> String {
        let figures = &self.board.figures;
        self.ctx.tr.t_args(
            "dashboard-places",
            &[("taken", figures.upcoming_taken.into()), ("slots", figures.upcoming_slots.into())],
        )
    }

    fn status_name(&self, status: &entraide_domain::opportunity::OpportunityStatus) -> String {
        self.ctx.t(&format!("opportunity-status-{}", status.as_str()))
    }
}

async fn page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    slug: &str,
    id: &str,
    notice: Option<String>,
) -> Response {
    let board = match state.app.organisation_board(actor, id).await {
        Ok(board) if board.platform.slug.as_str() == slug => board,
        Ok(_) => return error_page(ctx, &AppError::NotFound("organisation")),
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&board.platform);
    let upcoming = board
        .upcoming
        .iter()
        .map(|shift| Upcoming {
            href: format!("/p/{slug}/opportunities/{}", shift.opportunity_id),
            roster: format!("/p/{slug}/shifts/{}", shift.id),
            title: board.title_of(shift.opportunity_id).to_owned(),
            when: span(ctx, shift.starts_at, shift.ends_at),
            starts_at: shift.starts_at.to_rfc3339(),
            fill: ctx.tr.t_args(
                "dashboard-fill",
                &[("taken", shift.taken.into()), ("slots", shift.slots.into()), ("waiting", shift.waiting.into())],
            ),
            full: shift.places_left() == 0,
        })
        .collect();
    let figures = board.figures;
    let fill_rate = (figures.upcoming_slots > 0).then(|| {
        let percent = figures.upcoming_taken as f64 * 100.0 / figures.upcoming_slots as f64;
        ctx.tr.t1("dashboard-percent", "percent", ctx.format().number(percent, 0))
    });
    let pending = board
        .reports
        .iter()
        .filter(|(report, _)| report.status == ReportStatus::Pending)
        .map(|(report, name)| Pending {
            id: report.id.to_string(),
            name: if name.is_empty() { ctx.t("roster-erased-name") } else { name.clone() },
            title: board.title_of(report.opportunity_id).to_owned(),
            day: report
                .day
                .and_hms_opt(12, 0, 0)
                .map_or_else(|| report.day.to_string(), |noon| ctx.date(&noon.and_utc())),
            duration: duration(ctx, report.minutes),
            note: report.note.clone(),
        })
        .collect();
    let month = duration(ctx, figures.minutes_this_month);
    let total = duration(ctx, figures.minutes_total);
    render(StatusCode::OK, &DashboardPage { ctx, board, upcoming, fill_rate, month, total, pending, notice })
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "dashboard", &NOTICES, query.notice.as_deref());
    page(&state, &mut ctx, &actor, &slug, &id, notice).await
}

#[derive(Deserialize)]
struct Decision {
    #[serde(default)]
    report: String,
    #[serde(default)]
    decision: String,
}

async fn decide(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<Decision>,
) -> Response {
    // The report must be one this dashboard lists.
    match state.app.organisation_board(&actor, &id).await {
        Ok(board)
            if board.platform.slug.as_str() == slug
                && board.reports.iter().any(|(r, _)| r.id.to_string() == form.report) => {}
        Ok(_) => return error_page(&ctx, &AppError::NotFound("report")),
        Err(e) => return error_page(&ctx, &e),
    }
    let approve = form.decision == "approve";
    let done = if approve { "report-approved" } else { "report-declined" };
    match state.app.decide_report(&actor, &form.report, approve).await {
        Ok(_) => see_other(&format!("/p/{slug}/organisations/{id}/dashboard?notice={done}")),
        Err(AppError::Refused("report-decided")) => {
            see_other(&format!("/p/{slug}/organisations/{id}/dashboard?notice=report-decided-before"))
        }
        Err(e) => error_page(&ctx, &e),
    }
}
