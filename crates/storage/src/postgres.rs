//! PostgreSQL: for platforms that outgrow one file, and for several `entraide serve`
//! processes sharing one database. Nothing is kept in one process only.

use crate::backend::Backend;
use crate::error::{Result, StoreError};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{Postgres, Transaction};
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The newest PostgreSQL migration.
pub(crate) fn latest_migration() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Storage on a PostgreSQL database.
pub(crate) struct PgStore {
    pool: PgPool,
}

impl Backend for PgStore {
    const NAME: &'static str = "postgres";
    type Db = Postgres;
    const LOCK_SHIFT: &'static str =
        concat!("SELECT ", crate::row::shift_columns!(), " FROM shifts WHERE platform_id = $1 AND id = $2 FOR UPDATE");
    const LOCK_ORGANISATION: &'static str =
        "SELECT id FROM organisations WHERE platform_id = $1 AND id = $2 FOR UPDATE";
    const CLAIM_JOBS: &'static str = crate::row::job::claim_jobs_sql!("FOR UPDATE SKIP LOCKED");
    const LOCK_BALANCE: &'static str = "SELECT balance FROM ledger_balances WHERE platform_id = $1 AND unit = $2 AND holder_kind = $3 AND holder_id = $4 FOR UPDATE";
    const LOCK_ACCOUNT: &'static str = "SELECT id FROM accounts WHERE id = $1 FOR NO KEY UPDATE";
    const LOCK_THROTTLE: &'static str = "SELECT count, window_start, next_at FROM throttles WHERE key = $1 FOR UPDATE";
}

impl PgStore {
    /// Connects and migrates (migrations take an advisory lock, so several processes
    /// starting at once apply them once).
    pub(crate) async fn open(url: &str) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(|e| StoreError::Config(format!("cannot connect to PostgreSQL: {e}")))?;
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool })
    }

    fn reader(&self) -> &PgPool {
        &self.pool
    }

    fn writer(&self) -> &PgPool {
        &self.pool
    }

    async fn begin_write(&self) -> Result<Transaction<'static, Postgres>> {
        Ok(self.pool.begin().await?)
    }
}

/// The store the shared SQL implements its traits for.
type Store = PgStore;

#[path = "sql/mod.rs"]
#[allow(clippy::duplicate_mod, reason = "the shared SQL is compiled once per database, on purpose")]
mod sql;
