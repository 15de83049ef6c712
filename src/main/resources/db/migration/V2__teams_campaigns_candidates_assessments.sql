-- Concord schema, version 2: teams and campaigns (HR), candidates (recruiters), and the
-- assessments that hold every answer and score. H2 and PostgreSQL alike; sequences start at
-- their increment for EclipseLink's preallocation. Column names avoid H2's reserved words.

CREATE SEQUENCE team_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE team (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    department       VARCHAR(200),
    manager_username VARCHAR(100),
    headcount        INTEGER,
    demo             BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT team_name_unique UNIQUE (name),
    CONSTRAINT team_headcount_positive CHECK (headcount IS NULL OR headcount > 0)
);

CREATE SEQUENCE team_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE team_member (
    id      BIGINT       NOT NULL PRIMARY KEY,
    team_id BIGINT       NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    name    VARCHAR(200) NOT NULL,
    email   VARCHAR(254)
);
CREATE INDEX team_member_team ON team_member (team_id);

CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE campaign (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    wave_label       VARCHAR(200)  NOT NULL,
    opens_on         DATE          NOT NULL,
    closes_on        DATE          NOT NULL,
    min_group_size   INTEGER       NOT NULL,
    link_mode        VARCHAR(20)   NOT NULL,
    previous_wave_id BIGINT        REFERENCES campaign (id),
    created_by       VARCHAR(100)  NOT NULL,
    demo             BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT campaign_min_group_size CHECK (min_group_size >= 3),
    CONSTRAINT campaign_dates CHECK (closes_on >= opens_on)
);

CREATE TABLE campaign_team (
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    team_id     BIGINT NOT NULL REFERENCES team (id),
    PRIMARY KEY (campaign_id, team_id)
);

CREATE TABLE campaign_instrument (
    campaign_id           BIGINT       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    ordinal               INTEGER      NOT NULL,
    questionnaire_id      VARCHAR(100) NOT NULL,
    questionnaire_version INTEGER      NOT NULL,
    PRIMARY KEY (campaign_id, ordinal)
);

-- A link to answer a campaign: personal (one member) or shared (one team, anonymous).
-- Only the SHA-256 of the link's token is stored.
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE invitation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    campaign_id BIGINT       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    team_id     BIGINT       NOT NULL REFERENCES team (id),
    member_id   BIGINT       REFERENCES team_member (id) ON DELETE SET NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    shared      BOOLEAN      NOT NULL,
    progress    VARCHAR(20)  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    reminded_at TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invitation_token_unique UNIQUE (token_hash)
);
CREATE INDEX invitation_campaign ON invitation (campaign_id, team_id);

CREATE SEQUENCE candidate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE candidate (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    name               VARCHAR(200)   NOT NULL,
    email              VARCHAR(254),
    position_applied   VARCHAR(200)   NOT NULL,
    recruiter_username VARCHAR(100)   NOT NULL,
    consent_text       VARCHAR(4000)  NOT NULL,
    consent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    retention_days     INTEGER        NOT NULL,
    delete_after       DATE           NOT NULL,
    demo               BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX candidate_recruiter ON candidate (recruiter_username);

-- One person answering one questionnaire version: a team member in a campaign, a candidate's
-- self-report, or one interviewer's ratings of a candidate. access_hash is the SHA-256 of the
-- token that resumes it; in a campaign the link to the invitation is cut at submission, so
-- that a submitted answer can never be traced back to a person.
CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assessment (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    questionnaire_id      VARCHAR(100)  NOT NULL,
    questionnaire_version INTEGER       NOT NULL,
    scoring_version       VARCHAR(20),
    progress              VARCHAR(20)   NOT NULL,
    current_page          INTEGER       NOT NULL DEFAULT 1,
    access_hash           VARCHAR(64),
    campaign_id           BIGINT        REFERENCES campaign (id) ON DELETE CASCADE,
    team_id               BIGINT        REFERENCES team (id),
    invitation_id         BIGINT        REFERENCES invitation (id) ON DELETE SET NULL,
    candidate_id          BIGINT        REFERENCES candidate (id) ON DELETE CASCADE,
    rater_username        VARCHAR(100),
    demo                  BOOLEAN       NOT NULL DEFAULT FALSE,
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_on          DATE,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT assessment_access_unique UNIQUE (access_hash)
);
CREATE INDEX assessment_campaign ON assessment (campaign_id, team_id, progress);
CREATE INDEX assessment_candidate ON assessment (candidate_id);
CREATE INDEX assessment_invitation ON assessment (invitation_id);
CREATE INDEX assessment_questionnaire ON assessment (questionnaire_id, questionnaire_version, progress);

CREATE TABLE answer (
    assessment_id BIGINT       NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_id       VARCHAR(100) NOT NULL,
    answer_value  SMALLINT     NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
);

CREATE TABLE scale_score (
    assessment_id BIGINT           NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    scale_id      VARCHAR(100)     NOT NULL,
    score         DOUBLE PRECISION,
    answered      INTEGER          NOT NULL,
    items         INTEGER          NOT NULL,
    PRIMARY KEY (assessment_id, scale_id)
);

CREATE TABLE interview_note (
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_id       VARCHAR(100)  NOT NULL,
    note          VARCHAR(4000) NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
);
