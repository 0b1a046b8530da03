-- The search index of suggestions: one row per availability window of each volunteer
-- who accepts suggestions, with the H3 cell (resolution 8) of their home and their
-- travel range, so that "free on Tuesday from 10:00 to 12:00, living in these cells,
-- travelling at least this far" is answered from the index alone, before any scoring.
-- Rewritten with the profile, in the same transaction.

CREATE TABLE volunteer_windows (
    account_id BLOB NOT NULL REFERENCES volunteer_profiles (account_id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    from_minute INTEGER NOT NULL,
    to_minute INTEGER NOT NULL,
    home_cell INTEGER NOT NULL,
    within_km REAL NOT NULL
);
CREATE INDEX volunteer_windows_search ON volunteer_windows (weekday, home_cell, from_minute, to_minute, within_km, account_id);
CREATE INDEX volunteer_windows_by_account ON volunteer_windows (account_id);
