-- Neighbour help: per-platform help categories, requests with an exact place (and the
-- H3 cell of resolution 8 that holds it, which is all anyone else sees), offers, and
-- the private thread between the requester and the accepted helper.

CREATE TABLE help_categories (
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (platform_id, code)
);

CREATE TABLE help_requests (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    requester_id BLOB NOT NULL REFERENCES accounts (id),
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    -- The H3 cell (resolution 8) of the point, computed by the application.
    h3_cell INTEGER NOT NULL,
    address TEXT NOT NULL,
    needed_from TEXT NOT NULL,
    needed_until TEXT NOT NULL,
    on_behalf_name TEXT,
    on_behalf_phone TEXT,
    consent_given_by TEXT,
    consent_given_at TEXT,
    consent_how TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'completed', 'cancelled')),
    helper_id BLOB REFERENCES accounts (id),
    minutes INTEGER,
    created_at TEXT NOT NULL,
    FOREIGN KEY (platform_id, category) REFERENCES help_categories (platform_id, code)
);
CREATE INDEX help_requests_by_platform ON help_requests (platform_id, status, needed_until);
CREATE INDEX help_requests_by_cell ON help_requests (platform_id, h3_cell);
CREATE INDEX help_requests_by_requester ON help_requests (requester_id);

CREATE TABLE help_offers (
    id BLOB PRIMARY KEY,
    request_id BLOB NOT NULL REFERENCES help_requests (id),
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    helper_id BLOB NOT NULL REFERENCES accounts (id),
    message TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined')),
    created_at TEXT NOT NULL
);
-- One open offer per person and request.
CREATE UNIQUE INDEX help_offers_one_open ON help_offers (request_id, helper_id) WHERE status = 'open';
CREATE INDEX help_offers_by_helper ON help_offers (helper_id);

CREATE TABLE help_messages (
    id BLOB PRIMARY KEY,
    request_id BLOB NOT NULL REFERENCES help_requests (id),
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    author_id BLOB NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX help_messages_by_request ON help_messages (request_id, created_at);
CREATE INDEX help_messages_by_author ON help_messages (author_id);
