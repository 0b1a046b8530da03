//! Sign-ups: a place on a shift, or a place in its waiting list, never more people than
//! places. Every change to who has a place locks the shift's row first.

use super::{Db, Store};
use crate::error::Result;
use crate::row::signup_columns;
use crate::row::{RosterRow, SignupDetailsRow, SignupRow};
use crate::stamp::Stamp;
use crate::{AttendanceMark, Ended, Ending, Job, RosterLine, SignupDetails, SignupStore, StoreError};
use entraide_domain::id::{AccountId, PlatformId, ShiftId, SignupId};
use entraide_domain::notification::Event;
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, SignupStatus};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl SignupStore for Store {
    async fn sign_up(&self, platform: PlatformId, shift: ShiftId, account: AccountId, at: Timestamp) -> Result<Signup> {
        let mut tx = self.begin_write().await?;
        let shift = Self::lock_shift(&mut tx, platform, shift.0).await?;
        if shift.cancelled_at.is_some() {
            return Err(StoreError::Refused("shift-cancelled"));
        }
        if shift.starts_at <= at {
            return Err(StoreError::Refused("shift-past"));
        }
        // A second active sign-up of the same person is refused by the unique
        // index `signups_one_active` (a conflict), without a read first.
        let (status, position) = if shift.taken < shift.slots {
            (SignupStatus::Confirmed, None)
        } else {
            (SignupStatus::Waitlisted, Some(shift.waiting + 1))
        };
        let id = uuid::Uuid::now_v7();
        sqlx::query(
            "INSERT INTO signups (id, platform_id, shift_id, account_id, status, position, created_at, late)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(platform.0)
        .bind(shift.id.0)
        .bind(account.0)
        .bind(status.as_str())
        .bind(position)
        .bind(Stamp(at))
        .bind(false)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::conflict_on("signup"))?;
        let counter = if status == SignupStatus::Confirmed {
            "UPDATE shifts SET taken = taken + 1 WHERE id = $1"
        } else {
            "UPDATE shifts SET waiting = waiting + 1 WHERE id = $1"
        };
        sqlx::query(counter).bind(shift.id.0).execute(&mut *tx).await?;
        if status == SignupStatus::Confirmed {
            Self::confirm_and_remind(&mut tx, Event::SignupConfirmed, id, &shift, at).await?;
        } else {
            let event = Event::SignupWaitlisted;
            Self::enqueue_notification(&mut tx, event, id, shift.starts_at, at, at).await?;
        }
        tx.commit().await?;
        Ok(Signup {
            id: SignupId(id),
            shift_id: shift.id,
            account_id: account,
            status,
            position,
            created_at: at,
            cancelled_at: None,
            late: false,
            attended: None,
            minutes: None,
        })
    }

    async fn end_signup(&self, platform: PlatformId, id: SignupId, ending: Ending, at: Timestamp) -> Result<Ended> {
        let mut tx = self.begin_write().await?;
        let shift_id: Option<uuid::Uuid> =
            sqlx::query_scalar("SELECT shift_id FROM signups WHERE platform_id = $1 AND id = $2")
                .bind(platform.0)
                .bind(id.0)
                .fetch_optional(&mut *tx)
                .await?;
        let shift_id = shift_id.ok_or(StoreError::NotFound("signup"))?;
        let mut shift = Self::lock_shift(&mut tx, platform, shift_id).await?;
        let row = sqlx::query_as::<_, SignupRow>(concat!("SELECT ", signup_columns!(), " FROM signups WHERE id = $1"))
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await?;
        let mut signup: Signup = row.try_into()?;
        if !signup.status.is_active() {
            return Err(StoreError::Refused("signup-ended"));
        }
        let was = signup.status;
        let late = was == SignupStatus::Confirmed && entraide_domain::signup::is_late(at, shift.starts_at);
        let status = match ending {
            Ending::Cancelled => SignupStatus::Cancelled,
            Ending::Removed => SignupStatus::Removed,
        };
        sqlx::query("UPDATE signups SET status = $1, position = NULL, cancelled_at = $2, late = $3 WHERE id = $4")
            .bind(status.as_str())
            .bind(Stamp(at))
            .bind(late)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if was == SignupStatus::Confirmed {
            sqlx::query("UPDATE shifts SET taken = taken - 1 WHERE id = $1").bind(shift_id).execute(&mut *tx).await?;
            shift.taken -= 1;
        } else {
            sqlx::query("UPDATE shifts SET waiting = waiting - 1 WHERE id = $1")
                .bind(shift_id)
                .execute(&mut *tx)
                .await?;
            shift.waiting -= 1;
            Self::close_gap(&mut tx, shift_id, signup.position.unwrap_or(0)).await?;
        }
        if ending == Ending::Removed {
            let event = Event::SignupRemoved;
            Self::enqueue_notification(&mut tx, event, id.0, shift.starts_at, at, at).await?;
        }
        let promoted = Self::promote_first_waiting(&mut tx, &shift, at).await?;
        if late && promoted.is_none() && ending == Ending::Cancelled {
            // A place freed at the last minute that nobody waits for: the
            // coordinators are offered people to invite.
            Self::insert_job(&mut tx, &Job::Cover { shift: shift.id }, at, at).await?;
        }
        tx.commit().await?;
        signup.status = status;
        signup.position = None;
        signup.cancelled_at = Some(at);
        signup.late = late;
        Ok(Ended { signup, promoted })
    }

    async fn signup_platform(&self, id: SignupId) -> Result<Option<PlatformId>> {
        self.platform_of("SELECT platform_id FROM signups WHERE id = $1", id.0).await
    }

    async fn signup(&self, platform: PlatformId, id: SignupId) -> Result<Option<Signup>> {
        self.one_on_platform::<SignupRow, _>(
            concat!("SELECT ", signup_columns!(), " FROM signups WHERE platform_id = $1 AND id = $2"),
            platform,
            id.0,
        )
        .await
    }

    async fn roster(&self, platform: PlatformId, shift: ShiftId) -> Result<Vec<RosterLine>> {
        let rows = sqlx::query_as::<_, RosterRow>(
            concat!("SELECT ", signup_columns!("s"), ", a.display_name, a.email, a.phone FROM signups s JOIN accounts a ON a.id = s.account_id
             WHERE s.platform_id = $1 AND s.shift_id = $2
             ORDER BY CASE s.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, s.position, s.created_at, s.id"),
        )
        .bind(platform.0)
        .bind(shift.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter()
            .map(|row| {
                // An address that no longer parses is shown as none rather than failing the roster.
                let email = row.email.and_then(|e| entraide_domain::account::Email::parse(&e, "email").ok());
                Ok(RosterLine {
                    display_name: row.display_name,
                    email,
                    phone: row.phone,
                    signup: row.signup.try_into()?,
                })
            })
            .collect()
    }

    async fn account_signups(&self, account: AccountId, from: Timestamp, to: Timestamp) -> Result<Vec<SignupDetails>> {
        let rows = sqlx::query_as::<_, SignupDetailsRow>(concat!(
            "SELECT ",
            signup_columns!("s"),
            ", sh.id AS sh_id, sh.platform_id AS sh_platform_id, sh.opportunity_id AS sh_opportunity_id,
               sh.starts_at AS sh_starts_at, sh.ends_at AS sh_ends_at, sh.slots AS sh_slots, sh.taken AS sh_taken,
               sh.waiting AS sh_waiting, sh.series_id AS sh_series_id, sh.cancelled_at AS sh_cancelled_at,
               o.title, o.address, g.name AS organisation, p.slug AS platform
             FROM signups s JOIN shifts sh ON sh.id = s.shift_id JOIN opportunities o ON o.id = sh.opportunity_id
             JOIN organisations g ON g.id = o.organisation_id JOIN platforms p ON p.id = s.platform_id
             WHERE s.account_id = $1 AND sh.starts_at >= $2 AND sh.starts_at < $3
             ORDER BY sh.starts_at, s.created_at"
        ))
        .bind(account.0)
        .bind(Stamp(from))
        .bind(Stamp(to))
        .fetch_all(self.reader())
        .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn mark_attendance(
        &self,
        platform: PlatformId,
        id: SignupId,
        attended: bool,
        minutes: Option<i64>,
        by: AccountId,
        at: Timestamp,
    ) -> Result<Signup> {
        let mut tx = self.begin_write().await?;
        let shift_id: Option<uuid::Uuid> =
            sqlx::query_scalar("SELECT shift_id FROM signups WHERE platform_id = $1 AND id = $2")
                .bind(platform.0)
                .bind(id.0)
                .fetch_optional(&mut *tx)
                .await?;
        // The shift is locked before the sign-up is read, so a cancellation cannot
        // slip in between and leave attendance on a cancelled sign-up.
        let shift = Self::lock_shift(&mut tx, platform, shift_id.ok_or(StoreError::NotFound("signup"))?).await?;
        let signup = mark_one(&mut tx, &shift, AttendanceMark { signup: id, attended, minutes }, by, at).await?;
        tx.commit().await?;
        Ok(signup)
    }

    async fn mark_roster(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        marks: &[AttendanceMark],
        by: AccountId,
        at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let shift = Self::lock_shift(&mut tx, platform, shift.0).await?;
        for mark in marks {
            mark_one(&mut tx, &shift, *mark, by, at).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Marks one sign-up of a shift the transaction holds locked.
async fn mark_one(
    tx: &mut sqlx::Transaction<'static, Db>,
    shift: &Shift,
    mark: AttendanceMark,
    by: AccountId,
    at: Timestamp,
) -> Result<Signup> {
    let row = sqlx::query_as::<_, SignupRow>(concat!(
        "SELECT ",
        signup_columns!(),
        " FROM signups WHERE id = $1 AND shift_id = $2"
    ))
    .bind(mark.signup.0)
    .bind(shift.id.0)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(StoreError::NotFound("signup"))?;
    let mut signup: Signup = row.try_into()?;
    if signup.status != SignupStatus::Confirmed {
        return Err(StoreError::Refused("signup-not-confirmed"));
    }
    if !shift.attendance_open(at) {
        return Err(StoreError::Refused("shift-not-started"));
    }
    let minutes = if mark.attended { Some(mark.minutes.unwrap_or_else(|| shift.minutes())) } else { None };
    sqlx::query("UPDATE signups SET attended = $1, minutes = $2, marked_by = $3, marked_at = $4 WHERE id = $5")
        .bind(mark.attended)
        .bind(minutes)
        .bind(by.0)
        .bind(Stamp(at))
        .bind(mark.signup.0)
        .execute(&mut **tx)
        .await?;
    signup.attended = Some(mark.attended);
    signup.minutes = minutes;
    Ok(signup)
}
