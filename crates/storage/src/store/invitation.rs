//! Storage of invitations to shifts.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, PlatformId, ShiftId};
use entraide_domain::time::Timestamp;

/// Invitations of suggested people to shifts.
#[async_trait]
pub trait InvitationStore: Send + Sync {
    /// Records an invitation and queues its mail, in one transaction;
    /// `Conflict("invitation")` if the person was already invited to the shift.
    async fn invite(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        account: AccountId,
        by: AccountId,
        at: Timestamp,
    ) -> Result<()>;
    /// Who was invited to the shift.
    async fn invited_to(&self, platform: PlatformId, shift: ShiftId) -> Result<Vec<AccountId>>;
}
