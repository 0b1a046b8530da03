//! Opportunities: finding them, one opportunity's page with its shifts (signing up and
//! leaving), what its coordinators do there, and the form that creates or edits one.

mod browse;
mod edit;
mod json_ld;
mod manage;

use crate::AppState;
use crate::page::fields::NoticeQuery;
use crate::page::fields::{notice, span};
use crate::page::term_name::localized_terms;
use crate::page::{FormState, PageCtx, error_page, render, urlencode};
use crate::request::SiteOrigin;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{AppError, OpportunityView};
use entraide_domain::opportunity::{OpportunityStatus, Place};
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, SignupStatus};
use entraide_domain::taxonomy::{Term, TermKind};
use entraide_domain::time::Timestamp;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/opportunities", get(browse::browse))
        .route("/p/{slug}/opportunities/{id}", get(show))
        .route("/p/{slug}/opportunities/{id}/shifts", post(manage::add_shift))
        .route("/p/{slug}/opportunities/{id}/series", post(manage::add_series))
        .route("/p/{slug}/opportunities/{id}/cancel-shift", post(manage::cancel_shift))
        .route("/p/{slug}/opportunities/{id}/hours", post(manage::report_hours))
        .route("/p/{slug}/opportunities/{id}/edit", get(edit::edit_form).post(edit::update))
        .route("/p/{slug}/organisations/{id}/opportunities/new", get(edit::new_form).post(edit::create))
}

/// Notices the opportunity page shows after a redirect.
const NOTICES: [&str; 10] = [
    "welcome",
    "created",
    "saved",
    "signed-up",
    "waitlisted",
    "left",
    "shift-added",
    "series-added",
    "shift-cancelled",
    "hours-reported",
];

/// The forms of the opportunity page as they come back after a mistake.
#[derive(Default)]
pub(super) struct Forms {
    /// "Add a shift".
    pub shift: FormState,
    /// "Add a series".
    pub series: FormState,
    /// "Report my hours".
    pub hours: FormState,
    /// A sign-up that did not happen: the shift, and why.
    pub signup_error: Option<(String, String)>,
    /// The sign-up needs the person's date of birth: where to add it and come back.
    pub add_birth_date: Option<String>,
}

/// A shift as the page lists it.
pub(super) struct ShiftItem {
    id: String,
    when: String,
    starts_at: String,
    slots: i64,
    places_left: i64,
    waiting: i64,
    cancelled: bool,
    /// It has started and not ended.
    under_way: bool,
    /// The reader's own sign-up, while it holds a place or a position.
    mine: Option<Signup>,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "opportunity.html")]
struct OpportunityPage<'a> {
    ctx: &'a PageCtx,
    view: OpportunityView,
    skills: Vec<String>,
    causes: Vec<String>,
    upcoming: Vec<ShiftItem>,
    /// Started or over, newest first (coordinators only: rosters and attendance).
    past: Vec<ShiftItem>,
    /// The reader belongs to the platform (and so may sign up).
    member: bool,
    /// Published: takes sign-ups.
    open: bool,
    /// No shifts at all: people report their own hours.
    ongoing: bool,
    json_ld: Option<String>,
    notice: Option<String>,
    forms: Forms,
    sign_in: String,
    weekdays: Vec<(String, String)>,
    /// Links to the dates before and after those shown, when there are more.
    earlier_dates: Option<String>,
    later_dates: Option<String>,
}

/// How many dates to come the page shows at once: an opportunity may have hundreds.
const DATES_PER_PAGE: usize = 25;

/// Which page of dates to show (`?dates=2`, from 0).
#[derive(serde::Deserialize, Default)]
pub(super) struct DatesQuery {
    #[serde(default)]
    dates: usize,
}

impl OpportunityPage<'_> {
    /// This page's address, to come back to after joining.
    fn here(&self) -> String {
        format!("/p/{}/opportunities/{}", self.view.platform.slug, self.view.opportunity.id)
    }

    fn places(&self, item: &ShiftItem) -> String {
        if item.places_left == 0 {
            self.ctx.t("shift-full")
        } else {
            self.ctx.tr.t_args("shift-places-left", &[("left", item.places_left.into()), ("slots", item.slots.into())])
        }
    }

    fn waiting(&self, item: &ShiftItem) -> String {
        self.ctx.tr.t1("shift-waiting", "count", item.waiting)
    }

    fn my_status(&self, signup: &Signup) -> String {
        match (signup.status, signup.position) {
            (SignupStatus::Waitlisted, Some(position)) => self.ctx.tr.t1("shift-you-waiting", "position", position),
            _ => self.ctx.t("shift-you-confirmed"),
        }
    }

    fn min_age(&self, age: &u8) -> String {
        self.ctx.tr.t1("opportunity-min-age-value", "age", i64::from(*age))
    }

    fn address(&self) -> Option<&str> {
        match &self.view.opportunity.draft.place {
            Place::At { address, .. } => Some(address.as_str()),
            Place::Remote => None,
        }
    }

    fn status_name(&self) -> String {
        self.ctx.t(&format!("opportunity-status-{}", self.view.opportunity.draft.status.as_str()))
    }
}

/// The labels of `codes` in the platform's list (the code itself if the list lost it).
pub(super) fn labels(terms: &[Term], codes: &[String]) -> Vec<String> {
    codes.iter().map(|c| terms.iter().find(|t| &t.code == c).map_or_else(|| c.clone(), |t| t.label.clone())).collect()
}

