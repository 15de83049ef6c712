-- Concord schema, version 12: how long a candidate took over their self-report, for the
-- review flag's time per item. By the server's clock: when they began answering (the kiosk
-- opened, or they consented through their link) and when they last saved a page. Only a
-- candidate's self-report keeps them; campaign answers and interviewers' ratings never do
-- (campaign answers keep no time at all). H2 and PostgreSQL alike.

ALTER TABLE assessment ADD COLUMN answering_began_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment ADD COLUMN last_page_saved_at TIMESTAMP WITH TIME ZONE;

-- HR's choice, made while a campaign wave is open and fixed once it closes, to leave the
-- questionnaires flagged for review (careless-responding rules) out of the wave's results.
ALTER TABLE campaign ADD COLUMN leave_out_flagged BOOLEAN DEFAULT FALSE NOT NULL;
