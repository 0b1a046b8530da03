//! Volunteer profiles and the candidate sets of suggestions.

use super::{Db, Store};
use crate::error::Result;
use crate::row::profile::profile_columns;
use crate::row::profile::{CandidateRow, FAIRNESS_DAYS, OpeningRow, Pool, ProfileRow};
use crate::stamp::Stamp;
use crate::{ProfileStore, ShiftCandidate, ShiftSearch, Slot, StoreError, VolunteerCandidate};
use entraide_domain::id::{AccountId, PlatformId, ShiftId};
use entraide_domain::profile::{Profile, ProfileDraft, Window};
use entraide_domain::time::Timestamp;

impl Store {
    /// Writes the search rows of these profiles' windows (none for people who
    /// want no suggestions).
    pub(crate) async fn index_windows(
        tx: &mut sqlx::Transaction<'static, Db>,
        profiles: &[(AccountId, &ProfileDraft)],
    ) -> Result<()> {
        let rows: Vec<(uuid::Uuid, &Window, i64, f64)> = profiles
            .iter()
            .filter(|(_, draft)| !draft.no_suggestions)
            .flat_map(|(account, draft)| {
                let cell = entraide_domain::help::cell_of(draft.home);
                draft.availability.iter().map(move |w| (account.0, w, cell, draft.within_km))
            })
            .collect();
        for chunk in rows.chunks(2000) {
            let mut query = sqlx::QueryBuilder::<Db>::new(
                "INSERT INTO volunteer_windows (account_id, weekday, from_minute, to_minute, home_cell, within_km) ",
            );
            query.push_values(chunk, |mut row, (account, window, cell, within_km)| {
                use chrono::Timelike;
                // An end rounds up: 24:00, kept as the last instant of the day,
                // is minute 1440.
                let to = crate::row::profile::minute_of(window.to)
                    + i64::from(window.to.second() > 0 || window.to.nanosecond() > 0);
                row.push_bind(*account)
                    .push_bind(i64::from(window.weekday))
                    .push_bind(crate::row::profile::minute_of(window.from))
                    .push_bind(to)
                    .push_bind(*cell)
                    .push_bind(*within_km);
            });
            query.build().execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// The candidates of a shift in a pool, with their records (see
    /// `ProfileStore::shift_candidates_near`).
    pub(super) async fn candidates(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        asker: AccountId,
        pool: Pool<'_>,
        limit: Option<i64>,
        now: Timestamp,
    ) -> Result<Vec<VolunteerCandidate>> {
        let groups = match pool {
            Pool::Near(reach) => Some(crate::row::profile::reach_groups(reach)),
            _ => None,
        };
        if groups.as_ref().is_some_and(Vec::is_empty) {
            return Ok(Vec::new());
        }
        let mut query = sqlx::QueryBuilder::<Db>::new(
            "SELECT p.account_id, a.display_name, a.birth_date, p.skills, p.causes, p.languages, p.lat, p.lon, p.within_km,
               p.availability,
               (SELECT COUNT(*) FROM signups s WHERE s.platform_id = m.platform_id AND s.account_id = p.account_id AND s.attended = ",
        );
        query.push_bind(true);
        query.push(
            ") AS attended,
               (SELECT COUNT(*) FROM signups s WHERE s.platform_id = m.platform_id AND s.account_id = p.account_id AND s.attended = ",
        );
        query.push_bind(false);
        // Near a place, SQLite must start from the coarse cells (the index on
        // `reach_cell`, one OR branch each) rather than from every member of the
        // platform: CROSS JOIN fixes its join order. PostgreSQL plans either
        // way by its statistics. For remote work, members come first.
        // Among a few known people, start from them, as near a place.
        query.push(") AS no_shows, (SELECT COUNT(*) FROM shift_invitations i WHERE i.account_id = p.account_id AND i.created_at > ");
        let since = now - chrono::Duration::days(FAIRNESS_DAYS);
        query.push_bind(Stamp(since));
        query.push(if groups.is_some() || matches!(pool, Pool::Among(_)) {
            ") AS recent_invitations
             FROM volunteer_profiles p CROSS JOIN platform_members m CROSS JOIN accounts a
             WHERE m.account_id = p.account_id AND a.id = p.account_id AND m.platform_id = "
        } else {
            ") AS recent_invitations
             FROM platform_members m JOIN volunteer_profiles p ON p.account_id = m.account_id
             JOIN accounts a ON a.id = p.account_id
             WHERE m.platform_id = "
        });
        query.push_bind(platform.0);
        query.push(" AND a.erased_at IS NULL AND p.no_suggestions = ").push_bind(false);
        query.push(" AND NOT EXISTS (SELECT 1 FROM signups x WHERE x.account_id = p.account_id AND x.status IN ('confirmed', 'waitlisted') AND x.shift_id = ");
        query.push_bind(shift.0).push(")");
        // Nobody is invited twice to the same shift: once invited, not suggested.
        query.push(
            " AND NOT EXISTS (SELECT 1 FROM shift_invitations i WHERE i.account_id = p.account_id AND i.shift_id = ",
        );
        query.push_bind(shift.0).push(")");
        // Nor between two people one of whom blocked the other.
        query.push(" AND NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.blocker_id = p.account_id AND b.blocked_id = ");
        query.push_bind(asker.0).push(") OR (b.blocked_id = p.account_id AND b.blocker_id = ");
        query.push_bind(asker.0).push("))");
        if let Some(groups) = groups {
            query.push(" AND (");
            for (index, (range, cells)) in groups.iter().enumerate() {
                if index > 0 {
                    query.push(" OR ");
                }
                query.push("(p.within_km >= ").push_bind(*range).push(" AND p.reach_cell IN (");
                let mut list = query.separated(", ");
                for cell in cells {
                    list.push_bind(*cell);
                }
                query.push("))");
            }
            query.push(")");
        }
        if let Pool::Among(accounts) = pool {
            query.push(" AND p.account_id IN (");
            let mut list = query.separated(", ");
            for account in accounts {
                list.push_bind(account.0);
            }
            query.push(")");
        }
        if let Some(limit) = limit {
            query.push(" LIMIT ").push_bind(limit);
        }
        let rows: Vec<CandidateRow> = query.build_query_as().fetch_all(self.reader()).await?;
        crate::row::convert_all(rows)
    }
}

#[async_trait::async_trait]
impl ProfileStore for Store {
    async fn put_profile(&self, account: AccountId, draft: &ProfileDraft, at: Timestamp) -> Result<Profile> {
        let home_cell = entraide_domain::help::cell_of(draft.home);
        let reach_cell = entraide_domain::profile::reach_cell_of(draft.home);
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO volunteer_profiles (account_id, skills, causes, languages, lat, lon, home_cell, reach_cell, within_km,
               availability, no_suggestions, no_mails, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (account_id) DO UPDATE SET skills = excluded.skills, causes = excluded.causes,
               languages = excluded.languages, lat = excluded.lat, lon = excluded.lon, home_cell = excluded.home_cell,
               reach_cell = excluded.reach_cell, within_km = excluded.within_km, availability = excluded.availability,
               no_suggestions = excluded.no_suggestions, no_mails = excluded.no_mails, updated_at = excluded.updated_at",
        )
        .bind(account.0)
        .bind(crate::row::profile::join(&draft.skills))
        .bind(crate::row::profile::join(&draft.causes))
        .bind(crate::row::profile::join_languages(&draft.languages))
        .bind(draft.home.lat())
        .bind(draft.home.lon())
        .bind(home_cell)
        .bind(reach_cell)
        .bind(draft.within_km)
        .bind(entraide_domain::profile::encode_windows(&draft.availability))
        .bind(draft.no_suggestions)
        .bind(draft.no_mails)
        .bind(Stamp(at))
        .execute(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound("account"),
            _ => StoreError::Database(e),
        })?;
        // The search index follows the profile in the same transaction.
        sqlx::query("DELETE FROM volunteer_windows WHERE account_id = $1").bind(account.0).execute(&mut *tx).await?;
        Self::index_windows(&mut tx, &[(account, draft)]).await?;
        tx.commit().await?;
        Ok(Profile { account_id: account, draft: draft.clone(), home_cell, reach_cell, updated_at: at })
    }

    async fn profile(&self, account: AccountId) -> Result<Option<Profile>> {
        let row: Option<ProfileRow> =
            sqlx::query_as(concat!("SELECT ", profile_columns!(), " FROM volunteer_profiles WHERE account_id = $1"))
                .bind(account.0)
                .fetch_optional(self.reader())
                .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn shift_candidates_near(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        asker: AccountId,
        reach: &[(i64, f64)],
        limit: i64,
        now: Timestamp,
    ) -> Result<Vec<VolunteerCandidate>> {
        self.candidates(platform, shift, asker, Pool::Near(reach), Some(limit), now).await
    }

    async fn candidates_among(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        asker: AccountId,
        accounts: &[AccountId],
        now: Timestamp,
    ) -> Result<Vec<VolunteerCandidate>> {
        if accounts.is_empty() {
            return Ok(Vec::new());
        }
        self.candidates(platform, shift, asker, Pool::Among(accounts), None, now).await
    }

    async fn available_for(
        &self,
        slot: Slot,
        cells: Option<&[i64]>,
        min_km: f64,
        limit: i64,
    ) -> Result<Vec<AccountId>> {
        if cells.is_some_and(<[i64]>::is_empty) || limit <= 0 {
            return Ok(Vec::new());
        }
        let mut query = sqlx::QueryBuilder::<Db>::new("SELECT account_id FROM volunteer_windows WHERE weekday = ");
        query.push_bind(i64::from(slot.weekday));
        if let Some(cells) = cells {
            query.push(" AND home_cell IN (");
            let mut list = query.separated(", ");
            for cell in cells {
                list.push_bind(*cell);
            }
            query.push(")");
        }
        query.push(" AND from_minute <= ").push_bind(slot.from_minute);
        query.push(" AND to_minute >= ").push_bind(slot.to_minute);
        query.push(" AND within_km >= ").push_bind(min_km);
        query.push(" LIMIT ").push_bind(limit);
        let ids: Vec<(uuid::Uuid,)> = query.build_query_as().fetch_all(self.reader()).await?;
        Ok(ids.into_iter().map(|(id,)| AccountId(id)).collect())
    }

    async fn shift_openings(&self, platform: PlatformId, search: &ShiftSearch) -> Result<Vec<ShiftCandidate>> {
        let (south, west, north, east) = search.within;
        let rows: Vec<OpeningRow> = sqlx::query_as(
            "SELECT s.id, s.platform_id, s.opportunity_id, s.starts_at, s.ends_at, s.slots, s.taken, s.waiting, s.series_id,
               s.cancelled_at, o.id AS opportunity_ref, o.title, o.lat, o.lon, o.min_age
             FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id
             WHERE s.platform_id = $1 AND s.starts_at > $2 AND s.starts_at <= $3 AND s.cancelled_at IS NULL
               AND s.taken < s.slots AND o.status = 'published'
               AND (o.lat IS NULL OR (o.lat >= $4 AND o.lat <= $5 AND o.lon >= $6 AND o.lon <= $7))
               AND NOT EXISTS (SELECT 1 FROM signups x WHERE x.shift_id = s.id AND x.account_id = $8
                               AND x.status IN ('confirmed', 'waitlisted'))
             ORDER BY s.starts_at, s.id LIMIT $9",
        )
        .bind(platform.0)
        .bind(Stamp(search.from))
        .bind(Stamp(search.to))
        .bind(south)
        .bind(north)
        .bind(west)
        .bind(east)
        .bind(search.account.0)
        .bind(search.limit)
        .fetch_all(self.reader())
        .await?;
        let mut ids: Vec<uuid::Uuid> = rows.iter().map(crate::row::profile::opening_opportunity).collect();
        ids.sort_unstable();
        ids.dedup();
        let terms = self.opportunity_terms(&ids).await?;
        rows.into_iter().map(|row| crate::row::profile::opening(row, &terms)).collect()
    }

    async fn attendance_record(&self, platform: PlatformId, account: AccountId) -> Result<(i64, i64)> {
        let attended: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM signups WHERE platform_id = $1 AND account_id = $2 AND attended = $3",
        )
        .bind(platform.0)
        .bind(account.0)
        .bind(true)
        .fetch_one(self.reader())
        .await?;
        let absent: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM signups WHERE platform_id = $1 AND account_id = $2 AND attended = $3",
        )
        .bind(platform.0)
        .bind(account.0)
        .bind(false)
        .fetch_one(self.reader())
        .await?;
        Ok((attended, absent))
    }
}
