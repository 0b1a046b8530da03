//! Storage of standing offers: what a helper offers to do, on which days, within how far.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, PlatformId, StandingOfferId};
use entraide_domain::standing_offer::{StandingOffer, StandingOfferDraft};
use entraide_domain::time::Timestamp;

/// Standing offers.
#[async_trait]
pub trait StandingOfferStore: Send + Sync {
    /// Publishes a standing offer; `NotFound("category")` for a category the platform lacks.
    async fn create_standing_offer(
        &self,
        platform: PlatformId,
        helper: AccountId,
        draft: &StandingOfferDraft,
        at: Timestamp,
    ) -> Result<StandingOffer>;
    /// A person's standing offers on every platform, newest first.
    async fn standing_offers_of(&self, helper: AccountId) -> Result<Vec<StandingOffer>>;
    /// Withdraws one of the person's standing offers; `NotFound("standing-offer")`.
    async fn withdraw_standing_offer(&self, helper: AccountId, id: StandingOfferId) -> Result<()>;
}
