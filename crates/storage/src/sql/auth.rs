//! Sessions, API tokens and the counters of attempts (sign-ins, new accounts).

macro_rules! auth_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::AuthStore for $store {
            async fn create_session(
                &self,
                token_hash: &str,
                account: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
                expires_at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                    .bind(token_hash)
                    .bind(account.0)
                    .bind($crate::stamp::Stamp(at))
                    .bind($crate::stamp::Stamp(expires_at))
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn session_account(
                &self,
                token_hash: &str,
                now: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<Option<entraide_domain::id::AccountId>> {
                let account: Option<uuid::Uuid> =
                    sqlx::query_scalar("SELECT account_id FROM sessions WHERE token_hash = $1 AND expires_at > $2")
                        .bind(token_hash)
                        .bind($crate::stamp::Stamp(now))
                        .fetch_optional(self.reader())
                        .await?;
                Ok(account.map(entraide_domain::id::AccountId))
            }

            async fn delete_session(&self, token_hash: &str) -> $crate::error::Result<()> {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(self.writer()).await?;
                Ok(())
            }

            async fn create_api_token(
                &self,
                id: entraide_domain::id::ApiTokenId,
                token_hash: &str,
                account: entraide_domain::id::AccountId,
                label: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                sqlx::query("INSERT INTO api_tokens (id, account_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id.0)
                    .bind(account.0)
                    .bind(token_hash)
                    .bind(label)
                    .bind($crate::stamp::Stamp(at))
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn token_account(
                &self,
                token_hash: &str,
            ) -> $crate::error::Result<Option<(entraide_domain::id::AccountId, entraide_domain::id::ApiTokenId)>> {
                let found: Option<(uuid::Uuid, uuid::Uuid)> =
                    sqlx::query_as("SELECT account_id, id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
                        .bind(token_hash)
                        .fetch_optional(self.reader())
                        .await?;
                Ok(found.map(|(account, id)| (entraide_domain::id::AccountId(account), entraide_domain::id::ApiTokenId(id))))
            }

            async fn api_tokens(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<Vec<$crate::ApiTokenInfo>> {
                let rows: Vec<(uuid::Uuid, String, $crate::stamp::Stamp, Option<$crate::stamp::Stamp>)> = sqlx::query_as(
                    "SELECT id, label, created_at, revoked_at FROM api_tokens WHERE account_id = $1 ORDER BY created_at DESC, id DESC",
                )
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, label, created_at, revoked_at)| $crate::ApiTokenInfo {
                        id: entraide_domain::id::ApiTokenId(id),
                        label,
                        created_at: created_at.0,
                        revoked_at: revoked_at.map(|s| s.0),
                    })
                    .collect())
            }

            async fn revoke_api_token(
                &self,
                account: entraide_domain::id::AccountId,
                id: entraide_domain::id::ApiTokenId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let done = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE account_id = $2 AND id = $3",
                )
                .bind($crate::stamp::Stamp(at))
                .bind(account.0)
                .bind(id.0)
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("token"));
                }
                Ok(())
            }

            async fn count_attempt(
                &self,
                key: &str,
                decide: &(dyn Fn(Option<$crate::Throttle>) -> Result<$crate::Throttle, entraide_domain::time::Timestamp> + Send + Sync),
            ) -> $crate::error::Result<Result<(), entraide_domain::time::Timestamp>> {
                let mut tx = self.begin_write().await?;
                // A row to lock, even for a key's first attempt: an empty counter whose
                // window ended long ago. Two first attempts at once insert it once.
                let epoch = $crate::stamp::Stamp(chrono::DateTime::UNIX_EPOCH);
                sqlx::query("INSERT INTO throttles (key, count, window_start, next_at) VALUES ($1, 0, $2, $2) ON CONFLICT (key) DO NOTHING")
                    .bind(key)
                    .bind(epoch)
                    .execute(&mut *tx)
                    .await?;
                let (count, window_start, next_at): (i64, $crate::stamp::Stamp, $crate::stamp::Stamp) =
                    sqlx::query_as(<$store as $crate::sql::Backend>::LOCK_THROTTLE).bind(key).fetch_one(&mut *tx).await?;
                let current = (count > 0).then_some($crate::Throttle { count, window_start: window_start.0, next_at: next_at.0 });
                let next = match decide(current) {
                    Ok(next) => next,
                    Err(wait_until) => return Ok(Err(wait_until)),
                };
                sqlx::query("UPDATE throttles SET count = $2, window_start = $3, next_at = $4 WHERE key = $1")
                    .bind(key)
                    .bind(next.count)
                    .bind($crate::stamp::Stamp(next.window_start))
                    .bind($crate::stamp::Stamp(next.next_at))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Ok(()))
            }

            async fn throttle(&self, key: &str) -> $crate::error::Result<Option<$crate::Throttle>> {
                let row: Option<(i64, $crate::stamp::Stamp, $crate::stamp::Stamp)> =
                    sqlx::query_as("SELECT count, window_start, next_at FROM throttles WHERE key = $1 AND count > 0")
                        .bind(key)
                        .fetch_optional(self.reader())
                        .await?;
                Ok(row.map(|(count, window_start, next_at)| $crate::Throttle { count, window_start: window_start.0, next_at: next_at.0 }))
            }

            async fn clear_throttle(&self, key: &str) -> $crate::error::Result<()> {
                sqlx::query("DELETE FROM throttles WHERE key = $1").bind(key).execute(self.writer()).await?;
                Ok(())
            }

            async fn release_throttle(&self, key: &str) -> $crate::error::Result<()> {
                sqlx::query("UPDATE throttles SET count = count - 1 WHERE key = $1 AND count > 0").bind(key).execute(self.writer()).await?;
                Ok(())
            }

            async fn prune_throttles(&self, before: entraide_domain::time::Timestamp) -> $crate::error::Result<u64> {
                let done = sqlx::query("DELETE FROM throttles WHERE window_start < $1 AND next_at < $1")
                    .bind($crate::stamp::Stamp(before))
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected())
            }
        }
    };
}

pub(crate) use auth_store;
