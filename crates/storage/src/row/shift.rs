//! Shifts.

use crate::stamp::Stamp;
use entraide_domain::id::{OpportunityId, PlatformId, SeriesId, ShiftId};
use entraide_domain::shift::Shift;
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct ShiftRow {
    id: Uuid,
    platform_id: Uuid,
    opportunity_id: Uuid,
    starts_at: Stamp,
    ends_at: Stamp,
    slots: i64,
    taken: i64,
    waiting: i64,
    series_id: Option<Uuid>,
    cancelled_at: Option<Stamp>,
}

/// The columns [`ShiftRow`] reads, to write into a query with `concat!`:
/// `shift_columns!()`, or `shift_columns!("t")` for a table named `t` in the query.
macro_rules! shift_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, opportunity_id, starts_at, ends_at, slots, taken, waiting, series_id, cancelled_at)
    };
}
pub(crate) use shift_columns;

impl From<ShiftRow> for Shift {
    fn from(row: ShiftRow) -> Self {
        Shift {
            id: ShiftId(row.id),
            platform_id: PlatformId(row.platform_id),
            opportunity_id: OpportunityId(row.opportunity_id),
            starts_at: row.starts_at.0,
            ends_at: row.ends_at.0,
            slots: row.slots,
            taken: row.taken,
            waiting: row.waiting,
            series_id: row.series_id.map(SeriesId),
            cancelled_at: row.cancelled_at.map(|s| s.0),
        }
    }
}
