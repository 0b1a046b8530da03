-- Platforms, accounts, organisations, sessions and tokens.
-- Timestamps are written by the application (never a database default).

CREATE TABLE platforms (
    id UUID PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    default_locale TEXT NOT NULL,
    parent_id UUID REFERENCES platforms (id),
    center_lat DOUBLE PRECISION,
    center_lon DOUBLE PRECISION,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE accounts (
    id UUID PRIMARY KEY,
    email TEXT UNIQUE,
    password_hash TEXT,
    display_name TEXT NOT NULL,
    locale TEXT,
    birth_date DATE,
    is_instance_admin BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    erased_at TIMESTAMPTZ
);

CREATE TABLE platform_members (
    platform_id UUID NOT NULL REFERENCES platforms (id),
    account_id UUID NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('member', 'admin')),
    joined_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform_id, account_id)
);
CREATE INDEX platform_members_by_account ON platform_members (account_id);

CREATE TABLE organisations (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('nonprofit', 'school', 'company', 'municipality', 'group')),
    description TEXT NOT NULL,
    verified_at TIMESTAMPTZ,
    verified_by UUID REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX organisations_by_platform ON organisations (platform_id, name);

CREATE TABLE organisation_members (
    platform_id UUID NOT NULL REFERENCES platforms (id),
    organisation_id UUID NOT NULL REFERENCES organisations (id),
    account_id UUID NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator')),
    added_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX organisation_members_by_account ON organisation_members (platform_id, account_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE api_tokens (
    id UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

CREATE TABLE sign_in_failures (
    key TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key, at);
