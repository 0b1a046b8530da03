//! The job queue, the worker's side. Claiming differs by backend (`Backend::CLAIM_JOBS`):
//! PostgreSQL locks the rows it claims and skips those another claim holds, so several
//! `entraide serve` processes never run one job twice; SQLite's one writer makes the
//! claim a single serialized statement.

use crate::stamp::Stamp;
use entraide_domain::id::JobId;
use uuid::Uuid;

/// A job row as claims and lists return it.
#[derive(sqlx::FromRow)]
pub(crate) struct JobRow {
    id: Uuid,
    kind: String,
    payload: String,
    attempts: i64,
}

impl From<JobRow> for crate::ClaimedJob {
    fn from(row: JobRow) -> Self {
        let work = crate::Job::from_stored(&row.kind, &row.payload);
        crate::ClaimedJob { id: JobId(row.id), work, kind: row.kind, attempts: row.attempts }
    }
}

/// A given-up job with its error.
#[derive(sqlx::FromRow)]
pub(crate) struct FailedJobRow {
    #[sqlx(flatten)]
    job: JobRow,
    last_error: Option<String>,
    created_at: Stamp,
}

impl From<FailedJobRow> for crate::FailedJob {
    fn from(row: FailedJobRow) -> Self {
        crate::FailedJob { job: row.job.into(), last_error: row.last_error, created_at: row.created_at.0 }
    }
}

/// The claim, for both backends but the row locking: `$1` now, `$2` lease end, `$3` the
/// most attempts, `$4` the limit; `{lock}` is where PostgreSQL's `FOR UPDATE SKIP LOCKED`
/// goes.
macro_rules! claim_jobs_sql {
    ($lock:literal) => {
        concat!(
            "UPDATE jobs SET locked_until = $2 WHERE id IN (
               SELECT id FROM jobs
               WHERE done_at IS NULL AND attempts < $3 AND run_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
               ORDER BY run_at, id LIMIT $4 ",
            $lock,
            ") RETURNING id, kind, payload, attempts, run_at"
        )
    };
}

pub(crate) use claim_jobs_sql;
