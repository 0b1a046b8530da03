//! Organisations: creating them, their members, and their verification.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::Invalid;
use entraide_domain::account::Email;
use entraide_domain::id::{AccountId, OrganisationId};
use entraide_domain::organisation::{NewOrganisation, Organisation, OrganisationRole};
use entraide_domain::platform::Platform;
use entraide_storage::OrganisationMember;

/// An organisation as one person may see it.
#[derive(Debug, Clone)]
pub struct OrganisationPage {
    /// Its platform.
    pub platform: Platform,
    /// The organisation.
    pub organisation: Organisation,
    /// Its members: only for its own members and platform admins.
    pub members: Option<Vec<OrganisationMember>>,
    /// The viewer may add and remove members.
    pub can_manage: bool,
    /// The viewer may mark it verified.
    pub can_verify: bool,
    /// The viewer may publish for it and see its dashboard.
    pub can_coordinate: bool,
    /// The viewer may spend its credits (its admins).
    pub can_pay: bool,
    /// The viewer may read its credits (its members).
    pub can_see_credits: bool,
}

impl App {
    /// Creates an organisation on a platform; the creator becomes its admin (and a
    /// member of the platform, if not yet).
    pub async fn create_organisation(&self, actor: &Actor, slug: &str, new: &NewOrganisation) -> Result<Organisation> {
        let platform = self.platform(slug).await?;
        self.ensure_member(platform.id, actor.account.id).await?;
        Ok(self.store.create_organisation(platform.id, new, actor.account.id, self.now()).await?)
    }

    /// The organisations of a platform.
    pub async fn organisations(&self, platform: &Platform) -> Result<Vec<Organisation>> {
        Ok(self.store.list_organisations(platform.id).await?)
    }

    /// Finds an organisation by its id alone (API paths name no platform).
    pub async fn locate_organisation(&self, id: &str) -> Result<(Platform, Organisation)> {
        let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound("organisation"))?;
        let platform_id = self.store.organisation_platform(id).await?.ok_or(AppError::NotFound("organisation"))?;
        let platform = self.platform_by_id(platform_id).await?;
        let organisation = self.store.organisation(platform.id, id).await?.ok_or(AppError::NotFound("organisation"))?;
        Ok((platform, organisation))
    }

    /// An organisation of this platform, as `viewer` may see it.
    pub async fn organisation_page(&self, viewer: Option<&Actor>, slug: &str, id: &str) -> Result<OrganisationPage> {
        let platform = self.platform(slug).await?;
        let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound("organisation"))?;
        let organisation = self.store.organisation(platform.id, id).await?.ok_or(AppError::NotFound("organisation"))?;
        self.page_for(viewer, platform, organisation).await
    }

    /// The same view, for an organisation found by id.
    pub async fn organisation_page_by_id(&self, viewer: Option<&Actor>, id: &str) -> Result<OrganisationPage> {
        let (platform, organisation) = self.locate_organisation(id).await?;
        self.page_for(viewer, platform, organisation).await
    }

    async fn page_for(
        &self,
        viewer: Option<&Actor>,
        platform: Platform,
        organisation: Organisation,
    ) -> Result<OrganisationPage> {
        let (viewer_role, platform_admin) = match viewer {
            Some(actor) => (
                self.store.organisation_role(platform.id, organisation.id, actor.account.id).await?,
                self.is_platform_admin(actor, platform.id).await?,
            ),
            None => (None, false),
        };
        let members = if viewer_role.is_some() || platform_admin {
            Some(self.store.organisation_members(platform.id, organisation.id).await?)
        } else {
            None
        };
        Ok(OrganisationPage {
            can_manage: platform_admin || viewer_role == Some(OrganisationRole::Admin),
            can_verify: platform_admin,
            can_coordinate: platform_admin || viewer_role.is_some(),
            can_pay: viewer_role == Some(OrganisationRole::Admin),
            can_see_credits: viewer_role.is_some(),
            platform,
            organisation,
            members,
        })
    }

    /// Adds a person (by the address they sign in with) to an organisation, or changes
    /// their role. Organisation admins and platform admins may.
    pub async fn put_organisation_member(
        &self,
        actor: &Actor,
        organisation: &str,
        email: &str,
        role: &str,
    ) -> Result<AccountId> {
        let page = self.organisation_page_by_id(Some(actor), organisation).await?;
        if !page.can_manage {
            return Err(AppError::Forbidden);
        }
        let mut invalid = Invalid::default();
        let email = invalid.check(Email::parse(email, "email"));
        let role = invalid.check(OrganisationRole::parse(role, "role"));
        let (Some(email), Some(role)) = (email, role) else {
            return Err(invalid.into());
        };
        let (account, _) = self
            .store
            .account_by_email(&email)
            .await?
            .ok_or_else(|| AppError::Invalid(Invalid::one("email", "account-unknown")))?;
        self.ensure_member(page.platform.id, account.id).await?;
        self.store
            .put_organisation_member(page.platform.id, page.organisation.id, account.id, role, self.now())
            .await?;
        Ok(account.id)
    }

    /// Removes a member. Organisation admins and platform admins may remove anyone; a
    /// member may leave.
    pub async fn remove_organisation_member(&self, actor: &Actor, organisation: &str, account: &str) -> Result<()> {
        let page = self.organisation_page_by_id(Some(actor), organisation).await?;
        let account: AccountId = account.parse().map_err(|_| AppError::NotFound("member"))?;
        if !page.can_manage && account != actor.account.id {
            return Err(AppError::Forbidden);
        }
        Ok(self.store.remove_organisation_member(page.platform.id, page.organisation.id, account).await?)
    }

    /// Marks an organisation verified, or takes the mark away; platform admins may.
    pub async fn set_organisation_verified(&self, actor: &Actor, organisation: &str, verified: bool) -> Result<()> {
        let page = self.organisation_page_by_id(Some(actor), organisation).await?;
        if !page.can_verify {
            return Err(AppError::Forbidden);
        }
        let (by, at) = if verified { (Some(actor.account.id), Some(self.now())) } else { (None, None) };
        Ok(self.store.set_organisation_verified(page.platform.id, page.organisation.id, by, at).await?)
    }

    /// The organisations a person belongs to on a platform.
    pub async fn my_organisations(
        &self,
        actor: &Actor,
        platform: &Platform,
    ) -> Result<Vec<(Organisation, OrganisationRole)>> {
        Ok(self.store.organisations_of(platform.id, actor.account.id).await?)
    }
}
