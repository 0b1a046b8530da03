-- A platform's gazetteer, imported from OpenStreetMap by its team: addresses, streets,
-- postcodes and neighbourhoods with their names and points. Each place is found by keys:
-- its name in search form from each word on, so any word of a name may begin what a
-- person types ("poort" finds "Brugse Poort"); keys compare byte by byte, so a prefix is
-- a range of the index on every database, read in order.

CREATE TABLE places (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    kind TEXT NOT NULL CHECK (kind IN ('address', 'street', 'postcode', 'neighbourhood')),
    name TEXT NOT NULL,
    search TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL
);
CREATE INDEX places_by_platform ON places (platform_id, kind);

CREATE TABLE place_keys (
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    -- Which kind comes first among places a key finds alike: neighbourhoods (0),
    -- streets, postcodes, then addresses (3).
    rank SMALLINT NOT NULL,
    key TEXT NOT NULL,
    place_id BLOB NOT NULL REFERENCES places (id)
);
CREATE INDEX place_keys_by_key ON place_keys (platform_id, key, rank);
