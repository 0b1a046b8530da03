-- A person's phone number (optional; the coordinators of shifts they take may call
-- them), when their mail address was confirmed by a link (until then, it gets no mail
-- but the confirmation itself), and the new address they asked to move to, which
-- replaces the old one only once its own link is used. Accounts made before addresses were confirmed keep
-- getting their mail: stopping it silently would leave people uninformed.

ALTER TABLE accounts ADD COLUMN phone TEXT;
ALTER TABLE accounts ADD COLUMN pending_email TEXT;
ALTER TABLE accounts ADD COLUMN email_confirmed_at TEXT;
UPDATE accounts SET email_confirmed_at = created_at WHERE email IS NOT NULL;
