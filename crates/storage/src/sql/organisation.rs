//! Organisations and their members.

macro_rules! organisation_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::OrganisationStore for $store {
            async fn create_organisation(
                &self,
                platform: entraide_domain::id::PlatformId,
                new: &entraide_domain::organisation::NewOrganisation,
                creator: entraide_domain::id::AccountId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::organisation::Organisation> {
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
                .bind($crate::stamp::Stamp(at))
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO organisation_members (platform_id, organisation_id, account_id, role, added_at)
                     VALUES ($1, $2, $3, 'admin', $4)",
                )
                .bind(platform.0)
                .bind(id)
                .bind(creator.0)
                .bind($crate::stamp::Stamp(at))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(entraide_domain::organisation::Organisation {
                    id: entraide_domain::id::OrganisationId(id),
                    platform_id: platform,
                    name: new.name.clone(),
                    kind: new.kind,
                    description: new.description.clone(),
                    verified_at: None,
                    created_at: at,
                })
            }

            async fn organisation_platform(
                &self,
                id: entraide_domain::id::OrganisationId,
            ) -> $crate::error::Result<Option<entraide_domain::id::PlatformId>> {
                self.platform_of("SELECT platform_id FROM organisations WHERE id = $1", id.0).await
            }

            async fn organisation(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
            ) -> $crate::error::Result<Option<entraide_domain::organisation::Organisation>> {
                sqlx::query_as::<_, $crate::row::OrganisationRow>(
                    "SELECT * FROM organisations WHERE platform_id = $1 AND id = $2",
                )
                .bind(platform.0)
                .bind(id.0)
                .fetch_optional(self.reader())
                .await?
                .map(TryInto::try_into)
                .transpose()
            }

            async fn list_organisations(
                &self,
                platform: entraide_domain::id::PlatformId,
            ) -> $crate::error::Result<Vec<entraide_domain::organisation::Organisation>> {
                let rows = sqlx::query_as::<_, $crate::row::OrganisationRow>(
                    "SELECT * FROM organisations WHERE platform_id = $1 ORDER BY name, id",
                )
                .bind(platform.0)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }

            async fn organisations_by_ids(
                &self,
                platform: entraide_domain::id::PlatformId,
                ids: &[entraide_domain::id::OrganisationId],
            ) -> $crate::error::Result<Vec<entraide_domain::organisation::Organisation>> {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut query = sqlx::QueryBuilder::<<$store as $crate::sql::Backend>::Db>::new("SELECT * FROM organisations WHERE platform_id = ");
                query.push_bind(platform.0).push(" AND id IN (");
                let mut list = query.separated(", ");
                for id in ids {
                    list.push_bind(id.0);
                }
                query.push(")");
                let rows: Vec<$crate::row::OrganisationRow> = query.build_query_as().fetch_all(self.reader()).await?;
                $crate::row::convert_all(rows)
            }

            async fn organisation_members(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
            ) -> $crate::error::Result<Vec<$crate::OrganisationMember>> {
                let rows: Vec<(uuid::Uuid, String, String, $crate::stamp::Stamp)> = sqlx::query_as(
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
                        Ok($crate::OrganisationMember {
                            account_id: entraide_domain::id::AccountId(account),
                            display_name,
                            role: $crate::row::organisation_role(&role)?,
                            added_at: added_at.0,
                        })
                    })
                    .collect()
            }

            async fn organisation_role(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<Option<entraide_domain::organisation::OrganisationRole>> {
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
                role.as_deref().map($crate::row::organisation_role).transpose()
            }

            async fn organisations_of(
                &self,
                platform: entraide_domain::id::PlatformId,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<Vec<(entraide_domain::organisation::Organisation, entraide_domain::organisation::OrganisationRole)>> {
                let rows = sqlx::query_as::<_, $crate::row::OrganisationWithRoleRow>(
                    "SELECT o.*, m.role AS member_role FROM organisation_members m
                     JOIN organisations o ON o.id = m.organisation_id
                     WHERE m.platform_id = $1 AND m.account_id = $2 ORDER BY o.name, o.id",
                )
                .bind(platform.0)
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|row| {
                        let role = $crate::row::organisation_role(&row.member_role)?;
                        Ok((row.organisation.try_into()?, role))
                    })
                    .collect()
            }

            async fn put_organisation_member(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
                account: entraide_domain::id::AccountId,
                role: entraide_domain::organisation::OrganisationRole,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let mut tx = self.begin_write().await?;
                Self::lock_organisation(&mut tx, platform, id).await?;
                if role != entraide_domain::organisation::OrganisationRole::Admin {
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
                .bind($crate::stamp::Stamp(at))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn remove_organisation_member(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<()> {
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
                    return Err($crate::StoreError::NotFound("member"));
                }
                tx.commit().await?;
                Ok(())
            }

            async fn set_organisation_verified(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
                by: Option<entraide_domain::id::AccountId>,
                at: Option<entraide_domain::time::Timestamp>,
            ) -> $crate::error::Result<()> {
                let done = sqlx::query(
                    "UPDATE organisations SET verified_at = $1, verified_by = $2 WHERE platform_id = $3 AND id = $4",
                )
                .bind(at.map($crate::stamp::Stamp))
                .bind(by.map(|a| a.0))
                .bind(platform.0)
                .bind(id.0)
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("organisation"));
                }
                Ok(())
            }
        }

        impl $store {
            /// Locks the organisation's row until the transaction ends, so two changes to
            /// its members (two admins stepping down at once) cannot both pass the
            /// last-admin check. `NotFound` if it is not on this platform.
            async fn lock_organisation(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
            ) -> $crate::error::Result<()> {
                let found: Option<uuid::Uuid> = sqlx::query_scalar(<$store as $crate::sql::Backend>::LOCK_ORGANISATION)
                    .bind(platform.0)
                    .bind(id.0)
                    .fetch_optional(&mut **tx)
                    .await?;
                found.map(|_| ()).ok_or($crate::StoreError::NotFound("organisation"))
            }

            /// Refuses a change that would leave the organisation without an admin:
            /// `account` is about to lose the admin role or leave.
            async fn refuse_if_last_admin(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::OrganisationId,
                account: entraide_domain::id::AccountId,
            ) -> $crate::error::Result<()> {
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
                    return Err($crate::StoreError::Refused("last-admin"));
                }
                Ok(())
            }
        }
    };
}

pub(crate) use organisation_store;
