//! Blocks, reports and moderation.

use super::Store;
use crate::error::Result;
use crate::row::safety::action_columns;
use crate::row::safety::report_columns;
use crate::row::safety::{ActionRow, ReportRow};
use crate::stamp::Stamp;
use crate::{Blocked, ModerationStep, NewReport, ReportedContent, SafetyStore, StoreError};
use entraide_domain::id::{AccountId, HelpRequestId, ModerationActionId, PlatformId, ReportId};
use entraide_domain::notification::HelpEvent;
use entraide_domain::safety::{ModerationAction, ModerationRecord, Report, ReportTarget};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl SafetyStore for Store {
    async fn block(&self, blocker: AccountId, blocked: AccountId, at: Timestamp) -> Result<()> {
        sqlx::query("INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (blocker_id, blocked_id) DO NOTHING")
            .bind(blocker.0)
            .bind(blocked.0)
            .bind(Stamp(at))
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn unblock(&self, blocker: AccountId, blocked: AccountId) -> Result<bool> {
        let done = sqlx::query("DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(blocker.0)
            .bind(blocked.0)
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn blocked_by(&self, blocker: AccountId) -> Result<Vec<Blocked>> {
        let rows: Vec<(uuid::Uuid, String, Stamp)> = sqlx::query_as(
            "SELECT b.blocked_id, a.display_name, b.created_at FROM blocks b JOIN accounts a ON a.id = b.blocked_id
             WHERE b.blocker_id = $1 ORDER BY a.display_name, b.blocked_id",
        )
        .bind(blocker.0)
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, display_name, since)| Blocked { account_id: AccountId(id), display_name, since: since.0 })
            .collect())
    }

    async fn blocked_either_way(&self, account: AccountId) -> Result<Vec<AccountId>> {
        let rows: Vec<(uuid::Uuid,)> =
            sqlx::query_as("SELECT blocked_id FROM blocks WHERE blocker_id = $1 UNION SELECT blocker_id FROM blocks WHERE blocked_id = $1")
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
        Ok(rows.into_iter().map(|(id,)| AccountId(id)).collect())
    }

    async fn blocked_between(&self, a: AccountId, b: AccountId) -> Result<bool> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM blocks WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)",
        )
        .bind(a.0)
        .bind(b.0)
        .fetch_one(self.reader())
        .await?;
        Ok(count > 0)
    }

    async fn content_platform(&self, target: ReportTarget, id: uuid::Uuid) -> Result<Option<PlatformId>> {
        let sql = match target {
            ReportTarget::Request => "SELECT platform_id FROM help_requests WHERE id = $1",
            ReportTarget::Offer => "SELECT platform_id FROM help_offers WHERE id = $1",
            ReportTarget::Message => "SELECT platform_id FROM help_messages WHERE id = $1",
        };
        self.platform_of(sql, id).await
    }

    async fn reported_content(
        &self,
        platform: PlatformId,
        target: ReportTarget,
        id: uuid::Uuid,
    ) -> Result<Option<(AccountId, ReportedContent)>> {
        let row: Option<(uuid::Uuid, uuid::Uuid, String, Option<Stamp>)> =
            sqlx::query_as(crate::row::safety::content_sql(target))
                .bind(platform.0)
                .bind(id)
                .fetch_optional(self.reader())
                .await?;
        Ok(row.map(|(author, request, text, hidden)| {
            (AccountId(author), ReportedContent { request_id: HelpRequestId(request), text, hidden: hidden.is_some() })
        }))
    }

    async fn create_report(&self, platform: PlatformId, new: &NewReport<'_>, at: Timestamp) -> Result<Report> {
        let NewReport { reporter, target, id, author, reason } = *new;
        let report = ReportId::new();
        sqlx::query(
            "INSERT INTO reports (id, platform_id, reporter_id, target_kind, target_id, author_id, reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(report.0)
        .bind(platform.0)
        .bind(reporter.0)
        .bind(target.as_str())
        .bind(id)
        .bind(author.0)
        .bind(reason)
        .bind(Stamp(at))
        .execute(self.writer())
        .await?;
        Ok(Report {
            id: report,
            platform_id: platform,
            reporter,
            target,
            target_id: id,
            author,
            reason: reason.to_owned(),
            created_at: at,
            resolved_at: None,
        })
    }

    async fn report(&self, platform: PlatformId, id: ReportId) -> Result<Option<Report>> {
        let row: Option<ReportRow> =
            sqlx::query_as(concat!("SELECT ", report_columns!(), " FROM reports WHERE platform_id = $1 AND id = $2"))
                .bind(platform.0)
                .bind(id.0)
                .fetch_optional(self.reader())
                .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn open_reports(&self, platform: PlatformId) -> Result<Vec<Report>> {
        let rows: Vec<ReportRow> = sqlx::query_as(concat!(
            "SELECT ",
            report_columns!(),
            " FROM reports WHERE platform_id = $1 AND resolved_at IS NULL ORDER BY created_at, id"
        ))
        .bind(platform.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn moderate(
        &self,
        platform: PlatformId,
        moderator: AccountId,
        step: &ModerationStep<'_>,
        at: Timestamp,
    ) -> Result<ModerationRecord> {
        let ModerationStep { action, account, report, reason } = *step;
        let stamp = Stamp(at);
        let mut tx = self.begin_write().await?;
        match action {
            ModerationAction::Hide => {
                let report = report.ok_or(StoreError::NotFound("report"))?;
                sqlx::query(crate::row::safety::hide_sql(report.target))
                    .bind(stamp)
                    .bind(platform.0)
                    .bind(report.target_id)
                    .execute(&mut *tx)
                    .await?;
            }
            ModerationAction::Warn => {
                let event = HelpEvent::ModerationWarning;
                Self::queue_help_notice(&mut tx, event, account, platform, None, Some(reason), at).await?;
            }
            // On this platform only: the person keeps their account and their
            // place on other platforms.
            ModerationAction::Suspend => {
                sqlx::query(
                    "UPDATE platform_members SET suspended_at = $1 WHERE platform_id = $2 AND account_id = $3 AND suspended_at IS NULL",
                )
                .bind(stamp)
                .bind(platform.0)
                .bind(account.0)
                .execute(&mut *tx)
                .await?;
            }
            ModerationAction::Reinstate => {
                sqlx::query(
                    "UPDATE platform_members SET suspended_at = NULL WHERE platform_id = $1 AND account_id = $2",
                )
                .bind(platform.0)
                .bind(account.0)
                .execute(&mut *tx)
                .await?;
            }
            ModerationAction::Dismiss => {}
        }
        if let Some(report) = report {
            // Every open report of the same content is dealt with by one action.
            sqlx::query(
                "UPDATE reports SET resolved_at = $1 WHERE platform_id = $2 AND target_kind = $3 AND target_id = $4 AND resolved_at IS NULL",
            )
            .bind(stamp)
            .bind(platform.0)
            .bind(report.target.as_str())
            .bind(report.target_id)
            .execute(&mut *tx)
            .await?;
        }
        let id = ModerationActionId::new();
        sqlx::query(
            "INSERT INTO moderation_actions (id, platform_id, moderator_id, action, account_id, report_id, reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.0)
        .bind(platform.0)
        .bind(moderator.0)
        .bind(action.as_str())
        .bind(account.0)
        .bind(report.map(|r| r.id.0))
        .bind(reason)
        .bind(stamp)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ModerationRecord {
            id,
            platform_id: platform,
            moderator,
            action,
            account,
            report: report.map(|r| r.id),
            reason: reason.to_owned(),
            created_at: at,
        })
    }

    async fn moderation_log(&self, platform: PlatformId, limit: i64) -> Result<Vec<ModerationRecord>> {
        let rows: Vec<ActionRow> = sqlx::query_as(concat!(
            "SELECT ",
            action_columns!(),
            " FROM moderation_actions WHERE platform_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
        ))
        .bind(platform.0)
        .bind(limit)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn set_account_suspension(
        &self,
        account: AccountId,
        moderator: Option<AccountId>,
        suspend: bool,
        reason: &str,
        at: Timestamp,
    ) -> Result<()> {
        let stamp = Stamp(at);
        let mut tx = self.begin_write().await?;
        let changed = if suspend {
            sqlx::query("UPDATE accounts SET suspended_at = $1 WHERE id = $2 AND erased_at IS NULL")
                .bind(stamp)
                .bind(account.0)
                .execute(&mut *tx)
                .await?
        } else {
            sqlx::query("UPDATE accounts SET suspended_at = NULL WHERE id = $1 AND erased_at IS NULL")
                .bind(account.0)
                .execute(&mut *tx)
                .await?
        };
        if changed.rows_affected() == 0 {
            return Err(StoreError::NotFound("account"));
        }
        if suspend {
            // Suspended everywhere: signed out everywhere, at once.
            sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account.0).execute(&mut *tx).await?;
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                .bind(stamp)
                .bind(account.0)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO account_actions (id, moderator_id, action, account_id, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(uuid::Uuid::now_v7())
        .bind(moderator.map(|m| m.0))
        .bind(if suspend { "suspend" } else { "reinstate" })
        .bind(account.0)
        .bind(reason)
        .bind(stamp)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn is_suspended(&self, account: AccountId) -> Result<bool> {
        let at: Option<Option<Stamp>> = sqlx::query_scalar("SELECT suspended_at FROM accounts WHERE id = $1")
            .bind(account.0)
            .fetch_optional(self.reader())
            .await?;
        Ok(matches!(at, Some(Some(_))))
    }
}
