//! Sign-ups and rosters.

use super::corrupt;
use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::id::{AccountId, OpportunityId, PlatformId, SeriesId, ShiftId, SignupId};
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, SignupStatus};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct SignupRow {
    id: Uuid,
    shift_id: Uuid,
    account_id: Uuid,
    status: String,
    position: Option<i64>,
    created_at: Stamp,
    cancelled_at: Option<Stamp>,
    late: bool,
    attended: Option<bool>,
    minutes: Option<i64>,
}

/// The columns [`SignupRow`] reads, to write into a query with `concat!`:
/// `signup_columns!()`, or `signup_columns!("t")` for a table named `t` in the query.
macro_rules! signup_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, shift_id, account_id, status, position, created_at, cancelled_at, late, attended, minutes)
    };
}
pub(crate) use signup_columns;

impl TryFrom<SignupRow> for Signup {
    type Error = StoreError;
    fn try_from(row: SignupRow) -> Result<Self, StoreError> {
        Ok(Signup {
            id: SignupId(row.id),
            shift_id: ShiftId(row.shift_id),
            account_id: AccountId(row.account_id),
            status: SignupStatus::parse(&row.status).ok_or_else(|| corrupt("sign-up status", &row.status))?,
            position: row.position,
            created_at: row.created_at.0,
            cancelled_at: row.cancelled_at.map(|s| s.0),
            late: row.late,
            attended: row.attended,
            minutes: row.minutes,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct RosterRow {
    #[sqlx(flatten)]
    pub signup: SignupRow,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct SignupDetailsRow {
    #[sqlx(flatten)]
    signup: SignupRow,
    sh_id: Uuid,
    sh_platform_id: Uuid,
    sh_opportunity_id: Uuid,
    sh_starts_at: Stamp,
    sh_ends_at: Stamp,
    sh_slots: i64,
    sh_taken: i64,
    sh_waiting: i64,
    sh_series_id: Option<Uuid>,
    sh_cancelled_at: Option<Stamp>,
    title: String,
    address: Option<String>,
    organisation: String,
    platform: String,
}

impl TryFrom<SignupDetailsRow> for crate::SignupDetails {
    type Error = StoreError;
    fn try_from(row: SignupDetailsRow) -> Result<Self, StoreError> {
        let shift = Shift {
            id: ShiftId(row.sh_id),
            platform_id: PlatformId(row.sh_platform_id),
            opportunity_id: OpportunityId(row.sh_opportunity_id),
            starts_at: row.sh_starts_at.0,
            ends_at: row.sh_ends_at.0,
            slots: row.sh_slots,
            taken: row.sh_taken,
            waiting: row.sh_waiting,
            series_id: row.sh_series_id.map(SeriesId),
            cancelled_at: row.sh_cancelled_at.map(|s| s.0),
        };
        Ok(crate::SignupDetails {
            signup: row.signup.try_into()?,
            opportunity_id: shift.opportunity_id,
            shift,
            title: row.title,
            organisation: row.organisation,
            platform: row.platform,
            address: row.address,
        })
    }
}
