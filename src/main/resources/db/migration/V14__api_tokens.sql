-- Concord schema, version 14: personal API tokens. A person creates them on their account page;
-- the token itself is shown once and only its SHA-256 is kept (a 256-bit random secret needs no
-- slow hash: nobody can guess it, and a fast hash lets each call find its token by index). A
-- token acts for its owner with the owner's roles at the time of the call, until it expires or
-- is revoked. H2 and PostgreSQL alike.

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id            BIGINT        NOT NULL PRIMARY KEY,
    owner         VARCHAR(100)  NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash UNIQUE (token_hash)
);
CREATE INDEX api_token_owner ON api_token (owner);
