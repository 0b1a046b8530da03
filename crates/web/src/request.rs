//! What a request says about who is asking, and from where.

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::SocketAddr;

/// The client's address, for limits on failed sign-ins.
pub(crate) struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        if state.config.trust_forwarded_for {
            // The last entry is the one our own proxy appended: the client it saw.
            let forwarded = parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .map(str::trim)
                .rfind(|v| !v.is_empty());
            if let Some(address) = forwarded {
                return Ok(ClientAddress(address.to_owned()));
            }
        }
        warn_once_if_proxied(parts);
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        Ok(ClientAddress(peer.unwrap_or_else(|| "unknown".to_owned())))
    }
}

/// Says once, in the log, that requests arrive through a proxy the server does not
/// trust: every client then shares the proxy's address, so one person's failed sign-ins
/// would slow everyone down. The operator should set `--trust-forwarded-for`.
fn warn_once_if_proxied(parts: &Parts) {
    static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let proxied = ["x-forwarded-for", "forwarded", "x-real-ip"].iter().any(|name| parts.headers.contains_key(*name));
    if proxied && !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        tracing::warn!(
            "requests arrive through a proxy (they carry X-Forwarded-For or Forwarded) but --trust-forwarded-for is off: \
             every client shares the proxy's address, so limits on sign-ins and new accounts apply to all of them at once"
        );
    }
}

/// This site's origin as the request reached it (`https://example.org`), for absolute
/// links read outside the site, such as a calendar feed's address. The host comes from
/// the `Host` header (or the HTTP/2 authority) and must be a plain host and port, so a
/// forged header cannot smuggle anything into a link. The scheme is `https` when cookies
/// are marked secure (the site is served over TLS) or when the trusted reverse proxy (see
/// [`crate::WebConfig::trust_forwarded_for`]) says the client used it.
pub(crate) struct SiteOrigin(pub String);

impl FromRequestParts<AppState> for SiteOrigin {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let host = parts
            .headers
            .get(axum::http::header::HOST)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .or_else(|| parts.uri.authority().map(|a| a.as_str().to_owned()))
            .filter(|host| is_plain_host(host));
        let Some(host) = host else {
            let tr = entraide_i18n::Tr::new(crate::problem::request_locale());
            return Err(crate::problem::problem(
                axum::http::StatusCode::BAD_REQUEST,
                "malformed",
                tr.t("problem-malformed"),
                Some(tr.t("problem-host-missing")),
                None,
            ));
        };
        let proxy_says_https = state.config.trust_forwarded_for
            && parts
                .headers
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https"));
        let scheme = if state.config.secure_cookies || proxy_says_https { "https" } else { "http" };
        Ok(SiteOrigin(format!("{scheme}://{host}")))
    }
}

/// A host name or address with an optional port, and nothing else (no user, path or
/// space).
fn is_plain_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 262
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}
