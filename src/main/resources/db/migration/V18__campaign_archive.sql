-- Concord schema, version 18: HR archives a campaign whose waves are all closed. An archived
-- campaign is hidden from the campaign list unless HR asks to see archived ones, and cannot
-- change; its results and reports stay readable, and HR can restore it. Every wave of the
-- campaign is marked with the day and the HR user. H2 and PostgreSQL alike.

ALTER TABLE campaign ADD COLUMN archived_on DATE;
ALTER TABLE campaign ADD COLUMN archived_by VARCHAR(100);
CREATE INDEX campaign_first_waves ON campaign (previous_wave_id, archived_on);
