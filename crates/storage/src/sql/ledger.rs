//! The ledger. A transfer or a reversal is one transaction: check both holders, make
//! sure both balance rows exist, lock them in a fixed order (SQLite: the one writer;
//! PostgreSQL: `FOR UPDATE`), check the payer's credit limit, insert the entry, move
//! both balances. Entries are never updated nor deleted.

use super::{Db, Store};
use crate::backend::Backend;
use crate::error::Result;
use crate::row::ledger::entry_columns;
use crate::row::ledger::{EntryRow, NewEntry};
use crate::stamp::Stamp;
use crate::{LedgerStore, StoreError};
use entraide_domain::id::{AccountId, EntryId, PlatformId};
use entraide_domain::ledger::{Balance, CreditLimit, Entry, EntryKind, Holder, Transfer, Unit};
use entraide_domain::time::Timestamp;

impl Store {
    /// Fails with `NotFound` unless the holder exists on the platform: an
    /// organisation of the platform, or any account (people keep their entries
    /// after leaving a platform or erasing their data).
    pub(super) async fn check_holder(
        tx: &mut sqlx::Transaction<'static, Db>,
        platform: PlatformId,
        holder: Holder,
    ) -> Result<()> {
        let found: Option<uuid::Uuid> = match holder {
            Holder::Person(id) => {
                sqlx::query_scalar("SELECT id FROM accounts WHERE id = $1").bind(id.0).fetch_optional(&mut **tx).await?
            }
            Holder::Organisation(id) => {
                sqlx::query_scalar("SELECT id FROM organisations WHERE platform_id = $1 AND id = $2")
                    .bind(platform.0)
                    .bind(id.0)
                    .fetch_optional(&mut **tx)
                    .await?
            }
        };
        match (found, holder) {
            (Some(_), _) => Ok(()),
            (None, Holder::Person(_)) => Err(StoreError::NotFound("account")),
            (None, Holder::Organisation(_)) => Err(StoreError::NotFound("organisation")),
        }
    }

    /// Makes sure both balance rows exist, then locks them, lowest holder first,
    /// so two transfers between the same accounts in opposite directions cannot
    /// deadlock. Returns the payer's balance.
    pub(super) async fn lock_balances(
        tx: &mut sqlx::Transaction<'static, Db>,
        platform: PlatformId,
        unit: Unit,
        from: Holder,
        to: Holder,
    ) -> Result<i64> {
        let mut both = [from, to];
        both.sort();
        let mut payer = 0;
        for holder in both {
            sqlx::query(
                "INSERT INTO ledger_balances (platform_id, unit, holder_kind, holder_id, balance) VALUES ($1, $2, $3, $4, 0)
                 ON CONFLICT (platform_id, unit, holder_kind, holder_id) DO NOTHING",
            )
            .bind(platform.0)
            .bind(unit.as_str())
            .bind(holder.kind())
            .bind(holder.id())
            .execute(&mut **tx)
            .await?;
            let balance: i64 = sqlx::query_scalar(<Store as Backend>::LOCK_BALANCE)
                .bind(platform.0)
                .bind(unit.as_str())
                .bind(holder.kind())
                .bind(holder.id())
                .fetch_one(&mut **tx)
                .await?;
            if holder == from {
                payer = balance;
            }
        }
        Ok(payer)
    }

    /// Writes one entry and moves both balances, in the caller's transaction.
    pub(super) async fn write_entry(
        tx: &mut sqlx::Transaction<'static, Db>,
        platform: PlatformId,
        new: NewEntry<'_>,
        at: Timestamp,
    ) -> Result<Entry> {
        let payer = Self::lock_balances(tx, platform, new.unit, new.from, new.to).await?;
        if new.check_limit {
            let limit = Self::limit_in(&mut **tx, platform, new.unit).await?;
            if payer - new.amount < -limit.get() {
                return Err(StoreError::Refused("credit-limit"));
            }
        }
        let id = EntryId::new();
        sqlx::query(
            "INSERT INTO ledger_entries (id, platform_id, unit, from_kind, from_id, to_kind, to_id, amount, kind, memo, reverses_id, recorded_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(id.0)
        .bind(platform.0)
        .bind(new.unit.as_str())
        .bind(new.from.kind())
        .bind(new.from.id())
        .bind(new.to.kind())
        .bind(new.to.id())
        .bind(new.amount)
        .bind(new.kind.as_str())
        .bind(new.memo)
        .bind(new.reverses.map(|r| r.0))
        .bind(new.recorded_by.map(|a| a.0))
        .bind(Stamp(at))
        .execute(&mut **tx)
        .await
        // Two reversals of one entry racing on PostgreSQL: the index decides.
        .map_err(|error| match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Refused("already-reversed"),
            _ => StoreError::Database(error),
        })?;
        for (holder, delta) in [(new.from, -new.amount), (new.to, new.amount)] {
            sqlx::query(
                "UPDATE ledger_balances SET balance = balance + $1
                 WHERE platform_id = $2 AND unit = $3 AND holder_kind = $4 AND holder_id = $5",
            )
            .bind(delta)
            .bind(platform.0)
            .bind(new.unit.as_str())
            .bind(holder.kind())
            .bind(holder.id())
            .execute(&mut **tx)
            .await?;
        }
        Ok(Entry {
            id,
            platform_id: platform,
            unit: new.unit,
            from: new.from,
            to: new.to,
            amount: new.amount,
            kind: new.kind,
            memo: new.memo.to_owned(),
            reverses: new.reverses,
            recorded_by: new.recorded_by,
            created_at: at,
        })
    }

