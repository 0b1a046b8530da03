//! Storage of hours reported by volunteers and the figures they add up to.

use crate::error::Result;
use async_trait::async_trait;
use chrono::NaiveDate;
use entraide_domain::hours::HourReport;
use entraide_domain::id::{AccountId, HourReportId, OpportunityId, OrganisationId, PlatformId};
use entraide_domain::time::Timestamp;

/// An organisation's figures for its dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrganisationFigures {
    /// Upcoming shifts (not cancelled).
    pub upcoming_shifts: i64,
    /// Their places.
    pub upcoming_slots: i64,
    /// Of which confirmed.
    pub upcoming_taken: i64,
    /// Minutes given this month (attended shifts and approved reports).
    pub minutes_this_month: i64,
    /// Minutes given ever.
    pub minutes_total: i64,
}

/// Hours: reports by volunteers, and the totals.
#[async_trait]
pub trait HoursStore: Send + Sync {
    /// Records hours a volunteer reports; `NotFound("opportunity")` unless the opportunity
    /// is on this platform.
    #[allow(clippy::too_many_arguments, reason = "one value per column of a report; a struct would only rename them")]
    async fn report_hours(
        &self,
        platform: PlatformId,
        opportunity: OpportunityId,
        account: AccountId,
        day: NaiveDate,
        minutes: i64,
        note: &str,
        at: Timestamp,
    ) -> Result<HourReport>;
    /// Approves or declines a pending report; `Refused("report-decided")` if decided.
    async fn decide_report(
        &self,
        platform: PlatformId,
        id: HourReportId,
        approve: bool,
        by: AccountId,
        at: Timestamp,
    ) -> Result<HourReport>;
    /// Which platform a report belongs to.
    async fn report_platform(&self, id: HourReportId) -> Result<Option<PlatformId>>;
    /// The report, if it belongs to this platform.
    async fn hour_report(&self, platform: PlatformId, id: HourReportId) -> Result<Option<HourReport>>;
    /// The reports on an organisation's opportunities, newest first, with names.
    async fn organisation_reports(
        &self,
        platform: PlatformId,
        organisation: OrganisationId,
    ) -> Result<Vec<(HourReport, String)>>;
    /// A person's own reports, newest first.
    async fn account_reports(&self, account: AccountId) -> Result<Vec<HourReport>>;
    /// Minutes a person gave: attended shifts and approved reports.
    async fn account_minutes(&self, account: AccountId) -> Result<i64>;
    /// An organisation's figures: upcoming from `now`, hours since `month_start`.
    async fn organisation_figures(
        &self,
        platform: PlatformId,
        organisation: OrganisationId,
        now: Timestamp,
        month_start: Timestamp,
    ) -> Result<OrganisationFigures>;
}
