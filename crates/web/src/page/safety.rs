//! Reporting, blocking, and the moderation queue of platform admins. Each is one short form, usable without JavaScript.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::{IdForm, NoticeQuery, notice};
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, safe_next, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{Actor, AppError, Blocked, ModerationInput, ModerationQueue};
use entraide_domain::platform::Platform;
use entraide_domain::safety::{ReportInput, ReportTarget};
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/report/{kind}/{id}", get(report_form).post(report))
        .route("/block/{account}", get(block_form).post(block))
        .route("/my/blocks", get(blocks))
        .route("/my/blocks/unblock", post(unblock))
        .route("/p/{slug}/moderation", get(queue).post(moderate))
}

// ---- Reporting -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    ctx: &'a PageCtx,
    kind: String,
    id: String,
    what: String,
    form: FormState,
    done: bool,
    /// The page the person was reading, where they go back after reporting.
    back: Option<String>,
}

/// Where a report form was opened from (`?back=/p/…`), a same-site path only.
#[derive(Deserialize, Default)]
struct ReportQuery {
    #[serde(default)]
    notice: Option<String>,
    #[serde(default)]
    back: Option<String>,
}

/// The page read before reporting, with a notice that the report was sent.
fn back_with_notice(back: &str) -> String {
    let (path, fragment) = back.split_once('#').map_or((back, ""), |(p, f)| (p, f));
    let joiner = if path.contains('?') { '&' } else { '?' };
    let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
    format!("{path}{joiner}notice=reported{fragment}")
}

fn what_is_reported(ctx: &PageCtx, kind: &str) -> Option<String> {
    ReportTarget::parse(kind).map(|k| ctx.t(&format!("report-what-{}", k.as_str())))
}

async fn report_form(
    SignedIn { ctx, actor: _ }: SignedIn,
    Path((kind, id)): Path<(String, String)>,
    Query(query): Query<ReportQuery>,
) -> Response {
    let Some(what) = what_is_reported(&ctx, &kind) else {
        return error_page(&ctx, &AppError::NotFound("page"));
    };
    let done = query.notice.as_deref() == Some("sent");
    let back = safe_next(query.back.as_deref());
    render(StatusCode::OK, &ReportPage { ctx: &ctx, kind, id, what, form: FormState::default(), done, back })
}

#[derive(Deserialize)]
struct ReportForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    back: Option<String>,
}

async fn report(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((kind, id)): Path<(String, String)>,
    PageForm(form): PageForm<ReportForm>,
) -> Response {
    let Some(what) = what_is_reported(&ctx, &kind) else {
        return error_page(&ctx, &AppError::NotFound("page"));
    };
    let input = ReportInput { kind: kind.clone(), id: id.clone(), reason: form.reason.clone() };
    let back = safe_next(form.back.as_deref());
    match state.app.report(&actor, &input).await {
        // Back to what they were reading, which says the report was sent.
        Ok(_) => match &back {
            Some(back) => see_other(&back_with_notice(back)),
            None => see_other(&format!("/report/{kind}/{id}?notice=sent")),
        },
        Err(AppError::Invalid(invalid)) if invalid.0.iter().all(|e| e.field == "reason") => {
            let kept = FormState::with_values(&[("reason", &form.reason)]).with_errors(&ctx.tr, &invalid);
            let page = ReportPage { ctx: &ctx, kind, id, what, form: kept, done: false, back };
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Invalid(_)) => error_page(&ctx, &AppError::NotFound("page")),
        Err(e) => error_page(&ctx, &e),
    }
}

// ---- Blocking --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "block.html")]
struct BlockPage<'a> {
    ctx: &'a PageCtx,
    account: String,
    name: String,
}

async fn block_form(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(account): Path<String>,
) -> Response {
    match state.app.blockable_person(&actor, &account).await {
        Ok((_, name)) => render(StatusCode::OK, &BlockPage { ctx: &ctx, account, name }),
        Err(e) => error_page(&ctx, &e),
    }
}

