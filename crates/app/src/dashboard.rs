//! An organisation's dashboard: what its coordinators watch, in one call.

use crate::error::Result;
use crate::{Actor, App};
use entraide_domain::hours::HourReport;
use entraide_domain::id::OpportunityId;
use entraide_domain::opportunity::Opportunity;
use entraide_domain::organisation::Organisation;
use entraide_domain::platform::Platform;
use entraide_domain::shift::Shift;
use entraide_storage::OrganisationFigures;

/// What an organisation's dashboard shows.
#[derive(Debug, Clone)]
pub struct OrganisationBoard {
    /// Its platform.
    pub platform: Platform,
    /// The organisation.
    pub organisation: Organisation,
    /// Upcoming places, fill and hours.
    pub figures: OrganisationFigures,
    /// Hour reports, newest first, with the volunteer's name.
    pub reports: Vec<(HourReport, String)>,
    /// Every opportunity, drafts and closed ones included.
    pub opportunities: Vec<Opportunity>,
    /// Shifts not yet started and not cancelled, by start.
    pub upcoming: Vec<Shift>,
}

impl OrganisationBoard {
    /// The title of one of the organisation's opportunities.
    pub fn title_of(&self, id: OpportunityId) -> &str {
        self.opportunities.iter().find(|o| o.id == id).map_or("", |o| o.draft.title.as_str())
    }
}

impl App {
    /// The dashboard of an organisation, found by id (its coordinators and the platform's
    /// admins).
    pub async fn organisation_board(&self, actor: &Actor, organisation: &str) -> Result<OrganisationBoard> {
        // Checks the permission first.
        let (figures, reports) = self.organisation_dashboard(actor, organisation).await?;
        let (platform, organisation) = self.locate_organisation(organisation).await?;
        let opportunities = self.organisation_opportunities(Some(actor), &platform, organisation.id).await?;
        let ids: Vec<OpportunityId> = opportunities.iter().map(|o| o.id).collect();
        let at = self.now();
        let upcoming = self
            .store
            .shifts_of(platform.id, &ids)
            .await?
            .into_iter()
            .filter(|s| s.cancelled_at.is_none() && s.starts_at >= at)
            .collect();
        Ok(OrganisationBoard { platform, organisation, figures, reports, opportunities, upcoming })
    }
}
