-- Concord schema, version 7: the interview panel of a candidate. The recruiter who brought a
-- candidate in names the other interviewers (by user name) who may rate them; each rates in
-- an assessment of their own (assessment.rater_username). H2 and PostgreSQL alike.

CREATE TABLE candidate_interviewer (
    candidate_id BIGINT       NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    username     VARCHAR(100) NOT NULL,
    PRIMARY KEY (candidate_id, username)
);
CREATE INDEX candidate_interviewer_username ON candidate_interviewer (username);
