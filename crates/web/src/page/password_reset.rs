//! "Forgot your password?": asking for a link by mail (`/password/forgot`), and choosing
//! a new password with it (`/password/reset?code=…`). The code may also be pasted, for
//! mails written without a link (the server did not know its own address).

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
use entraide_domain::Invalid;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/password/forgot", get(forgot_form).post(forgot))
        .route("/password/reset", get(reset_form).post(reset))
}

#[derive(Template)]
#[template(path = "password_forgot.html")]
struct ForgotPage<'a> {
    ctx: &'a PageCtx,
    form: FormState,
}

#[derive(Template)]
#[template(path = "password_sent.html")]
struct SentPage<'a> {
    ctx: &'a PageCtx,
    email: String,
}

impl SentPage<'_> {
    fn text(&self) -> String {
        self.ctx.tr.t1("password-sent-text", "email", self.email.clone())
    }
}

#[derive(Template)]
#[template(path = "password_reset.html")]
struct ResetPage<'a> {
    ctx: &'a PageCtx,
    form: FormState,
    /// The code from the link, kept out of sight; empty when the person pastes it.
    code: String,
    /// The account's address, when the code is known to work (for the reader, and for
    /// password managers to file the new password under).
    email: String,
}

impl ResetPage<'_> {
    fn for_account(&self) -> String {
        self.ctx.tr.t1("password-reset-for", "email", self.email.clone())
    }
}

#[derive(Template)]
#[template(path = "password_expired.html")]
struct ExpiredPage<'a> {
    ctx: &'a PageCtx,
}

async fn forgot_form(ctx: PageCtx) -> Response {
    render(StatusCode::OK, &ForgotPage { ctx: &ctx, form: FormState::default() })
}

#[derive(Deserialize)]
struct ForgotForm {
    #[serde(default)]
    email: String,
}

async fn forgot(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddress,
    PageForm(form): PageForm<ForgotForm>,
) -> Response {
    match state.app.request_password_reset(&form.email, &client.0, ctx.tr.locale()).await {
        // The same page whether or not an account has the address.
        Ok(()) => render(StatusCode::OK, &SentPage { ctx: &ctx, email: form.email.trim().to_owned() }),
        Err(AppError::Invalid(invalid)) => {
            let form = FormState::with_values(&[("email", &form.email)]).with_errors(&ctx.tr, &invalid);
            render(StatusCode::UNPROCESSABLE_ENTITY, &ForgotPage { ctx: &ctx, form })
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct CodeQuery {
    code: Option<String>,
}

fn expired(ctx: &PageCtx) -> Response {
    render(StatusCode::GONE, &ExpiredPage { ctx })
}

fn is_expired(invalid: &Invalid) -> bool {
    invalid.0.iter().any(|e| e.field == "code")
}

async fn reset_form(State(state): State<AppState>, ctx: PageCtx, Query(query): Query<CodeQuery>) -> Response {
    let code = query.code.unwrap_or_default().trim().to_owned();
    if code.is_empty() {
        // Pasting the code from a mail written without a link.
        return render(
            StatusCode::OK,
            &ResetPage { ctx: &ctx, form: FormState::default(), code, email: String::new() },
        );
    }
    match state.app.password_reset_account(&code).await {
        Ok(account) => {
            let email = account.email.map(|e| e.to_string()).unwrap_or_default();
            render(StatusCode::OK, &ResetPage { ctx: &ctx, form: FormState::default(), code, email })
        }
        Err(AppError::Invalid(invalid)) if is_expired(&invalid) => expired(&ctx),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct ResetForm {
    #[serde(default)]
    code: String,
    /// The code as pasted, when the page asked for it.
    #[serde(default)]
    pasted_code: String,
    #[serde(default)]
    new_password: String,
}

async fn reset(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddress,
    PageForm(form): PageForm<ResetForm>,
) -> Response {
    let pasted = form.code.trim().is_empty();
    let code = if pasted { form.pasted_code.trim() } else { form.code.trim() };
    let account = match state.app.reset_password(code, &form.new_password, &client.0).await {
        Ok(account) => account,
        // A pasted code that does not work is a mistake to correct on the same page; a
        // link that no longer works needs a new one.
        Err(AppError::Invalid(invalid)) if is_expired(&invalid) && !pasted => return expired(&ctx),
        Err(AppError::Invalid(invalid)) => {
            let mut invalid = invalid;
            for error in &mut invalid.0 {
                if error.field == "code" {
                    error.field = "pasted_code";
                }
            }
            let email = match pasted {
                true => String::new(),
                false => state
                    .app
                    .password_reset_account(code)
                    .await
                    .ok()
                    .and_then(|a| a.email)
                    .map(|e| e.to_string())
                    .unwrap_or_default(),
            };
            let form = FormState::with_values(&[("pasted_code", &form.pasted_code)]).with_errors(&ctx.tr, &invalid);
            let code = if pasted { String::new() } else { code.to_owned() };
            return render(StatusCode::UNPROCESSABLE_ENTITY, &ResetPage { ctx: &ctx, form, code, email });
        }
        Err(e) => return error_page(&ctx, &e),
    };
    // Signed in at once: the person proved they read the account's mail.
    let outcome = entraide_app::SignInOutcome { account };
    let landing = match state.app.landing_platform(&outcome).await {
        Ok(platform) => platform
            .map_or_else(|| "/?notice=password-reset".to_owned(), |p| format!("/p/{}?notice=password-reset", p.slug)),
        Err(e) => return error_page(&ctx, &e),
    };
    match state.app.open_session(outcome.account.id).await {
        Ok(token) => super::auth::signed_in(&state, token, &landing),
        Err(e) => error_page(&ctx, &e),
    }
}
