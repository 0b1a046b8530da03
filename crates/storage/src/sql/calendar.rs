//! Private calendar feeds.

macro_rules! calendar_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::CalendarStore for $store {
            async fn create_calendar_feed(
                &self,
                token_hash: &str,
                account: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let mut tx = self.begin_write().await?;
                // Holding the person's row makes two links made at once take turns, so
                // the second revokes the first and one link works in the end, not two.
                let found: Option<uuid::Uuid> = sqlx::query_scalar(<$store as $crate::sql::Backend>::LOCK_ACCOUNT)
                    .bind(account.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                if found.is_none() {
                    return Err($crate::StoreError::NotFound("account"));
                }
                sqlx::query("UPDATE calendar_feeds SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                    .bind($crate::stamp::Stamp(at))
                    .bind(account.0)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("INSERT INTO calendar_feeds (token_hash, account_id, created_at) VALUES ($1, $2, $3)")
                    .bind(token_hash)
                    .bind(account.0)
                    .bind($crate::stamp::Stamp(at))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn calendar_feed_account(
                &self,
                token_hash: &str,
            ) -> $crate::error::Result<Option<entraide_domain::id::AccountId>> {
                let account: Option<uuid::Uuid> = sqlx::query_scalar(
                    "SELECT account_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL",
                )
                .bind(token_hash)
                .fetch_optional(self.reader())
                .await?;
                Ok(account.map(entraide_domain::id::AccountId))
            }

            async fn revoke_calendar_feeds(
                &self,
                account: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                sqlx::query("UPDATE calendar_feeds SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                    .bind($crate::stamp::Stamp(at))
                    .bind(account.0)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn has_calendar_feed(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<bool> {
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM calendar_feeds WHERE account_id = $1 AND revoked_at IS NULL",
                )
                .bind(account.0)
                .fetch_one(self.reader())
                .await?;
                Ok(count > 0)
            }
        }
    };
}

pub(crate) use calendar_store;
