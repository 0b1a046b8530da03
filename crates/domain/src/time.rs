//! The one clock of the application: every stored timestamp comes from here, at
//! microsecond precision, so both databases store and compare the same instants.

use chrono::{DateTime, SubsecRound, Utc};

/// An instant, as stored.
pub type Timestamp = DateTime<Utc>;

/// Now, truncated to microseconds (the finest precision both databases keep).
pub fn now() -> Timestamp {
    Utc::now().trunc_subsecs(6)
}
