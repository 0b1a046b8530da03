//! The JSON API under `/api/v1`, and its OpenAPI description, generated from the
//! handlers themselves so it cannot drift from them.

pub(crate) mod account;
pub(crate) mod calendar;
mod description;
mod email_confirmation;
pub(crate) mod health;
pub(crate) mod help;
pub(crate) mod ledger;
pub(crate) mod notification;
pub(crate) mod opportunity;
pub(crate) mod organisation;
mod password_reset;
mod place;
pub(crate) mod platform;
mod policy;
pub(crate) mod profile;
pub(crate) mod safety;
pub(crate) mod shift;
pub(crate) mod signup;
pub(crate) mod standing_offer;
pub(crate) mod taxonomy;
pub(crate) mod token;

use crate::AppState;
use serde::Serialize;
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Entraide API",
        description = "Local volunteering and neighbour help. Errors are RFC 9457 problem documents \
                       (application/problem+json) with `errors` per field for invalid input.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later")
    ),
    modifiers(&Security),
    tags(
        (name = "accounts", description = "Accounts, tokens and personal data"),
        (name = "platforms", description = "Platforms and their members"),
        (name = "organisations", description = "Organisations and their members"),
        (name = "volunteering", description = "Opportunities, shifts, sign-ups, attendance and hours"),
        (name = "help", description = "Neighbour help: requests, offers, standing offers, private threads, completion and thanks"),
        (name = "safety", description = "Reports, blocks and the moderation queue of platform admins"),
        (name = "ledger", description = "Time credits and barter credits: balances, transfers, statements, reversals")
    )
)]
struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A token from POST /api/v1/auth/token"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::session::SESSION_COOKIE,
                "The browser session; unsafe methods also need the X-CSRF-Token header",
            ))),
        );
    }
}

/// Every API route, with its description.
pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(account::router())
        .merge(token::router())
        .merge(password_reset::router())
        .merge(email_confirmation::router())
        .merge(policy::router())
        .merge(place::router())
        .merge(notification::router())
        .merge(calendar::router())
        .merge(platform::router())
        .merge(organisation::router())
        .merge(opportunity::router())
        .merge(shift::router())
        .merge(profile::router())
        .merge(signup::router())
        .merge(taxonomy::router())
        .merge(ledger::router())
        .merge(help::router())
        .merge(safety::router())
        .merge(standing_offer::router())
}

pub(crate) use description::complete as complete_description;

/// The OpenAPI document, served as JSON.
pub(crate) fn openapi_json(openapi: utoipa::openapi::OpenApi) -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::to_value(openapi).unwrap_or_default())
}

/// A list answer: `{"items": [...], "next_cursor": null}`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct List<T: utoipa::ToSchema> {
    pub items: Vec<T>,
    /// Where the next page starts; `null` on the last page.
    pub next_cursor: Option<String>,
}

impl<T: utoipa::ToSchema> List<T> {
    /// A list that fits on one page.
    pub fn all(items: Vec<T>) -> Self {
        Self { items, next_cursor: None }
    }
}

/// A new thing's id.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub(crate) struct CreatedId {
    pub(crate) id: String,
}

/// The caller's language: their `Accept-Language`, else `fallback` (a platform's), else
/// English.
pub(crate) fn caller_language(
    hints: Option<axum::extract::Extension<entraide_i18n::LanguageHints>>,
    fallback: Option<entraide_domain::locale::Locale>,
) -> entraide_domain::locale::Locale {
    hints.map(|axum::extract::Extension(h)| h).unwrap_or_default().resolve(fallback)
}
