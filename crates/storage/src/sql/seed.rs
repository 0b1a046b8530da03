//! Bulk inserts of synthetic volunteers: multi-row `INSERT`s, sized under SQLite's limit
//! of bound values per statement, inside one transaction per batch.

use super::{Db, Store};
use crate::error::Result;
use crate::row::seed::ROWS_PER_STATEMENT;
use crate::stamp::Stamp;
use crate::{SeedStore, SeedVolunteer, StoreError};
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::profile::ProfileDraft;
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl SeedStore for Store {
    async fn insert_volunteers(
        &self,
        platform: PlatformId,
        volunteers: &[SeedVolunteer],
        password_hash: &str,
        at: Timestamp,
    ) -> Result<()> {
        let stamp = Stamp(at);
        let mut tx = self.begin_write().await?;
        for chunk in volunteers.chunks(ROWS_PER_STATEMENT) {
            let mut accounts = sqlx::QueryBuilder::<Db>::new(
                "INSERT INTO accounts (id, email, password_hash, display_name, locale, birth_date, is_instance_admin, created_at) ",
            );
            accounts.push_values(chunk, |mut row, v| {
                row.push_bind(v.id.0)
                    .push_bind(v.email.clone())
                    .push_bind(password_hash.to_owned())
                    .push_bind(v.display_name.clone())
                    .push_bind(v.profile.languages.first().map(|l| l.code()))
                    .push_bind(v.birth_date)
                    .push_bind(false)
                    .push_bind(stamp);
            });
            accounts.build().execute(&mut *tx).await.map_err(StoreError::conflict_on("email"))?;

            let mut members = sqlx::QueryBuilder::<Db>::new(
                "INSERT INTO platform_members (platform_id, account_id, role, joined_at) ",
            );
            members.push_values(chunk, |mut row, v| {
                row.push_bind(platform.0).push_bind(v.id.0).push_bind("member").push_bind(stamp);
            });
            members.build().execute(&mut *tx).await?;

            let mut profiles = sqlx::QueryBuilder::<Db>::new(
                "INSERT INTO volunteer_profiles (account_id, skills, causes, languages, lat, lon, home_cell, reach_cell, within_km,
                   availability, no_suggestions, no_mails, updated_at) ",
            );
            profiles.push_values(chunk, |mut row, v| {
                let p = &v.profile;
                row.push_bind(v.id.0)
                    .push_bind(crate::row::profile::join(&p.skills))
                    .push_bind(crate::row::profile::join(&p.causes))
                    .push_bind(crate::row::profile::join_languages(&p.languages))
                    .push_bind(p.home.lat())
                    .push_bind(p.home.lon())
                    .push_bind(entraide_domain::help::cell_of(p.home))
                    .push_bind(entraide_domain::profile::reach_cell_of(p.home))
                    .push_bind(p.within_km)
                    .push_bind(entraide_domain::profile::encode_windows(&p.availability))
                    .push_bind(p.no_suggestions)
                    .push_bind(p.no_mails)
                    .push_bind(stamp);
            });
            profiles.build().execute(&mut *tx).await?;
            let drafts: Vec<(AccountId, &ProfileDraft)> = chunk.iter().map(|v| (v.id, &v.profile)).collect();
            Self::index_windows(&mut tx, &drafts).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn analyze(&self) -> Result<()> {
        sqlx::query("ANALYZE").execute(self.writer()).await?;
        Ok(())
    }

    async fn count_accounts_ending(&self, suffix: &str) -> Result<i64> {
        let pattern = format!("%{suffix}");
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE email LIKE $1")
            .bind(pattern)
            .fetch_one(self.reader())
            .await?)
    }
}
