//! Storage of private calendar feeds: secret links that calendar apps subscribe to
//! without a session. Like sessions and API tokens, a feed's secret is stored only as a
//! hash, so whoever reads the database cannot read anybody's shifts with what they find.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::AccountId;
use entraide_domain::time::Timestamp;

/// Private calendar feeds. A person has at most one feed that works at a time.
#[async_trait]
pub trait CalendarStore: Send + Sync {
    /// Stores a new feed for the person and, in the same transaction, revokes the one
    /// they had: a new link replaces the old, even when two are made at once.
    async fn create_calendar_feed(&self, token_hash: &str, account: AccountId, at: Timestamp) -> Result<()>;
    /// Whose feed this is, if it exists and has not been revoked.
    async fn calendar_feed_account(&self, token_hash: &str) -> Result<Option<AccountId>>;
    /// Revokes the person's feed, if they have one; harmless when they have none.
    async fn revoke_calendar_feeds(&self, account: AccountId, at: Timestamp) -> Result<()>;
    /// Whether the person has a feed that works.
    async fn has_calendar_feed(&self, account: AccountId) -> Result<bool>;
}
