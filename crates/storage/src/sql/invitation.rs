//! Invitations to shifts.

use super::Store;
use crate::error::Result;
use crate::stamp::Stamp;
use crate::{InvitationStore, Job, StoreError};
use entraide_domain::id::{AccountId, PlatformId, ShiftId};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl InvitationStore for Store {
    async fn invite(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        account: AccountId,
        by: AccountId,
        at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("INSERT INTO shift_invitations (shift_id, account_id, platform_id, invited_by, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(shift.0)
            .bind(account.0)
            .bind(platform.0)
            .bind(by.0)
            .bind(Stamp(at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::conflict_on("invitation"))?;
        Self::insert_job(&mut tx, &Job::Invite { shift, account }, at, at).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn invited_to(&self, platform: PlatformId, shift: ShiftId) -> Result<Vec<AccountId>> {
        let rows: Vec<(uuid::Uuid,)> = sqlx::query_as(
            "SELECT account_id FROM shift_invitations WHERE platform_id = $1 AND shift_id = $2 ORDER BY created_at",
        )
        .bind(platform.0)
        .bind(shift.0)
        .fetch_all(self.reader())
        .await?;
        Ok(rows.into_iter().map(|(id,)| AccountId(id)).collect())
    }
}
