-- Concord schema, version 5: the archive of generated report files (the files themselves lie in
-- the report folder, concord.reports). H2 and PostgreSQL alike; the sequence starts at its
-- increment for EclipseLink's preallocation. subject is what the report is about (a campaign
-- id, a questionnaire key), never a person; file_name names no person either.

CREATE SEQUENCE report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE report (
    id           BIGINT        NOT NULL PRIMARY KEY,
    kind         VARCHAR(40)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    subject      VARCHAR(200),
    generated_by VARCHAR(100)  NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    CONSTRAINT report_file_unique UNIQUE (file_name),
    CONSTRAINT report_size_positive CHECK (size_bytes >= 0)
);
CREATE INDEX report_generated_at ON report (generated_at);
