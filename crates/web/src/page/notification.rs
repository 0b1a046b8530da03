//! My notifications (`/notifications`), and a platform's outbox for the people who run it
//! (`/p/{slug}/outbox`).

use crate::AppState;
use crate::page::{PageCtx, SignedIn, error_page, render};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::{AppError, Notification, OutboxMail, notification_text};
use entraide_domain::platform::{Platform, TimeZone};
use entraide_domain::time::Timestamp;
use entraide_i18n::LocalFormat;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/notifications", get(notifications)).route("/p/{slug}/outbox", get(outbox))
}

/// A notification as the page lists it.
struct Item {
    text: String,
    unread: bool,
    created_at: Timestamp,
    /// When, in the zone of the platform it happened on.
    when: String,
    /// That platform's slug and name.
    platform: Option<(String, String)>,
    /// The page it is about.
    link: Option<String>,
}

impl Item {
    fn new(ctx: &PageCtx, notification: &Notification) -> Self {
        let payload = &notification.payload;
        let text_of = |key: &str| payload.get(key).and_then(|v| v.as_str()).map(str::to_owned);
        let zone = text_of("time_zone").and_then(|z| TimeZone::parse(&z, "time_zone").ok()).unwrap_or(TimeZone::UTC);
        Item {
            text: notification_text(&ctx.tr, notification),
            unread: notification.read_at.is_none(),
            created_at: notification.created_at,
            when: LocalFormat::new(ctx.tr.locale(), zone).date_time(notification.created_at),
            platform: text_of("platform").zip(text_of("platform_name")),
            // A sign-up's opportunity, or a neighbour-help request.
            link: match (text_of("platform"), text_of("opportunity"), text_of("request")) {
                (Some(slug), Some(id), _) => Some(format!("/p/{slug}/opportunities/{id}")),
                (Some(slug), None, Some(id)) => Some(format!("/p/{slug}/help/{id}")),
                _ => None,
            },
        }
    }
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage<'a> {
    ctx: &'a PageCtx,
    items: Vec<Item>,
}

/// Lists the person's notifications, the new ones marked, and marks them read: seeing
/// them is reading them.
async fn notifications(State(state): State<AppState>, SignedIn { mut ctx, actor }: SignedIn) -> Response {
    let result = async {
        let (notifications, _) = state.app.my_notifications(&actor).await?;
        state.app.mark_notifications_read(&actor).await?;
        Ok::<_, AppError>(notifications)
    }
    .await;
    match result {
        Ok(notifications) => {
            ctx.unread = 0;
            let items = notifications.iter().map(|n| Item::new(&ctx, n)).collect();
            render(StatusCode::OK, &NotificationsPage { ctx: &ctx, items })
        }
        Err(e) => error_page(&ctx, &e),
    }
}

/// A mail as the outbox lists it.
struct Mail {
    mail: OutboxMail,
    /// The plain-text part, by paragraph.
    paragraphs: Vec<String>,
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    mails: Vec<Mail>,
}

impl OutboxPage<'_> {
    fn intro(&self) -> String {
        self.ctx.tr.t1("outbox-intro", "platform", self.platform.name.clone())
    }

    fn date_time(&self, at: &Timestamp) -> String {
        self.ctx.format().date_time(*at)
    }
}

async fn outbox(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
) -> Response {
    match state.app.outbox(&actor, &slug).await {
        Ok((platform, mails)) => {
            ctx.on_platform(&platform);
            let mails = mails
                .into_iter()
                .map(|mail| {
                    let paragraphs = mail.mail.text.split("\n\n").map(str::to_owned).collect();
                    Mail { mail, paragraphs }
                })
                .collect();
            render(StatusCode::OK, &OutboxPage { ctx: &ctx, platform, mails })
        }
        Err(e) => error_page(&ctx, &e),
    }
}
