//! Standing offers, thanks, blocks, reports and moderation.

use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::{AccountId, ModerationActionId, PlatformId, ReportId, StandingOfferId};
use entraide_domain::safety::{ModerationAction, ModerationRecord, Report, ReportTarget};
use entraide_domain::standing_offer::{StandingOffer, StandingOfferDraft, Weekdays};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct StandingOfferRow {
    id: Uuid,
    platform_id: Uuid,
    helper_id: Uuid,
    category: Option<String>,
    weekdays: i64,
    lat: f64,
    lon: f64,
    within_km: f64,
    note: String,
    created_at: Stamp,
}

impl TryFrom<StandingOfferRow> for StandingOffer {
    type Error = StoreError;
    fn try_from(row: StandingOfferRow) -> Result<Self, StoreError> {
        let point = Coordinates::parse(row.lat, row.lon, ("lat", "lon"))
            .map_err(|_| StoreError::Corrupt(format!("standing offer point {},{}", row.lat, row.lon)))?;
        Ok(StandingOffer {
            id: StandingOfferId(row.id),
            platform_id: PlatformId(row.platform_id),
            helper: AccountId(row.helper_id),
            draft: StandingOfferDraft {
                category: row.category,
                weekdays: Weekdays::from_bits(row.weekdays),
                point,
                within_km: row.within_km,
                note: row.note,
            },
            created_at: row.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ReportRow {
    id: Uuid,
    platform_id: Uuid,
    reporter_id: Uuid,
    target_kind: String,
    target_id: Uuid,
    author_id: Uuid,
    reason: String,
    created_at: Stamp,
    resolved_at: Option<Stamp>,
}

impl TryFrom<ReportRow> for Report {
    type Error = StoreError;
    fn try_from(row: ReportRow) -> Result<Self, StoreError> {
        Ok(Report {
            id: ReportId(row.id),
            platform_id: PlatformId(row.platform_id),
            reporter: AccountId(row.reporter_id),
            target: ReportTarget::parse(&row.target_kind)
                .ok_or_else(|| StoreError::Corrupt(format!("report kind `{}`", row.target_kind)))?,
            target_id: row.target_id,
            author: AccountId(row.author_id),
            reason: row.reason,
            created_at: row.created_at.0,
            resolved_at: row.resolved_at.map(|s| s.0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ActionRow {
    id: Uuid,
    platform_id: Uuid,
    moderator_id: Uuid,
    action: String,
    account_id: Uuid,
    report_id: Option<Uuid>,
    reason: String,
    created_at: Stamp,
}

impl TryFrom<ActionRow> for ModerationRecord {
    type Error = StoreError;
    fn try_from(row: ActionRow) -> Result<Self, StoreError> {
        Ok(ModerationRecord {
            id: ModerationActionId(row.id),
            platform_id: PlatformId(row.platform_id),
            moderator: AccountId(row.moderator_id),
            action: ModerationAction::parse(&row.action)
                .ok_or_else(|| StoreError::Corrupt(format!("moderation action `{}`", row.action)))?,
            account: AccountId(row.account_id),
            report: row.report_id.map(ReportId),
            reason: row.reason,
            created_at: row.created_at.0,
        })
    }
}

/// The table and text of each kind of reportable content.
pub(crate) fn content_sql(target: ReportTarget) -> &'static str {
    match target {
        ReportTarget::Request => {
            "SELECT requester_id, id, title || ': ' || description, hidden_at FROM help_requests WHERE platform_id = $1 AND id = $2"
        }
        ReportTarget::Offer => {
            "SELECT helper_id, request_id, message, hidden_at FROM help_offers WHERE platform_id = $1 AND id = $2"
        }
        ReportTarget::Message => {
            "SELECT author_id, request_id, body, hidden_at FROM help_messages WHERE platform_id = $1 AND id = $2"
        }
    }
}

/// Hides one piece of content.
pub(crate) fn hide_sql(target: ReportTarget) -> &'static str {
    match target {
        ReportTarget::Request => "UPDATE help_requests SET hidden_at = $1 WHERE platform_id = $2 AND id = $3",
        ReportTarget::Offer => "UPDATE help_offers SET hidden_at = $1 WHERE platform_id = $2 AND id = $3",
        ReportTarget::Message => "UPDATE help_messages SET hidden_at = $1 WHERE platform_id = $2 AND id = $3",
    }
}

macro_rules! safety_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::SafetyStore for $store {
            async fn create_standing_offer(
                &self,
                platform: entraide_domain::id::PlatformId,
                helper: entraide_domain::id::AccountId,
                draft: &entraide_domain::standing_offer::StandingOfferDraft,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::standing_offer::StandingOffer> {
                let id = entraide_domain::id::StandingOfferId::new();
                sqlx::query(
                    "INSERT INTO standing_offers (id, platform_id, helper_id, category, weekdays, lat, lon, h3_cell, within_km, note, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(id.0)
                .bind(platform.0)
                .bind(helper.0)
                .bind(draft.category.clone())
                .bind(draft.weekdays.bits())
                .bind(draft.point.lat())
                .bind(draft.point.lon())
                .bind(entraide_domain::help::cell_of(draft.point))
                .bind(draft.within_km)
                .bind(&draft.note)
                .bind($crate::stamp::Stamp(at))
                .execute(self.writer())
                .await
                .map_err(|error| match &error {
                    sqlx::Error::Database(db) if db.is_foreign_key_violation() => $crate::StoreError::NotFound("category"),
                    _ => $crate::StoreError::Database(error),
                })?;
                Ok(entraide_domain::standing_offer::StandingOffer { id, platform_id: platform, helper, draft: draft.clone(), created_at: at })
            }

            async fn standing_offers_of(
                &self,
                helper: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<Vec<entraide_domain::standing_offer::StandingOffer>> {
                let rows: Vec<$crate::sql::safety::StandingOfferRow> = sqlx::query_as(
                    "SELECT id, platform_id, helper_id, category, weekdays, lat, lon, within_km, note, created_at
                     FROM standing_offers WHERE helper_id = $1 ORDER BY created_at DESC, id DESC",
                )
                .bind(helper.0)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }

            async fn withdraw_standing_offer(&self, helper: entraide_domain::id::AccountId, id: entraide_domain::id::StandingOfferId) -> $crate::error::Result<()> {
                let done = sqlx::query("DELETE FROM standing_offers WHERE helper_id = $1 AND id = $2").bind(helper.0).bind(id.0).execute(self.writer()).await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("standing-offer"));
                }
                Ok(())
            }

            async fn add_thanks(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
                author: entraide_domain::id::AccountId,
                recipient: entraide_domain::id::AccountId,
                text: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<$crate::Thanks> {
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO help_thanks (request_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(request.0)
                    .bind(author.0)
                    .bind(text)
                    .bind($crate::stamp::Stamp(at))
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::StoreError::conflict_on("thanks"))?;
                let event = entraide_domain::notification::HelpEvent::HelpThanked;
                Self::queue_help_notice(&mut tx, event, recipient, platform, Some(request), None, at).await?;
                tx.commit().await?;
                Ok($crate::Thanks { request_id: request, author, text: text.to_owned(), created_at: at })
            }

            async fn thanks(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
            ) -> $crate::error::Result<Vec<$crate::Thanks>> {
                let rows: Vec<(uuid::Uuid, String, $crate::stamp::Stamp)> = sqlx::query_as(
                    "SELECT t.author_id, t.body, t.created_at FROM help_thanks t JOIN help_requests r ON r.id = t.request_id
                     WHERE r.platform_id = $1 AND t.request_id = $2 ORDER BY t.created_at, t.author_id",
                )
                .bind(platform.0)
                .bind(request.0)
                .fetch_all(self.reader())
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(author, text, at)| $crate::Thanks { request_id: request, author: entraide_domain::id::AccountId(author), text, created_at: at.0 })
                    .collect())
            }

            async fn block(&self, blocker: entraide_domain::id::AccountId, blocked: entraide_domain::id::AccountId, at: entraide_domain::time::Timestamp) -> $crate::error::Result<()> {
                sqlx::query("INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (blocker_id, blocked_id) DO NOTHING")
                    .bind(blocker.0)
                    .bind(blocked.0)
                    .bind($crate::stamp::Stamp(at))
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn unblock(&self, blocker: entraide_domain::id::AccountId, blocked: entraide_domain::id::AccountId) -> $crate::error::Result<bool> {
                let done = sqlx::query("DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2").bind(blocker.0).bind(blocked.0).execute(self.writer()).await?;
                Ok(done.rows_affected() > 0)
            }

            async fn blocked_by(&self, blocker: entraide_domain::id::AccountId) -> $crate::error::Result<Vec<$crate::Blocked>> {
                let rows: Vec<(uuid::Uuid, String, $crate::stamp::Stamp)> = sqlx::query_as(
                    "SELECT b.blocked_id, a.display_name, b.created_at FROM blocks b JOIN accounts a ON a.id = b.blocked_id
                     WHERE b.blocker_id = $1 ORDER BY a.display_name, b.blocked_id",
                )
                .bind(blocker.0)
                .fetch_all(self.reader())
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, display_name, since)| $crate::Blocked { account_id: entraide_domain::id::AccountId(id), display_name, since: since.0 })
                    .collect())
            }

            async fn blocked_either_way(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<Vec<entraide_domain::id::AccountId>> {
                let rows: Vec<(uuid::Uuid,)> =
                    sqlx::query_as("SELECT blocked_id FROM blocks WHERE blocker_id = $1 UNION SELECT blocker_id FROM blocks WHERE blocked_id = $1")
                        .bind(account.0)
                        .fetch_all(self.reader())
                        .await?;
                Ok(rows.into_iter().map(|(id,)| entraide_domain::id::AccountId(id)).collect())
            }

            async fn blocked_between(&self, a: entraide_domain::id::AccountId, b: entraide_domain::id::AccountId) -> $crate::error::Result<bool> {
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM blocks WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)",
                )
                .bind(a.0)
                .bind(b.0)
                .fetch_one(self.reader())
                .await?;
                Ok(count > 0)
            }

            async fn content_platform(
                &self,
                target: entraide_domain::safety::ReportTarget,
                id: uuid::Uuid,
            ) -> $crate::error::Result<Option<entraide_domain::id::PlatformId>> {
                let sql = match target {
                    entraide_domain::safety::ReportTarget::Request => "SELECT platform_id FROM help_requests WHERE id = $1",
                    entraide_domain::safety::ReportTarget::Offer => "SELECT platform_id FROM help_offers WHERE id = $1",
                    entraide_domain::safety::ReportTarget::Message => "SELECT platform_id FROM help_messages WHERE id = $1",
                };
                self.platform_of(sql, id).await
            }

            async fn reported_content(
                &self,
                platform: entraide_domain::id::PlatformId,
                target: entraide_domain::safety::ReportTarget,
                id: uuid::Uuid,
            ) -> $crate::error::Result<Option<(entraide_domain::id::AccountId, $crate::ReportedContent)>> {
                let row: Option<(uuid::Uuid, uuid::Uuid, String, Option<$crate::stamp::Stamp>)> =
                    sqlx::query_as($crate::sql::safety::content_sql(target)).bind(platform.0).bind(id).fetch_optional(self.reader()).await?;
                Ok(row.map(|(author, request, text, hidden)| {
                    (
                        entraide_domain::id::AccountId(author),
                        $crate::ReportedContent { request_id: entraide_domain::id::HelpRequestId(request), text, hidden: hidden.is_some() },
                    )
                }))
            }

            async fn create_report(
                &self,
                platform: entraide_domain::id::PlatformId,
                new: &$crate::NewReport<'_>,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::safety::Report> {
                let $crate::NewReport { reporter, target, id, author, reason } = *new;
                let report = entraide_domain::id::ReportId::new();
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
                .bind($crate::stamp::Stamp(at))
                .execute(self.writer())
                .await?;
                Ok(entraide_domain::safety::Report {
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

            async fn report(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::ReportId,
            ) -> $crate::error::Result<Option<entraide_domain::safety::Report>> {
                let row: Option<$crate::sql::safety::ReportRow> = sqlx::query_as("SELECT * FROM reports WHERE platform_id = $1 AND id = $2")
                    .bind(platform.0)
                    .bind(id.0)
                    .fetch_optional(self.reader())
                    .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn open_reports(&self, platform: entraide_domain::id::PlatformId) -> $crate::error::Result<Vec<entraide_domain::safety::Report>> {
                let rows: Vec<$crate::sql::safety::ReportRow> =
                    sqlx::query_as("SELECT * FROM reports WHERE platform_id = $1 AND resolved_at IS NULL ORDER BY created_at, id")
                        .bind(platform.0)
                        .fetch_all(self.reader())
                        .await?;
                $crate::row::convert_all(rows)
            }

            async fn moderate(
                &self,
                platform: entraide_domain::id::PlatformId,
                moderator: entraide_domain::id::AccountId,
                step: &$crate::ModerationStep<'_>,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::safety::ModerationRecord> {
                use entraide_domain::safety::ModerationAction;
                let $crate::ModerationStep { action, account, report, reason } = *step;
                let stamp = $crate::stamp::Stamp(at);
                let mut tx = self.begin_write().await?;
                match action {
                    ModerationAction::Hide => {
                        let report = report.ok_or($crate::StoreError::NotFound("report"))?;
                        sqlx::query($crate::sql::safety::hide_sql(report.target))
                            .bind(stamp)
                            .bind(platform.0)
                            .bind(report.target_id)
                            .execute(&mut *tx)
                            .await?;
                    }
                    ModerationAction::Warn => {
                        let event = entraide_domain::notification::HelpEvent::ModerationWarning;
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
                        sqlx::query("UPDATE platform_members SET suspended_at = NULL WHERE platform_id = $1 AND account_id = $2")
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
                let id = entraide_domain::id::ModerationActionId::new();
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
                Ok(entraide_domain::safety::ModerationRecord {
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

            async fn moderation_log(
                &self,
                platform: entraide_domain::id::PlatformId,
                limit: i64,
            ) -> $crate::error::Result<Vec<entraide_domain::safety::ModerationRecord>> {
                let rows: Vec<$crate::sql::safety::ActionRow> =
                    sqlx::query_as("SELECT * FROM moderation_actions WHERE platform_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
                        .bind(platform.0)
                        .bind(limit)
                        .fetch_all(self.reader())
                        .await?;
                $crate::row::convert_all(rows)
            }

            async fn set_account_suspension(
                &self,
                account: entraide_domain::id::AccountId,
                moderator: Option<entraide_domain::id::AccountId>,
                suspend: bool,
                reason: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let stamp = $crate::stamp::Stamp(at);
                let mut tx = self.begin_write().await?;
                let changed = if suspend {
                    sqlx::query("UPDATE accounts SET suspended_at = $1 WHERE id = $2 AND erased_at IS NULL").bind(stamp).bind(account.0).execute(&mut *tx).await?
                } else {
                    sqlx::query("UPDATE accounts SET suspended_at = NULL WHERE id = $1 AND erased_at IS NULL").bind(account.0).execute(&mut *tx).await?
                };
                if changed.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("account"));
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

            async fn is_suspended(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<bool> {
                let at: Option<Option<$crate::stamp::Stamp>> =
                    sqlx::query_scalar("SELECT suspended_at FROM accounts WHERE id = $1").bind(account.0).fetch_optional(self.reader()).await?;
                Ok(matches!(at, Some(Some(_))))
            }
        }
    };
}
pub(crate) use safety_store;
