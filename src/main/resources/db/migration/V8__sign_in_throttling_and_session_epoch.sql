-- Concord schema, version 8: sign-in is slowed by growing delays kept outside the account
-- (SignInThrottle) instead of locking the account, so the lock-out columns go; each account has
-- a session epoch, raised by a password change or reset, that ends the account's other
-- sign-ins. Written for both H2 and PostgreSQL.

ALTER TABLE account DROP COLUMN failed_sign_ins;
ALTER TABLE account DROP COLUMN locked_until;
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
