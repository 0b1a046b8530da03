//! The storage traits, one per aggregate. Front-ends never see SQL.

mod calendar;
mod help;
mod hours;
mod invitation;
mod job;
mod ledger;
mod notification;
mod opportunity;
mod place;
mod policy;
mod profile;
mod safety;
mod seed;
mod shift;
mod signup;
mod standing_offer;

pub use calendar::*;
pub use help::*;
pub use hours::*;
pub use invitation::*;
pub use job::*;
pub use ledger::*;
pub use notification::*;
pub use opportunity::*;
pub use place::*;
pub use policy::*;
pub use profile::*;
pub use safety::*;
pub use seed::*;
pub use shift::*;
pub use signup::*;
pub use standing_offer::*;

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::account::{Account, Email, LinkPurpose, NewAccount};
use entraide_domain::id::{AccountId, ApiTokenId, OrganisationId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::organisation::{NewOrganisation, Organisation, OrganisationRole};
use entraide_domain::platform::{NewPlatform, Platform, PlatformRole, Slug};
use entraide_domain::time::Timestamp;

/// A person's place on a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    /// Member or admin.
    pub role: PlatformRole,
    /// When the platform's moderators suspended them there, if they did.
    pub suspended_at: Option<Timestamp>,
}

/// Platforms and who belongs to them.
#[async_trait]
pub trait PlatformStore: Send + Sync {
    /// Creates a platform; `Conflict("slug")` if the slug is taken, `NotFound("parent")`
    /// if the parent does not exist.
    async fn create_platform(&self, new: &NewPlatform, at: Timestamp) -> Result<Platform>;
    /// The platform with this slug.
    async fn platform_by_slug(&self, slug: &Slug) -> Result<Option<Platform>>;
    /// The platform with this id.
    async fn platform_by_id(&self, id: PlatformId) -> Result<Option<Platform>>;
    /// Every platform, by name.
    async fn list_platforms(&self) -> Result<Vec<Platform>>;
    /// Live figures of every platform at `now`, for the home page.
    async fn platform_figures(&self, now: Timestamp) -> Result<Vec<(PlatformId, PlatformFigures)>>;
    /// Adds a person to a platform; `Conflict("member")` if they already belong.
    async fn add_platform_member(
        &self,
        platform: PlatformId,
        account: AccountId,
        role: PlatformRole,
        at: Timestamp,
    ) -> Result<()>;
    /// Sets a member's role, adding them if they were not a member.
    async fn set_platform_role(
        &self,
        platform: PlatformId,
        account: AccountId,
        role: PlatformRole,
        at: Timestamp,
    ) -> Result<()>;
    /// The person's role on the platform, if they belong to it and are not suspended
    /// there: every permission rests on this, so a suspended member acts as a stranger.
    async fn platform_role(&self, platform: PlatformId, account: AccountId) -> Result<Option<PlatformRole>>;
    /// A person's membership of a platform, suspended or not.
    async fn platform_membership(&self, platform: PlatformId, account: AccountId) -> Result<Option<Membership>>;
    /// The platforms a person belongs to, with their role.
    async fn platforms_of(&self, account: AccountId) -> Result<Vec<(Platform, PlatformRole)>>;
}

/// What is going on on a platform, as the home page counts it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlatformFigures {
    /// Its members (not suspended).
    pub members: i64,
    /// Published opportunities with a time still to come.
    pub opportunities: i64,
    /// Requests for help still open and not past.
    pub open_requests: i64,
}

