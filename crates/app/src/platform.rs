//! Platforms: creating them, joining them, and who runs them.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::platform::{NewPlatform, Platform, PlatformRole, Slug};

/// A platform's home page, as one viewer may see it.
#[derive(Debug, Clone)]
pub struct PlatformHome {
    /// The platform.
    pub platform: Platform,
    /// The platform it sits under, if any.
    pub parent: Option<Platform>,
    /// Its organisations.
    pub organisations: Vec<entraide_domain::organisation::Organisation>,
    /// The viewer's role there (none: not a member, or suspended there).
    pub role: Option<PlatformRole>,
    /// The organisations the viewer belongs to there, with their role.
    pub mine: Vec<(entraide_domain::organisation::Organisation, entraide_domain::organisation::OrganisationRole)>,
    /// The viewer runs the platform: its lists and its moderation are theirs.
    pub can_administer: bool,
}

impl App {
    /// A platform's home page for `viewer`.
    pub async fn platform_home(&self, viewer: Option<&Actor>, slug: &str) -> Result<PlatformHome> {
        let platform = self.platform(slug).await?;
        let parent = match platform.parent_id {
            Some(id) => Some(self.platform_by_id(id).await?),
            None => None,
        };
        let organisations = self.store.list_organisations(platform.id).await?;
        let (role, mine) = match viewer {
            Some(actor) => (
                self.platform_role(actor, platform.id).await?,
                self.store.organisations_of(platform.id, actor.account.id).await?,
            ),
            None => (None, Vec::new()),
        };
        let can_administer = role == Some(PlatformRole::Admin);
        Ok(PlatformHome { platform, parent, organisations, role, mine, can_administer })
    }

    /// Creates a platform; only instance admins may.
    pub async fn create_platform(&self, actor: &Actor, new: &NewPlatform) -> Result<Platform> {
        if !actor.is_instance_admin() {
            return Err(AppError::Forbidden);
        }
        self.create_platform_unchecked(new).await
    }

    /// Creates a platform on the operator's word (the command line).
    pub async fn create_platform_unchecked(&self, new: &NewPlatform) -> Result<Platform> {
        let platform = self.store.create_platform(new, self.now()).await.map_err(|e| match e {
            entraide_storage::StoreError::NotFound("parent") => {
                AppError::Invalid(entraide_domain::Invalid::one("parent", "platform-unknown"))
            }
            other => other.into(),
        })?;
        self.seed_terms(&platform).await?;
        self.seed_help_categories(&platform).await?;
        Ok(platform)
    }

    /// Every platform, for the home page.
    pub async fn platforms(&self) -> Result<Vec<Platform>> {
        Ok(self.store.list_platforms().await?)
    }

    /// Every platform with what is going on there now, for the home page.
    pub async fn platforms_with_figures(&self) -> Result<Vec<(Platform, entraide_storage::PlatformFigures)>> {
        let platforms = self.store.list_platforms().await?;
        let figures: std::collections::HashMap<_, _> =
            self.store.platform_figures(self.now()).await?.into_iter().collect();
        Ok(platforms
            .into_iter()
            .map(|p| {
                let figures = figures.get(&p.id).copied().unwrap_or_default();
                (p, figures)
            })
            .collect())
    }

    /// The platform with this slug; `NotFound` for a malformed or unknown slug.
    pub async fn platform(&self, slug: &str) -> Result<Platform> {
        let slug = Slug::parse(slug, "slug").map_err(|_| AppError::NotFound("platform"))?;
        self.store.platform_by_slug(&slug).await?.ok_or(AppError::NotFound("platform"))
    }

    /// The platform with this id.
    pub async fn platform_by_id(&self, id: PlatformId) -> Result<Platform> {
        self.store.platform_by_id(id).await?.ok_or(AppError::NotFound("platform"))
    }

    /// The person's role on the platform; instance admins count as admins everywhere.
    pub async fn platform_role(&self, actor: &Actor, platform: PlatformId) -> Result<Option<PlatformRole>> {
        if actor.is_instance_admin() {
            return Ok(Some(PlatformRole::Admin));
        }
        Ok(self.store.platform_role(platform, actor.account.id).await?)
    }

