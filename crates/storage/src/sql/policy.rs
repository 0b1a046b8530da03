//! Privacy notices and terms, and their acceptances.

use super::Store;
use crate::error::Result;
use crate::row::corrupt;
use crate::stamp::Stamp;
use crate::{PolicyAcceptance, PolicyStore, PolicyVersion, StoreError};
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::time::Timestamp;

fn locale(code: &str) -> Result<Locale> {
    Locale::parse(code).ok_or_else(|| corrupt("policy locale", code))
}

#[async_trait::async_trait]
impl PolicyStore for Store {
    async fn current_policy(&self, platform: PlatformId) -> Result<Option<PolicyVersion>> {
        let rows: Vec<(i64, String, String, Stamp)> = sqlx::query_as(
            "SELECT version, locale, body, published_at FROM platform_policies
              WHERE platform_id = $1
                AND version = (SELECT MAX(version) FROM platform_policies WHERE platform_id = $1)
              ORDER BY locale",
        )
        .bind(platform.0)
        .fetch_all(self.reader())
        .await?;
        let Some((version, _, _, published_at)) = rows.first().cloned() else { return Ok(None) };
        let texts = rows.into_iter().map(|(_, code, body, _)| Ok((locale(&code)?, body))).collect::<Result<_>>()?;
        Ok(Some(PolicyVersion { version, texts, published_at: published_at.0 }))
    }

    async fn publish_policy(
        &self,
        platform: PlatformId,
        locale: Locale,
        body: Option<&str>,
        by: AccountId,
        at: Timestamp,
    ) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        let current: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM platform_policies WHERE platform_id = $1")
                .bind(platform.0)
                .fetch_one(&mut *tx)
                .await?;
        let version = current.unwrap_or(0) + 1;
        // The other languages' texts carry over unchanged.
        if let Some(current) = current {
            sqlx::query(
                "INSERT INTO platform_policies (platform_id, version, locale, body, published_at, published_by)
                 SELECT platform_id, $1, locale, body, $2, $3 FROM platform_policies
                  WHERE platform_id = $4 AND version = $5 AND locale <> $6",
            )
            .bind(version)
            .bind(Stamp(at))
            .bind(by.0)
            .bind(platform.0)
            .bind(current)
            .bind(locale.code())
            .execute(&mut *tx)
            .await
            .map_err(StoreError::conflict_on("policy"))?;
        }
        if let Some(body) = body {
            sqlx::query(
                "INSERT INTO platform_policies (platform_id, version, locale, body, published_at, published_by)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(platform.0)
            .bind(version)
            .bind(locale.code())
            .bind(body)
            .bind(Stamp(at))
            .bind(by.0)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::conflict_on("policy"))?;
        }
        tx.commit().await?;
        Ok(version)
    }

    async fn accept_policy(
        &self,
        account: AccountId,
        platform: PlatformId,
        version: i64,
        locale: Locale,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO policy_acceptances (account_id, platform_id, version, locale, accepted_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(account.0)
        .bind(platform.0)
        .bind(version)
        .bind(locale.code())
        .bind(Stamp(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn policy_acceptances(&self, account: AccountId) -> Result<Vec<PolicyAcceptance>> {
        let rows: Vec<(String, i64, String, Stamp)> = sqlx::query_as(
            "SELECT p.slug, a.version, a.locale, a.accepted_at FROM policy_acceptances a
              JOIN platforms p ON p.id = a.platform_id
              WHERE a.account_id = $1 ORDER BY a.accepted_at, p.slug, a.version",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter()
            .map(|(platform, version, code, at)| {
                Ok(PolicyAcceptance { platform, version, locale: locale(&code)?, accepted_at: at.0 })
            })
            .collect()
    }
}
