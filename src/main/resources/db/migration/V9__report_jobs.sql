-- Concord schema, version 9: report jobs are written down while they run, so that a job cut
-- short by a crash is known at the next start (marked failed, its partial file removed) and can
-- be started again from the Reports page with what it was asked for. H2 and PostgreSQL alike.

CREATE TABLE report_job (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind           VARCHAR(40)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    requested_by   VARCHAR(100)  NOT NULL,
    questionnaire  VARCHAR(200),
    campaign_id    BIGINT,
    locale         VARCHAR(10)   NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT report_job_state CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'RETRIED'))
);
CREATE INDEX report_job_state ON report_job (state);