/// Accounts.
#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Creates an account; `Conflict("email")` if the address is taken.
    async fn create_account(&self, id: AccountId, new: &NewAccount, at: Timestamp) -> Result<Account>;
    /// The account with this id (erased ones included).
    async fn account(&self, id: AccountId) -> Result<Option<Account>>;
    /// The account that signs in with this address, with its password hash.
    async fn account_by_email(&self, email: &Email) -> Result<Option<(Account, String)>>;
    /// The password hash of an account that can still sign in.
    async fn password_hash(&self, id: AccountId) -> Result<Option<String>>;
    /// Stores a person's preferred language.
    async fn set_locale(&self, id: AccountId, locale: Locale) -> Result<()>;
    /// Stores (or clears) a person's date of birth.
    async fn set_birth_date(&self, id: AccountId, birth_date: Option<chrono::NaiveDate>) -> Result<()>;
    /// Replaces the password hash and ends every session and token but `keep_session`.
    async fn set_password_hash(
        &self,
        id: AccountId,
        hash: &str,
        keep_session: Option<&str>,
        at: Timestamp,
    ) -> Result<()>;
    /// Grants or removes instance administration.
    async fn set_instance_admin(&self, id: AccountId, is_admin: bool) -> Result<()>;
    /// Keeps a link mailed to a person (only the hash of its secret).
    async fn create_account_link(&self, link: &NewAccountLink) -> Result<()>;
    /// The account a link is for, while the link works: unused, not expired, and the
    /// account still has the address it went to and can sign in.
    async fn account_link(&self, token_hash: &str, purpose: LinkPurpose, now: Timestamp) -> Result<Option<Account>>;
    /// Uses a password-reset link: at once sets the new password hash, ends every
    /// session and API token of the account and spends every reset link it has; `None`
    /// when the link no longer works (used meanwhile, or expired).
    async fn reset_password(&self, token_hash: &str, hash: &str, now: Timestamp) -> Result<Option<AccountId>>;
    /// Changes the name others see.
    async fn set_display_name(&self, id: AccountId, name: &str) -> Result<()>;
    /// Stores (or clears) the phone number the coordinators of the person's shifts see.
    async fn set_phone(&self, id: AccountId, phone: Option<&str>) -> Result<()>;
    /// The account an address-confirmation link is for and the address it confirms
    /// (the account's own, or a new one it asked to move to), while the link works.
    async fn email_confirmation(&self, token_hash: &str, now: Timestamp) -> Result<Option<(Account, Email)>>;
    /// Uses an address-confirmation link: the address becomes the account's, confirmed,
    /// every other confirmation link of the account is spent and no move waits any more.
    async fn confirm_email(&self, token_hash: &str, now: Timestamp) -> Result<EmailConfirmation>;
    /// The new address the account asked to move to and has not confirmed yet.
    async fn pending_email(&self, id: AccountId) -> Result<Option<Email>>;
    /// Keeps the new address the account asks to move to (replacing any earlier one).
    async fn set_pending_email(&self, id: AccountId, email: &Email) -> Result<()>;
    /// Whether another account signs in with this address (or one erased to nothing).
    async fn email_taken(&self, email: &Email, by_other_than: AccountId) -> Result<bool>;
}

/// What using an address-confirmation link did.
#[derive(Debug, Clone, PartialEq)]
pub enum EmailConfirmation {
    /// The address is now the account's and confirmed; `previous` is the address it
    /// replaced, if it changed.
    Confirmed {
        /// The account, as it is now.
        account: Account,
        /// The address it had before, when the link moved it to a new one.
        previous: Option<Email>,
    },
    /// Another account took the address since the link was sent; nothing changed.
    Taken,
    /// The link was used, expired, or never existed; nothing changed.
    NotWorking,
}

/// A link mailed to a person, as kept.
#[derive(Debug, Clone)]
pub struct NewAccountLink {
    /// The hash of the link's secret.
    pub token_hash: String,
    /// Whose account.
    pub account: AccountId,
    /// What it lets them do.
    pub purpose: LinkPurpose,
    /// The address it was mailed to.
    pub email: Email,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it stops working.
    pub expires_at: Timestamp,
}

/// A member of an organisation, as listed on its page.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationMember {
    /// The person.
    pub account_id: AccountId,
    /// Their name.
    pub display_name: String,
    /// Their role.
    pub role: OrganisationRole,
    /// Since when.
    pub added_at: Timestamp,
}

