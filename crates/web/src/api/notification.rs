//! Notifications and the outbox: `/api/v1/me/notifications…`,
//! `/api/v1/platforms/{slug}/outbox`.

use crate::AppState;
use crate::form::ApiQuery;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use entraide_app::{Notification, OutboxMail, OutboxPage, OutboxQuery, notification_text};
use entraide_i18n::{LanguageHints, Tr};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(mark_read))
        .routes(routes!(outbox))
        .routes(routes!(site_outbox))
}

/// Something that happened to one of the caller's sign-ups.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NotificationJson {
    id: String,
    /// `signup-confirmed`, `signup-waitlisted`, `signup-promoted`, `signup-removed`,
    /// `shift-changed`, `shift-cancelled`, `shift-reminder`; for neighbour help
    /// `offer-received`, `offer-accepted`, `offer-declined`, `request-nearby`,
    /// `help-thanked`, `moderation-warning`.
    event: String,
    /// What happened, in the caller's language.
    text: String,
    /// The facts the text is made of: `title`, `organisation`, `platform` (slug),
    /// `opportunity`, `shift`, `signup`, `starts_at`, `ends_at`, …; for neighbour help
    /// `request`, `title`, `needed_from`, `needed_until`, `note` (never the address).
    #[schema(value_type = Object)]
    data: serde_json::Value,
    created_at: String,
    /// When the caller read it; `null` while unread.
    read_at: Option<String>,
}

impl NotificationJson {
    fn new(tr: &Tr, notification: &Notification) -> Self {
        NotificationJson {
            id: notification.id.to_string(),
            event: notification.kind.clone(),
            text: notification_text(tr, notification),
            data: notification.payload.clone(),
            created_at: notification.created_at.to_rfc3339(),
            read_at: notification.read_at.map(|r| r.to_rfc3339()),
        }
    }
}

/// The caller's notifications, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NotificationList {
    items: Vec<NotificationJson>,
    /// How many are unread.
    unread: i64,
    /// Where the next page starts; `null` on the last page.
    next_cursor: Option<String>,
}

/// The caller's latest notifications, newest first, with how many are unread.
#[utoipa::path(get, operation_id = "list_notifications", path = "/api/v1/me/notifications", tag = "accounts",
    responses((status = 200, body = NotificationList), (status = 401, description = "Not signed in")),
    security(("bearer" = []), ("session" = [])))]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    hints: Option<Extension<LanguageHints>>,
) -> Result<Json<NotificationList>, ApiError> {
    let mut hints = hints.map(|Extension(h)| h).unwrap_or_default();
    hints.account = actor.account.locale;
    let tr = Tr::new(hints.resolve(None));
    let (notifications, unread) = state.app.my_notifications(&actor).await?;
    let items = notifications.iter().map(|n| NotificationJson::new(&tr, n)).collect();
    Ok(Json(NotificationList { items, unread, next_cursor: None }))
}

/// Marks all the caller's notifications read.
#[utoipa::path(post, path = "/api/v1/me/notifications/read", tag = "accounts",
    responses((status = 204, description = "Marked read"), (status = 401, description = "Not signed in")),
    security(("bearer" = []), ("session" = [])))]
async fn mark_read(State(state): State<AppState>, ApiActor(actor): ApiActor) -> Result<StatusCode, ApiError> {
    state.app.mark_notifications_read(&actor).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A mail the platform sent, or keeps because no mail server is configured.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct OutboxMailJson {
    id: String,
    to: String,
    subject: String,
    /// The plain-text part.
    text: String,
    /// The HTML part.
    html: String,
    created_at: String,
    /// When the mail server took it; `null` when none is configured and the mail waits
    /// here.
    sent_at: Option<String>,
}

impl From<OutboxMail> for OutboxMailJson {
    fn from(mail: OutboxMail) -> Self {
        OutboxMailJson {
            id: mail.id.to_string(),
            to: mail.mail.to.to_string(),
            subject: mail.mail.subject,
            text: mail.mail.text,
            html: mail.mail.html,
            created_at: mail.created_at.to_rfc3339(),
            sent_at: mail.sent_at.map(|s| s.to_rfc3339()),
        }
    }
}

/// Which mails of an outbox.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct OutboxParams {
    /// Only mails to addresses containing this text.
    #[param(max_length = 254)]
    recipient: Option<String>,
    /// `sent` or `not-sent`; both when absent.
    state: Option<String>,
    /// The `next_cursor` of the page before.
    cursor: Option<String>,
}

impl From<OutboxParams> for OutboxQuery {
    fn from(params: OutboxParams) -> Self {
        OutboxQuery { recipient: params.recipient, state: params.state, after: params.cursor }
    }
}

fn outbox_list(page: OutboxPage) -> crate::api::List<OutboxMailJson> {
    crate::api::List {
        items: page.mails.into_iter().map(Into::into).collect(),
        next_cursor: page.next.map(|id| id.to_string()),
    }
}

/// The platform's mails, newest first, 50 a page (platform admins).
#[utoipa::path(get, path = "/api/v1/platforms/{slug}/outbox", tag = "platforms",
    params(("slug" = String, Path), OutboxParams),
    responses(
        (status = 200, body = crate::api::List<OutboxMailJson>),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a platform admin"),
        (status = 404, description = "Unknown platform"),
        (status = 422, description = "Unknown state, or a cursor that is not one", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn outbox(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
    ApiQuery(params): ApiQuery<OutboxParams>,
) -> Result<Json<crate::api::List<OutboxMailJson>>, ApiError> {
    Ok(Json(outbox_list(state.app.outbox(&actor, &slug, &params.into()).await?)))
}

/// The site's own mails (a new password), which belong to no platform, newest first,
/// 50 a page (instance admins).
#[utoipa::path(get, path = "/api/v1/outbox", tag = "accounts",
    params(OutboxParams),
    responses(
        (status = 200, body = crate::api::List<OutboxMailJson>),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "Not an instance admin"),
        (status = 422, description = "Unknown state, or a cursor that is not one", content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn site_outbox(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(params): ApiQuery<OutboxParams>,
) -> Result<Json<crate::api::List<OutboxMailJson>>, ApiError> {
    Ok(Json(outbox_list(state.app.site_outbox(&actor, &params.into()).await?)))
}
