-- Concord schema, version 19: a campaign's mailings (invitations, reminders) are written down in
-- mail_job as they run, so that every instance can tell how one goes and how it went (HR's page
-- and the API may ask another instance than the one sending), and a mailing whose instance died
-- (no heartbeat for a while) is shown cut short rather than running for ever. The outcome is a
-- small JSON document (counts, the addresses no mail could go to, the result per address, or the
-- refusal). H2 and PostgreSQL alike.

CREATE TABLE mail_job (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL,
    owner         VARCHAR(100) NOT NULL,
    total         INTEGER      DEFAULT -1 NOT NULL,
    done          INTEGER      DEFAULT 0 NOT NULL,
    finished      BOOLEAN      DEFAULT FALSE NOT NULL,
    outcome       VARCHAR(1000000),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_job_started ON mail_job (started_at);