/// Organisations and their members.
#[async_trait]
pub trait OrganisationStore: Send + Sync {
    /// Creates an organisation with `creator` as its first admin, in one transaction.
    async fn create_organisation(
        &self,
        platform: PlatformId,
        new: &NewOrganisation,
        creator: AccountId,
        at: Timestamp,
    ) -> Result<Organisation>;
    /// Which platform an organisation belongs to: the one lookup that starts from an id
    /// alone, for API paths that name only the organisation.
    async fn organisation_platform(&self, id: OrganisationId) -> Result<Option<PlatformId>>;
    /// The organisation, if it belongs to this platform.
    async fn organisation(&self, platform: PlatformId, id: OrganisationId) -> Result<Option<Organisation>>;
    /// The platform's organisations, by name.
    async fn list_organisations(&self, platform: PlatformId) -> Result<Vec<Organisation>>;
    /// These organisations of the platform (those that exist), in no order.
    async fn organisations_by_ids(&self, platform: PlatformId, ids: &[OrganisationId]) -> Result<Vec<Organisation>>;
    /// The organisation's members, admins first, then by name.
    async fn organisation_members(&self, platform: PlatformId, id: OrganisationId) -> Result<Vec<OrganisationMember>>;
    /// A person's role in the organisation, if any.
    async fn organisation_role(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
    ) -> Result<Option<OrganisationRole>>;
    /// The organisations a person belongs to on this platform.
    async fn organisations_of(
        &self,
        platform: PlatformId,
        account: AccountId,
    ) -> Result<Vec<(Organisation, OrganisationRole)>>;
    /// Adds a member, or changes their role; refuses (`Refused("last-admin")`) to take
    /// the admin role from the last admin.
    async fn put_organisation_member(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
        role: OrganisationRole,
        at: Timestamp,
    ) -> Result<()>;
    /// Removes a member; `NotFound("member")` if they were none, `Refused("last-admin")`
    /// if they are the last admin.
    async fn remove_organisation_member(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
    ) -> Result<()>;
    /// Marks the organisation verified (or not) by a platform admin.
    async fn set_organisation_verified(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        by: Option<AccountId>,
        at: Option<Timestamp>,
    ) -> Result<()>;
}

/// An API token as its owner sees it (never the secret).
#[derive(Debug, Clone, PartialEq)]
pub struct ApiTokenInfo {
    /// Its id.
    pub id: ApiTokenId,
    /// What its owner called it.
    pub label: String,
    /// When it was issued.
    pub created_at: Timestamp,
    /// When it was revoked, if it was.
    pub revoked_at: Option<Timestamp>,
}

/// Sessions, API tokens and the counters of attempts. Secrets are stored only as
/// hashes: whoever reads the database cannot sign in with what they find.
#[async_trait]
pub trait AuthStore: Send + Sync {
    /// Stores a browser session.
    async fn create_session(
        &self,
        token_hash: &str,
        account: AccountId,
        at: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()>;
    /// The account of a session that has not expired at `now`.
    async fn session_account(&self, token_hash: &str, now: Timestamp) -> Result<Option<AccountId>>;
    /// Ends a session.
    async fn delete_session(&self, token_hash: &str) -> Result<()>;
    /// Stores an API token.
    async fn create_api_token(
        &self,
        id: ApiTokenId,
        token_hash: &str,
        account: AccountId,
        label: &str,
        at: Timestamp,
    ) -> Result<()>;
    /// The account and id of a token that has not been revoked.
    async fn token_account(&self, token_hash: &str) -> Result<Option<(AccountId, ApiTokenId)>>;
    /// A person's tokens, newest first.
    async fn api_tokens(&self, account: AccountId) -> Result<Vec<ApiTokenInfo>>;
    /// Revokes one of a person's tokens; `NotFound("token")` if they have no such token.
    async fn revoke_api_token(&self, account: AccountId, id: ApiTokenId, at: Timestamp) -> Result<()>;
    /// Counts an attempt under a key (`email:…`, `client:…`), in one transaction that
    /// holds the key's counter: `decide` gets the counter as it stands (`None` before a
    /// first attempt) and gives the new one, or the instant before which the attempt is
    /// refused (then nothing is written). Simultaneous attempts under one key take turns,
    /// in every process sharing the database, so each is counted before any is let in.
    async fn count_attempt(
        &self,
        key: &str,
        decide: &(dyn Fn(Option<Throttle>) -> std::result::Result<Throttle, Timestamp> + Send + Sync),
    ) -> Result<std::result::Result<(), Timestamp>>;
    /// The counter of attempts under a key, if any attempt is counted.
    async fn throttle(&self, key: &str) -> Result<Option<Throttle>>;
    /// Forgets a key's attempts (after a successful sign-in).
    async fn clear_throttle(&self, key: &str) -> Result<()>;
    /// Takes back one attempt counted under a key (it turned out not to be a failure).
    async fn release_throttle(&self, key: &str) -> Result<()>;
    /// Forgets counters whose window and wait both ended before `before`; returns how
    /// many.
    async fn prune_throttles(&self, before: Timestamp) -> Result<u64>;
}

/// A counter of attempts under one key, within a window of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttle {
    /// Attempts counted in the window.
    pub count: i64,
    /// When the window began (its first attempt).
    pub window_start: Timestamp,
    /// No attempt is allowed before this instant.
    pub next_at: Timestamp,
}

