//! A platform's page, and joining it.

use crate::AppState;
use crate::page::fields::NoticeQuery;
use crate::page::{PageCtx, error_page, render};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::PlatformHome;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/p/{slug}", get(show))
}

#[derive(Template)]
#[template(path = "platform.html")]
struct PlatformPage<'a> {
    ctx: &'a PageCtx,
    home: PlatformHome,
    /// What was just done, when the person landed here after it (a new password).
    notice: Option<String>,
}

impl PlatformPage<'_> {
    /// This page's address, to come back to after joining or signing up.
    fn here(&self) -> String {
        format!("/p/{}", self.home.platform.slug)
    }
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
