-- The time zone a platform's dates and times are shown in (tz database name).
-- Existing platforms get UTC, as the application gives platforms created without one.
ALTER TABLE platforms ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
