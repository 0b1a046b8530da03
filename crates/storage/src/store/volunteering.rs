//! Storage of volunteering: skills and causes, opportunities, shifts, sign-ups,
//! attendance and hours.

use crate::error::Result;
use async_trait::async_trait;
use chrono::NaiveDate;
use entraide_domain::hours::HourReport;
use entraide_domain::id::{
    AccountId, HourReportId, OpportunityId, OrganisationId, PlatformId, SeriesId, ShiftId, SignupId,
};
use entraide_domain::opportunity::{Opportunity, OpportunityDraft};
use entraide_domain::shift::{Shift, ShiftTimes};
use entraide_domain::signup::Signup;
use entraide_domain::taxonomy::{Term, TermKind};
use entraide_domain::time::Timestamp;

/// Which opportunities a list holds, and where it starts.
#[derive(Debug, Clone, Default)]
pub struct OpportunityFilter {
    /// Words that title or description must contain (lowercase).
    pub text: Option<String>,
    /// A skill code.
    pub skill: Option<String>,
    /// A cause code.
    pub cause: Option<String>,
    /// A language code spoken on site.
    pub language: Option<String>,
    /// Only opportunities with a shift starting at or after this.
    pub from: Option<Timestamp>,
    /// Only opportunities with a shift starting before this.
    pub to: Option<Timestamp>,
    /// Only places inside this box: south, west, north, east (degrees).
    pub within: Option<(f64, f64, f64, f64)>,
    /// Only remote work.
    pub remote_only: bool,
    /// Only this organisation's.
    pub organisation: Option<OrganisationId>,
    /// Drafts and closed ones too (for the organisation's own pages).
    pub any_status: bool,
    /// Start after this (next shift start, or none for ongoing ones; id), for the next
    /// page.
    pub after: Option<(Option<Timestamp>, OpportunityId)>,
    /// At most this many.
    pub limit: i64,
    /// Now: shifts before it are over (the application's clock).
    pub now: Timestamp,
}

/// An opportunity in a list, with its next shift's start (far future for ongoing ones).
#[derive(Debug, Clone, PartialEq)]
pub struct ListedOpportunity {
    /// The opportunity.
    pub opportunity: Opportunity,
    /// When its next shift starts; `None` for ongoing opportunities without shifts.
    pub next_start: Option<Timestamp>,
}

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
}

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

/// Skills, causes and opportunities.
#[async_trait]
pub trait OpportunityStore: Send + Sync {
    /// The platform's skills or causes, by label.
    async fn terms(&self, platform: PlatformId, kind: TermKind) -> Result<Vec<Term>>;
    /// Adds a term, or renames it.
    async fn put_term(&self, platform: PlatformId, term: &Term) -> Result<()>;
    /// Removes a term; `Refused("term-in-use")` while an opportunity uses it.
    async fn remove_term(&self, platform: PlatformId, kind: TermKind, code: &str) -> Result<()>;

    /// Creates an opportunity and its first shifts, in one transaction.
    async fn create_opportunity(
        &self,
        platform: PlatformId,
        organisation: OrganisationId,
        draft: &OpportunityDraft,
        shifts: &[ShiftTimes],
        creator: AccountId,
        at: Timestamp,
    ) -> Result<(Opportunity, Vec<Shift>)>;
    /// Replaces an opportunity's content.
    async fn update_opportunity(
        &self,
        platform: PlatformId,
        id: OpportunityId,
        draft: &OpportunityDraft,
        at: Timestamp,
    ) -> Result<Opportunity>;
    /// Which platform an opportunity belongs to (for API paths that name only it).
    async fn opportunity_platform(&self, id: OpportunityId) -> Result<Option<PlatformId>>;
    /// The opportunity, if it belongs to this platform.
    async fn opportunity(&self, platform: PlatformId, id: OpportunityId) -> Result<Option<Opportunity>>;
    /// Opportunities matching the filter, by next shift start, then id.
    async fn list_opportunities(
        &self,
        platform: PlatformId,
        filter: &OpportunityFilter,
    ) -> Result<Vec<ListedOpportunity>>;
    /// How much an organisation publishes at `now`: its opportunities that are not
    /// closed, its shifts to come (not cancelled), and those of one of its opportunities.
    async fn publication_counts(
        &self,
        platform: PlatformId,
        organisation: OrganisationId,
        opportunity: Option<OpportunityId>,
        now: Timestamp,
    ) -> Result<PublicationCounts>;
}

/// How much an organisation publishes (see `publication_counts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PublicationCounts {
    /// Opportunities not closed (drafts included).
    pub opportunities: i64,
    /// Shifts to come, not cancelled, of all its opportunities.
    pub organisation_shifts: i64,
    /// Shifts to come, not cancelled, of the one opportunity asked about.
    pub opportunity_shifts: i64,
}

/// Shifts, sign-ups and attendance.
#[async_trait]
pub trait ShiftStore: Send + Sync {
    /// Adds shifts to an opportunity (one, or a series).
    async fn add_shifts(
        &self,
        platform: PlatformId,
        opportunity: OpportunityId,
        shifts: &[ShiftTimes],
        series: Option<SeriesId>,
        at: Timestamp,
    ) -> Result<Vec<Shift>>;
    /// The shifts of these opportunities, by start.
    async fn shifts_of(&self, platform: PlatformId, opportunities: &[OpportunityId]) -> Result<Vec<Shift>>;
    /// Which platform a shift belongs to.
    async fn shift_platform(&self, id: ShiftId) -> Result<Option<PlatformId>>;
    /// The shift, if it belongs to this platform.
    async fn shift(&self, platform: PlatformId, id: ShiftId) -> Result<Option<Shift>>;
    /// Changes a shift's times and places; everyone signed up is told.
    /// `Refused("slots-below-taken")` if fewer places than confirmed people.
    async fn update_shift(&self, platform: PlatformId, id: ShiftId, times: &ShiftTimes, at: Timestamp)
    -> Result<Shift>;
    /// Cancels a shift; everyone signed up is told.
    async fn cancel_shift(&self, platform: PlatformId, id: ShiftId, at: Timestamp) -> Result<Shift>;

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
