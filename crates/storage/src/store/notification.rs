//! Storage of what people are told: in-app notifications, and the outbox that keeps
//! every mail (sent, or waiting for a platform admin to read when no mail server is
//! configured).

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::account::Email;
use entraide_domain::id::{AccountId, MailId, NotificationId, PlatformId};
use entraide_domain::time::Timestamp;

/// An in-app notification.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    /// Its id.
    pub id: NotificationId,
    /// The platform it happened on.
    pub platform_id: PlatformId,
    /// Who is told.
    pub account_id: AccountId,
    /// What happened (an event name such as `signup-confirmed`).
    pub kind: String,
    /// What the text is made from (title, times, …), so it is written in the reader's
    /// language when they read it.
    pub payload: serde_json::Value,
    /// When it was written.
    pub created_at: Timestamp,
    /// When its reader saw it.
    pub read_at: Option<Timestamp>,
}

/// A mail to keep in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMail {
    /// The recipient's account, when the mail is for one (it is erased with them).
    pub account: Option<AccountId>,
    /// The recipient's address.
    pub to: Email,
    /// Subject line.
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
}

/// A mail in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxMail {
    /// Its id.
    pub id: MailId,
    /// The platform it is about, if any.
    pub platform_id: Option<PlatformId>,
    /// The mail.
    pub mail: NewMail,
    /// When it was written.
    pub created_at: Timestamp,
    /// When the mail server accepted it; `None` when there is none to send it.
    pub sent_at: Option<Timestamp>,
}

/// In-app notifications and the mail outbox.
#[async_trait]
pub trait NotificationStore: Send + Sync {
    /// Tells a person something in the app.
    async fn add_notification(
        &self,
        platform: PlatformId,
        account: AccountId,
        kind: &str,
        payload: &serde_json::Value,
        at: Timestamp,
    ) -> Result<Notification>;
    /// A person's notifications on every platform, newest first.
    async fn notifications(&self, account: AccountId, limit: i64) -> Result<Vec<Notification>>;
    /// Marks every unread notification of a person read; returns how many were unread.
    async fn mark_notifications_read(&self, account: AccountId, at: Timestamp) -> Result<u64>;
    /// How many notifications a person has not read.
    async fn unread_count(&self, account: AccountId) -> Result<i64>;
    /// Keeps a mail in the outbox: `sent_at` when a mail server took it, `None` when it
    /// waits there for a platform admin to read.
    async fn add_outbox(
        &self,
        platform: Option<PlatformId>,
        mail: &NewMail,
        at: Timestamp,
        sent_at: Option<Timestamp>,
    ) -> Result<OutboxMail>;
    /// The mails an outbox filter picks, newest first.
    async fn outbox(&self, filter: &OutboxFilter, limit: i64) -> Result<Vec<OutboxMail>>;
}

/// Which mails of an outbox to list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutboxFilter {
    /// A platform's mails, or `None` for the site's own (a new password, an address to
    /// confirm), which belong to no platform.
    pub platform: Option<PlatformId>,
    /// Only mails to addresses that contain this text.
    pub recipient: Option<String>,
    /// Only mails a mail server took (`Some(true)`), or only those kept unsent.
    pub sent: Option<bool>,
    /// Only mails listed after this one (the next page).
    pub after: Option<MailId>,
}
