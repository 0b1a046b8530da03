//! Hours reported by volunteers, and the totals of hours given.

use super::Store;
use crate::error::Result;
use crate::row::hour_report_columns;
use crate::row::{HourReportRow, NamedReportRow};
use crate::stamp::Stamp;
use crate::{HoursStore, OrganisationFigures, StoreError};
use entraide_domain::hours::{HourReport, ReportStatus};
use entraide_domain::id::{AccountId, HourReportId, OpportunityId, OrganisationId, PlatformId};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl HoursStore for Store {
    async fn report_hours(
        &self,
        platform: PlatformId,
        opportunity: OpportunityId,
        account: AccountId,
        day: chrono::NaiveDate,
        minutes: i64,
        note: &str,
        at: Timestamp,
    ) -> Result<HourReport> {
        let id = uuid::Uuid::now_v7();
        // Inserted only if the opportunity is on this platform.
        let done = sqlx::query(
            "INSERT INTO hour_reports (id, platform_id, opportunity_id, account_id, day, minutes, note, status, created_at)
             SELECT $1, $2, $3, $4, $5, $6, $7, 'pending', $8 FROM opportunities WHERE platform_id = $2 AND id = $3",
        )
        .bind(id)
        .bind(platform.0)
        .bind(opportunity.0)
        .bind(account.0)
        .bind(day)
        .bind(minutes)
        .bind(note)
        .bind(Stamp(at))
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("opportunity"));
        }
        Ok(HourReport {
            id: HourReportId(id),
            opportunity_id: opportunity,
            account_id: account,
            day,
            minutes,
            note: note.to_owned(),
            status: ReportStatus::Pending,
            created_at: at,
        })
    }

    async fn decide_report(
        &self,
        platform: PlatformId,
        id: HourReportId,
        approve: bool,
        by: AccountId,
        at: Timestamp,
    ) -> Result<HourReport> {
        let status = if approve { "approved" } else { "declined" };
        let mut tx = self.begin_write().await?;
        let row = sqlx::query_as::<_, HourReportRow>(concat!(
            "SELECT ",
            hour_report_columns!(),
            " FROM hour_reports WHERE platform_id = $1 AND id = $2"
        ))
        .bind(platform.0)
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
        let mut report: HourReport = row.ok_or(StoreError::NotFound("report"))?.try_into()?;
        if report.status != ReportStatus::Pending {
            return Err(StoreError::Refused("report-decided"));
        }
        sqlx::query("UPDATE hour_reports SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4")
            .bind(status)
            .bind(by.0)
            .bind(Stamp(at))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        report.status = if approve { ReportStatus::Approved } else { ReportStatus::Declined };
        Ok(report)
    }

    async fn report_platform(&self, id: HourReportId) -> Result<Option<PlatformId>> {
        self.platform_of("SELECT platform_id FROM hour_reports WHERE id = $1", id.0).await
    }

    async fn hour_report(&self, platform: PlatformId, id: HourReportId) -> Result<Option<HourReport>> {
        self.one_on_platform::<HourReportRow, _>(
            concat!("SELECT ", hour_report_columns!(), " FROM hour_reports WHERE platform_id = $1 AND id = $2"),
            platform,
            id.0,
        )
        .await
    }

    async fn organisation_reports(
        &self,
        platform: PlatformId,
        organisation: OrganisationId,
    ) -> Result<Vec<(HourReport, String)>> {
        let rows = sqlx::query_as::<_, NamedReportRow>(concat!(
            "SELECT ",
            hour_report_columns!("r"),
            ", a.display_name FROM hour_reports r JOIN opportunities o ON o.id = r.opportunity_id
             JOIN accounts a ON a.id = r.account_id
             WHERE r.platform_id = $1 AND o.organisation_id = $2 ORDER BY r.created_at DESC, r.id DESC"
        ))
        .bind(platform.0)
        .bind(organisation.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter().map(|row| Ok((row.report.try_into()?, row.display_name))).collect()
    }

    async fn account_reports(&self, account: AccountId) -> Result<Vec<HourReport>> {
        let rows = sqlx::query_as::<_, HourReportRow>(concat!(
            "SELECT ",
            hour_report_columns!(),
            " FROM hour_reports WHERE account_id = $1 ORDER BY created_at DESC, id DESC"
        ))
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    // PostgreSQL sums BIGINT as NUMERIC: every SUM is cast back to BIGINT so both
    // databases answer with the same type.
    async fn account_minutes(&self, account: AccountId) -> Result<i64> {
        let (shifts, reports): (Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT (SELECT CAST(SUM(minutes) AS BIGINT) FROM signups WHERE account_id = $1 AND attended = $2 AND status = 'confirmed'),
                    (SELECT CAST(SUM(minutes) AS BIGINT) FROM hour_reports WHERE account_id = $1 AND status = 'approved')",
        )
        .bind(account.0)
        .bind(true)
        .fetch_one(self.reader())
        .await?;
        Ok(shifts.unwrap_or(0) + reports.unwrap_or(0))
    }

    async fn organisation_figures(
        &self,
        platform: PlatformId,
        organisation: OrganisationId,
        now: Timestamp,
        month_start: Timestamp,
    ) -> Result<OrganisationFigures> {
        let (upcoming_shifts, upcoming_slots, upcoming_taken): (i64, Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), CAST(SUM(s.slots) AS BIGINT), CAST(SUM(s.taken) AS BIGINT) FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id
             WHERE s.platform_id = $1 AND o.organisation_id = $2 AND s.starts_at >= $3 AND s.cancelled_at IS NULL",
        )
        .bind(platform.0)
        .bind(organisation.0)
        .bind(Stamp(now))
        .fetch_one(self.reader())
        .await?;
        let minutes = |since: Timestamp, day: chrono::NaiveDate| async move {
            let (shifts, reports): (Option<i64>, Option<i64>) = sqlx::query_as(
                "SELECT (SELECT CAST(SUM(g.minutes) AS BIGINT) FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                         WHERE g.platform_id = $1 AND o.organisation_id = $2 AND g.attended = $3 AND s.starts_at >= $4),
                        (SELECT CAST(SUM(r.minutes) AS BIGINT) FROM hour_reports r JOIN opportunities o ON o.id = r.opportunity_id
                         WHERE r.platform_id = $1 AND o.organisation_id = $2 AND r.status = 'approved' AND r.day >= $5)",
            )
            .bind(platform.0)
            .bind(organisation.0)
            .bind(true)
            .bind(Stamp(since))
            .bind(day)
            .fetch_one(self.reader())
            .await?;
            Ok::<i64, StoreError>(shifts.unwrap_or(0) + reports.unwrap_or(0))
        };
        let epoch = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
        Ok(OrganisationFigures {
            upcoming_shifts,
            upcoming_slots: upcoming_slots.unwrap_or(0),
            upcoming_taken: upcoming_taken.unwrap_or(0),
            minutes_this_month: minutes(month_start, month_start.date_naive()).await?,
            minutes_total: minutes(epoch, epoch.date_naive()).await?,
        })
    }
}
