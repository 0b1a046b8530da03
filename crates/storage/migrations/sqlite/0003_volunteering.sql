-- Volunteering: skills and causes, opportunities, shifts, sign-ups, hours; the job
-- table that carries work out of a transaction (mail, reminders); notifications, the mail
-- outbox, and calendar feeds.

CREATE TABLE taxonomy_terms (
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    kind TEXT NOT NULL CHECK (kind IN ('skill', 'cause')),
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (platform_id, kind, code)
);

CREATE TABLE opportunities (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    organisation_id BLOB NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- Lowercased title and description, written by the application, so text search
    -- matches the same way on both databases.
    search_text TEXT NOT NULL,
    min_age INTEGER,
    accessibility TEXT NOT NULL,
    lat REAL,
    lon REAL,
    address TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    created_by BLOB REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX opportunities_by_platform ON opportunities (platform_id, status);
CREATE INDEX opportunities_by_organisation ON opportunities (organisation_id);
CREATE INDEX opportunities_by_place ON opportunities (platform_id, lat, lon);

CREATE TABLE opportunity_terms (
    opportunity_id BLOB NOT NULL REFERENCES opportunities (id),
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    kind TEXT NOT NULL CHECK (kind IN ('skill', 'cause', 'language')),
    code TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, kind, code)
);
CREATE INDEX opportunity_terms_by_code ON opportunity_terms (platform_id, kind, code);

CREATE TABLE shifts (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    opportunity_id BLOB NOT NULL REFERENCES opportunities (id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    slots INTEGER NOT NULL CHECK (slots > 0),
    -- Confirmed and waiting counts, kept in the same transaction as the sign-ups.
    taken INTEGER NOT NULL CHECK (taken >= 0),
    waiting INTEGER NOT NULL CHECK (waiting >= 0),
    series_id BLOB,
    cancelled_at TEXT,
    created_at TEXT NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (taken <= slots)
);
CREATE INDEX shifts_by_opportunity ON shifts (opportunity_id, starts_at);
CREATE INDEX shifts_by_start ON shifts (platform_id, starts_at);

CREATE TABLE signups (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    shift_id BLOB NOT NULL REFERENCES shifts (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'removed')),
    position INTEGER,
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    late INTEGER NOT NULL,
    attended INTEGER,
    minutes INTEGER,
    marked_by BLOB REFERENCES accounts (id),
    marked_at TEXT
);
-- One active sign-up per person and shift, even under concurrent requests.
CREATE UNIQUE INDEX signups_one_active ON signups (shift_id, account_id) WHERE status IN ('confirmed', 'waitlisted');
-- One person per place on the waiting list.
CREATE UNIQUE INDEX signups_one_position ON signups (shift_id, position) WHERE status = 'waitlisted';
CREATE INDEX signups_by_account ON signups (account_id, created_at);
CREATE INDEX signups_by_shift ON signups (shift_id, status);

CREATE TABLE hour_reports (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    opportunity_id BLOB NOT NULL REFERENCES opportunities (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    note TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
    decided_by BLOB REFERENCES accounts (id),
    decided_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX hour_reports_by_opportunity ON hour_reports (opportunity_id, status);
CREATE INDEX hour_reports_by_account ON hour_reports (account_id);

CREATE TABLE jobs (
    id BLOB PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    run_at TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    locked_until TEXT,
    last_error TEXT,
    done_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (done_at, run_at);

CREATE TABLE notifications (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_by_account ON notifications (account_id, created_at);

CREATE TABLE outbox (
    id BLOB PRIMARY KEY,
    platform_id BLOB REFERENCES platforms (id),
    account_id BLOB REFERENCES accounts (id),
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_by_platform ON outbox (platform_id, created_at);

CREATE TABLE calendar_feeds (
    token_hash TEXT PRIMARY KEY,
    account_id BLOB NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX calendar_feeds_by_account ON calendar_feeds (account_id);
