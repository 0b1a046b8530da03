//! Hours reported and their totals.

use super::corrupt;
use crate::error::StoreError;
use crate::stamp::Stamp;
use chrono::NaiveDate;
use entraide_domain::hours::{HourReport, ReportStatus};
use entraide_domain::id::{AccountId, HourReportId, OpportunityId};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct HourReportRow {
    id: Uuid,
    opportunity_id: Uuid,
    account_id: Uuid,
    day: NaiveDate,
    minutes: i64,
    note: String,
    status: String,
    created_at: Stamp,
}

/// The columns [`HourReportRow`] reads, to write into a query with `concat!`:
/// `hour_report_columns!()`, or `hour_report_columns!("t")` for a table named `t` in the query.
macro_rules! hour_report_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, opportunity_id, account_id, day, minutes, note, status, created_at)
    };
}
pub(crate) use hour_report_columns;

impl TryFrom<HourReportRow> for HourReport {
    type Error = StoreError;
    fn try_from(row: HourReportRow) -> Result<Self, StoreError> {
        Ok(HourReport {
            id: HourReportId(row.id),
            opportunity_id: OpportunityId(row.opportunity_id),
            account_id: AccountId(row.account_id),
            day: row.day,
            minutes: row.minutes,
            note: row.note,
            status: ReportStatus::parse(&row.status).ok_or_else(|| corrupt("report status", &row.status))?,
            created_at: row.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct NamedReportRow {
    #[sqlx(flatten)]
    pub report: HourReportRow,
    pub display_name: String,
}
