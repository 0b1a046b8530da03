//! Signing up, in and out.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::{FormState, PageCtx, error_page, render, safe_next, see_other};
use crate::request::ClientAddress;
use crate::session::{SESSION_COOKIE, cookie};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use entraide_app::{AppError, PlatformPolicy, SESSION_DAYS};
use entraide_domain::account::Registration;
use entraide_domain::locale::Locale;
use entraide_domain::platform::Platform;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-up", get(sign_up_form).post(sign_up))
        .route("/sign-in", get(sign_in_form).post(sign_in))
        .route("/sign-out", post(sign_out))
}

#[derive(Template)]
#[template(path = "sign_up.html")]
struct SignUpPage<'a> {
    ctx: &'a PageCtx,
    form: FormState,
    next: String,
    /// The platform the person came from, whom the form asks whether to join too.
    platform: Option<Platform>,
    /// Whether that box is ticked.
    join: bool,
    /// That platform's privacy notice and terms, which joining accepts.
    policy: Option<PlatformPolicy>,
}

impl SignUpPage<'_> {
    fn join_label(&self) -> String {
        let name = self.platform.as_ref().map(|p| p.name.clone()).unwrap_or_default();
        self.ctx.tr.t1("sign-up-join-accept", "platform", name)
    }

    /// The policy's language, when it is not the page's.
    fn policy_lang(&self) -> Option<&'static str> {
        let code = self.policy.as_ref()?.locale.code();
        (code != self.ctx.lang()).then_some(code)
    }
}

/// The platform a destination belongs to (`/p/{slug}/…`), if it exists, with its
/// privacy notice and terms in the reader's language.
async fn platform_of(state: &AppState, next: &str, reader: Locale) -> (Option<Platform>, Option<PlatformPolicy>) {
    let Some(slug) = next.strip_prefix("/p/").and_then(|rest| rest.split(['/', '?', '#']).next()) else {
        return (None, None);
    };
    match state.app.platform_policy(slug, reader).await {
        Ok((platform, policy)) => (Some(platform), Some(policy)),
        Err(_) => (None, None),
    }
}

/// `next` with a notice for the page it leads to.
fn with_notice(next: &str, notice: &str) -> String {
    let (path, fragment) = next.split_once('#').map_or((next, ""), |(p, f)| (p, f));
    let joiner = if path.contains('?') { '&' } else { '?' };
    let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
    format!("{path}{joiner}notice={notice}{fragment}")
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage<'a> {
    ctx: &'a PageCtx,
    form: FormState,
    next: String,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn sign_up_form(State(state): State<AppState>, ctx: PageCtx, Query(query): Query<NextQuery>) -> Response {
    let next = safe_next(query.next.as_deref()).unwrap_or_default();
    let (platform, policy) = platform_of(&state, &next, ctx.tr.locale()).await;
    // Not ticked for the person: joining accepts the platform's terms, which only they can.
    let page = SignUpPage { ctx: &ctx, form: FormState::default(), next, platform, join: false, policy };
    render(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct SignUpForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    next: String,
    /// Ticked: join the platform `next` belongs to as well.
    #[serde(default)]
    join: String,
}

/// Opens the browser session `token` and goes on to `next`.
pub(super) fn signed_in(state: &AppState, token: String, next: &str) -> Response {
    let jar = CookieJar::new().add(cookie(state, SESSION_COOKIE, token, SESSION_DAYS));
    (jar, see_other(next)).into_response()
}

async fn sign_up(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddress,
    PageForm(form): PageForm<SignUpForm>,
) -> Response {
    let registration = Registration {
        email: form.email.clone(),
        password: form.password.clone(),
        display_name: form.display_name.clone(),
        locale: Some(ctx.lang().to_owned()),
        birth_date: Some(form.birth_date.clone()),
    };
    let kept = FormState::with_values(&[
        ("email", &form.email),
        ("display_name", &form.display_name),
        ("birth_date", &form.birth_date),
    ]);
    let asked = safe_next(Some(&form.next));
    let (platform, policy) = match &asked {
        Some(next) => platform_of(&state, next, ctx.tr.locale()).await,
        None => (None, None),
    };
    let join = form.join == "on";
    let again = |form: FormState| SignUpPage {
        ctx: &ctx,
        form,
        next: asked.clone().unwrap_or_default(),
        platform: platform.clone(),
        join,
        policy: policy.clone(),
    };
    let account = match state.app.register(&registration, &client.0, ctx.tr.locale()).await {
        Ok(account) => account,
        Err(AppError::Invalid(invalid)) => {
            return render(StatusCode::UNPROCESSABLE_ENTITY, &again(kept.with_errors(&ctx.tr, &invalid)));
        }
        Err(AppError::Conflict(_)) => {
            return render(StatusCode::CONFLICT, &again(kept.with_error("email", ctx.tr.error("taken-email"))));
        }
        Err(e) => return error_page(&ctx, &e),
    };
    // Joined only when the person ticked it, accepting the platform's privacy notice
    // and terms shown beside the box: the page they came from is on that platform.
    if let Some(platform) = platform.as_ref().filter(|_| join) {
        let actor = entraide_app::Actor { account: account.clone() };
        if let Err(e) = state.app.accept_and_join(&actor, platform.slug.as_str(), true, ctx.tr.locale()).await {
            return error_page(&ctx, &e);
        }
    }
    let next = asked.map_or_else(|| "/?notice=welcome".to_owned(), |next| with_notice(&next, "welcome"));
    match state.app.open_session(account.id).await {
        Ok(token) => signed_in(&state, token, &next),
        Err(e) => error_page(&ctx, &e),
    }
}

async fn sign_in_form(ctx: PageCtx, Query(query): Query<NextQuery>) -> Response {
    let next = safe_next(query.next.as_deref()).unwrap_or_default();
    render(StatusCode::OK, &SignInPage { ctx: &ctx, form: FormState::default(), next })
}

#[derive(Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

async fn sign_in(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddress,
    PageForm(form): PageForm<SignInForm>,
) -> Response {
    let next = safe_next(Some(&form.next));
    let kept = FormState::with_values(&[("email", &form.email)]);
    let outcome = match state.app.sign_in(&form.email, &form.password, &client.0).await {
        Ok(outcome) => outcome,
        Err(AppError::Unauthenticated) => {
            let form = kept.with_error("password", ctx.tr.error("credentials-wrong"));
            let page = SignInPage { ctx: &ctx, form, next: next.unwrap_or_default() };
            return render(StatusCode::UNAUTHORIZED, &page);
        }
        Err(e) => return error_page(&ctx, &e),
    };
    // Back to the page that asked, else to the person's platform rather than the list
    // of all platforms.
    let next = match next {
        Some(next) => next,
        None => match state.app.landing_platform(&outcome).await {
            Ok(platform) => platform.map_or_else(|| "/".to_owned(), |p| format!("/p/{}", p.slug)),
            Err(e) => return error_page(&ctx, &e),
        },
    };
    match state.app.open_session(outcome.account.id).await {
        Ok(token) => signed_in(&state, token, &next),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn sign_out(State(state): State<AppState>, ctx: PageCtx, PageForm(_): PageForm<Empty>) -> Response {
    if let Some(token) = &ctx.session
        && let Err(e) = state.app.close_session(token).await
    {
        return error_page(&ctx, &e);
    }
    let jar = CookieJar::new().remove(Cookie::build(SESSION_COOKIE).path("/"));
    (jar, see_other("/?notice=signed-out")).into_response()
}
