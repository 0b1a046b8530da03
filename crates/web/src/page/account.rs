//! My account: language, password, API tokens, the private calendar link, my data, and
//! leaving.

use crate::AppState;
use crate::api::calendar::feed_url;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::home::notice;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, safe_next, see_other};
use crate::request::SiteOrigin;
use crate::session::SESSION_COOKIE;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use entraide_app::ApiTokenInfo;
use entraide_app::{AccountChanges, Actor, AppError};
use entraide_domain::locale::Locale;
use entraide_domain::platform::{Platform, PlatformRole};
use entraide_i18n::available;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(show))
        .route("/account/language", post(set_language))
        .route("/account/password", post(change_password))
        .route("/account/birth-date", post(set_birth_date))
        .route("/account/details", post(save_details))
        .route("/account/email", post(change_email))
        .route("/account/email/resend", post(resend_confirmation))
        .route("/account/delete", post(delete))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
        .route("/account/calendar", post(create_calendar_feed))
        .route("/account/calendar/revoke", post(revoke_calendar_feed))
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    ctx: &'a PageCtx,
    actor: &'a Actor,
    languages: Vec<Locale>,
    platforms: Vec<(Platform, PlatformRole)>,
    tokens: Vec<ApiTokenInfo>,
    /// Whether the person has a private calendar link that works.
    calendar_feed: bool,
    /// The private calendar link just made: shown in this one answer, never again.
    calendar_url: Option<String>,
    forms: AccountForms,
    notice: Option<String>,
    /// A new address the person asked to move to, not confirmed yet.
    pending_email: Option<String>,
}

impl AccountPage<'_> {
    fn signs_in_with(&self) -> String {
        let email = self.actor.account.email.as_ref().map(|e| e.to_string()).unwrap_or_default();
        self.ctx.tr.t1("account-email-current", "email", email)
    }

    fn pending_text(&self, email: &str) -> String {
        self.ctx.tr.t1("account-email-pending", "email", email.to_owned())
    }
}

/// The account page's forms, each with what was typed and what was wrong.
#[derive(Default)]
struct AccountForms {
    /// Name and phone.
    details: FormState,
    /// A new mail address.
    email: FormState,
    password: FormState,
    delete: FormState,
    birth_date: FormState,
    /// Where to go once the date of birth is saved (the sign-up that asked for it).
    birth_date_next: Option<String>,
}

/// The account page; `calendar_url` is a private calendar link made by this request.
async fn page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    status: StatusCode,
    forms: AccountForms,
    notice: Option<String>,
    calendar_url: Option<String>,
) -> Response {
    let mut forms = forms;
    if let (Some(born), false) = (actor.account.birth_date, forms.birth_date.has_error("birth_date")) {
        forms.birth_date = FormState::with_values(&[("birth_date", &born.to_string())]);
    }
    if forms.details.errors().is_empty() {
        let account = &actor.account;
        let phone = account.phone.as_deref().unwrap_or_default();
        forms.details = FormState::with_values(&[("display_name", &account.display_name), ("phone", phone)]);
    }
    let pending_email = match state.app.pending_email(actor).await {
        Ok(pending) => pending.map(|e| e.to_string()),
        Err(e) => return error_page(ctx, &e),
    };
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
    let calendar_feed = match state.app.has_calendar_feed(actor).await {
        Ok(has) => has,
        Err(e) => return error_page(ctx, &e),
    };
    let languages = available();
    render(
        status,
        &AccountPage {
            ctx,
            actor,
            languages,
            platforms,
            tokens,
            calendar_feed,
            calendar_url,
            forms,
            notice,
            pending_email,
        },
    )
}

/// The account page again, with one form's mistakes (422).
async fn with_mistakes(state: &AppState, ctx: &mut PageCtx, actor: &Actor, forms: AccountForms) -> Response {
    page(state, ctx, actor, StatusCode::UNPROCESSABLE_ENTITY, forms, None, None).await
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, query.notice.as_deref());
    let forms = AccountForms { birth_date_next: safe_next(query.next.as_deref()), ..AccountForms::default() };
    page(&state, &mut ctx, &actor, StatusCode::OK, forms, notice, None).await
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    locale: String,
    /// The page that asked (the question after picking a language from the menu).
    #[serde(default)]
    next: String,
}

