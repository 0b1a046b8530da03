//! The application's clock: the system's, shifted by an offset that tests move forward
//! to see what happens once a time has come (a shift started, a wait ended) without
//! sleeping. Every instant a use case reads or writes comes from here.

use entraide_domain::time::{Timestamp, now};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// The time as the application sees it.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// Microseconds added to the system's time: zero, except in tests.
    offset: Arc<AtomicI64>,
}

impl Clock {
    /// The system's time.
    pub fn system() -> Self {
        Self::default()
    }

    /// Now, at the precision both databases keep.
    pub fn now(&self) -> Timestamp {
        now() + chrono::Duration::microseconds(self.offset.load(Ordering::Relaxed))
    }

    /// Moves this clock (and every copy of it) forward, as if `by` had gone by (back,
    /// given a negative duration: the demo sets up what happened before its start).
    pub fn advance(&self, by: chrono::Duration) {
        let micros = by.num_microseconds().unwrap_or(i64::MAX);
        self.offset.fetch_add(micros, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advanced_clock_runs_ahead_by_as_much_in_every_copy() {
        let clock = Clock::system();
        let copy = clock.clone();
        clock.advance(chrono::Duration::hours(2));
        let before = now();
        let ahead = copy.now() - before;
        assert!(ahead >= chrono::Duration::hours(2), "{ahead}");
        assert!(ahead < chrono::Duration::hours(2) + chrono::Duration::seconds(5), "{ahead}");
    }
}
