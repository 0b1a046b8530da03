//! Places people can name: a platform's gazetteer, imported by its operator from
//! OpenStreetMap, and the places a typed text finds in it.

use crate::App;
use crate::error::Result;
use entraide_domain::place::{Place, place_query};
use entraide_domain::platform::Platform;
use entraide_domain::{FieldError, Invalid};
use entraide_storage::PlaceCounts;

/// How many places a search gives at most.
pub const MAX_PLACES_FOUND: i64 = 100;
/// How many places a search gives when not told.
pub const DEFAULT_PLACES_FOUND: i64 = 8;

impl App {
    /// Replaces the platform's gazetteer with these places in one transaction (the
    /// operator, from the command line: no permission is checked); returns what it holds.
    pub async fn replace_gazetteer_by_operator(&self, platform: &Platform, places: &[Place]) -> Result<PlaceCounts> {
        self.store.replace_places(platform.id, places).await?;
        Ok(self.store.place_counts(platform.id).await?)
    }

    /// Whether the platform's team imported a gazetteer: place fields then take words.
    pub async fn has_gazetteer(&self, platform: &Platform) -> Result<bool> {
        Ok(self.store.has_places(platform.id).await?)
    }

    /// The places of the platform's gazetteer a typed text finds: a word of the name
    /// begins with the first word typed and the name holds the others; neighbourhoods
    /// and streets first. `Invalid` on `q` for an empty, invisible or overlong text.
    pub async fn find_places(&self, slug: &str, q: &str, limit: Option<i64>) -> Result<Vec<Place>> {
        let platform = self.platform(slug).await?;
        let mut invalid = Invalid::default();
        let words = invalid.check(place_query(q, "q"));
        let limit = limit.unwrap_or(DEFAULT_PLACES_FOUND);
        if !(1..=MAX_PLACES_FOUND).contains(&limit) {
            invalid.0.push(FieldError::new("limit", "limit-out-of-range"));
        }
        let Some(words) = words.filter(|_| invalid.0.is_empty()) else { return Err(invalid.into()) };
        Ok(self.store.find_places(platform.id, &words, limit).await?)
    }
}
