-- Volunteering: skills and causes, opportunities, shifts, sign-ups, hours; the job
-- table that carries work out of a transaction (mail, reminders); notifications, the mail
-- outbox, and calendar feeds.

CREATE TABLE taxonomy_terms (
    platform_id UUID NOT NULL REFERENCES platforms (id),
    kind TEXT NOT NULL CHECK (kind IN ('skill', 'cause')),
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (platform_id, kind, code)
);

CREATE TABLE opportunities (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    organisation_id UUID NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- Lowercased title and description, written by the application, so text search
    -- matches the same way on both databases.
    search_text TEXT NOT NULL,
    min_age BIGINT,
    accessibility TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    address TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    created_by UUID REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX opportunities_by_platform ON opportunities (platform_id, status);
CREATE INDEX opportunities_by_organisation ON opportunities (organisation_id);
CREATE INDEX opportunities_by_place ON opportunities (platform_id, lat, lon);

CREATE TABLE opportunity_terms (
    opportunity_id UUID NOT NULL REFERENCES opportunities (id),
    platform_id UUID NOT NULL REFERENCES platforms (id),
    kind TEXT NOT NULL CHECK (kind IN ('skill', 'cause', 'language')),
    code TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, kind, code)
);
CREATE INDEX opportunity_terms_by_code ON opportunity_terms (platform_id, kind, code);

CREATE TABLE shifts (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    opportunity_id UUID NOT NULL REFERENCES opportunities (id),
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    slots BIGINT NOT NULL CHECK (slots > 0),
    -- Confirmed and waiting counts, kept in the same transaction as the sign-ups.
    taken BIGINT NOT NULL CHECK (taken >= 0),
    waiting BIGINT NOT NULL CHECK (waiting >= 0),
    series_id UUID,
    cancelled_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (taken <= slots)
);
CREATE INDEX shifts_by_opportunity ON shifts (opportunity_id, starts_at);
CREATE INDEX shifts_by_start ON shifts (platform_id, starts_at);

CREATE TABLE signups (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    shift_id UUID NOT NULL REFERENCES shifts (id),
    account_id UUID NOT NULL REFERENCES accounts (id),
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'removed')),
    position BIGINT,
    created_at TIMESTAMPTZ NOT NULL,
    cancelled_at TIMESTAMPTZ,
    late BOOLEAN NOT NULL,
    attended BOOLEAN,
    minutes BIGINT,
    marked_by UUID REFERENCES accounts (id),
    marked_at TIMESTAMPTZ
);
-- One active sign-up per person and shift, even under concurrent requests.
CREATE UNIQUE INDEX signups_one_active ON signups (shift_id, account_id) WHERE status IN ('confirmed', 'waitlisted');
-- One person per place on the waiting list.
CREATE UNIQUE INDEX signups_one_position ON signups (shift_id, position) WHERE status = 'waitlisted';
CREATE INDEX signups_by_account ON signups (account_id, created_at);
CREATE INDEX signups_by_shift ON signups (shift_id, status);

CREATE TABLE hour_reports (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    opportunity_id UUID NOT NULL REFERENCES opportunities (id),
    account_id UUID NOT NULL REFERENCES accounts (id),
    day DATE NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    note TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
    decided_by UUID REFERENCES accounts (id),
    decided_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX hour_reports_by_opportunity ON hour_reports (opportunity_id, status);
CREATE INDEX hour_reports_by_account ON hour_reports (account_id);

CREATE TABLE jobs (
    id UUID PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    run_at TIMESTAMPTZ NOT NULL,
    attempts BIGINT NOT NULL,
    locked_until TIMESTAMPTZ,
    last_error TEXT,
    done_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX jobs_due ON jobs (done_at, run_at);

CREATE TABLE notifications (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    account_id UUID NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    read_at TIMESTAMPTZ
);
CREATE INDEX notifications_by_account ON notifications (account_id, created_at);

CREATE TABLE outbox (
    id UUID PRIMARY KEY,
    platform_id UUID REFERENCES platforms (id),
    account_id UUID REFERENCES accounts (id),
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ
);
CREATE INDEX outbox_by_platform ON outbox (platform_id, created_at);

CREATE TABLE calendar_feeds (
    token_hash TEXT PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX calendar_feeds_by_account ON calendar_feeds (account_id);
