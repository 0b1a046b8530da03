//! The ledger's use cases: time credits for neighbour help, barter between
//! organisations, statements, reversals and credit limits.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::Invalid;
use entraide_domain::id::{AccountId, EntryId, OrganisationId, PlatformId};
use entraide_domain::ledger::{Amount, Balance, CreditLimit, Entry, Holder, Memo, Transfer, TransferKind, Unit};
use entraide_domain::organisation::{Organisation, OrganisationRole};
use entraide_domain::platform::Platform;
use entraide_storage::StoreError;

mod mine;

pub use mine::MyCredits;

/// How many entries a statement shows.
const STATEMENT_LENGTH: u32 = 500;

/// A person's ledger across their platforms.
#[derive(Debug, Clone)]
pub struct MyLedger {
    /// One balance per platform and unit used, with the platform.
    pub balances: Vec<(Platform, Balance)>,
    /// Their entries, newest first, with the platform.
    pub entries: Vec<(Platform, Entry)>,
}

/// One line of a statement, seen from its holder.
#[derive(Debug, Clone)]
pub struct StatementLine {
    /// The entry.
    pub entry: Entry,
    /// What it did to the holder's balance (negative when they paid).
    pub amount: i64,
    /// The other side.
    pub counterparty: Holder,
    /// The other side's name (empty for an erased account).
    pub counterparty_name: String,
}

/// An organisation's statement of one unit.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The platform.
    pub platform: Platform,
    /// The organisation.
    pub organisation: Organisation,
    /// The unit.
    pub unit: Unit,
    /// Its balance now.
    pub balance: i64,
    /// Its entries, newest first.
    pub lines: Vec<StatementLine>,
}

impl App {
    /// The person's balances and entries, on one platform (by slug) or all of theirs.
    pub async fn my_ledger(&self, actor: &Actor, platform: Option<&str>) -> Result<MyLedger> {
        let platforms = match platform {
            Some(slug) => vec![self.platform(slug).await?],
            None => self.store.platforms_of(actor.account.id).await?.into_iter().map(|(p, _)| p).collect(),
        };
        let holder = Holder::Person(actor.account.id);
        let mut ledger = MyLedger { balances: Vec::new(), entries: Vec::new() };
        for platform in platforms {
            for balance in self.store.balances(platform.id, holder).await? {
                ledger.balances.push((platform.clone(), balance));
            }
            for unit in Unit::ALL {
                for entry in self.store.statement(platform.id, holder, unit, STATEMENT_LENGTH).await? {
                    ledger.entries.push((platform.clone(), entry));
                }
            }
        }
        ledger.entries.sort_by_key(|(_, e)| std::cmp::Reverse((e.created_at, e.id)));
        Ok(ledger)
    }

    /// Moves barter credits from one organisation to another of the same platform, for
    /// a service. Only the paying organisation's admins may; beyond the platform's credit
    /// limit the transfer is refused as invalid `amount` (`credit-limit`).
    pub async fn organisation_transfer(
        &self,
        actor: &Actor,
        from: &str,
        to: &str,
        amount: i64,
        memo: &str,
    ) -> Result<Entry> {
        let (platform, payer) = self.locate_organisation(from).await?;
        if self.store.organisation_role(platform.id, payer.id, actor.account.id).await? != Some(OrganisationRole::Admin)
        {
            return Err(AppError::Forbidden);
        }
        let payee: OrganisationId = to.parse().map_err(|_| AppError::NotFound("organisation"))?;
        let payee = self.store.organisation(platform.id, payee).await?.ok_or(AppError::NotFound("organisation"))?;
        let mut invalid = Invalid::default();
        let amount = invalid.check(Amount::parse(amount, "amount"));
        let memo = invalid.check(Memo::parse(memo, "memo"));
        let (Some(amount), Some(memo)) = (amount, memo) else {
            return Err(invalid.into());
        };
        let from = Holder::Organisation(payer.id);
        let to = Holder::Organisation(payee.id);
        let transfer = Transfer::new(Unit::Barter, from, to, amount, TransferKind::Barter, memo)?;
        self.record(platform.id, &transfer).await
    }

