//! Confirming a mail address with the link mailed to it (`/email/confirm?code=…`): the
//! page names the address and asks for one press of a button, so that a mail program
//! opening links ahead of its reader confirms nothing. Without a link (the server did
//! not know its own address) the code is pasted.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::{FormState, PageCtx, error_page, render};
use crate::request::ClientAddress;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::AppError;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/email/confirm", get(form).post(confirm))
}

#[derive(Template)]
#[template(path = "email_confirm.html")]
struct ConfirmPage<'a> {
    ctx: &'a PageCtx,
    form: FormState,
    /// The code from the link, kept out of sight; empty when the person pastes it.
    code: String,
    /// The address the link confirms, when the code is known to work.
    email: String,
}

impl ConfirmPage<'_> {
    fn question(&self) -> String {
        self.ctx.tr.t1("email-confirm-text", "email", self.email.clone())
    }
}

/// What came of a link: confirmed, no longer working, or the address taken meanwhile.
#[derive(Template)]
#[template(path = "email_confirm_done.html")]
struct DonePage<'a> {
    ctx: &'a PageCtx,
    title: String,
    text: String,
    /// Where to go on, and what the button says.
    next: (&'static str, String),
}

#[derive(Deserialize)]
struct CodeQuery {
    code: Option<String>,
}

fn expired(ctx: &PageCtx) -> Response {
    let next = match ctx.actor {
        Some(_) => ("/account#email-title", ctx.t("email-confirm-ask-again")),
        None => ("/sign-in?next=%2Faccount", ctx.t("nav-sign-in")),
    };
    let page = DonePage {
        ctx,
        title: ctx.t("email-confirm-expired-title"),
        text: ctx.tr.t1("email-confirm-expired-text", "days", (entraide_app::CONFIRM_LINK_HOURS / 24).to_string()),
        next,
    };
    render(StatusCode::GONE, &page)
}

fn taken(ctx: &PageCtx, email: &str) -> Response {
    let page = DonePage {
        ctx,
        title: ctx.t("email-confirm-taken-title"),
        text: ctx.tr.t1("email-confirm-taken-text", "email", email.to_owned()),
        next: ("/account#email-title", ctx.t("nav-my-account")),
    };
    render(StatusCode::CONFLICT, &page)
}

fn is_expired(error: &AppError) -> bool {
    matches!(error, AppError::Invalid(invalid) if invalid.0.iter().any(|e| e.field == "code"))
}

async fn form(State(state): State<AppState>, ctx: PageCtx, Query(query): Query<CodeQuery>) -> Response {
    let code = query.code.unwrap_or_default().trim().to_owned();
    if code.is_empty() {
        return render(
            StatusCode::OK,
            &ConfirmPage { ctx: &ctx, form: FormState::default(), code, email: String::new() },
        );
    }
    match state.app.email_confirmation(&code).await {
        Ok((_, email)) => {
            let email = email.to_string();
            render(StatusCode::OK, &ConfirmPage { ctx: &ctx, form: FormState::default(), code, email })
        }
        Err(e) if is_expired(&e) => expired(&ctx),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct ConfirmForm {
    #[serde(default)]
    code: String,
    /// The code as pasted, when the page asked for it.
    #[serde(default)]
    confirm_code: String,
}

async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddress,
    PageForm(form): PageForm<ConfirmForm>,
) -> Response {
    let pasted = form.code.trim().is_empty();
    let code = if pasted { form.confirm_code.trim() } else { form.code.trim() };
    match state.app.confirm_email(code, &client.0).await {
        Ok(account) => {
            let email = account.email.map(|e| e.to_string()).unwrap_or_default();
            let next = match ctx.actor {
                Some(_) => ("/", ctx.t("email-confirmed-continue")),
                None => ("/sign-in", ctx.t("nav-sign-in")),
            };
            let page = DonePage {
                ctx: &ctx,
                title: ctx.t("email-confirmed-title"),
                text: ctx.tr.t1("email-confirmed-text", "email", email),
                next,
            };
            render(StatusCode::OK, &page)
        }
        Err(AppError::Conflict(_)) => {
            // Refused, the link is still unspent: it names the address that was taken.
            let address = state.app.email_confirmation(code).await.map(|(_, e)| e.to_string()).unwrap_or_default();
            taken(&ctx, &address)
        }
        // A pasted code that does not work is a mistake to correct on the same page.
        Err(AppError::Invalid(mut invalid)) if pasted => {
            invalid.0.iter_mut().filter(|e| e.field == "code").for_each(|e| e.field = "confirm_code");
            let form = FormState::with_values(&[("confirm_code", &form.confirm_code)]).with_errors(&ctx.tr, &invalid);
            let page = ConfirmPage { ctx: &ctx, form, code: String::new(), email: String::new() };
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) if is_expired(&e) => expired(&ctx),
        Err(e) => error_page(&ctx, &e),
    }
}
