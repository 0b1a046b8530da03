//! Private calendar feeds.

use super::Store;
use crate::backend::Backend;
use crate::error::Result;
use crate::stamp::Stamp;
use crate::{CalendarStore, StoreError};
use entraide_domain::id::AccountId;
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl CalendarStore for Store {
    async fn create_calendar_feed(&self, token_hash: &str, account: AccountId, at: Timestamp) -> Result<()> {
        let mut tx = self.begin_write().await?;
        // Holding the person's row makes two links made at once take turns, so
        // the second revokes the first and one link works in the end, not two.
        let found: Option<uuid::Uuid> =
            sqlx::query_scalar(<Store as Backend>::LOCK_ACCOUNT).bind(account.0).fetch_optional(&mut *tx).await?;
        if found.is_none() {
            return Err(StoreError::NotFound("account"));
        }
        sqlx::query("UPDATE calendar_feeds SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
            .bind(Stamp(at))
            .bind(account.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO calendar_feeds (token_hash, account_id, created_at) VALUES ($1, $2, $3)")
            .bind(token_hash)
            .bind(account.0)
            .bind(Stamp(at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn calendar_feed_account(&self, token_hash: &str) -> Result<Option<AccountId>> {
        let account: Option<uuid::Uuid> =
            sqlx::query_scalar("SELECT account_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL")
                .bind(token_hash)
                .fetch_optional(self.reader())
                .await?;
        Ok(account.map(AccountId))
    }

    async fn revoke_calendar_feeds(&self, account: AccountId, at: Timestamp) -> Result<()> {
        sqlx::query("UPDATE calendar_feeds SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
            .bind(Stamp(at))
            .bind(account.0)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn has_calendar_feed(&self, account: AccountId) -> Result<bool> {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM calendar_feeds WHERE account_id = $1 AND revoked_at IS NULL")
                .bind(account.0)
                .fetch_one(self.reader())
                .await?;
        Ok(count > 0)
    }
}
