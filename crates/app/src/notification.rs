//! Reading what one was told: one's own notifications, and a platform's outbox for the
//! people who run it.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::platform::Platform;
use entraide_storage::{Notification, OutboxMail};

/// How many notifications a list shows.
const NOTIFICATIONS_SHOWN: i64 = 100;
/// How many mails an outbox page shows.
const OUTBOX_SHOWN: i64 = 200;

impl App {
    /// The person's latest notifications, newest first, and how many are unread.
    pub async fn my_notifications(&self, actor: &Actor) -> Result<(Vec<Notification>, i64)> {
        let notifications = self.store.notifications(actor.account.id, NOTIFICATIONS_SHOWN).await?;
        let unread = self.store.unread_count(actor.account.id).await?;
        Ok((notifications, unread))
    }

    /// How many notifications the person has not read.
    pub async fn unread_notifications(&self, actor: &Actor) -> Result<i64> {
        Ok(self.store.unread_count(actor.account.id).await?)
    }

    /// Marks the person's notifications read; returns how many were unread.
    pub async fn mark_notifications_read(&self, actor: &Actor) -> Result<u64> {
        Ok(self.store.mark_notifications_read(actor.account.id, self.now()).await?)
    }

    /// The platform's mails, newest first: sent ones, and those kept because no mail
    /// server is configured. Platform admins (and instance admins) only.
    pub async fn outbox(&self, actor: &Actor, slug: &str) -> Result<(Platform, Vec<OutboxMail>)> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let mails = self.store.outbox(platform.id, OUTBOX_SHOWN).await?;
        Ok((platform, mails))
    }
}