fn item(ctx: &PageCtx, shift: &Shift, mine: &[Signup], forms: &Forms, at: Timestamp) -> ShiftItem {
    let id = shift.id.to_string();
    ShiftItem {
        when: span(ctx, shift.starts_at, shift.ends_at),
        starts_at: shift.starts_at.to_rfc3339(),
        slots: shift.slots,
        places_left: shift.places_left(),
        waiting: shift.waiting,
        cancelled: shift.cancelled_at.is_some(),
        under_way: shift.is_under_way(at),
        mine: mine.iter().find(|s| s.shift_id == shift.id).cloned(),
        error: forms.signup_error.as_ref().filter(|(s, _)| *s == id).map(|(_, m)| m.clone()),
        id,
    }
}

/// How the opportunity page is shown: after a visit (a notice, a page of dates) or with
/// forms sent back with errors.
pub(super) struct Showing {
    pub status: StatusCode,
    pub forms: Forms,
    pub notice: Option<String>,
    pub dates_page: usize,
}

impl Showing {
    /// A visit, with the notice of what was just done and the page of dates asked for.
    pub fn visit(notice: Option<String>, dates_page: usize) -> Self {
        Self { status: StatusCode::OK, forms: Forms::default(), notice, dates_page }
    }

    /// Forms sent back with their errors.
    pub fn errors(status: StatusCode, forms: Forms) -> Self {
        Self { status, forms, notice: None, dates_page: 0 }
    }
}

/// Renders the opportunity page.
pub(super) async fn show_page(
    state: &AppState,
    ctx: &mut PageCtx,
    origin: &str,
    (slug, id): (&str, &str),
    Showing { status, forms, notice, dates_page }: Showing,
) -> Response {
    let view = match state.app.opportunity_on(ctx.actor.as_ref(), slug, id).await {
        Ok(view) => view,
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&view.platform);
    let loaded = async {
        let skills = state.app.terms(&view.platform, TermKind::Skill).await?;
        let causes = state.app.terms(&view.platform, TermKind::Cause).await?;
        let (member, mine) = match &ctx.actor {
            Some(actor) => {
                let member = state.app.can_sign_up(actor, &view.platform).await?;
                let mine: Vec<Signup> = state
                    .app
                    .my_signups(actor)
                    .await?
                    .into_iter()
                    .filter(|d| d.opportunity_id == view.opportunity.id && d.signup.status.is_active())
                    .map(|d| d.signup)
                    .collect();
                (member, mine)
            }
            None => (false, vec![]),
        };
        Ok::<_, AppError>((skills, causes, member, mine))
    }
    .await;
    let (skills, causes, member, mine) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => return error_page(ctx, &e),
    };
    let language = view.platform.default_locale;
    let (skills, causes) = (localized_terms(ctx, language, skills), localized_terms(ctx, language, causes));
    let at = state.app.now();
    let all_upcoming: Vec<&Shift> = view.shifts.iter().filter(|s| s.starts_at > at).collect();
    let pages = all_upcoming.len().div_ceil(DATES_PER_PAGE).max(1);
    let dates_page = dates_page.min(pages - 1);
    let upcoming = all_upcoming
        .iter()
        .skip(dates_page * DATES_PER_PAGE)
        .take(DATES_PER_PAGE)
        .map(|s| item(ctx, s, &mine, &forms, at))
        .collect();
    let dates_href = |page: usize| format!("/p/{slug}/opportunities/{id}?dates={page}#shifts-title");
    let earlier_dates = (dates_page > 0).then(|| dates_href(dates_page - 1));
    let later_dates = (dates_page + 1 < pages).then(|| dates_href(dates_page + 1));
    let past = if view.can_coordinate {
        view.shifts
            .iter()
            .rev()
            .filter(|s| s.starts_at <= at)
            .take(30)
            .map(|s| item(ctx, s, &mine, &forms, at))
            .collect()
    } else {
        vec![]
    };
    let weekdays = (1..=7).map(|d| (d.to_string(), ctx.t(&format!("shift-weekday-{d}")))).collect();
    let page = OpportunityPage {
        skills: labels(&skills, &view.opportunity.draft.skills),
        causes: labels(&causes, &view.opportunity.draft.causes),
        upcoming,
        past,
        member,
        open: view.opportunity.draft.status == OpportunityStatus::Published,
        ongoing: view.shifts.is_empty(),
        json_ld: json_ld::json_ld(&view, origin, at),
        notice,
        forms,
        sign_in: format!("/sign-in?next={}", urlencode(&format!("/p/{slug}/opportunities/{id}"))),
        weekdays,
        earlier_dates,
        later_dates,
        view,
        ctx,
    };
    render(status, &page)
}

async fn show(
    State(state): State<AppState>,
    mut ctx: PageCtx,
    SiteOrigin(origin): SiteOrigin,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
    Query(dates): Query<DatesQuery>,
) -> Response {
    let notice = notice(&ctx, "opportunity", &NOTICES, query.notice.as_deref());
    show_page(&state, &mut ctx, &origin, (&slug, &id), Showing::visit(notice, dates.dates)).await
}

/// The shift must belong to the opportunity of the address, on the platform of the
/// address; anything else is unknown here.
pub(super) async fn check_shift(
    state: &AppState,
    ctx: &PageCtx,
    slug: &str,
    id: &str,
    shift: &str,
) -> Result<(), AppError> {
    let (view, _) = state.app.locate_shift(ctx.actor.as_ref(), shift).await?;
    if view.platform.slug.as_str() != slug || view.opportunity.id.to_string() != id {
        return Err(AppError::NotFound("shift"));
    }
    Ok(())
}
