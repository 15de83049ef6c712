-- Concord schema, version 17: the recruiter's decision about a candidate (advance, hold or
-- decline) with the reason they gave, who recorded it and when. It lives on the candidate's own
-- row, so that erasing the candidate erases it; each change is audited as candidate.decided with
-- the decision only (never the reason). H2 and PostgreSQL alike.

ALTER TABLE candidate ADD COLUMN decision VARCHAR(10);
ALTER TABLE candidate ADD COLUMN decision_reason VARCHAR(1000);
ALTER TABLE candidate ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE candidate ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
