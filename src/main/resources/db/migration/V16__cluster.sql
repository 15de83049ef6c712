-- Concord schema, version 16: several instances share one database. Report jobs are claimed
-- from report_job by whichever instance takes them (SELECT ... FOR UPDATE SKIP LOCKED), which
-- writes its name, its progress and a heartbeat there, so every instance shows the progress and
-- a job whose instance died (no heartbeat for a while) is marked failed, to be retried. The
-- guessing limit and the sign-in throttle count in throttle_count, seen by every instance; the
-- hourly passes take their turn in cluster_turn, so each runs once per cluster. H2 and
-- PostgreSQL alike.

ALTER TABLE report_job ADD COLUMN owner VARCHAR(100);
ALTER TABLE report_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report_job ADD COLUMN done_steps BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE report_job ADD COLUMN total_steps BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE report_job ADD COLUMN report_id BIGINT;
CREATE INDEX report_job_queue ON report_job (state, started_at);

CREATE TABLE throttle_count (
    counter     VARCHAR(300) NOT NULL PRIMARY KEY,
    hits        INTEGER      NOT NULL,
    first_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX throttle_count_last ON throttle_count (last_at);

CREATE TABLE cluster_turn (
    task        VARCHAR(100) NOT NULL PRIMARY KEY,
    taken_by    VARCHAR(100) NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    runs        BIGINT       NOT NULL
);

-- The key of the browsers' device marks (DeviceMark), made by the first instance to start and
-- read by the others, so that a mark one instance issued is valid on every one.
CREATE TABLE cluster_key (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    key_value   VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
