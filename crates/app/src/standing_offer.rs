//! Standing offers of helpers: requests that fit are told to them.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::id::StandingOfferId;
use entraide_domain::standing_offer::{StandingOffer, StandingOfferInput};
use entraide_domain::{FieldError, Invalid};
use entraide_storage::StoreError;

impl App {
    /// Publishes a standing offer on a platform (its members): new requests that fit
    /// are told to the helper.
    pub async fn publish_standing_offer(
        &self,
        actor: &Actor,
        slug: &str,
        input: &StandingOfferInput,
    ) -> Result<StandingOffer> {
        let platform = self.platform(slug).await?;
        self.require_member(actor, platform.id).await?;
        let known = self.store.help_categories(platform.id).await?;
        let unknown_category = input
            .category
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .is_some_and(|c| !known.iter().any(|k| k.code == c));
        let draft = match input.validate() {
            Ok(draft) if !unknown_category => draft,
            Ok(_) => return Err(Invalid::one("category", "category-unknown").into()),
            Err(mut invalid) => {
                if unknown_category && !invalid.0.iter().any(|e| e.field == "category") {
                    invalid.0.insert(0, FieldError::new("category", "category-unknown"));
                }
                return Err(invalid.into());
            }
        };
        match self.store.create_standing_offer(platform.id, actor.account.id, &draft, self.now()).await {
            Err(StoreError::NotFound("category")) => Err(Invalid::one("category", "category-unknown").into()),
            other => Ok(other?),
        }
    }

    /// The person's standing offers.
    pub async fn my_standing_offers(&self, actor: &Actor) -> Result<Vec<StandingOffer>> {
        Ok(self.store.standing_offers_of(actor.account.id).await?)
    }

    /// Withdraws one of the person's standing offers.
    pub async fn withdraw_standing_offer(&self, actor: &Actor, id: &str) -> Result<()> {
        let id: StandingOfferId = id.parse().map_err(|_| AppError::NotFound("standing-offer"))?;
        Ok(self.store.withdraw_standing_offer(actor.account.id, id).await?)
    }
}
