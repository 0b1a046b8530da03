//! Storage of volunteer profiles, and the candidate sets suggestions are scored on.
//!
//! The storage narrows by index (coarse H3 cells, membership, open places, sign-ups,
//! opt-outs); the domain's `matching` decides and ranks.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::{AccountId, OpportunityId, PlatformId, ShiftId};
use entraide_domain::locale::Locale;
use entraide_domain::matching::Offer;
use entraide_domain::profile::{Profile, ProfileDraft};
use entraide_domain::shift::Shift;
use entraide_domain::time::Timestamp;

/// A stretch of a day, in the platform's local time: ISO weekday and minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// From this minute of the day…
    pub from_minute: i64,
    /// …to this one (1440 for midnight at the end).
    pub to_minute: i64,
}

/// A person who may be suggested for a shift: what they offer and their name.
#[derive(Debug, Clone)]
pub struct VolunteerCandidate {
    /// Skills, languages, home, range, windows, age and record on the platform.
    pub offer: Offer,
    /// Their name.
    pub display_name: String,
}

/// A shift that may be suggested to a person, with what its opportunity asks.
#[derive(Debug, Clone)]
pub struct ShiftCandidate {
    /// The shift (not cancelled, places left, to come).
    pub shift: Shift,
    /// Its opportunity.
    pub opportunity_id: OpportunityId,
    /// The opportunity's title.
    pub title: String,
    /// Skill codes.
    pub skills: Vec<String>,
    /// Cause codes.
    pub causes: Vec<String>,
    /// Languages.
    pub languages: Vec<Locale>,
    /// Where; `None` for remote work.
    pub place: Option<Coordinates>,
    /// Minimum age.
    pub min_age: Option<u8>,
}

/// Which shifts a person may be suggested.
#[derive(Debug, Clone)]
pub struct ShiftSearch {
    /// Leave out shifts this person is signed up for (or waiting on).
    pub account: AccountId,
    /// Starting after this…
    pub from: Timestamp,
    /// …and no later than this.
    pub to: Timestamp,
    /// Only places in this box (south, west, north, east), and remote work.
    pub within: (f64, f64, f64, f64),
    /// At most this many, soonest first.
    pub limit: i64,
}

/// Profiles, and the candidates of suggestions.
#[async_trait]
pub trait ProfileStore: Send + Sync {
    /// Writes (or replaces) a person's profile, with the H3 cells of its home point.
    async fn put_profile(&self, account: AccountId, draft: &ProfileDraft, at: Timestamp) -> Result<Profile>;
    /// A person's profile, if they wrote one.
    async fn profile(&self, account: AccountId) -> Result<Option<Profile>>;
    /// Members of the platform with a profile who did not opt out of suggestions and
    /// are not signed up for the shift (nor waiting for it), whose home lies in one of
    /// these coarse cells (resolution 4) and whose range is at least the distance given
    /// with the cell (see `profile::reach_cells`): at most `limit` of them (in no
    /// order), the fallback beyond the distances `available_for` searches. Their
    /// attended and no-show counts are on this platform, their invitations counted over
    /// the days before `now`. People who blocked `asker`, or whom `asker` blocked, are
    /// left out.
    async fn shift_candidates_near(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        asker: AccountId,
        reach: &[(i64, f64)],
        limit: i64,
        now: Timestamp,
    ) -> Result<Vec<VolunteerCandidate>>;
    /// The same, among these people only, wherever they live.
    async fn candidates_among(
        &self,
        platform: PlatformId,
        shift: ShiftId,
        asker: AccountId,
        accounts: &[AccountId],
        now: Timestamp,
    ) -> Result<Vec<VolunteerCandidate>>;
    /// People who accept suggestions and are free for the whole slot, whose home lies in
    /// one of these cells (resolution 8; `None`: anywhere) and whose range is at least
    /// `min_km`: at most `limit`, in no order. Answered from the index of windows alone.
    async fn available_for(&self, slot: Slot, cells: Option<&[i64]>, min_km: f64, limit: i64)
    -> Result<Vec<AccountId>>;
    /// Published, not cancelled shifts of the platform with places left, in the window
    /// of time and (unless remote) the box, that the person is not signed up for.
    async fn shift_openings(&self, platform: PlatformId, search: &ShiftSearch) -> Result<Vec<ShiftCandidate>>;
    /// How often the person was marked present and absent on the platform.
    async fn attendance_record(&self, platform: PlatformId, account: AccountId) -> Result<(i64, i64)>;
}
