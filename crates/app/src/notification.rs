//! Reading what one was told: one's own notifications, and a platform's outbox for the
//! people who run it.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::id::{MailId, PlatformId};
use entraide_domain::platform::Platform;
use entraide_domain::{FieldError, Invalid, text};
use entraide_storage::{Notification, OutboxFilter, OutboxMail};

/// How many notifications a list shows.
const NOTIFICATIONS_SHOWN: i64 = 100;
/// How many mails an outbox page shows.
const OUTBOX_PAGE: i64 = 50;
/// The longest text an outbox is searched by (an address is at most 254 characters).
const MAX_RECIPIENT_CHARS: usize = 254;

/// Which mails of an outbox a reader asks for, as typed in the page's filter.
#[derive(Debug, Clone, Default)]
pub struct OutboxQuery {
    /// Only mails to addresses containing this.
    pub recipient: Option<String>,
    /// `sent`, `not-sent`, or empty for both.
    pub state: Option<String>,
    /// The id of the last mail of the page before.
    pub after: Option<String>,
}

/// A page of an outbox.
#[derive(Debug, Clone)]
pub struct OutboxPage {
    /// The platform, or `None` for the site's own mails.
    pub platform: Option<Platform>,
    /// The mails, newest first.
    pub mails: Vec<OutboxMail>,
    /// Where the next page starts, when there is one.
    pub next: Option<MailId>,
}

impl OutboxQuery {
    /// The filter for the mails of `platform` (`None`: the site's own).
    fn filter(&self, platform: Option<PlatformId>) -> Result<OutboxFilter> {
        let mut invalid = Invalid::default();
        let recipient = self
            .recipient
            .as_deref()
            .map(|text| invalid.check(text::line(text, "recipient", MAX_RECIPIENT_CHARS, text::Presence::Optional)));
        let sent = match self.state.as_deref().map(str::trim).unwrap_or("") {
            "" => None,
            "sent" => Some(true),
            "not-sent" => Some(false),
            _ => {
                invalid.0.push(FieldError::new("state", "outbox-state-unknown"));
                None
            }
        };
        let after = match self.after.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            Some(text) => invalid.check(text.parse::<MailId>().map_err(|_| FieldError::new("after", "cursor-invalid"))),
            None => None,
        };
        invalid.into_result()?;
        let recipient = recipient.flatten().filter(|r| !r.is_empty());
        Ok(OutboxFilter { platform, recipient, sent, after })
    }
}

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

    /// A page of the platform's mails, newest first: sent ones, and those kept because
    /// no mail server is configured. Platform admins (and instance admins) only.
    pub async fn outbox(&self, actor: &Actor, slug: &str, query: &OutboxQuery) -> Result<OutboxPage> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let filter = query.filter(Some(platform.id))?;
        let (mails, next) = self.outbox_page(&filter).await?;
        Ok(OutboxPage { platform: Some(platform), mails, next })
    }

    /// A page of the site's own mails (new passwords, addresses to confirm), which
    /// belong to no platform. Instance admins only: such a mail, kept unsent, opens the
    /// account it was written for.
    pub async fn site_outbox(&self, actor: &Actor, query: &OutboxQuery) -> Result<OutboxPage> {
        if !actor.account.is_instance_admin {
            return Err(AppError::Forbidden);
        }
        let (mails, next) = self.outbox_page(&query.filter(None)?).await?;
        Ok(OutboxPage { platform: None, mails, next })
    }

    async fn outbox_page(&self, filter: &OutboxFilter) -> Result<(Vec<OutboxMail>, Option<MailId>)> {
        let mut mails = self.store.outbox(filter, OUTBOX_PAGE + 1).await?;
        let more = mails.len() > OUTBOX_PAGE as usize;
        mails.truncate(OUTBOX_PAGE as usize);
        let next = mails.last().filter(|_| more).map(|m| m.id);
        Ok((mails, next))
    }
}
