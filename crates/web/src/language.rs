//! The middleware that settles the language hints of each request: `?lang=` (which it
//! remembers in a cookie), the cookie, and `Accept-Language`.

use crate::AppState;
use crate::problem::REQUEST_LOCALE;
use crate::session::{LANG_COOKIE, cookie};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use entraide_domain::locale::Locale;
use entraide_i18n::LanguageHints;

fn query_lang(request: &Request) -> Option<Locale> {
    let query = request.uri().query()?;
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Locale::parse(&v))
}

/// Records the hints in the request, and runs the rest of the request in its language.
pub(crate) async fn settle(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let from_query = query_lang(&request);
    let jar = CookieJar::from_headers(request.headers());
    let from_cookie = jar.get(LANG_COOKIE).and_then(|c| Locale::parse(c.value()));
    let accepted = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(LanguageHints::parse_accept_language)
        .unwrap_or_default();
    let hints =
        LanguageHints { chosen: from_query.or(from_cookie), chosen_now: from_query.is_some(), account: None, accepted };
    let locale = hints.resolve(None);
    request.extensions_mut().insert(hints);
    let response = REQUEST_LOCALE.scope(locale, next.run(request)).await;
    match from_query {
        Some(chosen) if Some(chosen) != from_cookie => {
            let jar = CookieJar::new().add(cookie(&state, LANG_COOKIE, chosen.code().to_owned(), 365));
            (jar, response).into_response()
        }
        _ => response,
    }
}
