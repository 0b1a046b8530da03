-- Links mailed to a person to act on their account without signing in: choosing a new
-- password (and, later, confirming an address). Only a hash of the link's secret is
-- kept; a link works once, until it expires, and only while the account still has the
-- address it was sent to.

CREATE TABLE account_links (
    token_hash TEXT PRIMARY KEY,
    account_id BLOB NOT NULL REFERENCES accounts (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('password-reset', 'email-confirmation')),
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX account_links_by_account ON account_links (account_id);
