//! Safety between neighbours: reporting, blocking, and the moderation queue of platform
//! admins (hide, warn, suspend, reinstate, dismiss), each action logged with who and why.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::id::{AccountId, ReportId};
use entraide_domain::platform::PlatformRole;
use entraide_domain::safety::{ModerationAction, ModerationRecord, Report, ReportInput, ReportTarget, parse_reason};
use entraide_domain::{FieldError, Invalid};
use entraide_storage::{Blocked, ModerationStep, NewReport, ReportedContent};
use std::collections::HashMap;

/// A report, with what it is about, for the moderation queue.
#[derive(Debug, Clone)]
pub struct QueuedReport {
    /// The report.
    pub report: Report,
    /// The content as it is now (gone when its author erased their data).
    pub content: Option<ReportedContent>,
    /// The author's name.
    pub author_name: String,
    /// Whether the author is suspended now.
    pub author_suspended: bool,
    /// The reporter's name.
    pub reporter_name: String,
}

/// A logged action, with names.
#[derive(Debug, Clone)]
pub struct LoggedAction {
    /// The action.
    pub record: ModerationRecord,
    /// Who acted.
    pub moderator_name: String,
    /// To whom.
    pub account_name: String,
}

/// A platform's moderation queue: open reports, oldest first, and the latest actions.
#[derive(Debug, Clone)]
pub struct ModerationQueue {
    /// Reports nobody dealt with yet.
    pub reports: Vec<QueuedReport>,
    /// The latest actions, newest first.
    pub log: Vec<LoggedAction>,
}

/// A moderation action, as typed.
#[derive(Debug, Clone, Default)]
pub struct ModerationInput {
    /// `hide`, `warn`, `suspend`, `reinstate` or `dismiss`.
    pub action: String,
    /// The report acted on (needed to hide or dismiss; names the person otherwise).
    pub report: Option<String>,
    /// The person acted on, when no report names them.
    pub account: Option<String>,
    /// Why: kept in the log, and told to a warned person.
    pub reason: String,
}

