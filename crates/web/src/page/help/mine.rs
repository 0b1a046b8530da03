//! My requests and offers: what I asked for and what I offered, with where each stands.

use super::{href, status_name};
use crate::AppState;
use crate::page::fields::span;
use crate::page::{PageCtx, SignedIn, error_page, render};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::AppError;
use entraide_domain::help::{HelpRequest, OfferStatus, RequestStatus};
use entraide_domain::platform::Platform;

/// A request or an offer as the list shows it.
struct Item {
    href: String,
    title: String,
    platform: String,
    when: String,
    starts_at: String,
    status: String,
    /// Something is waiting for the reader: offers to choose from, or a conversation.
    action: Option<String>,
}

#[derive(Template)]
#[template(path = "help_mine.html")]
struct MinePage<'a> {
    ctx: &'a PageCtx,
    requests: Vec<Item>,
    offers: Vec<Item>,
    /// Where "Ask for help" leads: the reader's first platform.
    ask: Option<String>,
}

fn item(ctx: &PageCtx, platform: &Platform, request: &HelpRequest, status: String, action: Option<String>) -> Item {
    let draft = &request.draft;
    Item {
        href: href(platform.slug.as_str(), request),
        title: draft.title.clone(),
        platform: platform.name.clone(),
        when: span(ctx, draft.needed_from, draft.needed_until),
        starts_at: draft.needed_from.to_rfc3339(),
        status,
        action,
    }
}

pub(super) async fn show(State(state): State<AppState>, SignedIn { mut ctx, actor }: SignedIn) -> Response {
    let loaded = async {
        let mine = state.app.my_help(&actor).await?;
        let platforms = state.app.my_platforms(&actor).await?;
        Ok::<_, AppError>((mine, platforms))
    };
    let (mine, platforms) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(&ctx, &e),
    };
    // Dates in the zone of a platform the person belongs to, as on the other "my" pages.
    if let Some((platform, _)) = platforms.first() {
        ctx.set_zone(platform.time_zone);
    }
    let requests = mine
        .requests
        .iter()
        .map(|(platform, request)| {
            let action = match request.status {
                RequestStatus::Open => Some(ctx.t("help-page-mine-see-offers")),
                RequestStatus::Accepted => Some(ctx.t("help-page-mine-talk-and-finish")),
                _ => None,
            };
            item(&ctx, platform, request, status_name(&ctx, request.status), action)
        })
        .collect();
    let offers = mine
        .offers
        .iter()
        .map(|(platform, request, offer)| {
            let status = match (offer.status, request.status) {
                (OfferStatus::Accepted, RequestStatus::Completed) => ctx.t("help-page-mine-offer-done"),
                (OfferStatus::Accepted, _) => ctx.t("help-page-offer-accepted"),
                (status, _) => ctx.t(&format!("help-page-offer-{}", status.as_str())),
            };
            let action = (offer.status == OfferStatus::Accepted && request.status == RequestStatus::Accepted)
                .then(|| ctx.t("help-page-mine-talk"));
            item(&ctx, platform, request, status, action)
        })
        .collect();
    let ask = platforms.first().map(|(p, _)| format!("/p/{}/help/new", p.slug));
    render(StatusCode::OK, &MinePage { ctx: &ctx, requests, offers, ask })
}
