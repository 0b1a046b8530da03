//! A shift's roster, for its coordinators: who comes, who waits, who cancelled (late or
//! not); attendance and minutes from half an hour before the start; removing someone; changing the
//! shift's times and places; the roster as CSV.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::confirm::{Question, ask};
use crate::page::fields::NoticeQuery;
use crate::page::fields::{local_fields, local_shift, notice, renamed, span, whole_number};
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{Actor, AppError, OpportunityView, RosterLine, RosterMark, RosterMarked, SignupContext};
use entraide_domain::shift::{ATTENDANCE_EXTRA_MINUTES, Shift};
use entraide_domain::signup::SignupStatus;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/shifts/{id}", get(show))
        .route("/p/{slug}/shifts/{id}/attendance", post(attendance))
        .route("/p/{slug}/shifts/{id}/remove", get(remove_question).post(remove))
        .route("/p/{slug}/shifts/{id}/edit", post(edit))
}

const NOTICES: [&str; 3] = ["attendance-saved", "removed", "shift-saved"];

/// A person on the roster.
struct Line {
    id: String,
    name: String,
    status: SignupStatus,
    position: Option<i64>,
    late: bool,
    attended: Option<bool>,
    /// Their mail address, to reach them.
    email: String,
    /// Their phone number as they wrote it, and as a `tel:` link dials it.
    phone: Option<(String, String)>,
    /// Whether the attendance form ticks them as come: as marked, else yes.
    came: bool,
    /// What the minutes field shows: as typed, as marked, else the shift's length.
    minutes: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "roster.html")]
struct RosterPage<'a> {
    ctx: &'a PageCtx,
    view: OpportunityView,
    shift: Shift,
    when: String,
    confirmed: Vec<Line>,
    waiting: Vec<Line>,
    ended: Vec<Line>,
    /// Attendance may be marked (from half an hour before the start).
    started: bool,
    /// The most minutes the attendance form takes for one person.
    max_minutes: i64,
    /// It has started and not ended.
    under_way: bool,
    form: FormState,
    notice: Option<String>,
}

impl RosterPage<'_> {
    fn came_label(&self, line: &Line) -> String {
        self.ctx.tr.t1("roster-came", "name", line.name.clone())
    }

    fn has_line_errors(&self) -> bool {
        self.confirmed.iter().any(|line| line.error.is_some())
    }

    fn position(&self, line: &Line) -> String {
        self.ctx.tr.t1("roster-position", "position", line.position.unwrap_or(0))
    }

    fn ended_how(&self, line: &Line) -> String {
        self.ctx.t(if line.status == SignupStatus::Removed { "roster-removed" } else { "roster-cancelled" })
    }

    fn fill(&self) -> String {
        self.ctx.tr.t_args("roster-fill", &[("taken", self.shift.taken.into()), ("slots", self.shift.slots.into())])
    }
}

/// The attendance form as typed, when it was refused: per sign-up, whether ticked, the
/// minutes typed, and what is wrong (if anything).
type Typed = Vec<(String, bool, String, Option<String>)>;

fn line(ctx: &PageCtx, shift: &Shift, roster: &RosterLine, typed: &Typed) -> Line {
    let signup = &roster.signup;
    let id = signup.id.to_string();
    let as_typed = typed.iter().find(|(s, ..)| *s == id);
    Line {
        name: if roster.display_name.is_empty() { ctx.t("roster-erased-name") } else { roster.display_name.clone() },
        status: signup.status,
        position: signup.position,
        late: signup.late,
        attended: signup.attended,
        email: roster.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
        phone: roster
            .phone
            .as_ref()
            .map(|p| (p.clone(), p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect())),
        came: as_typed.map_or(signup.attended != Some(false), |(_, came, ..)| *came),
        minutes: as_typed
            .map_or_else(|| signup.minutes.unwrap_or_else(|| shift.minutes()).to_string(), |(_, _, m, _)| m.clone()),
        error: as_typed.and_then(|(.., error)| error.clone()),
        id,
    }
}

