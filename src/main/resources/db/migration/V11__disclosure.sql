-- Concord schema, version 11: anonymity that holds. A campaign wave can be closed early by HR
-- (its results are released at its close, never while answers arrive), and a campaign's
-- answers keep no time at all: not when they were started, not the day they were submitted
-- (nothing finer than the wave, so no row can be ordered or matched to a moment). Existing
-- campaign answers lose their times here. H2 and PostgreSQL alike.

ALTER TABLE campaign ADD COLUMN closed_on DATE;
ALTER TABLE campaign ADD COLUMN closed_by VARCHAR(100);

ALTER TABLE assessment ALTER COLUMN started_at DROP NOT NULL;
UPDATE assessment SET started_at = NULL, submitted_on = NULL WHERE campaign_id IS NOT NULL;
