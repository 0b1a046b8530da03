//! A person's confirmed shifts as an iCalendar file (RFC 5545): downloaded through the
//! API, or read by calendar apps from a private feed link that needs no session.
//!
//! The feed link carries a random secret of 256 bits, stored only as its hash (like
//! sessions and API tokens). A person has at most one working link: making a new one
//! revokes the old, so a link that got out is undone by making another.

mod ics;

use crate::error::{AppError, Result};
use crate::{Actor, App, secret};
use chrono::Duration;
use entraide_domain::id::AccountId;

/// Shifts that started up to this many days ago stay in the calendar, so the recent past
/// does not vanish from a person's calendar app the moment it is over.
const DAYS_BACK: i64 = 30;
/// Shifts up to this many days ahead are in the calendar.
const DAYS_AHEAD: i64 = 365;

impl App {
    /// The person's calendar: one event per confirmed shift from 30 days back to a year
    /// ahead. `site` is this site's origin (`https://example.org`), for links back to
    /// each opportunity's page; only the web layer knows it, from the request.
    pub async fn calendar_ics(&self, actor: &Actor, site: &str) -> Result<String> {
        self.calendar_of(actor.account.id, site).await
    }

    /// The calendar behind a private feed link; `NotFound("calendar-feed")` for a secret
    /// that is unknown or was revoked.
    pub async fn calendar_feed_ics(&self, token: &str, site: &str) -> Result<String> {
        let account = self
            .store
            .calendar_feed_account(&secret::token_hash(token))
            .await?
            .ok_or(AppError::NotFound("calendar-feed"))?;
        self.calendar_of(account, site).await
    }

    /// Makes the person a new private feed link and revokes the one they had. The secret
    /// is returned only now: it is never stored, so it cannot be shown again.
    pub async fn create_calendar_feed(&self, actor: &Actor) -> Result<String> {
        let token = secret::new_token();
        self.store.create_calendar_feed(&secret::token_hash(&token), actor.account.id, self.now()).await?;
        Ok(token)
    }

    /// Revokes the person's private feed link; harmless when they have none.
    pub async fn revoke_calendar_feed(&self, actor: &Actor) -> Result<()> {
        Ok(self.store.revoke_calendar_feeds(actor.account.id, self.now()).await?)
    }

    /// Whether the person has a private feed link that works.
    pub async fn has_calendar_feed(&self, actor: &Actor) -> Result<bool> {
        Ok(self.store.has_calendar_feed(actor.account.id).await?)
    }

    async fn calendar_of(&self, account: AccountId, site: &str) -> Result<String> {
        let at = self.now();
        let signups = self
            .store
            .account_signups(account, at - Duration::days(DAYS_BACK), at + Duration::days(DAYS_AHEAD))
            .await?;
        Ok(ics::write(&signups, site, at))
    }
}
