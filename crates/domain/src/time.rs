//! The one clock of the application: every stored timestamp comes from here, at
//! microsecond precision, so both databases store and compare the same instants.

use chrono::{DateTime, SubsecRound, Utc};

/// An instant, as stored.
pub type Timestamp = DateTime<Utc>;

/// Now, truncated to microseconds (the finest precision both databases keep).
pub fn now() -> Timestamp {
    truncate(Utc::now())
}

/// An instant at the precision both databases keep.
pub fn truncate(at: Timestamp) -> Timestamp {
    at.trunc_subsecs(6)
}
