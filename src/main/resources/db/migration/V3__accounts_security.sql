-- Concord schema, version 3: what sign-in and account management need on top of version 1.
-- An administrator can disable an account (kept, with its history, but unable to sign in);
-- the last successful sign-in is shown in the account list; the audit trail page filters by
-- actor and action. Written for both H2 and PostgreSQL. (V2 belongs to the assessment tables.)

ALTER TABLE account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN last_signed_in_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX audit_entry_actor ON audit_entry (actor);
CREATE INDEX audit_entry_action ON audit_entry (action);