async fn block(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(account): Path<String>,
    PageForm(_): PageForm<IdForm>,
) -> Response {
    match state.app.block(&actor, &account).await {
        Ok(()) => see_other("/my/blocks?notice=blocked"),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Template)]
#[template(path = "blocks.html")]
struct BlocksPage<'a> {
    ctx: &'a PageCtx,
    blocked: Vec<Blocked>,
    notice: Option<String>,
}

const BLOCK_NOTICES: [&str; 2] = ["blocked", "unblocked"];

async fn blocks(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "blocks", &BLOCK_NOTICES, query.notice.as_deref());
    match state.app.my_blocks(&actor).await {
        Ok(blocked) => render(StatusCode::OK, &BlocksPage { ctx: &ctx, blocked, notice }),
        Err(e) => error_page(&ctx, &e),
    }
}

async fn unblock(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    PageForm(form): PageForm<IdForm>,
) -> Response {
    match state.app.unblock(&actor, &form.id).await {
        Ok(()) => see_other("/my/blocks?notice=unblocked"),
        Err(e) => error_page(&ctx, &e),
    }
}

// ---- Moderation ------------------------------------------------------------------

#[derive(Template)]
#[template(path = "moderation.html")]
struct ModerationPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    queue: ModerationQueue,
    /// A report whose form had a problem, and the problem.
    problem: Option<(String, String)>,
    notice: Option<String>,
}

impl ModerationPage<'_> {
    fn problem_for(&self, report: &str) -> Option<&str> {
        self.problem.as_ref().filter(|(id, _)| id == report).map(|(_, m)| m.as_str())
    }

    fn when(&self, at: &entraide_domain::time::Timestamp) -> String {
        self.ctx.format().date_time(*at)
    }

    fn action_name(&self, action: &entraide_domain::safety::ModerationAction) -> String {
        self.ctx.t(&format!("moderation-done-{}", action.as_str()))
    }

    fn kind_name(&self, kind: &ReportTarget) -> String {
        self.ctx.t(&format!("report-what-{}", kind.as_str()))
    }
}

const MODERATION_NOTICES: [&str; 5] = ["hide", "warn", "suspend", "reinstate", "dismiss"];

async fn moderation_page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    slug: &str,
    status: StatusCode,
    problem: Option<(String, String)>,
    notice: Option<String>,
) -> Response {
    let loaded =
        async { Ok::<_, AppError>((state.app.platform(slug).await?, state.app.moderation_queue(actor, slug).await?)) };
    match loaded.await {
        Ok((platform, queue)) => {
            ctx.on_platform(&platform);
            render(status, &ModerationPage { ctx, platform, queue, problem, notice })
        }
        Err(e) => error_page(ctx, &e),
    }
}

async fn queue(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "moderation", &MODERATION_NOTICES, query.notice.as_deref());
    moderation_page(&state, &mut ctx, &actor, &slug, StatusCode::OK, None, notice).await
}

#[derive(Deserialize)]
struct ModerationForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    report: String,
    #[serde(default)]
    account: String,
    #[serde(default)]
    reason: String,
}

async fn moderate(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<ModerationForm>,
) -> Response {
    let some = |text: &str| Some(text.to_owned()).filter(|t| !t.trim().is_empty());
    let input = ModerationInput {
        action: form.action.clone(),
        report: some(&form.report),
        account: some(&form.account),
        reason: form.reason.clone(),
    };
    match state.app.moderate(&actor, &slug, &input).await {
        Ok(record) => see_other(&format!("/p/{slug}/moderation?notice={}", record.action.as_str())),
        Err(AppError::Invalid(invalid)) => {
            let message = invalid.0.iter().map(|e| ctx.tr.error(e.code)).collect::<Vec<_>>().join(" ");
            let key = if form.report.is_empty() { form.account.clone() } else { form.report.clone() };
            moderation_page(
                &state,
                &mut ctx,
                &actor,
                &slug,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some((key, message)),
                None,
            )
            .await
        }
        Err(e) => error_page(&ctx, &e),
    }
}
