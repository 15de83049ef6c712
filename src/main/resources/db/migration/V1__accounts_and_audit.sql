-- Concord schema, version 1: the accounts people sign in with, and the append-only audit trail.
-- Written for both H2 and PostgreSQL. Never edit a released migration: add V2__... instead.
-- Sequences start at their increment: EclipseLink preallocates ids nextval-49 .. nextval.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    username             VARCHAR(100)  NOT NULL,
    display_name         VARCHAR(200)  NOT NULL,
    password_hash        VARCHAR(300)  NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    failed_sign_ins      INTEGER       NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    subject     VARCHAR(200),
    detail      VARCHAR(1000)
);

CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
