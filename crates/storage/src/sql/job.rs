//! The job queue, the worker's side. Claiming differs by backend (`Backend::CLAIM_JOBS`):
//! PostgreSQL locks the rows it claims and skips those another claim holds, so several
//! `entraide serve` processes never run one job twice; SQLite's one writer makes the
//! claim a single serialized statement.

use super::Store;
use crate::backend::Backend;
use crate::error::Result;
use crate::row::job::{FailedJobRow, JobRow};
use crate::stamp::Stamp;
use crate::{ClaimedJob, FailedJob, Job, JobStore, MAX_JOB_ATTEMPTS, StoreError};
use entraide_domain::id::JobId;
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl JobStore for Store {
    async fn enqueue_job(&self, job: &Job, run_at: Timestamp, at: Timestamp) -> Result<JobId> {
        let mut tx = self.begin_write().await?;
        let id = Self::insert_job(&mut tx, job, run_at, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn claim_jobs(&self, now: Timestamp, limit: i64, lease_until: Timestamp) -> Result<Vec<ClaimedJob>> {
        #[derive(sqlx::FromRow)]
        struct Claimed {
            #[sqlx(flatten)]
            job: JobRow,
            run_at: Stamp,
        }
        let mut claimed = sqlx::query_as::<_, Claimed>(<Store as Backend>::CLAIM_JOBS)
            .bind(Stamp(now))
            .bind(Stamp(lease_until))
            .bind(MAX_JOB_ATTEMPTS)
            .bind(limit)
            .fetch_all(self.writer())
            .await?;
        // RETURNING keeps no order: run the oldest first.
        claimed.sort_by_key(|c| c.run_at);
        Ok(claimed.into_iter().map(|c| c.job.into()).collect())
    }

    async fn finish_job(&self, id: JobId, at: Timestamp) -> Result<()> {
        let done = sqlx::query("UPDATE jobs SET done_at = $1, locked_until = NULL WHERE id = $2")
            .bind(Stamp(at))
            .bind(id.0)
            .execute(self.writer())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("job"));
        }
        Ok(())
    }

    async fn fail_job(&self, id: JobId, error: &str, retry_at: Timestamp) -> Result<i64> {
        let attempts: Option<i64> = sqlx::query_scalar(
            "UPDATE jobs SET attempts = attempts + 1, last_error = $1, run_at = $2, locked_until = NULL
             WHERE id = $3 RETURNING attempts",
        )
        .bind(error)
        .bind(Stamp(retry_at))
        .bind(id.0)
        .fetch_optional(self.writer())
        .await?;
        attempts.ok_or(StoreError::NotFound("job"))
    }

    async fn failed_jobs(&self, limit: i64) -> Result<Vec<FailedJob>> {
        let rows = sqlx::query_as::<_, FailedJobRow>(
            "SELECT id, kind, payload, attempts, last_error, created_at FROM jobs
             WHERE done_at IS NULL AND attempts >= $1 ORDER BY created_at DESC, id DESC LIMIT $2",
        )
        .bind(MAX_JOB_ATTEMPTS)
        .bind(limit)
        .fetch_all(self.reader())
        .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}
