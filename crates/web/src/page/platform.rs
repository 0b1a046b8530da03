//! A platform's page, and joining it.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::{PageCtx, SignedIn, error_page, render, safe_next, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{AppError, PlatformHome};
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/p/{slug}", get(show)).route("/p/{slug}/join", post(join))
}

#[derive(Template)]
#[template(path = "platform.html")]
struct PlatformPage<'a> {
    ctx: &'a PageCtx,
    home: PlatformHome,
    /// What was just done, when the person landed here after it (a new password).
    notice: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    mut ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    match state.app.platform_home(ctx.actor.as_ref(), &slug).await {
        Ok(home) => {
            ctx.on_platform(&home.platform);
            let notice = crate::page::home::notice(&ctx, query.notice.as_deref());
            render(StatusCode::OK, &PlatformPage { ctx: &ctx, home, notice })
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct JoinForm {
    /// Where to go once joined (the opportunity the person wanted to sign up for).
    next: Option<String>,
}

async fn join(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<JoinForm>,
) -> Response {
    let actor = &actor;
    match state.app.join_platform(actor, &slug).await {
        Ok(_) | Err(AppError::Conflict(_)) => {
            see_other(&safe_next(form.next.as_deref()).unwrap_or_else(|| format!("/p/{slug}")))
        }
        Err(e) => error_page(&ctx, &e),
    }
}
