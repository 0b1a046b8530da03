-- A platform's privacy notice and terms, written by its admins in the languages they
-- choose. Each save publishes a new version holding every language's text; people
-- joining accept the version of the day, which is recorded with when they did.

CREATE TABLE platform_policies (
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    version INTEGER NOT NULL,
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at TEXT NOT NULL,
    published_by BLOB REFERENCES accounts (id),
    PRIMARY KEY (platform_id, version, locale)
);

CREATE TABLE policy_acceptances (
    account_id BLOB NOT NULL REFERENCES accounts (id),
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    version INTEGER NOT NULL,
    locale TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (account_id, platform_id, version)
);
