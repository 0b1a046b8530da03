//! Gazetteers.

use super::{Db, Store};
use crate::error::Result;
use crate::row::corrupt;
use crate::{PlaceCounts, PlaceStore};
use entraide_domain::geo::Coordinates;
use entraide_domain::id::PlatformId;
use entraide_domain::place::{Place, PlaceKind, search_form, search_keys};

/// Rows per INSERT: well within both databases' limits on bound values.
const BATCH: usize = 1000;

/// Which kind comes first among places a key finds alike.
fn rank(kind: PlaceKind) -> i16 {
    match kind {
        PlaceKind::Neighbourhood => 0,
        PlaceKind::Street => 1,
        PlaceKind::Postcode => 2,
        PlaceKind::Address => 3,
    }
}

/// The first key after every key that begins with `prefix`.
fn after_prefix(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

#[async_trait::async_trait]
impl PlaceStore for Store {
    async fn replace_places(&self, platform: PlatformId, places: &[Place]) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM place_keys WHERE platform_id = $1").bind(platform.0).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM places WHERE platform_id = $1").bind(platform.0).execute(&mut *tx).await?;
        let rows: Vec<(uuid::Uuid, &Place)> = places.iter().map(|p| (uuid::Uuid::now_v7(), p)).collect();
        for chunk in rows.chunks(BATCH) {
            let mut query =
                sqlx::QueryBuilder::<Db>::new("INSERT INTO places (id, platform_id, kind, name, search, lat, lon) ");
            query.push_values(chunk, |mut row, (id, place)| {
                row.push_bind(*id)
                    .push_bind(platform.0)
                    .push_bind(place.kind.as_str())
                    .push_bind(place.name.as_str())
                    .push_bind(search_form(&place.name))
                    .push_bind(place.point.lat())
                    .push_bind(place.point.lon());
            });
            query.build().execute(&mut *tx).await?;
        }
        let keys: Vec<(uuid::Uuid, i16, String)> = rows
            .iter()
            .flat_map(|(id, place)| search_keys(&place.name).into_iter().map(move |key| (*id, rank(place.kind), key)))
            .collect();
        for chunk in keys.chunks(BATCH) {
            let mut query = sqlx::QueryBuilder::<Db>::new("INSERT INTO place_keys (platform_id, rank, key, place_id) ");
            query.push_values(chunk, |mut row, (id, rank, key)| {
                row.push_bind(platform.0).push_bind(*rank).push_bind(key.as_str()).push_bind(*id);
            });
            query.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn find_places(&self, platform: PlatformId, words: &[String], limit: i64) -> Result<Vec<Place>> {
        let Some((first, others)) = words.split_first() else { return Ok(Vec::new()) };
        let mut query = sqlx::QueryBuilder::<Db>::new(
            "SELECT p.id, p.kind, p.name, p.lat, p.lon FROM place_keys k JOIN places p ON p.id = k.place_id
              WHERE k.platform_id = ",
        );
        query.push_bind(platform.0).push(" AND k.key >= ").push_bind(first.as_str());
        query.push(" AND k.key < ").push_bind(after_prefix(first));
        // The other words anywhere in the name: words in search form hold only letters
        // and digits, nothing LIKE would read as a pattern.
        for word in others {
            query.push(" AND p.search LIKE ").push_bind(format!("%{word}%"));
        }
        // A place found by two of its keys comes once: twice as many rows, then deduplicated.
        query.push(" ORDER BY k.key, k.rank LIMIT ").push_bind(limit.saturating_mul(2));
        let rows: Vec<(uuid::Uuid, String, String, f64, f64)> = query.build_query_as().fetch_all(self.reader()).await?;
        let mut seen = std::collections::HashSet::new();
        let mut found = Vec::new();
        let wanted = usize::try_from(limit).unwrap_or(0);
        for (id, kind, name, lat, lon) in rows {
            if found.len() >= wanted {
                break;
            }
            if !seen.insert(id) {
                continue;
            }
            let kind = PlaceKind::parse(&kind).ok_or_else(|| corrupt("place kind", &kind))?;
            let point = Coordinates::parse(lat, lon, ("lat", "lon")).map_err(|_| corrupt("place point", &name))?;
            found.push(Place { kind, name, point });
        }
        Ok(found)
    }

    async fn has_places(&self, platform: PlatformId) -> Result<bool> {
        let one: Option<i32> = sqlx::query_scalar("SELECT 1 FROM places WHERE platform_id = $1 LIMIT 1")
            .bind(platform.0)
            .fetch_optional(self.reader())
            .await?;
        Ok(one.is_some())
    }

    async fn place_counts(&self, platform: PlatformId) -> Result<PlaceCounts> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT kind, COUNT(*) FROM places WHERE platform_id = $1 GROUP BY kind ORDER BY kind")
                .bind(platform.0)
                .fetch_all(self.reader())
                .await?;
        rows.into_iter()
            .map(|(kind, count)| Ok((PlaceKind::parse(&kind).ok_or_else(|| corrupt("place kind", &kind))?, count)))
            .collect()
    }
}