    /// The unit's credit limit, read inside a transaction.
    pub(super) async fn limit_in<'e, E>(executor: E, platform: PlatformId, unit: Unit) -> Result<CreditLimit>
    where
        E: sqlx::Executor<'e, Database = Db>,
    {
        let stored: Option<i64> =
            sqlx::query_scalar("SELECT credit_limit FROM ledger_limits WHERE platform_id = $1 AND unit = $2")
                .bind(platform.0)
                .bind(unit.as_str())
                .fetch_optional(executor)
                .await?;
        match stored {
            Some(limit) => {
                CreditLimit::parse(limit, "limit").map_err(|_| StoreError::Corrupt(format!("credit limit `{limit}`")))
            }
            None => Ok(unit.default_limit()),
        }
    }
}

#[async_trait::async_trait]
impl LedgerStore for Store {
    async fn transfer(&self, platform: PlatformId, transfer: &Transfer, at: Timestamp) -> Result<Entry> {
        let mut tx = self.begin_write().await?;
        Self::check_holder(&mut tx, platform, transfer.from).await?;
        Self::check_holder(&mut tx, platform, transfer.to).await?;
        let new = NewEntry {
            unit: transfer.unit,
            from: transfer.from,
            to: transfer.to,
            amount: transfer.amount.get(),
            kind: transfer.kind.into(),
            memo: transfer.memo.as_str(),
            reverses: None,
            recorded_by: None,
            check_limit: true,
        };
        let entry = Self::write_entry(&mut tx, platform, new, at).await?;
        tx.commit().await?;
        Ok(entry)
    }

    async fn reverse(&self, platform: PlatformId, entry: EntryId, by: AccountId, at: Timestamp) -> Result<Entry> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query_as::<_, EntryRow>(concat!(
            "SELECT ",
            entry_columns!(),
            " FROM ledger_entries WHERE platform_id = $1 AND id = $2"
        ))
        .bind(platform.0)
        .bind(entry.0)
        .fetch_optional(&mut *tx)
        .await?;
        let original: Entry = row.ok_or(StoreError::NotFound("entry"))?.try_into()?;
        if original.kind == EntryKind::Reversal {
            return Err(StoreError::Refused("is-reversal"));
        }
        let reversed: Option<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM ledger_entries WHERE reverses_id = $1")
            .bind(entry.0)
            .fetch_optional(&mut *tx)
            .await?;
        if reversed.is_some() {
            return Err(StoreError::Refused("already-reversed"));
        }
        let new = NewEntry {
            unit: original.unit,
            from: original.to,
            to: original.from,
            amount: original.amount,
            kind: EntryKind::Reversal,
            memo: &original.memo,
            reverses: Some(original.id),
            recorded_by: Some(by),
            check_limit: false,
        };
        let reversal = Self::write_entry(&mut tx, platform, new, at).await?;
        tx.commit().await?;
        Ok(reversal)
    }

    async fn entry_platform(&self, entry: EntryId) -> Result<Option<PlatformId>> {
        self.platform_of("SELECT platform_id FROM ledger_entries WHERE id = $1", entry.0).await
    }

    async fn entry(&self, platform: PlatformId, entry: EntryId) -> Result<Option<Entry>> {
        let row = sqlx::query_as::<_, EntryRow>(concat!(
            "SELECT ",
            entry_columns!(),
            " FROM ledger_entries WHERE platform_id = $1 AND id = $2"
        ))
        .bind(platform.0)
        .bind(entry.0)
        .fetch_optional(self.reader())
        .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn balances(&self, platform: PlatformId, holder: Holder) -> Result<Vec<Balance>> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT unit, balance FROM ledger_balances WHERE platform_id = $1 AND holder_kind = $2 AND holder_id = $3",
        )
        .bind(platform.0)
        .bind(holder.kind())
        .bind(holder.id())
        .fetch_all(self.reader())
        .await?;
        let mut balances = rows
            .into_iter()
            .map(|(unit, amount)| {
                Ok(Balance { platform_id: platform, unit: crate::row::ledger::unit(&unit)?, holder, amount })
            })
            .collect::<Result<Vec<_>>>()?;
        balances.sort_by_key(|b| b.unit);
        Ok(balances)
    }

    async fn statement(&self, platform: PlatformId, holder: Holder, unit: Unit, limit: u32) -> Result<Vec<Entry>> {
        let rows = sqlx::query_as::<_, EntryRow>(concat!(
            "SELECT ",
            entry_columns!(),
            " FROM ledger_entries WHERE platform_id = $1 AND unit = $2
             AND ((from_kind = $3 AND from_id = $4) OR (to_kind = $3 AND to_id = $4))
             ORDER BY created_at DESC, id DESC LIMIT $5"
        ))
        .bind(platform.0)
        .bind(unit.as_str())
        .bind(holder.kind())
        .bind(holder.id())
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn set_limit(&self, platform: PlatformId, unit: Unit, limit: CreditLimit) -> Result<()> {
        sqlx::query(
            "INSERT INTO ledger_limits (platform_id, unit, credit_limit) VALUES ($1, $2, $3)
             ON CONFLICT (platform_id, unit) DO UPDATE SET credit_limit = excluded.credit_limit",
        )
        .bind(platform.0)
        .bind(unit.as_str())
        .bind(limit.get())
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn limit(&self, platform: PlatformId, unit: Unit) -> Result<CreditLimit> {
        Self::limit_in(self.reader(), platform, unit).await
    }

    async fn sum_of_balances(&self, platform: PlatformId, unit: Unit) -> Result<i64> {
        // SUM of BIGINT is NUMERIC on PostgreSQL: cast back.
        let sum: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(balance), 0) AS BIGINT) FROM ledger_balances WHERE platform_id = $1 AND unit = $2")
            .bind(platform.0)
            .bind(unit.as_str())
            .fetch_one(self.reader())
            .await?;
        Ok(sum)
    }
}
