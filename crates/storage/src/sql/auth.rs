//! Sessions, API tokens and the counters of attempts (sign-ins, new accounts).

use super::Store;
use crate::backend::Backend;
use crate::error::Result;
use crate::stamp::Stamp;
use crate::{ApiTokenInfo, AuthStore, StoreError, Throttle};
use entraide_domain::id::{AccountId, ApiTokenId};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl AuthStore for Store {
    async fn create_session(
        &self,
        token_hash: &str,
        account: AccountId,
        at: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(account.0)
            .bind(Stamp(at))
            .bind(Stamp(expires_at))
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn session_account(&self, token_hash: &str, now: Timestamp) -> Result<Option<AccountId>> {
        let account: Option<uuid::Uuid> =
            sqlx::query_scalar("SELECT account_id FROM sessions WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash)
                .bind(Stamp(now))
                .fetch_optional(self.reader())
                .await?;
        Ok(account.map(AccountId))
    }

    async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(self.writer()).await?;
        Ok(())
    }

    async fn create_api_token(
        &self,
        id: ApiTokenId,
        token_hash: &str,
        account: AccountId,
        label: &str,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO api_tokens (id, account_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.0)
        .bind(account.0)
        .bind(token_hash)
        .bind(label)
        .bind(Stamp(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn token_account(&self, token_hash: &str) -> Result<Option<(AccountId, ApiTokenId)>> {
        let found: Option<(uuid::Uuid, uuid::Uuid)> =
            sqlx::query_as("SELECT account_id, id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
                .bind(token_hash)
                .fetch_optional(self.reader())
                .await?;
        Ok(found.map(|(account, id)| (AccountId(account), ApiTokenId(id))))
    }

    async fn api_tokens(&self, account: AccountId) -> Result<Vec<ApiTokenInfo>> {
        let rows: Vec<(uuid::Uuid, String, Stamp, Option<Stamp>)> = sqlx::query_as(
            "SELECT id, label, created_at, revoked_at FROM api_tokens WHERE account_id = $1 ORDER BY created_at DESC, id DESC",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, label, created_at, revoked_at)| ApiTokenInfo {
                id: ApiTokenId(id),
                label,
                created_at: created_at.0,
                revoked_at: revoked_at.map(|s| s.0),
            })
            .collect())
    }

    async fn revoke_api_token(&self, account: AccountId, id: ApiTokenId, at: Timestamp) -> Result<()> {
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE account_id = $2 AND id = $3",
        )
        .bind(Stamp(at))
        .bind(account.0)
        .bind(id.0)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("token"));
        }
        Ok(())
    }

    async fn count_attempt(
        &self,
        key: &str,
        decide: &(dyn Fn(Option<Throttle>) -> Result<Throttle, Timestamp> + Send + Sync),
    ) -> Result<Result<(), Timestamp>> {
        let mut tx = self.begin_write().await?;
        // A row to lock, even for a key's first attempt: an empty counter whose
        // window ended long ago. Two first attempts at once insert it once.
        let epoch = Stamp(chrono::DateTime::UNIX_EPOCH);
        sqlx::query("INSERT INTO throttles (key, count, window_start, next_at) VALUES ($1, 0, $2, $2) ON CONFLICT (key) DO NOTHING")
            .bind(key)
            .bind(epoch)
            .execute(&mut *tx)
            .await?;
        let (count, window_start, next_at): (i64, Stamp, Stamp) =
            sqlx::query_as(<Store as Backend>::LOCK_THROTTLE).bind(key).fetch_one(&mut *tx).await?;
        let current = (count > 0).then_some(Throttle { count, window_start: window_start.0, next_at: next_at.0 });
        let next = match decide(current) {
            Ok(next) => next,
            Err(wait_until) => return Ok(Err(wait_until)),
        };
        sqlx::query("UPDATE throttles SET count = $2, window_start = $3, next_at = $4 WHERE key = $1")
            .bind(key)
            .bind(next.count)
            .bind(Stamp(next.window_start))
            .bind(Stamp(next.next_at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    async fn throttle(&self, key: &str) -> Result<Option<Throttle>> {
        let row: Option<(i64, Stamp, Stamp)> =
            sqlx::query_as("SELECT count, window_start, next_at FROM throttles WHERE key = $1 AND count > 0")
                .bind(key)
                .fetch_optional(self.reader())
                .await?;
        Ok(row.map(|(count, window_start, next_at)| Throttle {
            count,
            window_start: window_start.0,
            next_at: next_at.0,
        }))
    }

    async fn clear_throttle(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM throttles WHERE key = $1").bind(key).execute(self.writer()).await?;
        Ok(())
    }

    async fn release_throttle(&self, key: &str) -> Result<()> {
        sqlx::query("UPDATE throttles SET count = count - 1 WHERE key = $1 AND count > 0")
            .bind(key)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn prune_throttles(&self, before: Timestamp) -> Result<u64> {
        let done = sqlx::query("DELETE FROM throttles WHERE window_start < $1 AND next_at < $1")
            .bind(Stamp(before))
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected())
    }
}
