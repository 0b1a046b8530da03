//! Limits on attempts: sign-ins per address and per client, new accounts per client,
//! mails to choose a new password per address and per client.
//!
//! Every attempt is counted in the database before it is looked at (in a transaction that
//! holds the key's row), so fifty guesses sent at the same moment are counted one by one
//! and only those within the limit are tried, in every process sharing the database.
//!
//! Guesses at one address slow down rather than lock the owner out: after a few, each
//! next try waits twice as long as the one before, up to five minutes, and signing in
//! with the right password clears the count. A client (an address on the network) that
//! fails too often in a window is stopped until the window ends.

use crate::App;
use crate::error::{AppError, Result};
use chrono::Duration;
use entraide_domain::time::Timestamp;
use entraide_storage::Throttle;

/// Limits an operator may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// New accounts one client may create per hour (a library or a care home shares one
    /// address among many people; an attacker testing addresses makes thousands).
    pub accounts_per_client_per_hour: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Self { accounts_per_client_per_hour: 20 }
    }
}

/// How a kind of attempt is limited.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Policy {
    /// `free` attempts at once, then each next one waits twice as long as the one
    /// before (2 s, 4 s, …) up to `longest`; the count starts again after `window`.
    SlowDown { free: i64, longest: Duration, window: Duration },
    /// `limit` attempts per `window`, then none until the window ends.
    Quota { limit: i64, window: Duration },
}

impl Policy {
    /// Guesses at one account's password.
    pub(crate) const SIGN_IN_PER_ADDRESS: Policy =
        Policy::SlowDown { free: 5, longest: Duration::minutes(5), window: Duration::minutes(15) };
    /// Failed sign-ins from one client, whatever the address (several people may sign in
    /// from one library's address).
    pub(crate) const SIGN_IN_PER_CLIENT: Policy = Policy::Quota { limit: 30, window: Duration::minutes(15) };

    /// Mails with a link to choose a new password, to one address: enough for someone
    /// who asks again, too few to fill a mailbox.
    pub(crate) const RESETS_PER_ADDRESS: Policy = Policy::Quota { limit: 5, window: Duration::hours(1) };
    /// Asking for such mails from one client, whatever the address.
    pub(crate) const RESETS_PER_CLIENT: Policy = Policy::Quota { limit: 30, window: Duration::minutes(15) };

    /// New accounts from one client.
    pub(crate) fn new_accounts(limits: Limits) -> Policy {
        Policy::Quota { limit: limits.accounts_per_client_per_hour.max(1), window: Duration::hours(1) }
    }

    fn window(self) -> Duration {
        match self {
            Policy::SlowDown { window, .. } | Policy::Quota { window, .. } => window,
        }
    }

    /// When the attempt after the `count`-th of a window that began at `window_start`
    /// may come.
    fn next_at(self, count: i64, window_start: Timestamp, now: Timestamp) -> Timestamp {
        match self {
            Policy::SlowDown { free, longest, .. } if count >= free => {
                let doublings = u32::try_from(count - free + 1).unwrap_or(u32::MAX).min(20);
                now + Duration::seconds(1i64 << doublings).min(longest)
            }
            Policy::Quota { limit, window } if count >= limit => window_start + window,
            // No wait: an instant before any attempt, whatever clock another attempt
            // that takes its turn later read.
            _ => chrono::DateTime::UNIX_EPOCH,
        }
    }
}

impl App {
    /// Counts an attempt under `key`, or refuses it with `TooManyRequests` (and how long
    /// to wait) when the policy says it comes too soon.
    pub(crate) async fn count_attempt(&self, key: &str, policy: Policy, now: Timestamp) -> Result<()> {
        let decide = |current: Option<Throttle>| {
            if let Some(wait_until) = current.map(|c| c.next_at).filter(|next_at| *next_at > now) {
                return Err(wait_until);
            }
            let (count, window_start) = match current {
                Some(c) if now < c.window_start + policy.window() => (c.count + 1, c.window_start),
                _ => (1, now),
            };
            Ok(Throttle { count, window_start, next_at: policy.next_at(count, window_start, now) })
        };
        self.store.count_attempt(key, &decide).await?.map_err(|wait_until| too_many(wait_until - now))
    }

    /// Forgets the attempts counted under `key`.
    pub(crate) async fn clear_attempts(&self, key: &str) -> Result<()> {
        Ok(self.store.clear_throttle(key).await?)
    }

    /// Takes back one attempt counted under `key`.
    pub(crate) async fn release_attempt(&self, key: &str) -> Result<()> {
        Ok(self.store.release_throttle(key).await?)
    }

    /// Forgets counters that ended more than a day ago; the job worker calls it now and
    /// then.
    pub async fn prune_attempts(&self, now: Timestamp) -> Result<u64> {
        Ok(self.store.prune_throttles(now - Duration::days(1)).await?)
    }
}

fn too_many(wait: Duration) -> AppError {
    // Whole seconds, rounded up: a client that waits exactly that long gets in.
    let seconds = (wait.num_milliseconds() + 999) / 1000;
    AppError::TooManyRequests(seconds.max(1).unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        chrono::DateTime::UNIX_EPOCH + Duration::seconds(seconds)
    }

    #[test]
    fn guesses_at_an_address_slow_down_twice_as_much_each_time_up_to_five_minutes() {
        let policy = Policy::SIGN_IN_PER_ADDRESS;
        let waits: Vec<i64> =
            (1..=14).map(|count| (policy.next_at(count, at(0), at(100)) - at(100)).num_seconds().max(0)).collect();
        assert_eq!(waits, [0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    }

    #[test]
    fn a_quota_stops_attempts_until_its_window_ends() {
        let policy = Policy::Quota { limit: 3, window: Duration::hours(1) };
        assert_eq!(policy.next_at(2, at(0), at(10)), at(0), "no wait");
        assert_eq!(policy.next_at(3, at(0), at(10)), at(3600));
    }
}
