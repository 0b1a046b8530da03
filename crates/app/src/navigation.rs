//! What the header offers on a page: the platform the reader is on (or, off any
//! platform's pages, their own) with its main places, and the places their role there
//! opens (a coordinator's dashboard, the admins' moderation queue and outbox).

use crate::error::Result;
use crate::{Actor, App};
use entraide_domain::id::OrganisationId;
use entraide_domain::platform::{Platform, PlatformRole, Slug};

/// The platform the header shows, and what the reader may open there.
#[derive(Debug, Clone)]
pub struct PlatformNav {
    /// The platform.
    pub platform: Platform,
    /// The reader belongs to it.
    pub member: bool,
    /// The reader runs it: its moderation queue and outbox.
    pub admin: bool,
    /// The organisation whose dashboard the reader opens (the first they coordinate
    /// here), if any.
    pub dashboard: Option<OrganisationId>,
}

impl App {
    /// The header's platform for a page: the one named by `slug` (the page is one of its
    /// pages), else the reader's own first platform; `None` when there is none.
    pub async fn navigation(&self, viewer: Option<&Actor>, slug: Option<&str>) -> Result<Option<PlatformNav>> {
        let platform = match (slug.and_then(|s| Slug::parse(s, "slug").ok()), viewer) {
            (Some(slug), _) => self.store.platform_by_slug(&slug).await?,
            (None, Some(actor)) => {
                self.store.platforms_of(actor.account.id).await?.into_iter().next().map(|(platform, _)| platform)
            }
            (None, None) => None,
        };
        let Some(platform) = platform else { return Ok(None) };
        let Some(actor) = viewer else {
            return Ok(Some(PlatformNav { platform, member: false, admin: false, dashboard: None }));
        };
        let role = self.platform_role(actor, platform.id).await?;
        let dashboard = self
            .store
            .organisations_of(platform.id, actor.account.id)
            .await?
            .into_iter()
            .next()
            .map(|(organisation, _)| organisation.id);
        Ok(Some(PlatformNav { member: role.is_some(), admin: role == Some(PlatformRole::Admin), dashboard, platform }))
    }
}
