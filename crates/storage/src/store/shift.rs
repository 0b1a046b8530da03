//! Storage of shifts.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{OpportunityId, PlatformId, SeriesId, ShiftId};
use entraide_domain::shift::{Shift, ShiftTimes};
use entraide_domain::time::Timestamp;

/// Shifts: when and how many people an opportunity needs.
#[async_trait]
pub trait ShiftStore: Send + Sync {
    /// Adds shifts to an opportunity (one, or a series).
    async fn add_shifts(
        &self,
        platform: PlatformId,
        opportunity: OpportunityId,
        shifts: &[ShiftTimes],
        series: Option<SeriesId>,
        at: Timestamp,
    ) -> Result<Vec<Shift>>;
    /// The shifts of these opportunities, by start.
    async fn shifts_of(&self, platform: PlatformId, opportunities: &[OpportunityId]) -> Result<Vec<Shift>>;
    /// Which platform a shift belongs to.
    async fn shift_platform(&self, id: ShiftId) -> Result<Option<PlatformId>>;
    /// The shift, if it belongs to this platform.
    async fn shift(&self, platform: PlatformId, id: ShiftId) -> Result<Option<Shift>>;
    /// Changes a shift's times and places; everyone signed up is told.
    /// `Refused("slots-below-taken")` if fewer places than confirmed people.
    async fn update_shift(&self, platform: PlatformId, id: ShiftId, times: &ShiftTimes, at: Timestamp)
    -> Result<Shift>;
    /// Cancels a shift; everyone signed up is told.
    async fn cancel_shift(&self, platform: PlatformId, id: ShiftId, at: Timestamp) -> Result<Shift>;
}
