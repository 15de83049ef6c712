-- Concord schema, version 20: a submitted questionnaire's answers and scale scores are also kept
-- as one line each on the assessment ("item=value item=value", "scale=score scale="; nothing
-- after '=' for a missing score), written once at submission, since submitted answers never
-- change. The raw export reads one row per questionnaire instead of one per answer and score
-- (100,000 questionnaires of 35 answers and 9 scores: 100,000 rows instead of 4.4 million).
-- The rows of answer and scale_score stay what everything else reads. Questionnaires submitted
-- before this version get their lines here; any without lines are still exported, from their
-- rows. H2 and PostgreSQL alike.

ALTER TABLE assessment ADD COLUMN submitted_answers VARCHAR(1000000);
ALTER TABLE assessment ADD COLUMN submitted_scores VARCHAR(1000000);

UPDATE assessment SET
    submitted_answers = (SELECT STRING_AGG(x.item_id || '=' || CAST(x.answer_value AS VARCHAR), ' ')
                         FROM answer x WHERE x.assessment_id = assessment.id),
    submitted_scores = (SELECT STRING_AGG(y.scale_id || '=' || COALESCE(CAST(y.score AS VARCHAR), ''), ' ')
                        FROM scale_score y WHERE y.assessment_id = assessment.id)
WHERE progress = 'SUBMITTED';
