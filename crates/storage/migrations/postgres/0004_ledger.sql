-- The ledger: double-entry accounts of time credits (minutes) and barter credits.
--
-- ledger_entries is append-only: a row is never UPDATEd nor DELETEd, not even when a
-- person's data is erased (the entry points at the account, which stays as an anonymous
-- row). A mistake is undone by a reversal, a new entry the other way; the triggers below
-- refuse anything else, so the history cannot be rewritten even by a bug.
--
-- A ledger account is a holder (a person or an organisation) on a platform: holder_kind
-- is 'person' (accounts.id) or 'organisation' (organisations.id); the application checks
-- that the holder exists on the platform before writing.

CREATE TABLE ledger_entries (
    id UUID PRIMARY KEY,
    platform_id UUID NOT NULL REFERENCES platforms (id),
    unit TEXT NOT NULL CHECK (unit IN ('time', 'barter')),
    from_kind TEXT NOT NULL CHECK (from_kind IN ('person', 'organisation')),
    from_id UUID NOT NULL,
    to_kind TEXT NOT NULL CHECK (to_kind IN ('person', 'organisation')),
    to_id UUID NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    kind TEXT NOT NULL CHECK (kind IN ('help', 'barter', 'reversal')),
    memo TEXT NOT NULL,
    reverses_id UUID REFERENCES ledger_entries (id),
    -- Who recorded a reversal (a platform admin); NULL for transfers.
    recorded_by UUID REFERENCES accounts (id),
    created_at TIMESTAMPTZ NOT NULL,
    CHECK (from_kind <> to_kind OR from_id <> to_id),
    CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
);
-- An entry is reversed at most once: the second reversal breaks this index.
CREATE UNIQUE INDEX ledger_entries_reversed_once ON ledger_entries (reverses_id);
CREATE INDEX ledger_entries_by_payer ON ledger_entries (platform_id, from_kind, from_id, unit, created_at);
CREATE INDEX ledger_entries_by_payee ON ledger_entries (platform_id, to_kind, to_id, unit, created_at);

-- How negative a balance of a unit may go on a platform (credit_limit >= 0; the lowest
-- balance allowed is -credit_limit). Without a row, the unit's default applies: 600
-- minutes of time (ten hours of help received before giving any), 0 barter credits.
CREATE TABLE ledger_limits (
    platform_id UUID NOT NULL REFERENCES platforms (id),
    unit TEXT NOT NULL CHECK (unit IN ('time', 'barter')),
    credit_limit BIGINT NOT NULL CHECK (credit_limit >= 0),
    PRIMARY KEY (platform_id, unit)
);

-- Each holder's balance, kept in the same transaction as the entries, so reads never sum
-- the whole history. Transfers lock the two rows they change, in a fixed order.
CREATE TABLE ledger_balances (
    platform_id UUID NOT NULL REFERENCES platforms (id),
    unit TEXT NOT NULL CHECK (unit IN ('time', 'barter')),
    holder_kind TEXT NOT NULL CHECK (holder_kind IN ('person', 'organisation')),
    holder_id UUID NOT NULL,
    balance BIGINT NOT NULL,
    PRIMARY KEY (platform_id, unit, holder_kind, holder_id)
);
CREATE INDEX ledger_balances_by_holder ON ledger_balances (holder_kind, holder_id);

CREATE FUNCTION ledger_entries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ledger_entries_no_change BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