    /// Whether the person runs this platform.
    pub async fn is_platform_admin(&self, actor: &Actor, platform: PlatformId) -> Result<bool> {
        Ok(self.platform_role(actor, platform).await? == Some(PlatformRole::Admin))
    }

    /// The person's role on the platform, for what only its members may do: `Denied`
    /// (saying so) for someone its moderators suspended there, `Forbidden` for anyone
    /// else who is not a member.
    pub async fn require_member(&self, actor: &Actor, platform: PlatformId) -> Result<PlatformRole> {
        match self.platform_role(actor, platform).await? {
            Some(role) => Ok(role),
            None => {
                self.refuse_if_suspended_on(platform, actor.account.id).await?;
                Err(AppError::Forbidden)
            }
        }
    }

    /// `Forbidden` unless the person runs the platform (its admins, instance admins).
    pub async fn require_platform_admin(&self, actor: &Actor, platform: PlatformId) -> Result<()> {
        if self.is_platform_admin(actor, platform).await? { Ok(()) } else { Err(AppError::Forbidden) }
    }

    /// `Denied("platform-suspended")` when the platform's moderators suspended the person.
    pub(crate) async fn refuse_if_suspended_on(&self, platform: PlatformId, account: AccountId) -> Result<()> {
        match self.store.platform_membership(platform, account).await? {
            Some(membership) if membership.suspended_at.is_some() => Err(AppError::Denied("platform-suspended")),
            _ => Ok(()),
        }
    }

    /// Joins a platform as a member; `Conflict("member")` if already one.
    pub async fn join_platform(&self, actor: &Actor, slug: &str) -> Result<Platform> {
        let platform = self.platform(slug).await?;
        self.refuse_if_suspended_on(platform.id, actor.account.id).await?;
        self.store.add_platform_member(platform.id, actor.account.id, PlatformRole::Member, self.now()).await?;
        Ok(platform)
    }

    /// Makes sure the person belongs to the platform (joining it if needed), unless they
    /// are suspended there.
    pub(crate) async fn ensure_member(&self, platform: PlatformId, account: AccountId) -> Result<()> {
        self.refuse_if_suspended_on(platform, account).await?;
        match self.store.add_platform_member(platform, account, PlatformRole::Member, self.now()).await {
            Ok(()) | Err(entraide_storage::StoreError::Conflict(_)) => Ok(()),
            Err(other) => Err(other.into()),
        }
    }

    /// Sets someone's role on a platform; platform admins and instance admins may.
    pub async fn set_platform_role(&self, actor: &Actor, slug: &str, account: &str, role: &str) -> Result<()> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let role = PlatformRole::parse(role, "role")?;
        let account: AccountId = account.parse().map_err(|_| AppError::NotFound("account"))?;
        let exists = self.store.account(account).await?.is_some_and(|a| a.erased_at.is_none());
        if !exists {
            return Err(AppError::NotFound("account"));
        }
        Ok(self.store.set_platform_role(platform.id, account, role, self.now()).await?)
    }

    /// Makes an account admin of a platform on the operator's word (the command line and
    /// the demo).
    pub async fn grant_platform_admin(&self, slug: &str, email: &str) -> Result<()> {
        let platform = self.platform(slug).await?;
        let email = entraide_domain::account::Email::parse(email, "email")?;
        let (account, _) = self.store.account_by_email(&email).await?.ok_or(AppError::NotFound("account"))?;
        Ok(self.store.set_platform_role(platform.id, account.id, PlatformRole::Admin, self.now()).await?)
    }

    /// The platforms a person belongs to.
    pub async fn my_platforms(&self, actor: &Actor) -> Result<Vec<(Platform, PlatformRole)>> {
        Ok(self.store.platforms_of(actor.account.id).await?)
    }

    /// The platform a person who just signed in lands on when no page asked for the
    /// sign-in: the first of theirs, if they belong to any.
    pub async fn landing_platform(&self, signed_in: &crate::SignInOutcome) -> Result<Option<Platform>> {
        Ok(self.store.platforms_of(signed_in.account.id).await?.into_iter().next().map(|(platform, _)| platform))
    }
}
