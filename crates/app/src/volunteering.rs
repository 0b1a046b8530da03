//! Opportunities and their shifts: who may publish and change them, and the checks on
//! what they contain.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::id::{OpportunityId, OrganisationId, SeriesId, ShiftId};
use entraide_domain::opportunity::{Opportunity, OpportunityDraft, OpportunityInput, OpportunityStatus};
use entraide_domain::organisation::Organisation;
use entraide_domain::platform::Platform;
use entraide_domain::shift::{SeriesInput, Shift, ShiftTimes, check_planned};
use entraide_domain::taxonomy::{DEFAULT_CAUSES, DEFAULT_SKILLS, Names, Term, TermKind};
use entraide_domain::{FieldError, Invalid};

/// An opportunity with what its page shows.
#[derive(Debug, Clone)]
pub struct OpportunityView {
    /// Its platform.
    pub platform: Platform,
    /// Its organisation.
    pub organisation: Organisation,
    /// The opportunity.
    pub opportunity: Opportunity,
    /// Its shifts, by start (cancelled ones included, marked).
    pub shifts: Vec<Shift>,
    /// The viewer may edit it, manage its shifts and see rosters.
    pub can_coordinate: bool,
}

impl App {
    /// Gives a new platform the default skills and causes.
    pub(crate) async fn seed_terms(&self, platform: &Platform) -> Result<()> {
        for (kind, list) in [(TermKind::Skill, &DEFAULT_SKILLS[..]), (TermKind::Cause, &DEFAULT_CAUSES[..])] {
            for (code, label) in list {
                let term = Term { kind, code: (*code).to_owned(), label: (*label).to_owned(), names: Names::default() };
                self.store.put_term(platform.id, &term).await?;
            }
        }
        Ok(())
    }

    /// A platform's skills or causes.
    pub async fn terms(&self, platform: &Platform, kind: TermKind) -> Result<Vec<Term>> {
        Ok(self.store.terms(platform.id, kind).await?)
    }

