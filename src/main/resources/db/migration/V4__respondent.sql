-- Concord schema, version 4: what respondents agreed to before answering (V3 is the security
-- work's). In a campaign only the fact that consent was given is kept, on the invitation, with
-- no time, so it links nothing to the person beyond the invitation's progress. A candidate's
-- self-report keeps the time consent was given, as the candidate's own consent does.

ALTER TABLE invitation ADD COLUMN consented BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE assessment ADD COLUMN consented_at TIMESTAMP WITH TIME ZONE;