/// The roster page; `form` is the shift's form as typed and `typed` the attendance form
/// as typed, when one was refused.
async fn page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    (slug, id): (&str, &str),
    status: StatusCode,
    (form, typed): (Option<FormState>, Typed),
    notice: Option<String>,
) -> Response {
    let (view, shift, roster) = match state.app.roster(actor, id).await {
        Ok(found) if found.0.platform.slug.as_str() == slug => found,
        Ok(_) => return error_page(ctx, &AppError::NotFound("shift")),
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&view.platform);
    let form = form.unwrap_or_else(|| {
        let (day, start) = local_fields(shift.starts_at, view.platform.time_zone);
        let (_, end) = local_fields(shift.ends_at, view.platform.time_zone);
        FormState::with_values(&[
            ("day", &day),
            ("start_time", &start),
            ("end_time", &end),
            ("slots", &shift.slots.to_string()),
        ])
    });
    let lines = |wanted: &dyn Fn(SignupStatus) -> bool| -> Vec<Line> {
        roster.iter().filter(|r| wanted(r.signup.status)).map(|r| line(ctx, &shift, r, &typed)).collect()
    };
    let confirmed = lines(&|s| s == SignupStatus::Confirmed);
    let waiting = lines(&|s| s == SignupStatus::Waitlisted);
    let ended = lines(&|s| !s.is_active());
    let page = RosterPage {
        when: span(ctx, shift.starts_at, shift.ends_at),
        started: shift.attendance_open(state.app.now()),
        max_minutes: shift.minutes() + ATTENDANCE_EXTRA_MINUTES,
        under_way: shift.is_under_way(state.app.now()),
        confirmed,
        waiting,
        ended,
        form,
        notice,
        view,
        shift,
        ctx,
    };
    render(status, &page)
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "roster", &NOTICES, query.notice.as_deref());
    page(&state, &mut ctx, &actor, (&slug, &id), StatusCode::OK, (None, Vec::new()), notice).await
}

/// The sign-up, if it is on this shift of this platform and the reader coordinates it.
async fn on_this_shift(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    id: &str,
    signup: &str,
) -> Result<SignupContext, AppError> {
    let context = state.app.signup_context(actor, signup).await?;
    if context.view.platform.slug.as_str() != slug || context.shift.id.to_string() != id {
        return Err(AppError::NotFound("signup"));
    }
    if !context.view.can_coordinate {
        return Err(AppError::Forbidden);
    }
    Ok(context)
}

