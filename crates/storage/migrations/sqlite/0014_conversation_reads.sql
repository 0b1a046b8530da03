-- How far each person of a help conversation has read it, and what they were last
-- mailed about it: a new message is mailed at most once every quarter of an hour,
-- counting only what they have neither read nor been told.

CREATE TABLE help_conversation_reads (
    request_id BLOB NOT NULL REFERENCES help_requests (id),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    read_at TEXT,
    mailed_at TEXT,
    mailed_upto TEXT,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX help_conversation_reads_by_account ON help_conversation_reads (account_id);
