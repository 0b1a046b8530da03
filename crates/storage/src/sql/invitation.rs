//! Invitations to shifts.

macro_rules! invitation_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::InvitationStore for $store {
            async fn invite(
                &self,
                platform: entraide_domain::id::PlatformId,
                shift: entraide_domain::id::ShiftId,
                account: entraide_domain::id::AccountId,
                by: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO shift_invitations (shift_id, account_id, platform_id, invited_by, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(shift.0)
                    .bind(account.0)
                    .bind(platform.0)
                    .bind(by.0)
                    .bind($crate::stamp::Stamp(at))
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::StoreError::conflict_on("invitation"))?;
                Self::insert_job(&mut tx, &$crate::Job::Invite { shift, account }, at, at).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn invited_to(
                &self,
                platform: entraide_domain::id::PlatformId,
                shift: entraide_domain::id::ShiftId,
            ) -> $crate::error::Result<Vec<entraide_domain::id::AccountId>> {
                let rows: Vec<(uuid::Uuid,)> = sqlx::query_as("SELECT account_id FROM shift_invitations WHERE platform_id = $1 AND shift_id = $2 ORDER BY created_at")
                    .bind(platform.0)
                    .bind(shift.0)
                    .fetch_all(self.reader())
                    .await?;
                Ok(rows.into_iter().map(|(id,)| entraide_domain::id::AccountId(id)).collect())
            }
        }
    };
}
pub(crate) use invitation_store;
