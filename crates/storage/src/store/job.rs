//! Storage of background jobs: work that a change queues in its own transaction (a mail
//! to send, a reminder to give) and that a worker runs afterwards.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::JobId;
use entraide_domain::time::Timestamp;

/// How many times a job is tried before it is given up. A job given up stays in the
/// table with its last error, for an operator to read: nothing is silently dropped.
pub const MAX_JOB_ATTEMPTS: i64 = 10;

/// A job a worker has claimed.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// Its id.
    pub id: JobId,
    /// What to do (`notify`, …).
    pub kind: String,
    /// What to do it with. A payload that is not JSON comes back as a JSON string of its
    /// text, so that the worker fails that one job, with the text in its error, rather
    /// than every claim.
    pub payload: serde_json::Value,
    /// How many earlier tries failed.
    pub attempts: i64,
}

/// A job given up after [`MAX_JOB_ATTEMPTS`] failures.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedJob {
    /// The job.
    pub job: Job,
    /// Why its last try failed.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: Timestamp,
}

/// The job queue. Jobs are mostly queued by the stores whose changes cause them, in the
/// same transaction; this trait is the worker's side, and the queue for work on its own.
#[async_trait]
pub trait JobStore: Send + Sync {
    /// Queues a job on its own, for work that no other change writes with it.
    async fn enqueue_job(
        &self,
        kind: &str,
        payload: &serde_json::Value,
        run_at: Timestamp,
        at: Timestamp,
    ) -> Result<JobId>;
    /// Claims up to `limit` jobs due at `now`, oldest first, leasing them until
    /// `lease_until`: until then no other claim returns them, in this process or another
    /// (PostgreSQL skips rows another claim has locked; SQLite has one writer). A job whose
    /// lease ran out unfinished (its worker died) is claimed again.
    async fn claim_jobs(&self, now: Timestamp, limit: i64, lease_until: Timestamp) -> Result<Vec<Job>>;
    /// Marks a job done.
    async fn finish_job(&self, id: JobId, at: Timestamp) -> Result<()>;
    /// Records a failed try and when to try again; returns how many tries have failed.
    /// After [`MAX_JOB_ATTEMPTS`] it is not claimed again, but kept with its error.
    async fn fail_job(&self, id: JobId, error: &str, retry_at: Timestamp) -> Result<i64>;
    /// Jobs given up, newest first.
    async fn failed_jobs(&self, limit: i64) -> Result<Vec<FailedJob>>;
}
