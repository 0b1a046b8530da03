//! My notifications (`/notifications`), a platform's outbox for the people who run it
//! (`/p/{slug}/outbox`), and the site's own mails for instance admins (`/outbox`).

use crate::AppState;
use crate::page::{PageCtx, SignedIn, error_page, render, urlencode};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::{AppError, Notification, OutboxMail, OutboxPage, OutboxQuery, notification_text};
use entraide_domain::platform::{Platform, TimeZone};
use entraide_domain::time::Timestamp;
use entraide_i18n::LocalFormat;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(notifications))
        .route("/p/{slug}/outbox", get(outbox))
        .route("/outbox", get(site_outbox))
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
            // A sign-up's opportunity, a neighbour-help request, or its conversation.
            link: match (text_of("platform"), text_of("opportunity"), text_of("request")) {
                (Some(slug), Some(id), _) => Some(format!("/p/{slug}/opportunities/{id}")),
                (Some(slug), None, Some(id)) if notification.kind == "message-received" => {
                    Some(format!("/p/{slug}/help/{id}/messages"))
                }
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
struct OutboxView<'a> {
    ctx: &'a PageCtx,
    /// The platform, or `None` for the site's own mails.
    platform: Option<Platform>,
    mails: Vec<Mail>,
    /// The filter as typed.
    recipient: String,
    state: String,
    /// The address of the next page, when there is one.
    older: Option<String>,
}

impl OutboxView<'_> {
    fn title(&self) -> String {
        match &self.platform {
            Some(_) => self.ctx.t("outbox-title"),
            None => self.ctx.t("outbox-site-title"),
        }
    }

    fn intro(&self) -> String {
        match &self.platform {
            Some(platform) => self.ctx.tr.t1("outbox-intro", "platform", platform.name.clone()),
            None => self.ctx.t("outbox-site-intro"),
        }
    }

    fn action(&self) -> String {
        self.platform.as_ref().map_or_else(|| "/outbox".to_owned(), |p| format!("/p/{}/outbox", p.slug))
    }

    fn filtered(&self) -> bool {
        !self.recipient.is_empty() || !self.state.is_empty()
    }

    fn date_time(&self, at: &Timestamp) -> String {
        self.ctx.format().date_time(*at)
    }
}

/// The outbox's filter and page, as the address gives them.
#[derive(Debug, Default, Deserialize)]
struct OutboxParams {
    recipient: Option<String>,
    state: Option<String>,
    after: Option<String>,
}

impl OutboxParams {
    fn query(&self) -> OutboxQuery {
        OutboxQuery { recipient: self.recipient.clone(), state: self.state.clone(), after: self.after.clone() }
    }
}

fn outbox_view<'a>(ctx: &'a PageCtx, params: &OutboxParams, page: OutboxPage) -> OutboxView<'a> {
    let recipient = params.recipient.clone().unwrap_or_default().trim().to_owned();
    let state = params.state.clone().unwrap_or_default();
    let base = page.platform.as_ref().map_or_else(|| "/outbox".to_owned(), |p| format!("/p/{}/outbox", p.slug));
    let older = page
        .next
        .map(|after| format!("{base}?recipient={}&state={}&after={after}", urlencode(&recipient), urlencode(&state)));
    let mails = page
        .mails
        .into_iter()
        .map(|mail| {
            let paragraphs = mail.mail.text.split("\n\n").map(str::to_owned).collect();
            Mail { mail, paragraphs }
        })
        .collect();
    OutboxView { ctx, platform: page.platform, mails, recipient, state, older }
}

async fn outbox(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    Query(params): Query<OutboxParams>,
) -> Response {
    match state.app.outbox(&actor, &slug, &params.query()).await {
        Ok(page) => {
            if let Some(platform) = &page.platform {
                ctx.on_platform(platform);
            }
            render(StatusCode::OK, &outbox_view(&ctx, &params, page))
        }
        Err(e) => error_page(&ctx, &e),
    }
}

/// The site's own mails, for instance admins.
async fn site_outbox(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Query(params): Query<OutboxParams>,
) -> Response {
    match state.app.site_outbox(&actor, &params.query()).await {
        Ok(page) => render(StatusCode::OK, &outbox_view(&ctx, &params, page)),
        Err(e) => error_page(&ctx, &e),
    }
}
