//! What differs between the two databases: each store names its sqlx database and the
//! few statements whose locking each database spells its own way. Everything else is in
//! `sql/`, written once and compiled for both.

/// Names the database of a store, so shared SQL can name its transactions.
pub(crate) trait Backend {
    /// The database's name, as health checks report it.
    const NAME: &'static str;
    /// The sqlx database type.
    type Db: sqlx::Database;
    /// Selects an organisation (`$1` platform, `$2` id) and locks its row for the
    /// transaction. SQLite has no row locks and needs none: its writer holds the
    /// database from `BEGIN IMMEDIATE` on.
    const LOCK_ORGANISATION: &'static str;
    /// Selects a shift (`$1` platform, `$2` id) and locks its row for the transaction:
    /// every change to who has a place on it waits its turn.
    const LOCK_SHIFT: &'static str;
    /// Claims due jobs (see `row::job::claim_jobs_sql!`): PostgreSQL skips the rows another
    /// claim has locked; SQLite's one writer runs one claim at a time.
    const CLAIM_JOBS: &'static str;
    /// Selects an account (`$1` id) and locks its row for the transaction, for changes
    /// that keep a rule across a person's rows (one working calendar feed). PostgreSQL
    /// takes a lock that does not stop rows referring to the account being written.
    const LOCK_ACCOUNT: &'static str;
    /// Selects a ledger balance (`$1` platform, `$2` unit, `$3` holder kind, `$4` holder
    /// id) and locks its row for the transaction, so two transfers from one payer take
    /// turns and the second sees the first's debit before checking the credit limit.
    const LOCK_BALANCE: &'static str;
    /// Selects the counter of attempts under a key (`$1`) and locks its row for the
    /// transaction, so simultaneous attempts under one key take turns.
    const LOCK_THROTTLE: &'static str;
}
