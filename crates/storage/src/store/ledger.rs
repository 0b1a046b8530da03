//! The ledger's storage: append-only entries, balances kept beside them, credit limits.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, EntryId, PlatformId};
use entraide_domain::ledger::{Balance, CreditLimit, Entry, Holder, Transfer, Unit};
use entraide_domain::time::Timestamp;

/// Double-entry accounts of a platform.
///
/// Entries are append-only: no method edits or deletes one (and the database refuses
/// to), a mistake is undone by [`LedgerStore::reverse`]. Each change writes its entry and
/// both balances in one transaction, with the two balance rows locked in a fixed order,
/// so the balances of a unit on a platform always sum to zero and concurrent transfers
/// never take a payer past its credit limit.
#[async_trait]
pub trait LedgerStore: Send + Sync {
    /// Moves `transfer.amount` from payer to payee. `NotFound("account")` or
    /// `NotFound("organisation")` when a holder does not exist on the platform;
    /// `Refused("credit-limit")` when the payer's balance would fall below minus the
    /// unit's credit limit, in which case nothing is written.
    async fn transfer(&self, platform: PlatformId, transfer: &Transfer, at: Timestamp) -> Result<Entry>;
    /// Undoes an entry with a new one the other way, of kind `reversal`, recorded by `by`.
    /// Never refused for the credit limit (it undoes). `NotFound("entry")` for an entry
    /// not on this platform, `Refused("already-reversed")` the second time,
    /// `Refused("is-reversal")` for a reversal itself.
    async fn reverse(&self, platform: PlatformId, entry: EntryId, by: AccountId, at: Timestamp) -> Result<Entry>;
    /// Which platform an entry belongs to: the one lookup that starts from an id alone,
    /// for API paths that name only the entry.
    async fn entry_platform(&self, entry: EntryId) -> Result<Option<PlatformId>>;
    /// An entry of this platform.
    async fn entry(&self, platform: PlatformId, entry: EntryId) -> Result<Option<Entry>>;
    /// The holder's balances on the platform, one per unit they ever used, by unit.
    async fn balances(&self, platform: PlatformId, holder: Holder) -> Result<Vec<Balance>>;
    /// The holder's entries of one unit (as payer or payee), newest first, at most `limit`.
    async fn statement(&self, platform: PlatformId, holder: Holder, unit: Unit, limit: u32) -> Result<Vec<Entry>>;
    /// Sets how negative balances of `unit` may go on the platform. Balances already
    /// below a lowered limit stay; they only cannot pay more.
    async fn set_limit(&self, platform: PlatformId, unit: Unit, limit: CreditLimit) -> Result<()>;
    /// The unit's credit limit on the platform (its default when none was set).
    async fn limit(&self, platform: PlatformId, unit: Unit) -> Result<CreditLimit>;
    /// The sum of every balance of the unit on the platform: always 0 (for tests and an
    /// administrator's check).
    async fn sum_of_balances(&self, platform: PlatformId, unit: Unit) -> Result<i64>;
}
