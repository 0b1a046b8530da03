//! Sessions, API tokens and failed sign-ins.

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

            async fn record_sign_in_failure(&self, keys: &[String], at: entraide_domain::time::Timestamp) -> $crate::error::Result<()> {
                let mut tx = self.begin_write().await?;
                for key in keys {
                    sqlx::query("INSERT INTO sign_in_failures (key, at) VALUES ($1, $2)")
                        .bind(key)
                        .bind($crate::stamp::Stamp(at))
                        .execute(&mut *tx)
                        .await?;
                }
                // Old failures mean nothing any more: forget them as we go.
                sqlx::query("DELETE FROM sign_in_failures WHERE at < $1")
                    .bind($crate::stamp::Stamp(at - chrono::Duration::days(1)))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn sign_in_failures(
                &self,
                key: &str,
                since: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<(i64, Option<entraide_domain::time::Timestamp>)> {
                let (count, oldest): (i64, Option<$crate::stamp::Stamp>) =
                    sqlx::query_as("SELECT COUNT(*), MIN(at) FROM sign_in_failures WHERE key = $1 AND at >= $2")
                        .bind(key)
                        .bind($crate::stamp::Stamp(since))
                        .fetch_one(self.reader())
                        .await?;
                Ok((count, oldest.map(|s| s.0)))
            }

            async fn clear_sign_in_failures(&self, key: &str) -> $crate::error::Result<()> {
                sqlx::query("DELETE FROM sign_in_failures WHERE key = $1").bind(key).execute(self.writer()).await?;
                Ok(())
            }
        }
    };
}

pub(crate) use auth_store;