    /// Credits `helper` with `minutes` of time, paid by `requester`, for completed
    /// neighbour help. Called by the neighbour-help requests when one is marked done; the
    /// caller has checked who may mark it. Refused as invalid `amount` (`credit-limit`)
    /// when the requester is at their time credit limit.
    pub async fn credit_help(
        &self,
        platform: PlatformId,
        helper: AccountId,
        requester: AccountId,
        minutes: i64,
        memo: &str,
    ) -> Result<Entry> {
        let mut invalid = Invalid::default();
        let amount = invalid.check(Amount::parse(minutes, "amount"));
        let memo = invalid.check(Memo::parse(memo, "memo"));
        let (Some(amount), Some(memo)) = (amount, memo) else {
            return Err(invalid.into());
        };
        let transfer = Transfer::new(
            Unit::Time,
            Holder::Person(requester),
            Holder::Person(helper),
            amount,
            TransferKind::Help,
            memo,
        )?;
        self.record(platform, &transfer).await
    }

    /// Writes a transfer; the credit limit is a problem with the amount asked for.
    async fn record(&self, platform: PlatformId, transfer: &Transfer) -> Result<Entry> {
        match self.store.transfer(platform, transfer, self.now()).await {
            Err(StoreError::Refused("credit-limit")) => Err(Invalid::one("amount", "credit-limit").into()),
            other => Ok(other?),
        }
    }

    /// Undoes an entry with a reversal; platform admins may. The entry's two parties
    /// are told they may not; anyone else is not told it exists.
    pub async fn reverse_entry(&self, actor: &Actor, entry: &str) -> Result<Entry> {
        let entry: EntryId = entry.parse().map_err(|_| AppError::NotFound("entry"))?;
        let platform = self.store.entry_platform(entry).await?.ok_or(AppError::NotFound("entry"))?;
        if !self.is_platform_admin(actor, platform).await? {
            let found = self.store.entry(platform, entry).await?.ok_or(AppError::NotFound("entry"))?;
            let platform = self.platform_by_id(platform).await?;
            let party =
                self.holds(actor, &platform, found.from).await? || self.holds(actor, &platform, found.to).await?;
            return Err(if party { AppError::Forbidden } else { AppError::NotFound("entry") });
        }
        Ok(self.store.reverse(platform, entry, actor.account.id, self.now()).await?)
    }

    /// Whether the person is the holder, or coordinates the organisation that is.
    async fn holds(&self, actor: &Actor, platform: &Platform, holder: Holder) -> Result<bool> {
        match holder {
            Holder::Person(account) => Ok(account == actor.account.id),
            Holder::Organisation(organisation) => self.can_coordinate(actor, platform, organisation).await,
        }
    }

    /// Sets how negative balances of a unit may go on a platform; platform admins may.
    pub async fn set_credit_limit(&self, actor: &Actor, slug: &str, unit: &str, limit: i64) -> Result<CreditLimit> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let unit = Unit::parse(unit, "unit").map_err(|_| AppError::NotFound("unit"))?;
        let limit = CreditLimit::parse(limit, "limit")?;
        self.store.set_limit(platform.id, unit, limit).await?;
        Ok(limit)
    }

    /// An organisation's statement of one unit; its admins and coordinators, and
    /// platform admins, may see it.
    pub async fn organisation_statement(&self, actor: &Actor, organisation: &str, unit: &str) -> Result<Statement> {
        let (platform, organisation) = self.locate_organisation(organisation).await?;
        let member = self.store.organisation_role(platform.id, organisation.id, actor.account.id).await?.is_some();
        if !member && !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let unit = Unit::parse(unit, "unit")?;
        let holder = Holder::Organisation(organisation.id);
        let balance = self
            .store
            .balances(platform.id, holder)
            .await?
            .into_iter()
            .find(|b| b.unit == unit)
            .map_or(0, |b| b.amount);
        let mut lines = Vec::new();
        for entry in self.store.statement(platform.id, holder, unit, STATEMENT_LENGTH).await? {
            let counterparty = entry.counterparty(holder);
            let counterparty_name = match counterparty {
                Holder::Organisation(id) => {
                    self.store.organisation(platform.id, id).await?.map(|o| o.name).unwrap_or_default()
                }
                Holder::Person(id) => self.store.account(id).await?.map(|a| a.display_name).unwrap_or_default(),
            };
            lines.push(StatementLine { amount: entry.effect_on(holder), counterparty, counterparty_name, entry });
        }
        Ok(Statement { platform, organisation, unit, balance, lines })
    }
}
