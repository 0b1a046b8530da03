//! SQL that both databases understand, written once and compiled for each backend.
//!
//! Each macro implements one storage trait for a store type that provides:
//! `reader()` (a pool for reads), `writer()` (a pool for single writes) and
//! `begin_write()` (a transaction that already holds the write lock on SQLite, so a read
//! that turns into a write can never fail with SQLITE_BUSY). Placeholders are `$1`,
//! `$2`…, which both backends bind by number.

pub(crate) mod account;
pub(crate) mod auth;
pub(crate) mod health;
pub(crate) mod organisation;
pub(crate) mod personal_data;
pub(crate) mod platform;

/// Names the database of a store, so shared SQL can name its transactions.
pub(crate) trait Backend {
    /// The sqlx database type.
    type Db: sqlx::Database;
    /// Selects an organisation (`$1` platform, `$2` id) and locks its row for the
    /// transaction. SQLite has no row locks and needs none: its writer holds the
    /// database from `BEGIN IMMEDIATE` on.
    const LOCK_ORGANISATION: &'static str;
}
