//! In-app notifications and the mail outbox.

use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::account::Email;
use entraide_domain::id::{AccountId, MailId, NotificationId, PlatformId};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct NotificationRow {
    id: Uuid,
    platform_id: Uuid,
    account_id: Uuid,
    kind: String,
    payload: String,
    created_at: Stamp,
    read_at: Option<Stamp>,
}

impl TryFrom<NotificationRow> for crate::Notification {
    type Error = StoreError;
    fn try_from(row: NotificationRow) -> Result<Self, StoreError> {
        let payload = serde_json::from_str(&row.payload)
            .map_err(|_| StoreError::Corrupt(format!("notification payload `{}`", row.payload)))?;
        Ok(crate::Notification {
            id: NotificationId(row.id),
            platform_id: PlatformId(row.platform_id),
            account_id: AccountId(row.account_id),
            kind: row.kind,
            payload,
            created_at: row.created_at.0,
            read_at: row.read_at.map(|s| s.0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OutboxRow {
    id: Uuid,
    platform_id: Option<Uuid>,
    account_id: Option<Uuid>,
    to_address: String,
    subject: String,
    text_body: String,
    html_body: String,
    created_at: Stamp,
    sent_at: Option<Stamp>,
}

impl TryFrom<OutboxRow> for crate::OutboxMail {
    type Error = StoreError;
    fn try_from(row: OutboxRow) -> Result<Self, StoreError> {
        let to = Email::parse(&row.to_address, "to")
            .map_err(|_| StoreError::Corrupt(format!("outbox address `{}`", row.to_address)))?;
        Ok(crate::OutboxMail {
            id: MailId(row.id),
            platform_id: row.platform_id.map(PlatformId),
            mail: crate::NewMail {
                account: row.account_id.map(AccountId),
                to,
                subject: row.subject,
                text: row.text_body,
                html: row.html_body,
            },
            created_at: row.created_at.0,
            sent_at: row.sent_at.map(|s| s.0),
        })
    }
}

macro_rules! notification_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::NotificationStore for $store {
            async fn add_notification(
                &self,
                platform: entraide_domain::id::PlatformId,
                account: entraide_domain::id::AccountId,
                kind: &str,
                payload: &serde_json::Value,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<$crate::Notification> {
                let id = entraide_domain::id::NotificationId::new();
                sqlx::query(
                    "INSERT INTO notifications (id, platform_id, account_id, kind, payload, created_at, read_at)
                     VALUES ($1, $2, $3, $4, $5, $6, NULL)",
                )
                .bind(id.0)
                .bind(platform.0)
                .bind(account.0)
                .bind(kind)
                .bind(payload.to_string())
                .bind($crate::stamp::Stamp(at))
                .execute(self.writer())
                .await?;
                Ok($crate::Notification {
                    id,
                    platform_id: platform,
                    account_id: account,
                    kind: kind.to_owned(),
                    payload: payload.clone(),
                    created_at: at,
                    read_at: None,
                })
            }

            async fn notifications(
                &self,
                account: entraide_domain::id::AccountId,
                limit: i64,
            ) -> $crate::error::Result<Vec<$crate::Notification>> {
                let rows = sqlx::query_as::<_, $crate::sql::notification::NotificationRow>(
                    "SELECT * FROM notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
                )
                .bind(account.0)
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }

            async fn mark_notifications_read(
                &self,
                account: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<u64> {
                let done = sqlx::query("UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL")
                    .bind($crate::stamp::Stamp(at))
                    .bind(account.0)
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected())
            }

            async fn unread_count(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<i64> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL")
                    .bind(account.0)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn add_outbox(
                &self,
                platform: Option<entraide_domain::id::PlatformId>,
                mail: &$crate::NewMail,
                at: entraide_domain::time::Timestamp,
                sent_at: Option<entraide_domain::time::Timestamp>,
            ) -> $crate::error::Result<$crate::OutboxMail> {
                let id = entraide_domain::id::MailId::new();
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
                .bind($crate::stamp::Stamp(at))
                .bind(sent_at.map($crate::stamp::Stamp))
                .execute(self.writer())
                .await?;
                Ok($crate::OutboxMail { id, platform_id: platform, mail: mail.clone(), created_at: at, sent_at })
            }

            async fn outbox(
                &self,
                platform: entraide_domain::id::PlatformId,
                limit: i64,
            ) -> $crate::error::Result<Vec<$crate::OutboxMail>> {
                let rows = sqlx::query_as::<_, $crate::sql::notification::OutboxRow>(
                    "SELECT * FROM outbox WHERE platform_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
                )
                .bind(platform.0)
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }
        }
    };
}

pub(crate) use notification_store;
