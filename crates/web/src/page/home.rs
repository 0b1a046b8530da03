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
use entraide_app::PlatformFigures;
use entraide_domain::platform::{Platform, PlatformRole};

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/", get(home))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    ctx: &'a PageCtx,
    platforms: Vec<Listed>,
    mine: Vec<(Platform, PlatformRole)>,
    notice: Option<String>,
}

/// A platform as the home page lists it: where it is, and what is going on there.
struct Listed {
    platform: Platform,
    /// "Part of Gent helpt", for a neighbourhood's platform.
    part_of: Option<String>,
    /// "12 activities coming up · 3 neighbours asking for help · 40 members".
    figures: String,
}

fn listed(ctx: &PageCtx, all: Vec<(Platform, PlatformFigures)>) -> Vec<Listed> {
    let names: std::collections::HashMap<_, _> = all.iter().map(|(p, _)| (p.id, p.name.clone())).collect();
    all.into_iter()
        .map(|(platform, figures)| {
            let part_of = platform
                .parent_id
                .and_then(|id| names.get(&id))
                .map(|parent| ctx.tr.t1("home-part-of", "platform", parent.clone()));
            let figures = [
                ctx.tr.t1("home-figure-opportunities", "count", figures.opportunities),
                ctx.tr.t1("home-figure-requests", "count", figures.open_requests),
                ctx.tr.t1("home-figure-members", "count", figures.members),
            ]
            .join(" · ");
            Listed { platform, part_of, figures }
        })
        .collect()
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
        "details-saved",
        "email-link-sent",
        "email-confirmed",
    ];
    code.filter(|c| KNOWN.contains(c)).map(|c| ctx.t(&format!("notice-{c}")))
}

async fn home(State(state): State<AppState>, ctx: PageCtx, Query(query): Query<NoticeQuery>) -> Response {
    let platforms = match state.app.platforms_with_figures().await {
        Ok(p) => listed(&ctx, p),
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