/// Everything stored about one person, for the export a person may ask for.
/// When a feature stores something about people, it adds a field here and fills it in
/// both backends' `personal_data` code, which also erases it.
#[derive(Debug, Clone)]
pub struct PersonalData {
    /// The account itself.
    pub account: Account,
    /// Platforms joined, with role and date.
    pub platforms: Vec<(Slug, PlatformRole, Timestamp)>,
    /// Organisation memberships: platform slug, organisation id and name, role, since.
    pub organisations: Vec<(Slug, OrganisationId, String, OrganisationRole, Timestamp)>,
    /// Browser sessions: created and expiry (never the secret).
    pub sessions: Vec<(Timestamp, Timestamp)>,
    /// API tokens (never the secret).
    pub api_tokens: Vec<ApiTokenInfo>,
    /// Private calendar feeds: created, and revoked if they were (never the secret).
    pub calendar_feeds: Vec<(Timestamp, Option<Timestamp>)>,
    /// In-app notifications, oldest first.
    pub notifications: Vec<Notification>,
    /// Mails addressed to them in the outbox, oldest first.
    pub mails: Vec<OutboxMail>,
    /// Sign-ups for shifts, with the shift and opportunity.
    pub signups: Vec<SignupDetails>,
    /// Hours reported.
    pub hour_reports: Vec<entraide_domain::hours::HourReport>,
    /// Ledger entries they paid or received, on every platform, oldest first.
    pub ledger_entries: Vec<entraide_domain::ledger::Entry>,
    /// Their ledger balances, on every platform.
    pub ledger_balances: Vec<entraide_domain::ledger::Balance>,
    /// Requests for help they made, with address, exact place, the person helped and
    /// the consent recorded, oldest first.
    pub help_requests: Vec<entraide_domain::help::HelpRequest>,
    /// Offers to help they made, oldest first.
    pub help_offers: Vec<entraide_domain::help::Offer>,
    /// Messages they wrote in help threads, oldest first.
    pub help_messages: Vec<entraide_domain::help::HelpMessage>,
    /// Their standing offers.
    pub standing_offers: Vec<entraide_domain::standing_offer::StandingOffer>,
    /// The thanks they wrote.
    pub thanks: Vec<Thanks>,
    /// The people they blocked.
    pub blocks: Vec<Blocked>,
    /// The reports they filed.
    pub reports: Vec<entraide_domain::safety::Report>,
    /// The shifts they were invited to, and when.
    pub invitations: Vec<(entraide_domain::id::ShiftId, Timestamp)>,
    /// Their volunteer profile (exact home point included), if they wrote one.
    pub profile: Option<entraide_domain::profile::Profile>,
}

/// Export and erasure of a person's data, across every feature.
#[async_trait]
pub trait PersonalDataStore: Send + Sync {
    /// Everything stored about the person.
    async fn export_personal_data(&self, account: AccountId) -> Result<Option<PersonalData>>;
    /// Erases the person's personal data in one transaction: email, name, birth date,
    /// password, sessions, tokens, memberships. The account row stays, anonymous, so
    /// history that points at it stays whole.
    async fn erase_personal_data(&self, account: AccountId, at: Timestamp) -> Result<()>;
}

/// Liveness.
#[async_trait]
pub trait HealthStore: Send + Sync {
    /// Succeeds when the database answers.
    async fn ping(&self) -> Result<()>;
    /// Which backend this is (`sqlite` or `postgres`), for logs and tests.
    fn backend(&self) -> &'static str;
}
