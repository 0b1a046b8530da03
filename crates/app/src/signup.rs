//! Signing up for shifts, leaving them, attendance and hours.

use crate::error::{AppError, Result};
use crate::volunteering::refusal_as_invalid;
use crate::{Actor, App};
use chrono::{Datelike, Duration, TimeZone as _};
use entraide_domain::hours::HourReport;
use entraide_domain::id::{HourReportId, ShiftId, SignupId};
use entraide_domain::opportunity::OpportunityStatus;
use entraide_domain::platform::Platform;
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, check_age};
use entraide_storage::AttendanceMark;
use entraide_storage::{Ended, Ending, OrganisationFigures, RosterLine, SignupDetails};

/// A sign-up with its shift, for the roster and for the people concerned.
#[derive(Debug, Clone)]
pub struct SignupContext {
    /// The sign-up.
    pub signup: Signup,
    /// The shift and its opportunity.
    pub view: crate::OpportunityView,
    /// The shift.
    pub shift: Shift,
}

/// One line of a roster's attendance, as a coordinator gave it.
#[derive(Debug, Clone)]
pub struct RosterMark {
    /// The sign-up's id.
    pub signup: String,
    /// They came.
    pub attended: bool,
    /// How many minutes they helped, if not the shift's length.
    pub minutes: Option<i64>,
}

