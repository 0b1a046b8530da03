-- Counters of attempts (sign-ins per address and per client, new accounts per client),
-- one row per key, changed by compare-and-swap so that simultaneous attempts are each
-- counted before any is let through. They replace the log of failed sign-ins.

DROP TABLE sign_in_failures;

CREATE TABLE throttles (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    window_start TEXT NOT NULL,
    next_at TEXT NOT NULL
);
