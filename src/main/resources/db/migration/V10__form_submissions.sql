-- Concord schema, version 10: every form that creates or changes something carries a key made
-- when the form was shown; the first post of a key is written here in the same transaction as
-- its work, with its result, and the unique key makes a repeat (a double click, two posts at
-- once, from any server) find the first one's result instead of doing the work again. Rows
-- older than a week are deleted. H2 and PostgreSQL alike.

CREATE TABLE form_submission (
    submission_key VARCHAR(64)   NOT NULL PRIMARY KEY,
    action         VARCHAR(60)   NOT NULL,
    result         VARCHAR(500),
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_submission_at ON form_submission (submitted_at);
