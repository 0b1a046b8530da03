//! Standing offers.

use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::{AccountId, PlatformId, StandingOfferId};
use entraide_domain::standing_offer::{StandingOffer, StandingOfferDraft, Weekdays};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct StandingOfferRow {
    id: Uuid,
    platform_id: Uuid,
    helper_id: Uuid,
    category: Option<String>,
    weekdays: i64,
    lat: f64,
    lon: f64,
    within_km: f64,
    note: String,
    created_at: Stamp,
}

impl TryFrom<StandingOfferRow> for StandingOffer {
    type Error = StoreError;
    fn try_from(row: StandingOfferRow) -> Result<Self, StoreError> {
        let point = Coordinates::parse(row.lat, row.lon, ("lat", "lon"))
            .map_err(|_| StoreError::Corrupt(format!("standing offer point {},{}", row.lat, row.lon)))?;
        Ok(StandingOffer {
            id: StandingOfferId(row.id),
            platform_id: PlatformId(row.platform_id),
            helper: AccountId(row.helper_id),
            draft: StandingOfferDraft {
                category: row.category,
                weekdays: Weekdays::from_bits(row.weekdays),
                point,
                within_km: row.within_km,
                note: row.note,
            },
            created_at: row.created_at.0,
        })
    }
}
