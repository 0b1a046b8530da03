-- Standing offers of helpers, thanks after help, and safety: reports, blocks between two
-- people, content hidden by moderators, suspended accounts, and the log of every
-- moderation action with who and why.

ALTER TABLE accounts ADD COLUMN suspended_at TIMESTAMPTZ;
ALTER TABLE help_requests ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE help_offers ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE help_messages ADD COLUMN hidden_at TIMESTAMPTZ;

CREATE TABLE standing_offers (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    helper_id UUID NOT NULL REFERENCES accounts (id),
    -- NULL: any kind of help.
    category TEXT,
    -- ISO weekdays as bits (Monday = 1); 0: every day.
    weekdays BIGINT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    h3_cell BIGINT NOT NULL,
    within_km DOUBLE PRECISION NOT NULL CHECK (within_km > 0),
    note TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (platform_id, category) REFERENCES help_categories (platform_id, code)
);
CREATE INDEX standing_offers_by_platform ON standing_offers (platform_id, category);
CREATE INDEX standing_offers_by_helper ON standing_offers (helper_id);

-- One thank-you (or short private note) per person and request, to the other party.
CREATE TABLE help_thanks (
    request_id UUID NOT NULL REFERENCES help_requests (id),
    author_id UUID NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, author_id)
);
CREATE INDEX help_thanks_by_author ON help_thanks (author_id);

CREATE TABLE blocks (
    blocker_id UUID NOT NULL REFERENCES accounts (id),
    blocked_id UUID NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);
CREATE INDEX blocks_by_blocked ON blocks (blocked_id);

CREATE TABLE reports (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    reporter_id UUID NOT NULL REFERENCES accounts (id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('request', 'offer', 'message')),
    target_id UUID NOT NULL,
    -- Who wrote what is reported.
    author_id UUID NOT NULL REFERENCES accounts (id),
    reason TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ
);
CREATE INDEX reports_open ON reports (platform_id, resolved_at, created_at);
CREATE INDEX reports_by_reporter ON reports (reporter_id);
CREATE INDEX reports_by_author ON reports (author_id);

CREATE TABLE moderation_actions (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    moderator_id UUID NOT NULL REFERENCES accounts (id),
    action TEXT NOT NULL CHECK (action IN ('hide', 'warn', 'suspend', 'reinstate', 'dismiss')),
    account_id UUID NOT NULL REFERENCES accounts (id),
    report_id UUID REFERENCES reports (id),
    reason TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX moderation_actions_by_platform ON moderation_actions (platform_id, created_at);
CREATE INDEX moderation_actions_by_account ON moderation_actions (account_id);
