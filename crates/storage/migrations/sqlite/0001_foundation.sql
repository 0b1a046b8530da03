-- Platforms, accounts, organisations, sessions and tokens.
-- Ids are UUIDs stored as 16-byte BLOBs; timestamps are UTC text with six fractional
-- digits, written by the application (never a database default).

CREATE TABLE platforms (
    id BLOB PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    default_locale TEXT NOT NULL,
    parent_id BLOB REFERENCES platforms (id),
    center_lat REAL,
    center_lon REAL,
    created_at TEXT NOT NULL
);

CREATE TABLE accounts (
    id BLOB PRIMARY KEY,
    email TEXT UNIQUE,
    password_hash TEXT,
    display_name TEXT NOT NULL,
    locale TEXT,
    birth_date TEXT,
    is_instance_admin INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    erased_at TEXT
);

CREATE TABLE platform_members (
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('member', 'admin')),
    joined_at TEXT NOT NULL,
    PRIMARY KEY (platform_id, account_id)
);
CREATE INDEX platform_members_by_account ON platform_members (account_id);

CREATE TABLE organisations (
    id BLOB PRIMARY KEY,
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('nonprofit', 'school', 'company', 'municipality', 'group')),
    description TEXT NOT NULL,
    verified_at TEXT,
    verified_by BLOB REFERENCES accounts (id),
    created_at TEXT NOT NULL
);
CREATE INDEX organisations_by_platform ON organisations (platform_id, name);

CREATE TABLE organisation_members (
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    organisation_id BLOB NOT NULL REFERENCES organisations (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator')),
    added_at TEXT NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX organisation_members_by_account ON organisation_members (platform_id, account_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BLOB NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE api_tokens (
    id BLOB PRIMARY KEY,
    account_id BLOB NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

CREATE TABLE sign_in_failures (
    key TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key, at);