async fn set_language(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    PageForm(form): PageForm<LanguageForm>,
) -> Response {
    let actor = &actor;
    match state.app.set_locale(actor, &form.locale).await {
        // Asked on another page: back there.
        Ok(_) if safe_next(Some(&form.next)).is_some() => see_other(&form.next),
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

async fn change_password(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    PageForm(form): PageForm<PasswordForm>,
) -> Response {
    let actor = &actor;
    match state.app.change_password(actor, &form.current_password, &form.new_password, ctx.session.as_deref()).await {
        Ok(()) => see_other("/account?notice=password-changed"),
        Err(AppError::Invalid(invalid)) => {
            let form = FormState::default().with_errors(&ctx.tr, &invalid);
            with_mistakes(&state, &mut ctx, actor, AccountForms { password: form, ..AccountForms::default() }).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    #[serde(default)]
    password: String,
}

async fn delete(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    PageForm(form): PageForm<DeleteForm>,
) -> Response {
    let actor = &actor;
    if let Err(error) = state.app.confirm_password(actor, &form.password).await {
        return match error {
            AppError::Invalid(invalid) => {
                let form = FormState::default().with_errors(&ctx.tr, &invalid);
                with_mistakes(&state, &mut ctx, actor, AccountForms { delete: form, ..AccountForms::default() }).await
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

async fn revoke_token(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(id): Path<String>,
    PageForm(_): PageForm<Empty>,
) -> Response {
    let actor = &actor;
    match state.app.revoke_token(actor, &id).await {
        Ok(()) => see_other("/account?notice=token-revoked"),
        Err(e) => error_page(&ctx, &e),
    }
}

/// Makes a new private calendar link (the old one stops working) and shows it in this
/// very answer. Only the link's hash is stored, so a page reached by redirect could show
/// it only if the redirect carried the secret in the address: in the query it reaches
/// logs and history, and in a fragment it still stays in history and needs script to
/// show. So the page is rendered here, marked `no-store` so no cache keeps it; a reload
/// asks before sending the form again, which would only make yet another link.
async fn create_calendar_feed(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    origin: SiteOrigin,
    PageForm(_): PageForm<Empty>,
) -> Response {
    let token = match state.app.create_calendar_feed(&actor).await {
        Ok(token) => token,
        Err(e) => return error_page(&ctx, &e),
    };
    let notice = Some(ctx.t("notice-calendar-created"));
    let url = feed_url(&origin, &token);
    let mut response = page(&state, &mut ctx, &actor, StatusCode::OK, AccountForms::default(), notice, Some(url)).await;
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn revoke_calendar_feed(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    PageForm(_): PageForm<Empty>,
) -> Response {
    let actor = &actor;
    match state.app.revoke_calendar_feed(actor).await {
        Ok(()) => see_other("/account?notice=calendar-revoked#calendar"),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct BirthDateForm {
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    next: Option<String>,
}

async fn set_birth_date(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    PageForm(form): PageForm<BirthDateForm>,
) -> Response {
    let next = safe_next(form.next.as_deref());
    match state.app.set_birth_date(&actor, &form.birth_date).await {
        Ok(()) => match next {
            Some(next) => see_other(&next),
            None => see_other("/account?notice=birth-date-saved#birth-date-title"),
        },
        Err(AppError::Invalid(invalid)) => {
            let birth_date = FormState::with_values(&[("birth_date", &form.birth_date)]).with_errors(&ctx.tr, &invalid);
            with_mistakes(
                &state,
                &mut ctx,
                &actor,
                AccountForms { birth_date, birth_date_next: next, ..AccountForms::default() },
            )
            .await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct DetailsForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    phone: String,
}

async fn save_details(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    PageForm(form): PageForm<DetailsForm>,
) -> Response {
    let changes = AccountChanges {
        display_name: Some(&form.display_name),
        phone: Some(&form.phone),
        ..AccountChanges::default()
    };
    match state.app.update_account(&actor, &changes).await {
        Ok(()) => see_other("/account?notice=details-saved#details-title"),
        Err(AppError::Invalid(invalid)) => {
            let details = FormState::with_values(&[("display_name", &form.display_name), ("phone", &form.phone)])
                .with_errors(&ctx.tr, &invalid);
            let forms = AccountForms { details, ..AccountForms::default() };
            with_mistakes(&state, &mut ctx, &actor, forms).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct EmailForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    email_password: String,
}

/// The email form's own names for the fields the use case names: the page has other
/// `email` and `password` fields, and ids must be unique.
fn email_form_field(field: &'static str) -> &'static str {
    match field {
        "email" => "new_email",
        "password" => "email_password",
        other => other,
    }
}

async fn change_email(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    PageForm(form): PageForm<EmailForm>,
) -> Response {
    let typed = FormState::with_values(&[("new_email", &form.new_email)]);
    let email = match state.app.change_email(&actor, &form.new_email, &form.email_password, ctx.tr.locale()).await {
        Ok(_) => return see_other("/account?notice=email-link-sent#email-title"),
        Err(AppError::Invalid(mut invalid)) => {
            invalid.0.iter_mut().for_each(|e| e.field = email_form_field(e.field));
            typed.with_errors(&ctx.tr, &invalid)
        }
        Err(AppError::Conflict(_)) => typed.with_error("new_email", ctx.tr.error("taken-email")),
        Err(e) => return error_page(&ctx, &e),
    };
    let forms = AccountForms { email, ..AccountForms::default() };
    with_mistakes(&state, &mut ctx, &actor, forms).await
}

async fn resend_confirmation(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    PageForm(_): PageForm<Empty>,
) -> Response {
    match state.app.resend_confirmation(&actor, ctx.tr.locale()).await {
        Ok(true) => see_other("/account?notice=email-link-sent#email-title"),
        Ok(false) => see_other("/account?notice=email-confirmed#email-title"),
        Err(e) => error_page(&ctx, &e),
    }
}
