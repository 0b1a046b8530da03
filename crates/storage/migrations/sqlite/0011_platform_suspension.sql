-- A platform's moderators suspend people from their platform only; suspending an account
-- everywhere is for instance admins, and logged in account_actions.

ALTER TABLE platform_members ADD COLUMN suspended_at TEXT;

-- Suspensions so far came from a platform's moderation: they hold on that platform only.
UPDATE platform_members SET suspended_at = (SELECT a.suspended_at FROM accounts a WHERE a.id = platform_members.account_id)
WHERE EXISTS (
    SELECT 1 FROM moderation_actions m
    WHERE m.platform_id = platform_members.platform_id AND m.account_id = platform_members.account_id AND m.action = 'suspend'
) AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = platform_members.account_id AND a.suspended_at IS NOT NULL);
UPDATE accounts SET suspended_at = NULL;

CREATE TABLE account_actions (
    id BLOB PRIMARY KEY,
    -- NULL: the operator, from the command line.
    moderator_id BLOB REFERENCES accounts (id),
    action TEXT NOT NULL CHECK (action IN ('suspend', 'reinstate')),
    account_id BLOB NOT NULL REFERENCES accounts (id),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX account_actions_by_account ON account_actions (account_id, created_at);