/// Marks the whole roster at once: `signup` once per person on it, `came-{id}` ticked
/// for those who came, `minutes-{id}` their minutes.
async fn attendance(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Response {
    let value = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let mut typed: Typed = Vec::new();
    let mut marks = Vec::new();
    for signup in fields.iter().filter(|(k, _)| k == "signup").map(|(_, v)| v.clone()) {
        let came = value(&format!("came-{signup}")).is_some();
        let minutes_text = value(&format!("minutes-{signup}")).unwrap_or("").to_owned();
        // Words where a number goes: said on the line, and nothing is saved.
        let (minutes, error) = match whole_number(&minutes_text) {
            Ok(minutes) => (minutes, None),
            Err(()) if came => (None, Some(ctx.tr.error("attendance-minutes-out-of-range"))),
            Err(()) => (None, None),
        };
        marks.push(RosterMark { signup: signup.clone(), attended: came, minutes });
        typed.push((signup, came, minutes_text, error));
    }
    if typed.iter().any(|(.., error)| error.is_some()) {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return page(&state, &mut ctx, &actor, (&slug, &id), status, (None, typed), None).await;
    }
    let refused = match state.app.mark_roster(&actor, &id, &marks).await {
        Ok(RosterMarked::Saved(_)) => {
            return see_other(&format!("/p/{slug}/shifts/{id}?notice=attendance-saved#confirmed-title"));
        }
        Ok(RosterMarked::Refused(problems)) => problems,
        Err(AppError::Refused(code)) => {
            let message = ctx.tr.error(code);
            for line in &mut typed {
                line.3 = Some(message.clone());
            }
            let status = StatusCode::CONFLICT;
            return page(&state, &mut ctx, &actor, (&slug, &id), status, (None, typed), None).await;
        }
        Err(e) => return error_page(&ctx, &e),
    };
    for (signup, code) in refused {
        if let Some(line) = typed.iter_mut().find(|(s, ..)| *s == signup.to_string()) {
            line.3 = Some(ctx.tr.error(code));
        }
    }
    page(&state, &mut ctx, &actor, (&slug, &id), StatusCode::UNPROCESSABLE_ENTITY, (None, typed), None).await
}

#[derive(Deserialize)]
struct SignupChoice {
    #[serde(default)]
    signup: String,
}

/// Asks before removing someone from the shift.
async fn remove_question(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(choice): Query<SignupChoice>,
) -> Response {
    let (view, shift, roster) = match state.app.roster(&actor, &id).await {
        Ok(found) if found.0.platform.slug.as_str() == slug => found,
        Ok(_) => return error_page(&ctx, &AppError::NotFound("shift")),
        Err(e) => return error_page(&ctx, &e),
    };
    let Some(line) = roster.iter().find(|l| l.signup.id.to_string() == choice.signup && l.signup.status.is_active())
    else {
        return error_page(&ctx, &AppError::NotFound("signup"));
    };
    ctx.on_platform(&view.platform);
    let name = if line.display_name.is_empty() { ctx.t("roster-erased-name") } else { line.display_name.clone() };
    let when = span(&ctx, shift.starts_at, shift.ends_at);
    let roster_page = format!("/p/{slug}/shifts/{id}");
    let title = view.opportunity.draft.title.clone();
    let question = Question {
        title: ctx.t("roster-remove-title"),
        question: ctx.tr.t_args(
            "roster-remove-question",
            &[("name", name.clone().into()), ("title", title.into()), ("when", when.into())],
        ),
        hint: ctx.t("roster-remove-hint"),
        confirm: ctx.tr.t1("roster-remove-confirm", "name", name),
        keep: ctx.t("roster-remove-keep"),
        action: format!("{roster_page}/remove"),
        back: roster_page,
        signup: choice.signup,
    };
    ask(&ctx, question)
}

async fn remove(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<SignupChoice>,
) -> Response {
    if let Err(e) = on_this_shift(&state, &actor, &slug, &id, &form.signup).await {
        return error_page(&ctx, &e);
    }
    match state.app.end_signup(&actor, &form.signup).await {
        // Pressed twice: it is already over, which is what was asked.
        Ok(_) | Err(AppError::Refused("signup-ended")) => see_other(&format!("/p/{slug}/shifts/{id}?notice=removed")),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct ShiftForm {
    #[serde(default)]
    day: String,
    #[serde(default)]
    start_time: String,
    #[serde(default)]
    end_time: String,
    #[serde(default)]
    slots: String,
}

async fn edit(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ShiftForm>,
) -> Response {
    let view = match state.app.locate_shift(Some(&actor), &id).await {
        Ok((view, _)) if view.platform.slug.as_str() == slug => view,
        Ok(_) => return error_page(&ctx, &AppError::NotFound("shift")),
        Err(e) => return error_page(&ctx, &e),
    };
    let result = match local_shift(view.platform.time_zone, &form.day, &form.start_time, &form.end_time, &form.slots) {
        Ok(times) => state.app.update_shift(&actor, &id, times).await.map(|_| ()),
        Err(invalid) => Err(AppError::Invalid(invalid)),
    };
    match result {
        Ok(()) => see_other(&format!("/p/{slug}/shifts/{id}?notice=shift-saved")),
        Err(AppError::Invalid(invalid)) => {
            let kept = FormState::with_values(&[
                ("day", &form.day),
                ("start_time", &form.start_time),
                ("end_time", &form.end_time),
                ("slots", &form.slots),
            ]);
            let names = [("starts_at", "start_time"), ("ends_at", "end_time"), ("shift", "day")];
            let form = kept.with_errors(&ctx.tr, &renamed(&invalid, &names));
            page(
                &state,
                &mut ctx,
                &actor,
                (&slug, &id),
                StatusCode::UNPROCESSABLE_ENTITY,
                (Some(form), Vec::new()),
                None,
            )
            .await
        }
        Err(e) => error_page(&ctx, &e),
    }
}
