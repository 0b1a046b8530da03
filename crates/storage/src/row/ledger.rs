//! The ledger. A transfer or a reversal is one transaction: check both holders, make
//! sure both balance rows exist, lock them in a fixed order (SQLite: the one writer;
//! PostgreSQL: `FOR UPDATE`), check the payer's credit limit, insert the entry, move
//! both balances. Entries are never updated nor deleted.

use entraide_domain::id::{AccountId, EntryId, PlatformId};
use entraide_domain::ledger::{Entry, EntryKind, Holder, Unit};

/// An entry as the database returns it.
#[derive(sqlx::FromRow)]
pub(crate) struct EntryRow {
    id: uuid::Uuid,
    platform_id: uuid::Uuid,
    unit: String,
    from_kind: String,
    from_id: uuid::Uuid,
    to_kind: String,
    to_id: uuid::Uuid,
    amount: i64,
    kind: String,
    memo: String,
    reverses_id: Option<uuid::Uuid>,
    recorded_by: Option<uuid::Uuid>,
    created_at: crate::stamp::Stamp,
}

/// The columns [`EntryRow`] reads, to write into a query with `concat!`:
/// `entry_columns!()`, or `entry_columns!("t")` for a table named `t` in the query.
macro_rules! entry_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, unit, from_kind, from_id, to_kind, to_id, amount, kind, memo, reverses_id, recorded_by, created_at)
    };
}
pub(crate) use entry_columns;

fn corrupt(what: &str, value: &str) -> crate::StoreError {
    crate::StoreError::Corrupt(format!("{what} `{value}`"))
}

pub(crate) fn unit(text: &str) -> crate::error::Result<Unit> {
    Unit::parse(text, "unit").map_err(|_| corrupt("ledger unit", text))
}

pub(crate) fn holder(kind: &str, id: uuid::Uuid) -> crate::error::Result<Holder> {
    Holder::from_parts(kind, id).ok_or_else(|| corrupt("ledger holder kind", kind))
}

impl TryFrom<EntryRow> for Entry {
    type Error = crate::StoreError;
    fn try_from(row: EntryRow) -> crate::error::Result<Entry> {
        Ok(Entry {
            id: EntryId(row.id),
            platform_id: PlatformId(row.platform_id),
            unit: unit(&row.unit)?,
            from: holder(&row.from_kind, row.from_id)?,
            to: holder(&row.to_kind, row.to_id)?,
            amount: row.amount,
            kind: EntryKind::parse(&row.kind).ok_or_else(|| corrupt("ledger entry kind", &row.kind))?,
            memo: row.memo,
            reverses: row.reverses_id.map(EntryId),
            recorded_by: row.recorded_by.map(AccountId),
            created_at: row.created_at.0,
        })
    }
}

/// What one write of the ledger inserts.
pub(crate) struct NewEntry<'a> {
    pub(crate) unit: Unit,
    pub(crate) from: Holder,
    pub(crate) to: Holder,
    pub(crate) amount: i64,
    pub(crate) kind: EntryKind,
    pub(crate) memo: &'a str,
    pub(crate) reverses: Option<EntryId>,
    pub(crate) recorded_by: Option<AccountId>,
    /// Whether the payer's credit limit applies (not to reversals: they undo).
    pub(crate) check_limit: bool,
}
