//! Storage of sign-ups: places on shifts, never more than there are.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::account::Email;
use entraide_domain::id::{AccountId, OpportunityId, PlatformId, ShiftId, SignupId};
use entraide_domain::shift::Shift;
use entraide_domain::signup::Signup;
use entraide_domain::time::Timestamp;

/// Who ends a sign-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The volunteer cancels.
    Cancelled,
    /// A coordinator removes it.
    Removed,
}

/// What ending a sign-up did.
#[derive(Debug, Clone, PartialEq)]
pub struct Ended {
    /// The sign-up, now cancelled or removed.
    pub signup: Signup,
    /// The person moved up from the waiting list into the freed place, if any.
    pub promoted: Option<Signup>,
}

/// A sign-up with what a volunteer's own list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SignupDetails {
    /// The sign-up.
    pub signup: Signup,
    /// Its shift.
    pub shift: Shift,
    /// The opportunity's title.
    pub title: String,
    /// The opportunity's id.
    pub opportunity_id: OpportunityId,
    /// The organisation's name.
    pub organisation: String,
    /// The platform's slug.
    pub platform: String,
    /// The address, if the work has a place.
    pub address: Option<String>,
}

/// A line of a shift's roster.
#[derive(Debug, Clone, PartialEq)]
pub struct RosterLine {
    /// The sign-up.
    pub signup: Signup,
    /// The volunteer's name (empty once they erased their data).
    pub display_name: String,
    /// Their mail address, for the shift's coordinators to reach them (none once erased).
    pub email: Option<Email>,
    /// Their phone number, if they gave one (none once erased).
    pub phone: Option<String>,
}

/// Sign-ups: places on shifts, waiting lists, rosters and attendance.
#[async_trait]
pub trait SignupStore: Send + Sync {
    /// Signs a person up: confirmed while places remain, else waitlisted at the end of
    /// the list. Never overbooks, under any number of concurrent calls.
    /// `Conflict("signup")` if they are already signed up, `Refused("shift-past")`,
    /// `Refused("shift-cancelled")`, `NotFound("shift")`.
    async fn sign_up(&self, platform: PlatformId, shift: ShiftId, account: AccountId, at: Timestamp) -> Result<Signup>;
    /// Ends a sign-up; a freed place goes at once to the first person waiting.
    /// `Refused("signup-ended")` if it had already ended.
    async fn end_signup(&self, platform: PlatformId, id: SignupId, ending: Ending, at: Timestamp) -> Result<Ended>;
    /// Which platform a sign-up belongs to.
    async fn signup_platform(&self, id: SignupId) -> Result<Option<PlatformId>>;
    /// The sign-up, if it belongs to this platform.
    async fn signup(&self, platform: PlatformId, id: SignupId) -> Result<Option<Signup>>;
    /// Every sign-up of a shift, confirmed first, then the waiting list in order, then
    /// ended ones.
    async fn roster(&self, platform: PlatformId, shift: ShiftId) -> Result<Vec<RosterLine>>;
    /// A person's sign-ups on every platform, with shifts starting in `[from, to)`.
    async fn account_signups(&self, account: AccountId, from: Timestamp, to: Timestamp) -> Result<Vec<SignupDetails>>;
    /// Marks attendance of a confirmed sign-up.
    async fn mark_attendance(
        &self,
        platform: PlatformId,
        id: SignupId,
        attended: bool,
        minutes: Option<i64>,
        by: AccountId,
        at: Timestamp,
    ) -> Result<Signup>;
    /// Marks the attendance of several confirmed sign-ups of one shift at once: all or
    /// none. `NotFound("signup")` for a sign-up of another shift,
    /// `Refused("signup-not-confirmed")`, `Refused("shift-not-started")`.
    async fn mark_roster(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        marks: &[AttendanceMark],
        by: AccountId,
        at: Timestamp,
    ) -> Result<()>;
}

/// Whether one person came, and for how long (`None`: the shift's length).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttendanceMark {
    /// The sign-up.
    pub signup: SignupId,
    /// They came.
    pub attended: bool,
    /// How many minutes they helped, when they came.
    pub minutes: Option<i64>,
}
