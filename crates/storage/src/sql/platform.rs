//! Platforms and their members.

use super::Store;
use crate::error::Result;
use crate::row::platform_columns;
use crate::row::{PlatformRow, PlatformWithRoleRow};
use crate::stamp::Stamp;
use crate::{Membership, PlatformFigures, PlatformStore, StoreError};
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::platform::{NewPlatform, Platform, PlatformRole, Slug};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl PlatformStore for Store {
    async fn create_platform(&self, new: &NewPlatform, at: Timestamp) -> Result<Platform> {
        let mut tx = self.begin_write().await?;
        let parent_id: Option<uuid::Uuid> = match &new.parent {
            Some(parent) => Some(
                sqlx::query_scalar("SELECT id FROM platforms WHERE slug = $1")
                    .bind(parent.as_str())
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::NotFound("parent"))?,
            ),
            None => None,
        };
        let id = uuid::Uuid::now_v7();
        sqlx::query(
            "INSERT INTO platforms (id, slug, name, default_locale, parent_id, center_lat, center_lon, time_zone, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id)
        .bind(new.slug.as_str())
        .bind(&new.name)
        .bind(new.default_locale.code())
        .bind(parent_id)
        .bind(new.center.map(|c| c.lat()))
        .bind(new.center.map(|c| c.lon()))
        .bind(new.time_zone.name())
        .bind(Stamp(at))
        .execute(&mut *tx)
        .await
        .map_err(StoreError::conflict_on("slug"))?;
        tx.commit().await?;
        Ok(Platform {
            id: PlatformId(id),
            slug: new.slug.clone(),
            name: new.name.clone(),
            default_locale: new.default_locale,
            parent_id: parent_id.map(PlatformId),
            center: new.center,
            time_zone: new.time_zone,
            created_at: at,
        })
    }

    async fn platform_by_slug(&self, slug: &Slug) -> Result<Option<Platform>> {
        sqlx::query_as::<_, PlatformRow>(concat!("SELECT ", platform_columns!(), " FROM platforms WHERE slug = $1"))
            .bind(slug.as_str())
            .fetch_optional(self.reader())
            .await?
            .map(TryInto::try_into)
            .transpose()
    }

    async fn platform_by_id(&self, id: PlatformId) -> Result<Option<Platform>> {
        sqlx::query_as::<_, PlatformRow>(concat!("SELECT ", platform_columns!(), " FROM platforms WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(self.reader())
            .await?
            .map(TryInto::try_into)
            .transpose()
    }

    async fn list_platforms(&self) -> Result<Vec<Platform>> {
        let rows = sqlx::query_as::<_, PlatformRow>(concat!(
            "SELECT ",
            platform_columns!(),
            " FROM platforms ORDER BY name, slug"
        ))
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn platform_figures(&self, now: Timestamp) -> Result<Vec<(PlatformId, PlatformFigures)>> {
        let rows: Vec<(uuid::Uuid, i64, i64, i64)> = sqlx::query_as(
            "SELECT p.id,
                (SELECT COUNT(*) FROM platform_members m WHERE m.platform_id = p.id AND m.suspended_at IS NULL),
                (SELECT COUNT(DISTINCT s.opportunity_id) FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id
                  WHERE s.platform_id = p.id AND s.starts_at > $1 AND s.cancelled_at IS NULL AND o.status = 'published'),
                (SELECT COUNT(*) FROM help_requests r
                  WHERE r.platform_id = p.id AND r.status = 'open' AND r.needed_until > $1 AND r.hidden_at IS NULL)
             FROM platforms p",
        )
        .bind(Stamp(now))
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, members, opportunities, open_requests)| {
                (PlatformId(id), PlatformFigures { members, opportunities, open_requests })
            })
            .collect())
    }

    async fn add_platform_member(
        &self,
        platform: PlatformId,
        account: AccountId,
        role: PlatformRole,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query("INSERT INTO platform_members (platform_id, account_id, role, joined_at) VALUES ($1, $2, $3, $4)")
            .bind(platform.0)
            .bind(account.0)
            .bind(role.as_str())
            .bind(Stamp(at))
            .execute(self.writer())
            .await
            .map_err(StoreError::conflict_on("member"))?;
        Ok(())
    }

    async fn set_platform_role(
        &self,
        platform: PlatformId,
        account: AccountId,
        role: PlatformRole,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO platform_members (platform_id, account_id, role, joined_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (platform_id, account_id) DO UPDATE SET role = excluded.role",
        )
        .bind(platform.0)
        .bind(account.0)
        .bind(role.as_str())
        .bind(Stamp(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn platform_role(&self, platform: PlatformId, account: AccountId) -> Result<Option<PlatformRole>> {
        let role: Option<String> = sqlx::query_scalar(
            "SELECT role FROM platform_members WHERE platform_id = $1 AND account_id = $2 AND suspended_at IS NULL",
        )
        .bind(platform.0)
        .bind(account.0)
        .fetch_optional(self.reader())
        .await?;
        role.as_deref().map(crate::row::platform_role).transpose()
    }

    async fn platform_membership(&self, platform: PlatformId, account: AccountId) -> Result<Option<Membership>> {
        let row: Option<(String, Option<Stamp>)> = sqlx::query_as(
            "SELECT role, suspended_at FROM platform_members WHERE platform_id = $1 AND account_id = $2",
        )
        .bind(platform.0)
        .bind(account.0)
        .fetch_optional(self.reader())
        .await?;
        row.map(|(role, suspended_at)| {
            Ok(Membership { role: crate::row::platform_role(&role)?, suspended_at: suspended_at.map(|s| s.0) })
        })
        .transpose()
    }

    async fn platforms_of(&self, account: AccountId) -> Result<Vec<(Platform, PlatformRole)>> {
        let rows = sqlx::query_as::<_, PlatformWithRoleRow>(concat!(
            "SELECT ",
            platform_columns!("p"),
            ", m.role AS member_role FROM platform_members m JOIN platforms p ON p.id = m.platform_id
             WHERE m.account_id = $1 ORDER BY p.name"
        ))
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter()
            .map(|row| {
                let role = crate::row::platform_role(&row.member_role)?;
                Ok((row.platform.try_into()?, role))
            })
            .collect()
    }
}