fn present(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl App {
    /// Reports a request, an offer or a message. The reporter must be able to see it:
    /// a member for a request, the two parties of its request for an offer or message.
    pub async fn report(&self, actor: &Actor, input: &ReportInput) -> Result<Report> {
        let (target, id, reason) = input.validate()?;
        let unknown = || AppError::Invalid(Invalid::one("id", "report-target-unknown"));
        let platform = self.store.content_platform(target, id).await?.ok_or_else(unknown)?;
        let (author, content) = self.store.reported_content(platform, target, id).await?.ok_or_else(unknown)?;
        let request = self.store.request(platform, content.request_id).await?.ok_or_else(unknown)?;
        let me = actor.account.id;
        let admin = self.is_platform_admin(actor, platform).await?;
        let sees = match target {
            ReportTarget::Request => self.platform_role(actor, platform).await?.is_some() && (!request.hidden || admin),
            ReportTarget::Offer | ReportTarget::Message => {
                admin || me == request.requester || Some(me) == request.helper || me == author
            }
        };
        if !sees {
            return Err(unknown());
        }
        let report = NewReport { reporter: me, target, id, author, reason: &reason };
        Ok(self.store.create_report(platform, &report, self.now()).await?)
    }

    /// Blocks a person: no more offers or messages between the two.
    pub async fn block(&self, actor: &Actor, account: &str) -> Result<()> {
        let other = self.other_person(actor, account).await?;
        Ok(self.store.block(actor.account.id, other, self.now()).await?)
    }

    /// The name of someone the person may block (anyone but themselves, not erased).
    pub async fn blockable_person(&self, actor: &Actor, account: &str) -> Result<(AccountId, String)> {
        let other = self.other_person(actor, account).await?;
        Ok((other, self.name_of(other).await?))
    }

    /// Lifts a block.
    pub async fn unblock(&self, actor: &Actor, account: &str) -> Result<()> {
        let other: AccountId = account.parse().map_err(|_| AppError::NotFound("account"))?;
        if self.store.unblock(actor.account.id, other).await? { Ok(()) } else { Err(AppError::NotFound("block")) }
    }

    /// The people the person blocked.
    pub async fn my_blocks(&self, actor: &Actor) -> Result<Vec<Blocked>> {
        Ok(self.store.blocked_by(actor.account.id).await?)
    }

    /// Refuses when either of two people blocked the other.
    pub(crate) async fn refuse_if_blocked(&self, a: AccountId, b: AccountId) -> Result<()> {
        if self.store.blocked_between(a, b).await? { Err(AppError::Denied("blocked")) } else { Ok(()) }
    }

    async fn other_person(&self, actor: &Actor, account: &str) -> Result<AccountId> {
        let other: AccountId = account.parse().map_err(|_| AppError::NotFound("account"))?;
        if other == actor.account.id {
            return Err(Invalid::one("account_id", "block-self").into());
        }
        match self.store.account(other).await? {
            Some(found) if found.erased_at.is_none() => Ok(other),
            _ => Err(AppError::NotFound("account")),
        }
    }

    async fn names(&self, ids: impl IntoIterator<Item = AccountId>) -> Result<HashMap<AccountId, String>> {
        let mut names = HashMap::new();
        for id in ids {
            if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(id) {
                slot.insert(self.name_of(id).await?);
            }
        }
        Ok(names)
    }

    /// The platform's moderation queue (platform admins).
    pub async fn moderation_queue(&self, actor: &Actor, slug: &str) -> Result<ModerationQueue> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let reports = self.store.open_reports(platform.id).await?;
        let log = self.store.moderation_log(platform.id, 50).await?;
        let people = reports
            .iter()
            .flat_map(|r| [r.author, r.reporter])
            .chain(log.iter().flat_map(|l| [l.moderator, l.account]));
        let names = self.names(people.collect::<Vec<_>>()).await?;
        let name = |id: &AccountId| names.get(id).cloned().unwrap_or_default();
        let mut queued = Vec::with_capacity(reports.len());
        for report in reports {
            let content =
                self.store.reported_content(platform.id, report.target, report.target_id).await?.map(|(_, c)| c);
            let author_suspended = self
                .store
                .platform_membership(platform.id, report.author)
                .await?
                .is_some_and(|m| m.suspended_at.is_some());
            queued.push(QueuedReport {
                author_name: name(&report.author),
                reporter_name: name(&report.reporter),
                author_suspended,
                content,
                report,
            });
        }
        let log = log
            .into_iter()
            .map(|record| LoggedAction {
                moderator_name: name(&record.moderator),
                account_name: name(&record.account),
                record,
            })
            .collect();
        Ok(ModerationQueue { reports: queued, log })
    }

    /// Whether someone runs the platform: one of its admins, or an instance admin.
    async fn runs_platform(&self, platform: entraide_domain::id::PlatformId, account: AccountId) -> Result<bool> {
        let admin_here =
            self.store.platform_membership(platform, account).await?.is_some_and(|m| m.role == PlatformRole::Admin);
        Ok(admin_here || self.store.account(account).await?.is_some_and(|a| a.is_instance_admin))
    }

    /// Suspends an account everywhere, or lifts that (instance admins only: a
    /// platform's team suspends people from their platform with `moderate`).
    pub async fn set_account_suspension(
        &self,
        actor: &Actor,
        account: &str,
        suspend: bool,
        reason: &str,
    ) -> Result<()> {
        if !actor.is_instance_admin() {
            return Err(AppError::Forbidden);
        }
        let account: AccountId = account.parse().map_err(|_| AppError::NotFound("account"))?;
        let reason = parse_reason(reason, "reason")?;
        if suspend && account == actor.account.id {
            return Err(AppError::Refused("moderate-self"));
        }
        Ok(self.store.set_account_suspension(account, Some(actor.account.id), suspend, &reason, self.now()).await?)
    }

    /// The same on the operator's word (the command line), for the account with this
    /// address.
    pub async fn set_account_suspension_by_operator(&self, email: &str, suspend: bool, reason: &str) -> Result<()> {
        let email = entraide_domain::account::Email::parse(email, "email")?;
        let reason = parse_reason(reason, "reason")?;
        let (account, _) = self.store.account_by_email(&email).await?.ok_or(AppError::NotFound("account"))?;
        Ok(self.store.set_account_suspension(account.id, None, suspend, &reason, self.now()).await?)
    }

    /// Acts on a report or a person (platform admins), and logs it.
    pub async fn moderate(&self, actor: &Actor, slug: &str, input: &ModerationInput) -> Result<ModerationRecord> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let mut invalid = Invalid::default();
        let action = invalid.check(
            ModerationAction::parse(&input.action)
                .ok_or_else(|| FieldError::new("action", "moderation-action-unknown")),
        );
        let reason = invalid.check(parse_reason(&input.reason, "reason"));
        let (Some(action), Some(reason)) = (action, reason) else { return Err(invalid.into()) };
        let report = match present(&input.report) {
            Some(id) => {
                let id: ReportId = id.parse().map_err(|_| AppError::NotFound("report"))?;
                Some(self.store.report(platform.id, id).await?.ok_or(AppError::NotFound("report"))?)
            }
            None => None,
        };
        if action.needs_report() && report.is_none() {
            return Err(Invalid::one("report", "required").into());
        }
        // The person: the one the form names, else the report's author.
        let account = match (present(&input.account), &report) {
            (Some(id), _) => {
                let id: AccountId = id.parse().map_err(|_| AppError::NotFound("account"))?;
                if self.store.platform_membership(platform.id, id).await?.is_none() {
                    return Err(AppError::NotFound("account"));
                }
                id
            }
            (None, Some(report)) => report.author,
            (None, None) => return Err(Invalid::one("account", "required").into()),
        };
        if matches!(action, ModerationAction::Suspend | ModerationAction::Warn) {
            if account == actor.account.id {
                return Err(AppError::Refused("moderate-self"));
            }
            // The team answers to the instance's operators, not to each other.
            if self.runs_platform(platform.id, account).await? {
                return Err(AppError::Refused("moderate-admin"));
            }
        }
        let step = ModerationStep { action, account, report: report.as_ref(), reason: &reason };
        Ok(self.store.moderate(platform.id, actor.account.id, &step, self.now()).await?)
    }
}
