//! Pages that ask before something that cannot be undone in one click (cancelling a
//! place, removing someone from a shift): a question, the action, and the way back. They
//! work without JavaScript: the button that asked is a link to this page.

use crate::page::{PageCtx, render};
use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

/// What the page asks, and where each answer goes.
pub(crate) struct Question {
    pub title: String,
    pub question: String,
    pub hint: String,
    /// The button that does it.
    pub confirm: String,
    /// The link that does not.
    pub keep: String,
    /// Where the form posts.
    pub action: String,
    /// Where "no" leads.
    pub back: String,
    /// The sign-up it is about.
    pub signup: String,
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage<'a> {
    ctx: &'a PageCtx,
    q: Question,
}

/// The page asking `question`.
pub(crate) fn ask(ctx: &PageCtx, question: Question) -> Response {
    render(StatusCode::OK, &ConfirmPage { ctx, q: question })
}
