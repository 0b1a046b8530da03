//! SQLite: the embedded default, one file.
//!
//! SQLite lets one writer in at a time. Writes go through a pool of exactly one
//! connection, and transactions start with `BEGIN IMMEDIATE`, so a transaction that reads
//! and then writes already holds the write lock and cannot fail with SQLITE_BUSY; other
//! processes (an `entraide admin` command beside the server) wait up to the busy timeout.
//! Reads use a pool of their own and, thanks to WAL, never wait for the writer.

use crate::backend::Backend;
use crate::error::{Result, StoreError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, Transaction};
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// The newest SQLite migration.
pub(crate) fn latest_migration() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Storage on an SQLite file.
pub(crate) struct SqliteStore {
    reader: SqlitePool,
    writer: SqlitePool,
}

impl Backend for SqliteStore {
    const NAME: &'static str = "sqlite";
    type Db = Sqlite;
    const LOCK_SHIFT: &'static str =
        concat!("SELECT ", crate::row::shift_columns!(), " FROM shifts WHERE platform_id = $1 AND id = $2");
    const LOCK_ORGANISATION: &'static str = "SELECT id FROM organisations WHERE platform_id = $1 AND id = $2";
    const CLAIM_JOBS: &'static str = crate::row::job::claim_jobs_sql!("");
    const LOCK_BALANCE: &'static str = "SELECT balance FROM ledger_balances WHERE platform_id = $1 AND unit = $2 AND holder_kind = $3 AND holder_id = $4";
    const LOCK_ACCOUNT: &'static str = "SELECT id FROM accounts WHERE id = $1";
    const LOCK_THROTTLE: &'static str = "SELECT count, window_start, next_at FROM throttles WHERE key = $1";
}

impl SqliteStore {
    /// Opens (creating if missing) the file at `path` and migrates it.
    pub(crate) async fn open(path: &str) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
            .map_err(|e| StoreError::Config(format!("cannot use SQLite file `{path}`: {e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .map_err(|e| StoreError::Config(format!("cannot open SQLite file `{path}`: {e}")))?;
        MIGRATOR.run(&writer).await?;
        // Readers keep 8 MB of pages each (SQLite's default is 2 MB): a suggestion reads a
        // few hundred profiles scattered over the file, and a warm cache halves its time.
        // Nine connections stay well under the memory budget of a server.
        let reader = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.read_only(true).pragma("cache_size", "-8192"))
            .await?;
        Ok(Self { reader, writer })
    }

    fn reader(&self) -> &SqlitePool {
        &self.reader
    }

    fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }
}

/// The store the shared SQL implements its traits for.
type Store = SqliteStore;

#[path = "sql/mod.rs"]
#[allow(clippy::duplicate_mod, reason = "the shared SQL is compiled once per database, on purpose")]
mod sql;
