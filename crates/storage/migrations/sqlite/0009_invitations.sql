-- Invitations to a shift, sent by its coordinators to suggested people: one per person
-- and shift, ever. They also make suggestions fair: people invited recently come after
-- those who were not.

CREATE TABLE shift_invitations (
    shift_id BLOB NOT NULL REFERENCES shifts (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    platform_id BLOB NOT NULL REFERENCES platforms (id),
    invited_by BLOB REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (shift_id, account_id)
);
CREATE INDEX shift_invitations_by_account ON shift_invitations (account_id, created_at);
