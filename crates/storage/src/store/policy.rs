//! Storage of platforms' privacy notices and terms, and of who accepted which version.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::time::Timestamp;

/// One version of a platform's privacy notice and terms, in every language written.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyVersion {
    /// 1 for the first text the platform's admins wrote, then one more per change.
    pub version: i64,
    /// The text in each language it has.
    pub texts: Vec<(Locale, String)>,
    /// When it was published.
    pub published_at: Timestamp,
}

/// A version of a platform's privacy notice and terms someone accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyAcceptance {
    /// The platform's slug.
    pub platform: String,
    /// The version (0: the standard text, before the platform wrote its own).
    pub version: i64,
    /// The language the person read it in.
    pub locale: Locale,
    /// When.
    pub accepted_at: Timestamp,
}

/// Privacy notices and terms.
#[async_trait]
pub trait PolicyStore: Send + Sync {
    /// The platform's current version, if its admins ever wrote one.
    async fn current_policy(&self, platform: PlatformId) -> Result<Option<PolicyVersion>>;
    /// Publishes a new version: the current one's texts with `locale`'s replaced by
    /// `body` (or removed, when `None`), in one transaction. Returns the new version.
    async fn publish_policy(
        &self,
        platform: PlatformId,
        locale: Locale,
        body: Option<&str>,
        by: AccountId,
        at: Timestamp,
    ) -> Result<i64>;
    /// Records that the person accepted a version, read in `locale`; accepting the same
    /// version again changes nothing.
    async fn accept_policy(
        &self,
        account: AccountId,
        platform: PlatformId,
        version: i64,
        locale: Locale,
        at: Timestamp,
    ) -> Result<()>;
    /// Every version the person accepted, oldest first.
    async fn policy_acceptances(&self, account: AccountId) -> Result<Vec<PolicyAcceptance>>;
}
