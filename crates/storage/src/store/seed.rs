//! Bulk loading of synthetic volunteers, for `entraide seed` and the benchmarks: many
//! rows per statement, one transaction per batch.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::profile::ProfileDraft;
use entraide_domain::time::Timestamp;

/// A synthetic volunteer: an account, a membership of the platform, and a profile.
#[derive(Debug, Clone)]
pub struct SeedVolunteer {
    /// The account's id.
    pub id: AccountId,
    /// A sign-in address nobody owns (under `.invalid`).
    pub email: String,
    /// The name shown.
    pub display_name: String,
    /// Date of birth.
    pub birth_date: chrono::NaiveDate,
    /// What they offer, where and when.
    pub profile: ProfileDraft,
}

/// Bulk loading for benchmarks.
#[async_trait]
pub trait SeedStore: Send + Sync {
    /// Stores volunteers, members of the platform, all with the same password hash, in
    /// one transaction: all of them, or none. `Conflict("email")` if an address is taken.
    async fn insert_volunteers(
        &self,
        platform: PlatformId,
        volunteers: &[SeedVolunteer],
        password_hash: &str,
        at: Timestamp,
    ) -> Result<()>;
    /// Refreshes the query planner's statistics after a bulk load (`ANALYZE`), so that
    /// both databases pick the indexes a loaded platform needs.
    async fn analyze(&self) -> Result<()>;
    /// How many accounts whose address ends with `suffix` exist (to continue a seed).
    async fn count_accounts_ending(&self, suffix: &str) -> Result<i64>;
}
