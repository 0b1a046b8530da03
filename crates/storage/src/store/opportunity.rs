//! Storage of opportunities and the skills and causes they are described with.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, OpportunityId, OrganisationId, PlatformId};
use entraide_domain::opportunity::{Opportunity, OpportunityDraft};
use entraide_domain::shift::{Shift, ShiftTimes};
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
