//! The home page: the platforms of this instance.

use crate::AppState;
use crate::page::fields::NoticeQuery;
use crate::page::{PageCtx, error_page, render};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_domain::platform::{Platform, PlatformRole};

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/", get(home))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    ctx: &'a PageCtx,
    platforms: Vec<Platform>,
    mine: Vec<(Platform, PlatformRole)>,
    notice: Option<String>,
}

/// Notices a page may show after a redirect; anything else is ignored.
pub(super) fn notice(ctx: &PageCtx, code: Option<&str>) -> Option<String> {
    const KNOWN: &[&str] = &[
        "welcome",
        "signed-out",
        "account-deleted",
        "password-changed",
        "language-changed",
        "token-revoked",
        "calendar-revoked",
        "birth-date-saved",
        "password-reset",
    ];
    code.filter(|c| KNOWN.contains(c)).map(|c| ctx.t(&format!("notice-{c}")))
}

async fn home(State(state): State<AppState>, ctx: PageCtx, Query(query): Query<NoticeQuery>) -> Response {
    let platforms = match state.app.platforms().await {
        Ok(p) => p,
        Err(e) => return error_page(&ctx, &e),
    };
    let mine = match &ctx.actor {
        Some(actor) => match state.app.my_platforms(actor).await {
            Ok(m) => m,
            Err(e) => return error_page(&ctx, &e),
        },
        None => vec![],
    };
    let notice = notice(&ctx, query.notice.as_deref());
    render(StatusCode::OK, &HomePage { ctx: &ctx, platforms, mine, notice })
}