    /// Adds or renames a skill or cause (platform admins): its English name `label`,
    /// which every term has, and its names in other languages by language code (`None`
    /// keeps those it has).
    pub async fn put_term(
        &self,
        actor: &Actor,
        slug: &str,
        kind: &str,
        code: &str,
        label: &str,
        names: Option<&[(String, String)]>,
    ) -> Result<Term> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let mut invalid = Invalid::default();
        let kind = invalid.check(TermKind::parse(kind, "kind"));
        let code = invalid.check(entraide_domain::taxonomy::parse_code(code, "code"));
        let label = invalid.check(entraide_domain::platform::parse_name(label, "label"));
        let names = checked_names(&mut invalid, names);
        let (Some(kind), Some(code), Some(label)) = (kind, code, label) else {
            return Err(invalid.into());
        };
        invalid.into_result()?;
        let names = match names {
            Some(names) => names,
            None => self
                .store
                .terms(platform.id, kind)
                .await?
                .into_iter()
                .find(|t| t.code == code)
                .map(|t| t.names)
                .unwrap_or_default(),
        };
        let term = Term { kind, code, label, names };
        self.store.put_term(platform.id, &term).await?;
        Ok(term)
    }

    /// Removes a skill or cause no opportunity uses (platform admins).
    pub async fn remove_term(&self, actor: &Actor, slug: &str, kind: &str, code: &str) -> Result<()> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let kind = TermKind::parse(kind, "kind").map_err(|_| AppError::NotFound("term"))?;
        Ok(self.store.remove_term(platform.id, kind, code).await?)
    }

    /// Whether the person may publish for this organisation: its admins and coordinators,
    /// and the platform's admins.
    pub async fn can_coordinate(
        &self,
        actor: &Actor,
        platform: &Platform,
        organisation: OrganisationId,
    ) -> Result<bool> {
        if self.is_platform_admin(actor, platform.id).await? {
            return Ok(true);
        }
        Ok(self.store.organisation_role(platform.id, organisation, actor.account.id).await?.is_some())
    }

    /// Checks skill and cause codes against the platform's lists.
    async fn check_terms(&self, platform: &Platform, draft: &OpportunityDraft) -> Result<()> {
        let mut invalid = Invalid::default();
        for (kind, codes, field, code) in [
            (TermKind::Skill, &draft.skills, "skills", "skill-unknown"),
            (TermKind::Cause, &draft.causes, "causes", "cause-unknown"),
        ] {
            let known = self.store.terms(platform.id, kind).await?;
            if codes.iter().any(|c| !known.iter().any(|t| &t.code == c)) {
                invalid.0.push(FieldError::new(field, code));
            }
        }
        Ok(invalid.into_result()?)
    }

    /// Publishes an opportunity with its first shifts, for an organisation (found by id,
    /// as API paths name it).
    pub async fn create_opportunity(
        &self,
        actor: &Actor,
        organisation: &str,
        input: &OpportunityInput,
        shifts: &[ShiftTimes],
    ) -> Result<(Opportunity, Vec<Shift>)> {
        let (platform, organisation) = self.locate_organisation(organisation).await?;
        if !self.can_coordinate(actor, &platform, organisation.id).await? {
            return Err(AppError::Forbidden);
        }
        let draft = input.validate()?;
        self.check_terms(&platform, &draft).await?;
        let at = self.now();
        check_planned(shifts, at, "shifts")?;
        if shifts.len() > MAX_SHIFTS_AT_ONCE {
            return Err(Invalid::one("shifts", "too-many-shifts-at-once").into());
        }
        self.check_publication_limits(actor, &platform, &organisation, None, shifts.len(), at).await?;
        Ok(self.store.create_opportunity(platform.id, organisation.id, &draft, shifts, actor.account.id, at).await?)
    }

    /// Refuses what would publish too much at once: more than [`MAX_UPCOMING_SHIFTS`]
    /// shifts to come on one opportunity, or, for an organisation the platform's team
    /// has not verified yet, more than a small quota (a new account cannot flood the
    /// platform's lists). The platform's own admins publish without the quota.
    async fn check_publication_limits(
        &self,
        actor: &Actor,
        platform: &Platform,
        organisation: &Organisation,
        opportunity: Option<OpportunityId>,
        new_shifts: usize,
        at: entraide_domain::time::Timestamp,
    ) -> Result<()> {
        let new_shifts = i64::try_from(new_shifts).unwrap_or(i64::MAX);
        let counts = self.store.publication_counts(platform.id, organisation.id, opportunity, at).await?;
        if counts.opportunity_shifts.saturating_add(new_shifts) > MAX_UPCOMING_SHIFTS {
            return Err(AppError::Refused("shift-limit"));
        }
        if organisation.verified_at.is_none() && !self.is_platform_admin(actor, platform.id).await? {
            let new_opportunities = i64::from(opportunity.is_none());
            if counts.opportunities + new_opportunities > UNVERIFIED_OPPORTUNITIES
                || counts.organisation_shifts.saturating_add(new_shifts) > UNVERIFIED_SHIFTS
            {
                return Err(AppError::Refused("unverified-limit"));
            }
        }
        Ok(())
    }

    /// Finds an opportunity by id alone, with its platform and organisation.
    pub async fn locate_opportunity(&self, id: &str) -> Result<(Platform, Organisation, Opportunity)> {
        let id: OpportunityId = id.parse().map_err(|_| AppError::NotFound("opportunity"))?;
        let platform = self.store.opportunity_platform(id).await?.ok_or(AppError::NotFound("opportunity"))?;
        let platform = self.platform_by_id(platform).await?;
        let opportunity = self.store.opportunity(platform.id, id).await?.ok_or(AppError::NotFound("opportunity"))?;
        let organisation = self
            .store
            .organisation(platform.id, opportunity.organisation_id)
            .await?
            .ok_or(AppError::NotFound("opportunity"))?;
        Ok((platform, organisation, opportunity))
    }

    /// An opportunity as `viewer` may see it: drafts only for its coordinators.
    pub async fn opportunity_view(&self, viewer: Option<&Actor>, id: &str) -> Result<OpportunityView> {
        let (platform, organisation, opportunity) = self.locate_opportunity(id).await?;
        let can_coordinate = match viewer {
            Some(actor) => self.can_coordinate(actor, &platform, organisation.id).await?,
            None => false,
        };
        if opportunity.draft.status == OpportunityStatus::Draft && !can_coordinate {
            return Err(AppError::NotFound("opportunity"));
        }
        let shifts = self.store.shifts_of(platform.id, &[opportunity.id]).await?;
        Ok(OpportunityView { platform, organisation, opportunity, shifts, can_coordinate })
    }

    /// The same view, checking that it is on the platform of the address.
    pub async fn opportunity_on(&self, viewer: Option<&Actor>, slug: &str, id: &str) -> Result<OpportunityView> {
        let view = self.opportunity_view(viewer, id).await?;
        if view.platform.slug.as_str() != slug {
            return Err(AppError::NotFound("opportunity"));
        }
        Ok(view)
    }

    /// Replaces an opportunity's content (its coordinators).
    pub async fn update_opportunity(&self, actor: &Actor, id: &str, input: &OpportunityInput) -> Result<Opportunity> {
        let view = self.opportunity_view(Some(actor), id).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        let draft = input.validate()?;
        self.check_terms(&view.platform, &draft).await?;
        Ok(self.store.update_opportunity(view.platform.id, view.opportunity.id, &draft, self.now()).await?)
    }

    /// Adds one shift (its coordinators).
    pub async fn add_shift(&self, actor: &Actor, opportunity: &str, times: ShiftTimes) -> Result<Shift> {
        let view = self.coordinated(actor, opportunity).await?;
        let at = self.now();
        check_planned(&[times], at, "")?;
        self.check_publication_limits(actor, &view.platform, &view.organisation, Some(view.opportunity.id), 1, at)
            .await?;
        let mut shifts = self.store.add_shifts(view.platform.id, view.opportunity.id, &[times], None, at).await?;
        shifts.pop().ok_or_else(|| AppError::Internal("no shift created".into()))
    }

    /// Adds the shifts of a series, in the platform's time zone (its coordinators).
    pub async fn add_series(&self, actor: &Actor, opportunity: &str, series: &SeriesInput) -> Result<Vec<Shift>> {
        let view = self.coordinated(actor, opportunity).await?;
        let times = series.expand(view.platform.time_zone)?;
        let at = self.now();
        // A series names its first and last days, not each shift's start.
        check_planned(&times, at, "").map_err(|invalid| match invalid.0.first().map(|e| e.code) {
            Some(code @ "shift-too-far-ahead") => Invalid::one("until", code),
            Some(code) => Invalid::one("starts_on", code),
            None => invalid,
        })?;
        self.check_publication_limits(
            actor,
            &view.platform,
            &view.organisation,
            Some(view.opportunity.id),
            times.len(),
            at,
        )
        .await?;
        Ok(self.store.add_shifts(view.platform.id, view.opportunity.id, &times, Some(SeriesId::new()), at).await?)
    }

    async fn coordinated(&self, actor: &Actor, opportunity: &str) -> Result<OpportunityView> {
        let view = self.opportunity_view(Some(actor), opportunity).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        Ok(view)
    }

    /// Finds a shift by id alone, with its opportunity's view.
    pub async fn locate_shift(&self, viewer: Option<&Actor>, id: &str) -> Result<(OpportunityView, Shift)> {
        let id: ShiftId = id.parse().map_err(|_| AppError::NotFound("shift"))?;
        let platform = self.store.shift_platform(id).await?.ok_or(AppError::NotFound("shift"))?;
        let shift = self.store.shift(platform, id).await?.ok_or(AppError::NotFound("shift"))?;
        let view = self.opportunity_view(viewer, &shift.opportunity_id.to_string()).await?;
        Ok((view, shift))
    }

    /// Changes a shift's times and places; everyone signed up is told (its coordinators).
    pub async fn update_shift(&self, actor: &Actor, shift: &str, times: ShiftTimes) -> Result<Shift> {
        let (view, shift) = self.locate_shift(Some(actor), shift).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        let at = self.now();
        check_planned(&[times], at, "")?;
        self.store.update_shift(view.platform.id, shift.id, &times, at).await.map_err(refusal_as_invalid)
    }

    /// Cancels a shift; everyone signed up is told (its coordinators).
    pub async fn cancel_shift(&self, actor: &Actor, shift: &str) -> Result<Shift> {
        let (view, shift) = self.locate_shift(Some(actor), shift).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        Ok(self.store.cancel_shift(view.platform.id, shift.id, self.now()).await?)
    }

    /// The opportunities of an organisation the viewer may see: drafts and closed ones
    /// too for those who coordinate it, the published ones for everyone else.
    pub async fn organisation_opportunities(
        &self,
        viewer: Option<&Actor>,
        platform: &Platform,
        organisation: OrganisationId,
    ) -> Result<Vec<Opportunity>> {
        let coordinates = match viewer {
            Some(actor) => self.can_coordinate(actor, platform, organisation).await?,
            None => false,
        };
        let filter = entraide_storage::OpportunityFilter {
            organisation: Some(organisation),
            any_status: true,
            limit: 500,
            now: self.now(),
            ..Default::default()
        };
        let listed = self.store.list_opportunities(platform.id, &filter).await?.into_iter().map(|l| l.opportunity);
        Ok(listed.filter(|o| coordinates || o.draft.status == OpportunityStatus::Published).collect())
    }
}

