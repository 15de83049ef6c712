-- Concord schema, version 15. H2 and PostgreSQL alike.

-- Paper answers: how many paper questionnaires HR imported for each team of a campaign wave,
-- a count only (the answers themselves are ordinary anonymous assessments), so that the
-- team's head-count cap and its completion count paper respondents too.
CREATE SEQUENCE paper_tally_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE paper_tally (
    id          BIGINT  NOT NULL PRIMARY KEY,
    campaign_id BIGINT  NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    team_id     BIGINT  NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    responses   INTEGER NOT NULL,
    CONSTRAINT paper_tally_unique UNIQUE (campaign_id, team_id)
);

-- Single sign-on: the OpenID provider's issuer and the person's subject there ("sub"), which
-- link an account to its sign-ins through the provider. Both null for local accounts.
ALTER TABLE account ADD COLUMN oidc_issuer VARCHAR(500);
ALTER TABLE account ADD COLUMN oidc_subject VARCHAR(255);
ALTER TABLE account ADD CONSTRAINT account_oidc_unique UNIQUE (oidc_issuer, oidc_subject);
