-- Volunteer profiles: one per person, read whole in one row when scoring. Codes are
-- lists joined by commas (codes never hold one); availability is `1 09:00-12:00,…`
-- (ISO weekday, local times). The home point is exact; beside it its H3 cell of
-- resolution 8 and the coarse cell of resolution 4 that searches narrow on by index.

CREATE TABLE volunteer_profiles (
    account_id UUID PRIMARY KEY REFERENCES accounts (id),
    skills TEXT NOT NULL,
    causes TEXT NOT NULL,
    languages TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    home_cell BIGINT NOT NULL,
    reach_cell BIGINT NOT NULL,
    within_km DOUBLE PRECISION NOT NULL CHECK (within_km > 0 AND within_km <= 500),
    availability TEXT NOT NULL,
    no_suggestions BOOLEAN NOT NULL,
    no_mails BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
-- Candidates for a place: the coarse cells around it, each with the range needed to
-- reach it from there.
CREATE INDEX volunteer_profiles_by_reach ON volunteer_profiles (reach_cell, within_km);
