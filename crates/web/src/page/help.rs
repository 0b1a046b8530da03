//! Neighbour help: the requests near me, one request (offering, accepting, cancelling,
//! marking done, saying thank you), asking for help, the private conversation, standing
//! offers, and my requests and offers.
//!
//! Privacy of place: everyone but the requester, the accepted helper and platform admins
//! sees only the approximate area (the centre of the request's H3 cell), never the
//! address nor the person helped; the pages show the exact place only when the use case
//! says `exact`.

mod ask;
mod list;
mod mine;
mod request;
mod standing;
mod thread;

use crate::AppState;
use crate::page::PageCtx;
use axum::Router;
use axum::routing::get;
use entraide_domain::help::{HelpRequest, RequestStatus};

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/help", get(list::list))
        .route("/p/{slug}/help/new", get(ask::form).post(ask::create))
        .route("/p/{slug}/help/{id}", get(request::show))
        .route("/p/{slug}/help/{id}/offer", axum::routing::post(request::offer))
        .route("/p/{slug}/help/{id}/accept", axum::routing::post(request::accept))
        .route("/p/{slug}/help/{id}/cancel", get(request::cancel_form).post(request::cancel))
        .route("/p/{slug}/help/{id}/done", axum::routing::post(request::done))
        .route("/p/{slug}/help/standing", get(standing::show).post(standing::publish))
        .route("/p/{slug}/help/standing/withdraw", axum::routing::post(standing::withdraw))
        .route("/p/{slug}/help/{id}/thanks", axum::routing::post(request::thank))
        .route("/p/{slug}/help/{id}/messages", get(thread::show).post(thread::post))
        .route("/my/help", get(mine::show))
}

/// The address of a request's page.
fn href(slug: &str, request: &HelpRequest) -> String {
    format!("/p/{slug}/help/{}", request.id)
}

/// "Waiting for a helper", "A helper is coming"…
fn status_name(ctx: &PageCtx, status: RequestStatus) -> String {
    ctx.t(&format!("help-page-status-{}", status.as_str()))
}

/// The approximate area everyone may see: the centre of the request's cell, rounded
/// (the same point on every read, never the exact one).
fn area(ctx: &PageCtx, request: &HelpRequest) -> String {
    match request.approximate_point() {
        Some(centre) => {
            let format = ctx.format();
            ctx.tr.t_args(
                "help-page-area",
                &[("lat", format.number(centre.lat(), 3).into()), ("lon", format.number(centre.lon(), 3).into())],
            )
        }
        None => ctx.t("help-page-area-unknown"),
    }
}
