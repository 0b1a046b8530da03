-- Skills, causes and help categories get names in other languages than English, as the
-- platform's admins give them: a JSON object from language code to name. The label
-- stays the English name every term has.

ALTER TABLE taxonomy_terms ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
ALTER TABLE help_categories ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
