-- The Good Practice Report: examples quoted from the replies with each administration's consent,
-- the head's own texts as versioned drafts, and the editions generated from them.

CREATE SEQUENCE report_example_seq START WITH 50 INCREMENT BY 50;

-- One line of the report under a question; several administrations' replies may be merged into it.
CREATE TABLE report_example (
    id          BIGINT       PRIMARY KEY,
    fiscal_year VARCHAR(7)   NOT NULL,
    question    VARCHAR(20)  NOT NULL CONSTRAINT report_example_question
                             CHECK (question IN ('Q1_OTHERS', 'Q2_LESSONS', 'Q3_EFFECTS', 'Q4_EFFICIENCY', 'Q5_MODERNIZATION')),
    position    INTEGER      NOT NULL,
    -- The wording to publish; the reply itself is never changed.
    wording     TEXT         NOT NULL,
    edited_by   VARCHAR(255) NOT NULL,
    edited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 1
);
CREATE INDEX report_example_year_idx ON report_example (fiscal_year, question, position);

CREATE SEQUENCE example_source_seq START WITH 50 INCREMENT BY 50;

-- A reply an example quotes, and its administration's consent to the wording.
CREATE TABLE example_source (
    id                  BIGINT       PRIMARY KEY,
    example_id          BIGINT       NOT NULL REFERENCES report_example (id) ON DELETE CASCADE,
    reply_id            BIGINT       NOT NULL REFERENCES reply (id),
    administration_code CHAR(3)      NOT NULL REFERENCES administration (code),
    consent             VARCHAR(10)  NOT NULL CONSTRAINT example_source_consent
                                     CHECK (consent IN ('REQUESTED', 'APPROVED', 'DECLINED')),
    -- The wording the focal point decided on: an approval holds for that wording only.
    decided_wording     TEXT,
    decision_comment    VARCHAR(500),
    decided_by          VARCHAR(255),
    decided_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT example_source_once UNIQUE (example_id, reply_id)
);
CREATE INDEX example_source_consent_idx ON example_source (administration_code, consent);

CREATE SEQUENCE report_text_seq START WITH 50 INCREMENT BY 50;

-- Every save is a new draft; the report prints the latest of each part.
CREATE TABLE report_text (
    id          BIGINT       PRIMARY KEY,
    fiscal_year VARCHAR(7)   NOT NULL,
    part        VARCHAR(20)  NOT NULL,
    draft       INTEGER      NOT NULL,
    body        TEXT         NOT NULL,
    written_by  VARCHAR(255) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT report_text_draft UNIQUE (fiscal_year, part, draft)
);

CREATE SEQUENCE report_edition_seq START WITH 50 INCREMENT BY 50;

-- A generated report as it was published: later changes to the data make a new edition.
CREATE TABLE report_edition (
    id           BIGINT       PRIMARY KEY,
    fiscal_year  VARCHAR(7)   NOT NULL,
    edition      INTEGER      NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by VARCHAR(255) NOT NULL,
    pdf          BYTEA        NOT NULL,
    docx         BYTEA        NOT NULL,
    CONSTRAINT report_edition_number UNIQUE (fiscal_year, edition)
);
