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

macro_rules! job_store {
    ($store:ty) => {
        impl $store {
            /// Queues a job in the transaction of the change that causes it, so the change
            /// and the promise to act on it are kept together or not at all.
            async fn insert_job(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                job: &$crate::Job,
                run_at: entraide_domain::time::Timestamp,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::id::JobId> {
                let id = entraide_domain::id::JobId::new();
                let payload = serde_json::to_string(job).map_err(|e| $crate::StoreError::Corrupt(e.to_string()))?;
                sqlx::query(
                    "INSERT INTO jobs (id, kind, payload, run_at, attempts, created_at) VALUES ($1, $2, $3, $4, 0, $5)",
                )
                .bind(id.0)
                .bind(job.kind())
                .bind(payload)
                .bind($crate::stamp::Stamp(run_at.max(at)))
                .bind($crate::stamp::Stamp(at))
                .execute(&mut **tx)
                .await?;
                Ok(id)
            }
        }

        #[async_trait::async_trait]
        impl $crate::JobStore for $store {
            async fn enqueue_job(
                &self,
                job: &$crate::Job,
                run_at: entraide_domain::time::Timestamp,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::id::JobId> {
                let mut tx = self.begin_write().await?;
                let id = Self::insert_job(&mut tx, job, run_at, at).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn claim_jobs(
                &self,
                now: entraide_domain::time::Timestamp,
                limit: i64,
                lease_until: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<Vec<$crate::ClaimedJob>> {
                #[derive(sqlx::FromRow)]
                struct Claimed {
                    #[sqlx(flatten)]
                    job: $crate::sql::job::JobRow,
                    run_at: $crate::stamp::Stamp,
                }
                let mut claimed = sqlx::query_as::<_, Claimed>(<$store as $crate::sql::Backend>::CLAIM_JOBS)
                    .bind($crate::stamp::Stamp(now))
                    .bind($crate::stamp::Stamp(lease_until))
                    .bind($crate::MAX_JOB_ATTEMPTS)
                    .bind(limit)
                    .fetch_all(self.writer())
                    .await?;
                // RETURNING keeps no order: run the oldest first.
                claimed.sort_by(|a, b| a.run_at.cmp(&b.run_at));
                Ok(claimed.into_iter().map(|c| c.job.into()).collect())
            }

            async fn finish_job(
                &self,
                id: entraide_domain::id::JobId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let done = sqlx::query("UPDATE jobs SET done_at = $1, locked_until = NULL WHERE id = $2")
                    .bind($crate::stamp::Stamp(at))
                    .bind(id.0)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("job"));
                }
                Ok(())
            }

            async fn fail_job(
                &self,
                id: entraide_domain::id::JobId,
                error: &str,
                retry_at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<i64> {
                let attempts: Option<i64> = sqlx::query_scalar(
                    "UPDATE jobs SET attempts = attempts + 1, last_error = $1, run_at = $2, locked_until = NULL
                     WHERE id = $3 RETURNING attempts",
                )
                .bind(error)
                .bind($crate::stamp::Stamp(retry_at))
                .bind(id.0)
                .fetch_optional(self.writer())
                .await?;
                attempts.ok_or($crate::StoreError::NotFound("job"))
            }

            async fn failed_jobs(&self, limit: i64) -> $crate::error::Result<Vec<$crate::FailedJob>> {
                let rows = sqlx::query_as::<_, $crate::sql::job::FailedJobRow>(
                    "SELECT id, kind, payload, attempts, last_error, created_at FROM jobs
                     WHERE done_at IS NULL AND attempts >= $1 ORDER BY created_at DESC, id DESC LIMIT $2",
                )
                .bind($crate::MAX_JOB_ATTEMPTS)
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }
        }
    };
}

pub(crate) use job_store;
