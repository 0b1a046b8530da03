//! Hours reported by volunteers, and the totals of hours given.

macro_rules! hours_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::HoursStore for $store {
            async fn report_hours(
                &self,
                platform: entraide_domain::id::PlatformId,
                opportunity: entraide_domain::id::OpportunityId,
                account: entraide_domain::id::AccountId,
                day: chrono::NaiveDate,
                minutes: i64,
                note: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::hours::HourReport> {
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
                .bind($crate::stamp::Stamp(at))
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("opportunity"));
                }
                Ok(entraide_domain::hours::HourReport {
                    id: entraide_domain::id::HourReportId(id),
                    opportunity_id: opportunity,
                    account_id: account,
                    day,
                    minutes,
                    note: note.to_owned(),
                    status: entraide_domain::hours::ReportStatus::Pending,
                    created_at: at,
                })
            }

            async fn decide_report(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::HourReportId,
                approve: bool,
                by: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::hours::HourReport> {
                let status = if approve { "approved" } else { "declined" };
                let mut tx = self.begin_write().await?;
                let row = sqlx::query_as::<_, $crate::row::HourReportRow>("SELECT * FROM hour_reports WHERE platform_id = $1 AND id = $2")
                    .bind(platform.0)
                    .bind(id.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                let mut report: entraide_domain::hours::HourReport = row.ok_or($crate::StoreError::NotFound("report"))?.try_into()?;
                if report.status != entraide_domain::hours::ReportStatus::Pending {
                    return Err($crate::StoreError::Refused("report-decided"));
                }
                sqlx::query("UPDATE hour_reports SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4")
                    .bind(status)
                    .bind(by.0)
                    .bind($crate::stamp::Stamp(at))
                    .bind(id.0)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                report.status = if approve { entraide_domain::hours::ReportStatus::Approved } else { entraide_domain::hours::ReportStatus::Declined };
                Ok(report)
            }

            async fn report_platform(&self, id: entraide_domain::id::HourReportId) -> $crate::error::Result<Option<entraide_domain::id::PlatformId>> {
                self.platform_of("SELECT platform_id FROM hour_reports WHERE id = $1", id.0).await
            }

            async fn hour_report(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::HourReportId,
            ) -> $crate::error::Result<Option<entraide_domain::hours::HourReport>> {
                sqlx::query_as::<_, $crate::row::HourReportRow>("SELECT * FROM hour_reports WHERE platform_id = $1 AND id = $2")
                    .bind(platform.0)
                    .bind(id.0)
                    .fetch_optional(self.reader())
                    .await?
                    .map(TryInto::try_into)
                    .transpose()
            }

            async fn organisation_reports(
                &self,
                platform: entraide_domain::id::PlatformId,
                organisation: entraide_domain::id::OrganisationId,
            ) -> $crate::error::Result<Vec<(entraide_domain::hours::HourReport, String)>> {
                let rows = sqlx::query_as::<_, $crate::row::NamedReportRow>(
                    "SELECT r.*, a.display_name FROM hour_reports r JOIN opportunities o ON o.id = r.opportunity_id
                     JOIN accounts a ON a.id = r.account_id
                     WHERE r.platform_id = $1 AND o.organisation_id = $2 ORDER BY r.created_at DESC, r.id DESC",
                )
                .bind(platform.0)
                .bind(organisation.0)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(|row| Ok((row.report.try_into()?, row.display_name))).collect()
            }

            async fn account_reports(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<Vec<entraide_domain::hours::HourReport>> {
                let rows = sqlx::query_as::<_, $crate::row::HourReportRow>(
                    "SELECT * FROM hour_reports WHERE account_id = $1 ORDER BY created_at DESC, id DESC",
                )
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }

            // PostgreSQL sums BIGINT as NUMERIC: every SUM is cast back to BIGINT so both
            // databases answer with the same type.
            async fn account_minutes(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<i64> {
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
                platform: entraide_domain::id::PlatformId,
                organisation: entraide_domain::id::OrganisationId,
                now: entraide_domain::time::Timestamp,
                month_start: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<$crate::OrganisationFigures> {
                let (upcoming_shifts, upcoming_slots, upcoming_taken): (i64, Option<i64>, Option<i64>) = sqlx::query_as(
                    "SELECT COUNT(*), CAST(SUM(s.slots) AS BIGINT), CAST(SUM(s.taken) AS BIGINT) FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id
                     WHERE s.platform_id = $1 AND o.organisation_id = $2 AND s.starts_at >= $3 AND s.cancelled_at IS NULL",
                )
                .bind(platform.0)
                .bind(organisation.0)
                .bind($crate::stamp::Stamp(now))
                .fetch_one(self.reader())
                .await?;
                let minutes = |since: entraide_domain::time::Timestamp, day: chrono::NaiveDate| async move {
                    let (shifts, reports): (Option<i64>, Option<i64>) = sqlx::query_as(
                        "SELECT (SELECT CAST(SUM(g.minutes) AS BIGINT) FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                                 WHERE g.platform_id = $1 AND o.organisation_id = $2 AND g.attended = $3 AND s.starts_at >= $4),
                                (SELECT CAST(SUM(r.minutes) AS BIGINT) FROM hour_reports r JOIN opportunities o ON o.id = r.opportunity_id
                                 WHERE r.platform_id = $1 AND o.organisation_id = $2 AND r.status = 'approved' AND r.day >= $5)",
                    )
                    .bind(platform.0)
                    .bind(organisation.0)
                    .bind(true)
                    .bind($crate::stamp::Stamp(since))
                    .bind(day)
                    .fetch_one(self.reader())
                    .await?;
                    Ok::<i64, $crate::StoreError>(shifts.unwrap_or(0) + reports.unwrap_or(0))
                };
                let epoch = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
                Ok($crate::OrganisationFigures {
                    upcoming_shifts,
                    upcoming_slots: upcoming_slots.unwrap_or(0),
                    upcoming_taken: upcoming_taken.unwrap_or(0),
                    minutes_this_month: minutes(month_start, month_start.date_naive()).await?,
                    minutes_total: minutes(epoch, epoch.date_naive()).await?,
                })
            }
        }
    };
}

pub(crate) use hours_store;
