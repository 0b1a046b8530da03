//! Platforms and their members.

macro_rules! platform_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::PlatformStore for $store {
            async fn create_platform(
                &self,
                new: &entraide_domain::platform::NewPlatform,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::platform::Platform> {
                let mut tx = self.begin_write().await?;
                let parent_id: Option<uuid::Uuid> = match &new.parent {
                    Some(parent) => Some(
                        sqlx::query_scalar("SELECT id FROM platforms WHERE slug = $1")
                            .bind(parent.as_str())
                            .fetch_optional(&mut *tx)
                            .await?
                            .ok_or($crate::StoreError::NotFound("parent"))?,
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
                .bind($crate::stamp::Stamp(at))
                .execute(&mut *tx)
                .await
                .map_err($crate::StoreError::conflict_on("slug"))?;
                tx.commit().await?;
                Ok(entraide_domain::platform::Platform {
                    id: entraide_domain::id::PlatformId(id),
                    slug: new.slug.clone(),
                    name: new.name.clone(),
                    default_locale: new.default_locale,
                    parent_id: parent_id.map(entraide_domain::id::PlatformId),
                    center: new.center,
                    time_zone: new.time_zone,
                    created_at: at,
                })
            }

            async fn platform_by_slug(
                &self,
                slug: &entraide_domain::platform::Slug,
            ) -> $crate::error::Result<Option<entraide_domain::platform::Platform>> {
                sqlx::query_as::<_, $crate::row::PlatformRow>("SELECT * FROM platforms WHERE slug = $1")
                    .bind(slug.as_str())
                    .fetch_optional(self.reader())
                    .await?
                    .map(TryInto::try_into)
                    .transpose()
            }

            async fn platform_by_id(
                &self,
                id: entraide_domain::id::PlatformId,
            ) -> $crate::error::Result<Option<entraide_domain::platform::Platform>> {
                sqlx::query_as::<_, $crate::row::PlatformRow>("SELECT * FROM platforms WHERE id = $1")
                    .bind(id.0)
                    .fetch_optional(self.reader())
                    .await?
                    .map(TryInto::try_into)
                    .transpose()
            }

            async fn list_platforms(&self) -> $crate::error::Result<Vec<entraide_domain::platform::Platform>> {
                let rows = sqlx::query_as::<_, $crate::row::PlatformRow>("SELECT * FROM platforms ORDER BY name, slug")
                    .fetch_all(self.reader())
                    .await?;
                $crate::row::convert_all(rows)
            }

            async fn add_platform_member(
                &self,
                platform: entraide_domain::id::PlatformId,
                account: entraide_domain::id::AccountId,
                role: entraide_domain::platform::PlatformRole,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                sqlx::query("INSERT INTO platform_members (platform_id, account_id, role, joined_at) VALUES ($1, $2, $3, $4)")
                    .bind(platform.0)
                    .bind(account.0)
                    .bind(role.as_str())
                    .bind($crate::stamp::Stamp(at))
                    .execute(self.writer())
                    .await
                    .map_err($crate::StoreError::conflict_on("member"))?;
                Ok(())
            }

            async fn set_platform_role(
                &self,
                platform: entraide_domain::id::PlatformId,
                account: entraide_domain::id::AccountId,
                role: entraide_domain::platform::PlatformRole,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                sqlx::query(
                    "INSERT INTO platform_members (platform_id, account_id, role, joined_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (platform_id, account_id) DO UPDATE SET role = excluded.role",
                )
                .bind(platform.0)
                .bind(account.0)
                .bind(role.as_str())
                .bind($crate::stamp::Stamp(at))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn platform_role(
                &self,
                platform: entraide_domain::id::PlatformId,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<Option<entraide_domain::platform::PlatformRole>> {
                let role: Option<String> = sqlx::query_scalar(
                    "SELECT role FROM platform_members WHERE platform_id = $1 AND account_id = $2 AND suspended_at IS NULL",
                )
                .bind(platform.0)
                .bind(account.0)
                .fetch_optional(self.reader())
                .await?;
                role.as_deref().map($crate::row::platform_role).transpose()
            }

            async fn platform_membership(
                &self,
                platform: entraide_domain::id::PlatformId,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<Option<$crate::Membership>> {
                let row: Option<(String, Option<$crate::stamp::Stamp>)> =
                    sqlx::query_as("SELECT role, suspended_at FROM platform_members WHERE platform_id = $1 AND account_id = $2")
                        .bind(platform.0)
                        .bind(account.0)
                        .fetch_optional(self.reader())
                        .await?;
                row.map(|(role, suspended_at)| {
                    Ok($crate::Membership { role: $crate::row::platform_role(&role)?, suspended_at: suspended_at.map(|s| s.0) })
                })
                .transpose()
            }

            async fn platforms_of(
                &self,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<Vec<(entraide_domain::platform::Platform, entraide_domain::platform::PlatformRole)>> {
                let rows = sqlx::query_as::<_, $crate::row::PlatformWithRoleRow>(
                    "SELECT p.*, m.role AS member_role FROM platform_members m JOIN platforms p ON p.id = m.platform_id
                     WHERE m.account_id = $1 ORDER BY p.name",
                )
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|row| {
                        let role = $crate::row::platform_role(&row.member_role)?;
                        Ok((row.platform.try_into()?, role))
                    })
                    .collect()
            }
        }
    };
}

pub(crate) use platform_store;
