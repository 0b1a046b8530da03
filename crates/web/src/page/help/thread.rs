//! The private conversation between the requester and the accepted helper; anyone else
//! gets the error page.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::notice;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::{Actor, AppError, HelpThread};
use serde::Deserialize;

const NOTICES: [&str; 2] = ["sent", "reported"];

/// A message as the page shows it.
struct Line {
    id: String,
    author: String,
    mine: bool,
    at: String,
    datetime: String,
    text: String,
}

#[derive(Template)]
#[template(path = "help_messages.html")]
struct ThreadPage<'a> {
    ctx: &'a PageCtx,
    thread: HelpThread,
    base: String,
    with: String,
    lines: Vec<Line>,
    /// Where to block the other person.
    block: Option<String>,
    form: FormState,
    notice: Option<String>,
}

async fn show_page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    (slug, id): (&str, &str),
    status: StatusCode,
    form: FormState,
    notice: Option<String>,
) -> Response {
    let thread = match state.app.help_thread(actor, id).await {
        Ok(thread) if thread.platform.slug.as_str() == slug => thread,
        Ok(_) => return error_page(ctx, &AppError::NotFound("request")),
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&thread.platform);
    let erased = ctx.t("help-page-erased-name");
    let name = |n: &str| if n.is_empty() { erased.clone() } else { n.to_owned() };
    let lines = thread
        .messages
        .iter()
        .map(|(message, author)| Line {
            id: message.id.to_string(),
            author: name(author),
            mine: message.author == actor.account.id,
            at: ctx.format().date_time(message.created_at),
            datetime: message.created_at.to_rfc3339(),
            text: if message.text.is_empty() { ctx.t("help-page-message-erased") } else { message.text.clone() },
        })
        .collect();
    let other = if actor.account.id == thread.request.requester {
        thread.request.helper
    } else {
        Some(thread.request.requester)
    };
    let page = ThreadPage {
        block: other.map(|o| format!("/block/{o}")),
        base: format!("/p/{slug}/help/{id}"),
        with: ctx.tr.t1("help-page-messages-with", "name", name(&thread.other_name)),
        lines,
        form,
        notice,
        thread,
        ctx,
    };
    render(status, &page)
}

pub(super) async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "help-page", &NOTICES, query.notice.as_deref());
    show_page(&state, &mut ctx, &actor, (&slug, &id), StatusCode::OK, FormState::default(), notice).await
}

#[derive(Deserialize)]
pub(super) struct MessageForm {
    #[serde(default)]
    text: String,
}

pub(super) async fn post(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<MessageForm>,
) -> Response {
    match state.app.help_thread(&actor, &id).await {
        Ok(thread) if thread.platform.slug.as_str() == slug => {}
        Ok(_) => return error_page(&ctx, &AppError::NotFound("request")),
        Err(e) => return error_page(&ctx, &e),
    }
    match state.app.post_help_message(&actor, &id, &form.text).await {
        Ok(message) => see_other(&format!("/p/{slug}/help/{id}/messages?done=sent#message-{}", message.id)),
        Err(AppError::Invalid(invalid)) => {
            let form = FormState::with_values(&[("text", &form.text)]).with_errors(&ctx.tr, &invalid);
            show_page(&state, &mut ctx, &actor, (&slug, &id), StatusCode::UNPROCESSABLE_ENTITY, form, None).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}
