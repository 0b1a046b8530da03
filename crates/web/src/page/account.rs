//! My account: language, password, API tokens, my data, and leaving.

use crate::AppState;
use crate::csrf::PageForm;
use entraide_i18n::available;
use crate::page::home::{NoticeQuery, notice};
use crate::page::{FormState, PageCtx, error_page, render, see_other};
use crate::session::SESSION_COOKIE;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use entraide_app::{Actor, AppError};
use entraide_domain::locale::Locale;
use entraide_domain::platform::{Platform, PlatformRole};
use entraide_app::ApiTokenInfo;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(show))
        .route("/account/language", post(set_language))
        .route("/account/password", post(change_password))
        .route("/account/delete", post(delete))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    ctx: &'a PageCtx,
    actor: &'a Actor,
    languages: Vec<Locale>,
    platforms: Vec<(Platform, PlatformRole)>,
    tokens: Vec<ApiTokenInfo>,
    password_form: FormState,
    delete_form: FormState,
    notice: Option<String>,
}

async fn page(state: &AppState, ctx: &mut PageCtx, status: StatusCode, password_form: FormState, delete_form: FormState, notice: Option<String>) -> Response {
    let Some(actor) = ctx.actor.clone() else {
        return error_page(ctx, &AppError::Unauthenticated);
    };
    let actor = &actor;
    let platforms = match state.app.my_platforms(actor).await {
        Ok(p) => p,
        Err(e) => return error_page(ctx, &e),
    };
    if let Some((platform, _)) = platforms.first() {
        ctx.set_zone(platform.time_zone);
    }
    let tokens = match state.app.api_tokens(actor).await {
        Ok(t) => t,
        Err(e) => return error_page(ctx, &e),
    };
    let languages = available();
    render(status, &AccountPage { ctx, actor, languages, platforms, tokens, password_form, delete_form, notice })
}

async fn show(State(state): State<AppState>, mut ctx: PageCtx, Query(query): Query<NoticeQuery>) -> Response {
    let notice = notice(&ctx, query.notice.as_deref());
    page(&state, &mut ctx, StatusCode::OK, FormState::default(), FormState::default(), notice).await
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    locale: String,
}

async fn set_language(State(state): State<AppState>, ctx: PageCtx, PageForm(form): PageForm<LanguageForm>) -> Response {
    let Some(actor) = &ctx.actor else {
        return error_page(&ctx, &AppError::Unauthenticated);
    };
    match state.app.set_locale(actor, &form.locale).await {
        // The new language shows at once: `?lang=` also updates the language cookie.
        Ok(locale) => see_other(&format!("/account?notice=language-changed&lang={}", locale.code())),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

async fn change_password(State(state): State<AppState>, mut ctx: PageCtx, PageForm(form): PageForm<PasswordForm>) -> Response {
    let Some(actor) = &ctx.actor else {
        return error_page(&ctx, &AppError::Unauthenticated);
    };
    match state.app.change_password(actor, &form.current_password, &form.new_password, ctx.session.as_deref()).await {
        Ok(()) => see_other("/account?notice=password-changed"),
        Err(AppError::Invalid(invalid)) => {
            let form = FormState::default().with_errors(&ctx.tr, &invalid);
            page(&state, &mut ctx, StatusCode::UNPROCESSABLE_ENTITY, form, FormState::default(), None).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    #[serde(default)]
    password: String,
}

async fn delete(State(state): State<AppState>, mut ctx: PageCtx, PageForm(form): PageForm<DeleteForm>) -> Response {
    let Some(actor) = &ctx.actor else {
        return error_page(&ctx, &AppError::Unauthenticated);
    };
    if let Err(error) = state.app.confirm_password(actor, &form.password).await {
        return match error {
            AppError::Invalid(invalid) => {
                let form = FormState::default().with_errors(&ctx.tr, &invalid);
                page(&state, &mut ctx, StatusCode::UNPROCESSABLE_ENTITY, FormState::default(), form, None).await
            }
            e => error_page(&ctx, &e),
        };
    }
    if let Err(e) = state.app.delete_account(actor).await {
        return error_page(&ctx, &e);
    }
    let jar = CookieJar::new().remove(Cookie::build(SESSION_COOKIE).path("/"));
    (jar, see_other("/?notice=account-deleted")).into_response()
}

#[derive(Deserialize)]
struct Empty {}

async fn revoke_token(State(state): State<AppState>, ctx: PageCtx, Path(id): Path<String>, PageForm(_): PageForm<Empty>) -> Response {
    let Some(actor) = &ctx.actor else {
        return error_page(&ctx, &AppError::Unauthenticated);
    };
    match state.app.revoke_token(actor, &id).await {
        Ok(()) => see_other("/account?notice=token-revoked"),
        Err(e) => error_page(&ctx, &e),
    }
}
