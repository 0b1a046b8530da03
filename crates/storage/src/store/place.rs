//! Storage of platforms' gazetteers.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::PlatformId;
use entraide_domain::place::{Place, PlaceKind};

/// How many places of each kind a platform's gazetteer holds.
pub type PlaceCounts = Vec<(PlaceKind, i64)>;

/// Gazetteers: the named places of each platform.
#[async_trait]
pub trait PlaceStore: Send + Sync {
    /// Replaces the platform's gazetteer with these places, in one transaction: the old
    /// one serves until the new one is in, and a failure leaves it as it was.
    async fn replace_places(&self, platform: PlatformId, places: &[Place]) -> Result<()>;
    /// Places whose name has a word beginning with `words[0]` and holds every other word
    /// (all in search form), neighbourhoods and streets before addresses, shortest
    /// completion first; at most `limit`.
    async fn find_places(&self, platform: PlatformId, words: &[String], limit: i64) -> Result<Vec<Place>>;
    /// Whether the platform has a gazetteer at all.
    async fn has_places(&self, platform: PlatformId) -> Result<bool>;
    /// How many places of each kind the platform's gazetteer holds.
    async fn place_counts(&self, platform: PlatformId) -> Result<PlaceCounts>;
}
