//! SQL that both databases understand, written once and compiled for each backend.
//!
//! Each macro implements one storage trait for a store type that provides:
//! `reader()` (a pool for reads), `writer()` (a pool for single writes) and
//! `begin_write()` (a transaction that already holds the write lock on SQLite, so a read
//! that turns into a write can never fail with SQLITE_BUSY). Placeholders are `$1`,
//! `$2`…, which both backends bind by number.

pub(crate) mod account;
pub(crate) mod auth;
pub(crate) mod calendar;
pub(crate) mod health;
pub(crate) mod help;
pub(crate) mod hours;
pub(crate) mod invitation;
pub(crate) mod job;
pub(crate) mod ledger;
pub(crate) mod notification;
pub(crate) mod opportunity;
pub(crate) mod organisation;
pub(crate) mod personal_data;
pub(crate) mod platform;
pub(crate) mod profile;
pub(crate) mod safety;
pub(crate) mod seed;
pub(crate) mod shift;

/// Names the database of a store, so shared SQL can name its transactions.
pub(crate) trait Backend {
    /// The sqlx database type.
    type Db: sqlx::Database;
    /// Selects an organisation (`$1` platform, `$2` id) and locks its row for the
    /// transaction. SQLite has no row locks and needs none: its writer holds the
    /// database from `BEGIN IMMEDIATE` on.
    const LOCK_ORGANISATION: &'static str;
    /// Selects a shift (`$1` platform, `$2` id) and locks its row for the transaction:
    /// every change to who has a place on it waits its turn.
    const LOCK_SHIFT: &'static str;
    /// Claims due jobs (see `job::claim_jobs_sql!`): PostgreSQL skips the rows another
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

/// What text search looks in: title and description, lowercased by the application so
/// both databases match the same way (SQLite lowercases only ASCII).
pub(crate) fn search_text(draft: &entraide_domain::opportunity::OpportunityDraft) -> String {
    format!("{}\n{}", draft.title, draft.description).to_lowercase()
}

/// Lists order opportunities by their next shift, ongoing ones (no shift) last, then
/// by id, so pages never skip nor repeat one.
pub(crate) fn listing_order(
    a_start: Option<entraide_domain::time::Timestamp>,
    a_id: uuid::Uuid,
    b_start: Option<entraide_domain::time::Timestamp>,
    b_id: uuid::Uuid,
) -> std::cmp::Ordering {
    match (a_start, b_start) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
    .then(a_id.cmp(&b_id))
}
