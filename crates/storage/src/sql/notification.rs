//! In-app notifications and the mail outbox.

use super::{Db, Store};
use crate::error::Result;
use crate::row::notification::notification_columns;
use crate::row::notification::outbox_columns;
use crate::row::notification::{NotificationRow, OutboxRow};
use crate::stamp::Stamp;
use crate::{NewMail, Notification, NotificationStore, OutboxFilter, OutboxMail};
use entraide_domain::id::{AccountId, MailId, NotificationId, PlatformId};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl NotificationStore for Store {
    async fn add_notification(
        &self,
        platform: PlatformId,
        account: AccountId,
        kind: &str,
        payload: &serde_json::Value,
        at: Timestamp,
    ) -> Result<Notification> {
        let id = NotificationId::new();
        sqlx::query(
            "INSERT INTO notifications (id, platform_id, account_id, kind, payload, created_at, read_at)
             VALUES ($1, $2, $3, $4, $5, $6, NULL)",
        )
        .bind(id.0)
        .bind(platform.0)
        .bind(account.0)
        .bind(kind)
        .bind(payload.to_string())
        .bind(Stamp(at))
        .execute(self.writer())
        .await?;
        Ok(Notification {
            id,
            platform_id: platform,
            account_id: account,
            kind: kind.to_owned(),
            payload: payload.clone(),
            created_at: at,
            read_at: None,
        })
    }

    async fn notifications(&self, account: AccountId, limit: i64) -> Result<Vec<Notification>> {
        let rows = sqlx::query_as::<_, NotificationRow>(concat!(
            "SELECT ",
            notification_columns!(),
            " FROM notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
        ))
        .bind(account.0)
        .bind(limit)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn mark_notifications_read(&self, account: AccountId, at: Timestamp) -> Result<u64> {
        let done = sqlx::query("UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL")
            .bind(Stamp(at))
            .bind(account.0)
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected())
    }

    async fn unread_count(&self, account: AccountId) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL")
            .bind(account.0)
            .fetch_one(self.reader())
            .await?)
    }

    async fn add_outbox(
        &self,
        platform: Option<PlatformId>,
        mail: &NewMail,
        at: Timestamp,
        sent_at: Option<Timestamp>,
    ) -> Result<OutboxMail> {
        let id = MailId::new();
        sqlx::query(
            "INSERT INTO outbox (id, platform_id, account_id, to_address, subject, text_body, html_body, created_at, sent_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id.0)
        .bind(platform.map(|p| p.0))
        .bind(mail.account.map(|a| a.0))
        .bind(mail.to.as_str())
        .bind(&mail.subject)
        .bind(&mail.text)
        .bind(&mail.html)
        .bind(Stamp(at))
        .bind(sent_at.map(Stamp))
        .execute(self.writer())
        .await?;
        Ok(OutboxMail { id, platform_id: platform, mail: mail.clone(), created_at: at, sent_at })
    }

    async fn outbox(&self, filter: &OutboxFilter, limit: i64) -> Result<Vec<OutboxMail>> {
        let mut query = sqlx::QueryBuilder::<Db>::new(concat!("SELECT ", outbox_columns!(), " FROM outbox WHERE "));
        match filter.platform {
            Some(platform) => query.push("platform_id = ").push_bind(platform.0),
            None => query.push("platform_id IS NULL"),
        };
        if let Some(recipient) = filter.recipient.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            // Addresses are kept in lower case; `%` and `_` typed are meant literally.
            let pattern = format!("%{}%", like_escaped(&recipient.to_lowercase()));
            query.push(" AND to_address LIKE ").push_bind(pattern).push(" ESCAPE '\\'");
        }
        match filter.sent {
            Some(true) => query.push(" AND sent_at IS NOT NULL"),
            Some(false) => query.push(" AND sent_at IS NULL"),
            None => &mut query,
        };
        if let Some(after) = filter.after {
            // Newest first, ties by id: the page after a mail starts below its place.
            let at = "(SELECT created_at FROM outbox WHERE id = ";
            query.push(" AND (created_at < ").push(at).push_bind(after.0).push(")");
            query
                .push(" OR (created_at = ")
                .push(at)
                .push_bind(after.0)
                .push(") AND id < ")
                .push_bind(after.0)
                .push("))");
        }
        query.push(" ORDER BY created_at DESC, id DESC LIMIT ").push_bind(limit);
        let rows = query.build_query_as::<OutboxRow>().fetch_all(self.reader()).await?;
        crate::row::convert_all(rows)
    }
}

/// The text with the characters `LIKE` treats specially escaped by a backslash.
fn like_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}
