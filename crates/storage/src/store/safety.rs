//! Storage of safety between neighbours: blocks, reports, moderation.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, HelpRequestId, PlatformId, ReportId};
use entraide_domain::safety::{ModerationAction, ModerationRecord, Report, ReportTarget};
use entraide_domain::time::Timestamp;
use uuid::Uuid;

/// A person someone blocked.
#[derive(Debug, Clone, PartialEq)]
pub struct Blocked {
    /// The person blocked.
    pub account_id: AccountId,
    /// Their name.
    pub display_name: String,
    /// Since when.
    pub since: Timestamp,
}

/// What reported content says, for the moderator who reads the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedContent {
    /// The request the content belongs to (itself, for a request).
    pub request_id: HelpRequestId,
    /// The text (a request's title and description, an offer's message, a message).
    pub text: String,
    /// Already hidden.
    pub hidden: bool,
}

/// A report to file.
#[derive(Debug, Clone, Copy)]
pub struct NewReport<'a> {
    /// Who reports.
    pub reporter: AccountId,
    /// What kind of thing.
    pub target: ReportTarget,
    /// Which one.
    pub id: Uuid,
    /// Who wrote it.
    pub author: AccountId,
    /// Why.
    pub reason: &'a str,
}

/// One moderation action, as a moderator decided it.
#[derive(Debug, Clone, Copy)]
pub struct ModerationStep<'a> {
    /// What to do.
    pub action: ModerationAction,
    /// To whom.
    pub account: AccountId,
    /// On which report (needed to hide).
    pub report: Option<&'a Report>,
    /// Why: logged, and told to a warned person.
    pub reason: &'a str,
}

/// Blocks, reports and the moderation log.
#[async_trait]
pub trait SafetyStore: Send + Sync {
    /// `blocker` blocks `blocked` (again is fine).
    async fn block(&self, blocker: AccountId, blocked: AccountId, at: Timestamp) -> Result<()>;
    /// Lifts a block; whether there was one.
    async fn unblock(&self, blocker: AccountId, blocked: AccountId) -> Result<bool>;
    /// The people someone blocked, by name.
    async fn blocked_by(&self, blocker: AccountId) -> Result<Vec<Blocked>>;
    /// Everyone the person blocked or was blocked by.
    async fn blocked_either_way(&self, account: AccountId) -> Result<Vec<AccountId>>;
    /// Whether either of the two blocked the other.
    async fn blocked_between(&self, a: AccountId, b: AccountId) -> Result<bool>;

    /// Which platform a piece of content belongs to.
    async fn content_platform(&self, target: ReportTarget, id: Uuid) -> Result<Option<PlatformId>>;
    /// The author of a piece of content on the platform and what it says; `None` if no
    /// such content exists there.
    async fn reported_content(
        &self,
        platform: PlatformId,
        target: ReportTarget,
        id: Uuid,
    ) -> Result<Option<(AccountId, ReportedContent)>>;
    /// Files a report.
    async fn create_report(&self, platform: PlatformId, report: &NewReport<'_>, at: Timestamp) -> Result<Report>;
    /// A report of the platform.
    async fn report(&self, platform: PlatformId, id: ReportId) -> Result<Option<Report>>;
    /// The platform's reports nobody dealt with yet, oldest first.
    async fn open_reports(&self, platform: PlatformId) -> Result<Vec<Report>>;
    /// Acts and logs the action in one transaction. Hide sets the reported content
    /// hidden; warn queues a notice to the account; suspend marks the person suspended
    /// on this platform (they keep their account and other platforms); reinstate lifts
    /// it; every action on a report closes it, and the other open reports of the same
    /// content.
    async fn moderate(
        &self,
        platform: PlatformId,
        moderator: AccountId,
        step: &ModerationStep<'_>,
        at: Timestamp,
    ) -> Result<ModerationRecord>;
    /// The platform's moderation log, newest first.
    async fn moderation_log(&self, platform: PlatformId, limit: i64) -> Result<Vec<ModerationRecord>>;
    /// Suspends an account everywhere (ending its sessions and tokens at once), or lifts
    /// that, and logs who (`None`: the operator) and why, in one transaction;
    /// `NotFound("account")` for an unknown or erased account.
    async fn set_account_suspension(
        &self,
        account: AccountId,
        moderator: Option<AccountId>,
        suspend: bool,
        reason: &str,
        at: Timestamp,
    ) -> Result<()>;
    /// Whether the account is suspended everywhere.
    async fn is_suspended(&self, account: AccountId) -> Result<bool>;
}