/// What marking a roster did.
#[derive(Debug, Clone, PartialEq)]
pub enum RosterMarked {
    /// Every line was saved; how many.
    Saved(usize),
    /// Nothing was saved: the lines that are wrong, and why (an error code).
    Refused(Vec<(SignupId, &'static str)>),
}

impl App {
    /// Signs the person up for a shift: confirmed while places remain, else on the
    /// waiting list. Members of the platform only; minimum age checked on the day.
    pub async fn sign_up(&self, actor: &Actor, shift: &str) -> Result<Signup> {
        // The busiest write: read only what the rules need (five small reads), not the
        // whole view of the opportunity that pages show.
        let id: ShiftId = shift.parse().map_err(|_| AppError::NotFound("shift"))?;
        let platform = self.store.shift_platform(id).await?.ok_or(AppError::NotFound("shift"))?;
        let shift = self.store.shift(platform, id).await?.ok_or(AppError::NotFound("shift"))?;
        let platform = self.platform_by_id(platform).await?;
        let opportunity =
            self.store.opportunity(platform.id, shift.opportunity_id).await?.ok_or(AppError::NotFound("shift"))?;
        if opportunity.draft.status != OpportunityStatus::Published {
            // A draft is seen only by its coordinators, who are told it is not open yet.
            if opportunity.draft.status == OpportunityStatus::Draft
                && !self.can_coordinate(actor, &platform, opportunity.organisation_id).await?
            {
                return Err(AppError::NotFound("opportunity"));
            }
            return Err(entraide_domain::Invalid::one("shift", "opportunity-not-open").into());
        }
        self.require_member(actor, platform.id).await?;
        let day = shift.starts_at.with_timezone(&platform.time_zone.tz()).date_naive();
        check_age(opportunity.draft.min_age, actor.account.birth_date, day)?;
        self.store.sign_up(platform.id, shift.id, actor.account.id, self.now()).await.map_err(refusal_as_invalid)
    }

    /// A sign-up with its shift and opportunity.
    pub async fn signup_context(&self, actor: &Actor, id: &str) -> Result<SignupContext> {
        let id: SignupId = id.parse().map_err(|_| AppError::NotFound("signup"))?;
        let platform = self.store.signup_platform(id).await?.ok_or(AppError::NotFound("signup"))?;
        let signup = self.store.signup(platform, id).await?.ok_or(AppError::NotFound("signup"))?;
        let (view, shift) = self.locate_shift(Some(actor), &signup.shift_id.to_string()).await?;
        // Only the person and the coordinators know a sign-up exists.
        if signup.account_id != actor.account.id && !view.can_coordinate {
            return Err(AppError::NotFound("signup"));
        }
        Ok(SignupContext { signup, view, shift })
    }

    /// Ends a sign-up: the person cancels their own; a coordinator removes someone's.
    /// The first person waiting moves up at once.
    pub async fn end_signup(&self, actor: &Actor, id: &str) -> Result<Ended> {
        let context = self.signup_context(actor, id).await?;
        let ending = if context.signup.account_id == actor.account.id { Ending::Cancelled } else { Ending::Removed };
        Ok(self.store.end_signup(context.view.platform.id, context.signup.id, ending, self.now()).await?)
    }

    /// Whether the person may sign up for shifts of the platform (they belong to it and
    /// are not suspended there): the page offers sign-up buttons, or joining first.
    pub async fn can_sign_up(&self, actor: &Actor, platform: &Platform) -> Result<bool> {
        Ok(self.platform_role(actor, platform.id).await?.is_some())
    }

    /// Cancels one of the person's own sign-ups (their page of shifts, or the
    /// opportunity's page when `on` names its platform and opportunity: removing someone
    /// else is for coordinators, on the roster). Another's sign-up, or one of another
    /// opportunity than `on` names, is unknown here.
    pub async fn leave_signup(&self, actor: &Actor, id: &str, on: Option<(&str, &str)>) -> Result<Ended> {
        let context = self.own_signup(actor, id, on).await?;
        Ok(self.store.end_signup(context.view.platform.id, context.signup.id, Ending::Cancelled, self.now()).await?)
    }

    /// One of the person's own sign-ups, with its shift and opportunity (for the page
    /// that asks before cancelling it); when `on` names a platform's opportunity, only
    /// a sign-up for it. `NotFound` for anyone else's.
    pub async fn own_signup(&self, actor: &Actor, id: &str, on: Option<(&str, &str)>) -> Result<SignupContext> {
        let context = self.signup_context(actor, id).await?;
        let elsewhere = on.is_some_and(|(slug, opportunity)| {
            context.view.platform.slug.as_str() != slug || context.view.opportunity.id.to_string() != opportunity
        });
        if context.signup.account_id != actor.account.id || elsewhere {
            return Err(AppError::NotFound("signup"));
        }
        Ok(context)
    }

    /// Marks attendance after the shift has started (its coordinators). Minutes default
    /// to the shift's length.
    pub async fn mark_attendance(
        &self,
        actor: &Actor,
        id: &str,
        attended: bool,
        minutes: Option<i64>,
    ) -> Result<Signup> {
        let context = self.signup_context(actor, id).await?;
        if !context.view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        let minutes = minutes.map(|m| context.shift.attendance_minutes(m, "minutes")).transpose()?;
        self.store
            .mark_attendance(
                context.view.platform.id,
                context.signup.id,
                attended,
                minutes,
                actor.account.id,
                self.now(),
            )
            .await
            .map_err(refusal_as_invalid)
    }

    /// Marks a whole shift's attendance in one go (its coordinators): whether each person
    /// came and for how many minutes (`None`: the shift's length). Every line is checked
    /// first; with any problem nothing is saved and each line's problem is returned.
    pub async fn mark_roster(&self, actor: &Actor, shift: &str, lines: &[RosterMark]) -> Result<RosterMarked> {
        let (view, shift) = self.locate_shift(Some(actor), shift).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        let confirmed: Vec<SignupId> = self
            .store
            .roster(view.platform.id, shift.id)
            .await?
            .into_iter()
            .filter(|line| line.signup.status == entraide_domain::signup::SignupStatus::Confirmed)
            .map(|line| line.signup.id)
            .collect();
        let mut marks = Vec::new();
        let mut problems = Vec::new();
        for line in lines {
            let Some(signup) = line.signup.parse::<SignupId>().ok().filter(|id| confirmed.contains(id)) else {
                return Err(AppError::NotFound("signup"));
            };
            let minutes = match line.minutes.filter(|_| line.attended) {
                Some(minutes) => match shift.attendance_minutes(minutes, "minutes") {
                    Ok(minutes) => Some(minutes),
                    Err(error) => {
                        problems.push((signup, error.code));
                        continue;
                    }
                },
                None => None,
            };
            marks.push(AttendanceMark { signup, attended: line.attended, minutes });
        }
        if !problems.is_empty() {
            return Ok(RosterMarked::Refused(problems));
        }
        if !shift.attendance_open(self.now()) {
            return Err(AppError::Refused("shift-not-started"));
        }
        self.store.mark_roster(view.platform.id, shift.id, &marks, actor.account.id, self.now()).await?;
        Ok(RosterMarked::Saved(marks.len()))
    }

    /// Who signed up for a shift (its coordinators).
    pub async fn roster(&self, actor: &Actor, shift: &str) -> Result<(crate::OpportunityView, Shift, Vec<RosterLine>)> {
        let (view, shift) = self.locate_shift(Some(actor), shift).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        let roster = self.store.roster(view.platform.id, shift.id).await?;
        Ok((view, shift, roster))
    }

    /// The person's sign-ups from 30 days ago to a year ahead.
    pub async fn my_signups(&self, actor: &Actor) -> Result<Vec<SignupDetails>> {
        let at = self.now();
        Ok(self.store.account_signups(actor.account.id, at - Duration::days(30), at + Duration::days(366)).await?)
    }

    /// Reports hours given to an ongoing opportunity (members of its platform).
    pub async fn report_hours(
        &self,
        actor: &Actor,
        opportunity: &str,
        day: &str,
        minutes: i64,
        note: &str,
    ) -> Result<HourReport> {
        let view = self.opportunity_view(Some(actor), opportunity).await?;
        self.require_member(actor, view.platform.id).await?;
        let today = self.now().with_timezone(&view.platform.time_zone.tz()).date_naive();
        let (day, minutes, note) = entraide_domain::hours::parse_report(day, minutes, note, today)?;
        Ok(self
            .store
            .report_hours(view.platform.id, view.opportunity.id, actor.account.id, day, minutes, &note, self.now())
            .await?)
    }

    /// Approves or declines a report (coordinators of its opportunity).
    pub async fn decide_report(&self, actor: &Actor, id: &str, approve: bool) -> Result<HourReport> {
        let id: HourReportId = id.parse().map_err(|_| AppError::NotFound("report"))?;
        let platform = self.store.report_platform(id).await?.ok_or(AppError::NotFound("report"))?;
        let platform = self.platform_by_id(platform).await?;
        let report = self.store.hour_report(platform.id, id).await?.ok_or(AppError::NotFound("report"))?;
        let (_, organisation, _) = self.locate_opportunity(&report.opportunity_id.to_string()).await?;
        if !self.can_coordinate(actor, &platform, organisation.id).await? {
            // Only its volunteer and the coordinators know the report exists.
            return Err(if report.account_id == actor.account.id {
                AppError::Forbidden
            } else {
                AppError::NotFound("report")
            });
        }
        Ok(self.store.decide_report(platform.id, id, approve, actor.account.id, self.now()).await?)
    }

    /// The person's hours: total minutes and their reports.
    pub async fn my_hours(&self, actor: &Actor) -> Result<(i64, Vec<HourReport>)> {
        Ok((self.store.account_minutes(actor.account.id).await?, self.store.account_reports(actor.account.id).await?))
    }

    /// An organisation's dashboard figures and its reports (its coordinators).
    pub async fn organisation_dashboard(
        &self,
        actor: &Actor,
        organisation: &str,
    ) -> Result<(OrganisationFigures, Vec<(HourReport, String)>)> {
        let (platform, organisation) = self.locate_organisation(organisation).await?;
        if !self.can_coordinate(actor, &platform, organisation.id).await? {
            return Err(AppError::Forbidden);
        }
        let at = self.now();
        let local = at.with_timezone(&platform.time_zone.tz());
        let month_start = platform
            .time_zone
            .tz()
            .with_ymd_and_hms(local.year(), local.month(), 1, 0, 0, 0)
            .earliest()
            .map_or(at, |t| t.with_timezone(&chrono::Utc));
        let figures = self.store.organisation_figures(platform.id, organisation.id, at, month_start).await?;
        let reports = self.store.organisation_reports(platform.id, organisation.id).await?;
        Ok((figures, reports))
    }
}
