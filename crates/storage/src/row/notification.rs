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

/// The columns [`NotificationRow`] reads, to write into a query with `concat!`:
/// `notification_columns!()`, or `notification_columns!("t")` for a table named `t` in the query.
macro_rules! notification_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, account_id, kind, payload, created_at, read_at)
    };
}
pub(crate) use notification_columns;

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

/// The columns [`OutboxRow`] reads, to write into a query with `concat!`:
/// `outbox_columns!()`, or `outbox_columns!("t")` for a table named `t` in the query.
macro_rules! outbox_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, account_id, to_address, subject, text_body, html_body, created_at, sent_at)
    };
}
pub(crate) use outbox_columns;

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
