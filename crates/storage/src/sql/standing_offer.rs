//! Standing offers.

use super::Store;
use crate::error::Result;
use crate::row::standing_offer::StandingOfferRow;
use crate::stamp::Stamp;
use crate::{StandingOfferStore, StoreError};
use entraide_domain::id::{AccountId, PlatformId, StandingOfferId};
use entraide_domain::standing_offer::{StandingOffer, StandingOfferDraft};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl StandingOfferStore for Store {
    async fn create_standing_offer(
        &self,
        platform: PlatformId,
        helper: AccountId,
        draft: &StandingOfferDraft,
        at: Timestamp,
    ) -> Result<StandingOffer> {
        let id = StandingOfferId::new();
        sqlx::query(
            "INSERT INTO standing_offers (id, platform_id, helper_id, category, weekdays, lat, lon, h3_cell, within_km, note, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(id.0)
        .bind(platform.0)
        .bind(helper.0)
        .bind(draft.category.clone())
        .bind(draft.weekdays.bits())
        .bind(draft.point.lat())
        .bind(draft.point.lon())
        .bind(entraide_domain::help::cell_of(draft.point))
        .bind(draft.within_km)
        .bind(&draft.note)
        .bind(Stamp(at))
        .execute(self.writer())
        .await
        .map_err(|error| match &error {
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound("category"),
            _ => StoreError::Database(error),
        })?;
        Ok(StandingOffer { id, platform_id: platform, helper, draft: draft.clone(), created_at: at })
    }

    async fn standing_offers_of(&self, helper: AccountId) -> Result<Vec<StandingOffer>> {
        let rows: Vec<StandingOfferRow> = sqlx::query_as(
            "SELECT id, platform_id, helper_id, category, weekdays, lat, lon, within_km, note, created_at
             FROM standing_offers WHERE helper_id = $1 ORDER BY created_at DESC, id DESC",
        )
        .bind(helper.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn withdraw_standing_offer(&self, helper: AccountId, id: StandingOfferId) -> Result<()> {
        let done = sqlx::query("DELETE FROM standing_offers WHERE helper_id = $1 AND id = $2")
            .bind(helper.0)
            .bind(id.0)
            .execute(self.writer())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("standing-offer"));
        }
        Ok(())
    }
}
