//! Pages for people: server-rendered, auto-escaped, usable without JavaScript.

mod account;
mod auth;
mod confirm;
mod context;
mod dashboard;
mod email_confirmation;
mod fields;
mod help;
mod home;
mod ledger;
mod notification;
mod opportunity;
mod organisation;
mod password_reset;
mod platform;
mod policy;
mod profile;
mod safety;
mod shift;
mod signup;
mod taxonomy;
mod term_name;
mod term_names_page;

pub(crate) use context::{FormState, PageCtx, SignedIn};

use crate::AppState;
use crate::problem::{request_locale, status_and_code};
use askama::Template;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use entraide_app::AppError;
use entraide_i18n::Tr;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .merge(home::router())
        .merge(notification::router())
        .merge(auth::router())
        .merge(password_reset::router())
        .merge(email_confirmation::router())
        .merge(policy::router())
        .merge(account::router())
        .merge(platform::router())
        .merge(organisation::router())
        .merge(opportunity::router())
        .merge(shift::router())
        .merge(signup::router())
        .merge(profile::router())
        .merge(dashboard::router())
        .merge(taxonomy::router())
        .merge(term_names_page::router())
        .merge(safety::router())
        .merge(help::router())
        .merge(ledger::router())
}

/// Renders a template with a status.
pub(crate) fn render<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// The answer to a successful form: see the result elsewhere (Post/Redirect/Get). A
/// destination that cannot be a header (it would hold a line break) goes home instead.
pub(crate) fn see_other(to: &str) -> Response {
    match HeaderValue::try_from(to) {
        Ok(location) => (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(),
        Err(_) => Redirect::to("/").into_response(),
    }
}

/// Only a path on this site may be a destination after signing in: it starts with one
/// `/`, holds no backslash, space or control character (browsers drop tabs and line
/// breaks from addresses and read `\` as `/`, so `/\t/evil.example` would leave the
/// site) and is a valid path with its query.
pub(crate) fn safe_next(next: Option<&str>) -> Option<String> {
    let next = next?;
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c == '\\' || c.is_whitespace() || c.is_control())
        && axum::http::uri::PathAndQuery::try_from(next).is_ok();
    plain.then(|| next.to_owned())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: &'a PageCtx,
    title: String,
    message: String,
}

/// An error as a page, in the reader's language.
pub(crate) fn error_page(ctx: &PageCtx, error: &AppError) -> Response {
    if matches!(error, AppError::Unauthenticated) {
        return see_other(&format!("/sign-in?next={}", urlencode(&ctx.return_to)));
    }
    let (status, code) = status_and_code(error);
    let title = ctx.tr.t(&format!("problem-{code}"));
    if let AppError::Internal(cause) = error {
        tracing::error!(%cause, "internal error");
    }
    let message = error.message(&ctx.tr);
    let mut response = render(status, &ErrorPage { ctx, title, message });
    if let AppError::TooManyRequests(seconds) | AppError::Busy(seconds) = error {
        response.headers_mut().insert(header::RETRY_AFTER, (*seconds).into());
    }
    response
}

/// URL-encodes a query value.
pub(crate) fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)]).map(|s| s[1..].to_owned()).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "plain_error.html")]
struct PlainErrorPage {
    lang: &'static str,
    dir: &'static str,
    title: String,
    message: String,
    back: String,
}

fn plain_error(status: StatusCode, title_id: &str, message_id: &str) -> Response {
    let locale = request_locale();
    let tr = Tr::new(locale);
    let page = PlainErrorPage {
        lang: locale.code(),
        dir: locale.direction().as_str(),
        title: tr.t(title_id),
        message: tr.t(message_id),
        back: tr.t("nav-home"),
    };
    render(status, &page)
}

/// A form whose CSRF token did not match (it sat open too long, or came from elsewhere).
pub(crate) fn form_expired() -> Response {
    plain_error(StatusCode::FORBIDDEN, "problem-forbidden", "page-form-expired")
}

/// Any address that leads nowhere.
pub(crate) async fn not_found(ctx: PageCtx) -> Response {
    error_page(&ctx, &AppError::NotFound("page"))
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_paths_of_this_site_are_destinations_after_signing_in() {
        assert_eq!(
            safe_next(Some("/p/demo/opportunities?q=food%20bank")).as_deref(),
            Some("/p/demo/opportunities?q=food%20bank")
        );
        for away in [
            "//evil.example",
            "/\t/evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\r\n/evil.example",
            "https://evil.example",
            "evil.example",
            " /evil",
            "/\u{0}",
            "/ /evil.example",
            "",
        ] {
            assert_eq!(safe_next(Some(away)), None, "{away:?}");
        }
    }
}
