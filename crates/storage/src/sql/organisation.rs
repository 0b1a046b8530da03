//! Organisations and their members.

use super::{Db, Store};
use crate::error::Result;
use crate::row::organisation_columns;
use crate::row::{OrganisationRow, OrganisationWithRoleRow};
use crate::stamp::Stamp;
use crate::{OrganisationMember, OrganisationStore, StoreError};
use entraide_domain::id::{AccountId, OrganisationId, PlatformId};
use entraide_domain::organisation::{NewOrganisation, Organisation, OrganisationRole};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl OrganisationStore for Store {
    async fn create_organisation(
        &self,
        platform: PlatformId,
        new: &NewOrganisation,
        creator: AccountId,
        at: Timestamp,
    ) -> Result<Organisation> {
        let id = uuid::Uuid::now_v7();
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO organisations (id, platform_id, name, kind, description, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(platform.0)
        .bind(&new.name)
        .bind(new.kind.as_str())
        .bind(&new.description)
        .bind(Stamp(at))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO organisation_members (platform_id, organisation_id, account_id, role, added_at)
             VALUES ($1, $2, $3, 'admin', $4)",
        )
        .bind(platform.0)
        .bind(id)
        .bind(creator.0)
        .bind(Stamp(at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Organisation {
            id: OrganisationId(id),
            platform_id: platform,
            name: new.name.clone(),
            kind: new.kind,
            description: new.description.clone(),
            verified_at: None,
            created_at: at,
        })
    }

    async fn organisation_platform(&self, id: OrganisationId) -> Result<Option<PlatformId>> {
        self.platform_of("SELECT platform_id FROM organisations WHERE id = $1", id.0).await
    }

    async fn organisation(&self, platform: PlatformId, id: OrganisationId) -> Result<Option<Organisation>> {
        self.one_on_platform::<OrganisationRow, _>(
            concat!("SELECT ", organisation_columns!(), " FROM organisations WHERE platform_id = $1 AND id = $2"),
            platform,
            id.0,
        )
        .await
    }

    async fn list_organisations(&self, platform: PlatformId) -> Result<Vec<Organisation>> {
        let rows = sqlx::query_as::<_, OrganisationRow>(concat!(
            "SELECT ",
            organisation_columns!(),
            " FROM organisations WHERE platform_id = $1 ORDER BY name, id"
        ))
        .bind(platform.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn organisations_by_ids(&self, platform: PlatformId, ids: &[OrganisationId]) -> Result<Vec<Organisation>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut query = sqlx::QueryBuilder::<Db>::new(concat!(
            "SELECT ",
            organisation_columns!(),
            " FROM organisations WHERE platform_id = "
        ));
        query.push_bind(platform.0).push(" AND id IN (");
        let mut list = query.separated(", ");
        for id in ids {
            list.push_bind(id.0);
        }
        query.push(")");
        let rows: Vec<OrganisationRow> = query.build_query_as().fetch_all(self.reader()).await?;
        crate::row::convert_all(rows)
    }

    async fn organisation_members(&self, platform: PlatformId, id: OrganisationId) -> Result<Vec<OrganisationMember>> {
        let rows: Vec<(uuid::Uuid, String, String, Stamp)> = sqlx::query_as(
            "SELECT a.id, a.display_name, m.role, m.added_at
             FROM organisation_members m JOIN accounts a ON a.id = m.account_id
             WHERE m.platform_id = $1 AND m.organisation_id = $2
             ORDER BY CASE m.role WHEN 'admin' THEN 0 ELSE 1 END, a.display_name, a.id",
        )
        .bind(platform.0)
        .bind(id.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter()
            .map(|(account, display_name, role, added_at)| {
                Ok(OrganisationMember {
                    account_id: AccountId(account),
                    display_name,
                    role: crate::row::organisation_role(&role)?,
                    added_at: added_at.0,
                })
            })
            .collect()
    }

    async fn organisation_role(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
    ) -> Result<Option<OrganisationRole>> {
        let role: Option<String> = sqlx::query_scalar(
            "SELECT role FROM organisation_members m WHERE m.platform_id = $1 AND m.organisation_id = $2 AND m.account_id = $3
               AND NOT EXISTS (SELECT 1 FROM platform_members p
                               WHERE p.platform_id = $1 AND p.account_id = $3 AND p.suspended_at IS NOT NULL)",
        )
        .bind(platform.0)
        .bind(id.0)
        .bind(account.0)
        .fetch_optional(self.reader())
        .await?;
        role.as_deref().map(crate::row::organisation_role).transpose()
    }

    async fn organisations_of(
        &self,
        platform: PlatformId,
        account: AccountId,
    ) -> Result<Vec<(Organisation, OrganisationRole)>> {
        let rows = sqlx::query_as::<_, OrganisationWithRoleRow>(concat!(
            "SELECT ",
            organisation_columns!("o"),
            ", m.role AS member_role FROM organisation_members m
             JOIN organisations o ON o.id = m.organisation_id
             WHERE m.platform_id = $1 AND m.account_id = $2 ORDER BY o.name, o.id"
        ))
        .bind(platform.0)
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter()
            .map(|row| {
                let role = crate::row::organisation_role(&row.member_role)?;
                Ok((row.organisation.try_into()?, role))
            })
            .collect()
    }

    async fn put_organisation_member(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
        role: OrganisationRole,
        at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        Self::lock_organisation(&mut tx, platform, id).await?;
        if role != OrganisationRole::Admin {
            Self::refuse_if_last_admin(&mut tx, platform, id, account).await?;
        }
        sqlx::query(
            "INSERT INTO organisation_members (platform_id, organisation_id, account_id, role, added_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (organisation_id, account_id) DO UPDATE SET role = excluded.role",
        )
        .bind(platform.0)
        .bind(id.0)
        .bind(account.0)
        .bind(role.as_str())
        .bind(Stamp(at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_organisation_member(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        Self::lock_organisation(&mut tx, platform, id).await?;
        Self::refuse_if_last_admin(&mut tx, platform, id, account).await?;
        let done = sqlx::query(
            "DELETE FROM organisation_members WHERE platform_id = $1 AND organisation_id = $2 AND account_id = $3",
        )
        .bind(platform.0)
        .bind(id.0)
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("member"));
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_organisation_verified(
        &self,
        platform: PlatformId,
        id: OrganisationId,
        by: Option<AccountId>,
        at: Option<Timestamp>,
    ) -> Result<()> {
        let done = sqlx::query(
            "UPDATE organisations SET verified_at = $1, verified_by = $2 WHERE platform_id = $3 AND id = $4",
        )
        .bind(at.map(Stamp))
        .bind(by.map(|a| a.0))
        .bind(platform.0)
        .bind(id.0)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("organisation"));
        }
        Ok(())
    }
}

impl Store {
    /// Refuses a change that would leave the organisation without an admin:
    /// `account` is about to lose the admin role or leave.
    pub(super) async fn refuse_if_last_admin(
        tx: &mut sqlx::Transaction<'static, Db>,
        platform: PlatformId,
        id: OrganisationId,
        account: AccountId,
    ) -> Result<()> {
        let other_admins: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM organisation_members
             WHERE platform_id = $1 AND organisation_id = $2 AND role = 'admin' AND account_id <> $3",
        )
        .bind(platform.0)
        .bind(id.0)
        .bind(account.0)
        .fetch_one(&mut **tx)
        .await?;
        let is_admin: Option<String> = sqlx::query_scalar(
            "SELECT role FROM organisation_members
             WHERE platform_id = $1 AND organisation_id = $2 AND account_id = $3 AND role = 'admin'",
        )
        .bind(platform.0)
        .bind(id.0)
        .bind(account.0)
        .fetch_optional(&mut **tx)
        .await?;
        if is_admin.is_some() && other_admins == 0 {
            return Err(StoreError::Refused("last-admin"));
        }
        Ok(())
    }
}
