-- How far each person of a help conversation has read it, and what they were last
-- mailed about it: a new message is mailed at most once every quarter of an hour,
-- counting only what they have neither read nor been told.

CREATE TABLE help_conversation_reads (
    request_id UUID NOT NULL REFERENCES help_requests (id),
    account_id UUID NOT NULL REFERENCES accounts (id),
    read_at TIMESTAMPTZ,
    mailed_at TIMESTAMPTZ,
    mailed_upto TIMESTAMPTZ,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX help_conversation_reads_by_account ON help_conversation_reads (account_id);
