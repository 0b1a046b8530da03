//! Helpers every feature's transactions share: finding the platform of a row, queueing a
//! job in the change's transaction, and locking the rows whose changes must take turns.

use super::{Db, Store};
use crate::backend::Backend;
use crate::error::Result;
use crate::row::ShiftRow;
use crate::stamp::Stamp;
use crate::{Job, StoreError};
use entraide_domain::id::{JobId, OrganisationId, PlatformId};
use entraide_domain::shift::Shift;
use entraide_domain::time::Timestamp;
use sqlx::Transaction;

impl Store {
    /// The one row `sql` (`… WHERE platform_id = $1 AND id = $2`) finds on this
    /// platform, read back as a domain value.
    pub(super) async fn one_on_platform<R, T>(
        &self,
        sql: &'static str,
        platform: PlatformId,
        id: uuid::Uuid,
    ) -> Result<Option<T>>
    where
        R: for<'r> sqlx::FromRow<'r, <Db as sqlx::Database>::Row> + Send + Unpin,
        T: TryFrom<R, Error = StoreError>,
    {
        let row: Option<R> = sqlx::query_as(sql).bind(platform.0).bind(id).fetch_optional(self.reader()).await?;
        row.map(T::try_from).transpose()
    }

    /// The platform of the row that `sql` (`SELECT platform_id FROM … WHERE id = $1`)
    /// finds: the one lookup that starts from an id alone, for paths that name no
    /// platform.
    pub(super) async fn platform_of(&self, sql: &'static str, id: uuid::Uuid) -> Result<Option<PlatformId>> {
        let platform: Option<uuid::Uuid> = sqlx::query_scalar(sql).bind(id).fetch_optional(self.reader()).await?;
        Ok(platform.map(PlatformId))
    }

    /// Queues a job in the transaction of the change that causes it, so the change
    /// and the promise to act on it are kept together or not at all.
    pub(super) async fn insert_job(
        tx: &mut Transaction<'static, Db>,
        job: &Job,
        run_at: Timestamp,
        at: Timestamp,
    ) -> Result<JobId> {
        let id = JobId::new();
        let payload = serde_json::to_string(job).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO jobs (id, kind, payload, run_at, attempts, created_at) VALUES ($1, $2, $3, $4, 0, $5)",
        )
        .bind(id.0)
        .bind(job.kind())
        .bind(payload)
        .bind(Stamp(run_at.max(at)))
        .bind(Stamp(at))
        .execute(&mut **tx)
        .await?;
        Ok(id)
    }

    /// Reads a shift and locks its row until the transaction ends.
    pub(super) async fn lock_shift(
        tx: &mut Transaction<'static, Db>,
        platform: PlatformId,
        id: uuid::Uuid,
    ) -> Result<Shift> {
        let row = sqlx::query_as::<_, ShiftRow>(<Store as Backend>::LOCK_SHIFT)
            .bind(platform.0)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
        row.map(Into::into).ok_or(StoreError::NotFound("shift"))
    }

    /// Locks the organisation's row until the transaction ends, so two changes to
    /// its members (two admins stepping down at once) cannot both pass the
    /// last-admin check. `NotFound` if it is not on this platform.
    pub(super) async fn lock_organisation(
        tx: &mut Transaction<'static, Db>,
        platform: PlatformId,
        id: OrganisationId,
    ) -> Result<()> {
        let found: Option<uuid::Uuid> = sqlx::query_scalar(<Store as Backend>::LOCK_ORGANISATION)
            .bind(platform.0)
            .bind(id.0)
            .fetch_optional(&mut **tx)
            .await?;
        found.map(|_| ()).ok_or(StoreError::NotFound("organisation"))
    }
}
