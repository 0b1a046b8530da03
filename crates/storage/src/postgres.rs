//! PostgreSQL: for platforms that outgrow one file, and for several `entraide serve`
//! processes sharing one database. Nothing is kept in one process only.

use crate::error::{Result, StoreError};
use crate::sql;
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

impl sql::Backend for PgStore {
    type Db = Postgres;
    const LOCK_SHIFT: &'static str = "SELECT * FROM shifts WHERE platform_id = $1 AND id = $2 FOR UPDATE";
    const LOCK_ORGANISATION: &'static str =
        "SELECT id FROM organisations WHERE platform_id = $1 AND id = $2 FOR UPDATE";
    const CLAIM_JOBS: &'static str = sql::job::claim_jobs_sql!("FOR UPDATE SKIP LOCKED");
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

sql::platform::platform_store!(PgStore);
sql::account::account_store!(PgStore);
sql::organisation::organisation_store!(PgStore);
sql::auth::auth_store!(PgStore);
sql::personal_data::personal_data_store!(PgStore);
sql::opportunity::opportunity_store!(PgStore);
sql::shift::shift_store!(PgStore);
sql::hours::hours_store!(PgStore);
sql::health::health_store!(PgStore, "postgres");
sql::calendar::calendar_store!(PgStore);
sql::job::job_store!(PgStore);
sql::notification::notification_store!(PgStore);
sql::ledger::ledger_store!(PgStore);
sql::help::help_store!(PgStore);
sql::safety::safety_store!(PgStore);
sql::seed::seed_store!(PgStore);
sql::invitation::invitation_store!(PgStore);
sql::profile::profile_store!(PgStore);