/// The most shifts to come one opportunity may have.
pub const MAX_UPCOMING_SHIFTS: i64 = 500;
/// The most shifts an opportunity may be published with (more come as a series).
pub const MAX_SHIFTS_AT_ONCE: usize = 100;
/// Until the platform's team verifies an organisation: at most this many opportunities
/// that are not closed…
pub const UNVERIFIED_OPPORTUNITIES: i64 = 3;
/// …and this many shifts to come.
pub const UNVERIFIED_SHIFTS: i64 = 30;

/// Refusals about what was asked (a shift in the past, fewer places than people) are
/// invalid input for the one who asked: 422 naming the field.
pub(crate) fn refusal_as_invalid(error: entraide_storage::StoreError) -> AppError {
    match error {
        entraide_storage::StoreError::Refused(code @ ("shift-past" | "shift-cancelled")) => {
            Invalid::one("shift", code).into()
        }
        entraide_storage::StoreError::Refused(code @ "slots-below-taken") => Invalid::one("slots", code).into(),
        entraide_storage::StoreError::Refused(code @ "shift-not-started") => Invalid::one("attended", code).into(),
        other => other.into(),
    }
}

/// Names of a term in other languages, as given, checked into `invalid`; `None` when none
/// were given (or they were wrong: `invalid` says why).
pub(crate) fn checked_names(invalid: &mut Invalid, given: Option<&[(String, String)]>) -> Option<Names> {
    let given = given?;
    match Names::parse(given.iter().map(|(code, name)| (code.as_str(), name.as_str()))) {
        Ok(names) => Some(names),
        Err(wrong) => {
            invalid.0.extend(wrong.0);
            None
        }
    }
}
