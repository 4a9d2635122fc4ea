-- The follow-up of each workshop: participants, their mission reports and questionnaire replies,
-- the in-house (cascade) workshops and modernization projects of their administrations, and the
-- audit trail of every change.

-- EclipseLink takes the value nextval returns as the top of a block of 50, so the first must be 50.
CREATE SEQUENCE follow_up_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE participant (
    id                  BIGINT       PRIMARY KEY,
    workshop_id         BIGINT       NOT NULL REFERENCES workshop (id),
    administration_code CHAR(3)      NOT NULL REFERENCES administration (code),
    name                VARCHAR(200) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT participant_email_per_workshop UNIQUE (workshop_id, email)
);
CREATE INDEX participant_administration_idx ON participant (administration_code, workshop_id);

CREATE TABLE mission_report (
    id               BIGINT       PRIMARY KEY,
    participant_id   BIGINT       NOT NULL REFERENCES participant (id)
                                  CONSTRAINT mission_report_one_per_participant UNIQUE,
    filed_on         DATE         NOT NULL,
    recommendations  TEXT,
    document_name    VARCHAR(255),
    document_type    VARCHAR(100),
    document_size    BIGINT       CONSTRAINT mission_report_document_size CHECK (document_size >= 0),
    document_sha256  CHAR(64),
    document         BYTEA,
    acknowledged_by  VARCHAR(100),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE reply (
    id                      BIGINT      PRIMARY KEY,
    participant_id          BIGINT      NOT NULL REFERENCES participant (id)
                                        CONSTRAINT reply_one_per_participant UNIQUE,
    status                  VARCHAR(10) NOT NULL CONSTRAINT reply_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    submitted_on            DATE,
    late                    BOOLEAN     NOT NULL DEFAULT FALSE,
    shared_materials        BOOLEAN     NOT NULL DEFAULT FALSE,
    colleagues_shared       INTEGER     CONSTRAINT reply_colleagues_shared CHECK (colleagues_shared >= 0),
    submitted_report        BOOLEAN     NOT NULL DEFAULT FALSE,
    made_recommendations    BOOLEAN     NOT NULL DEFAULT FALSE,
    in_house_workshop       BOOLEAN     NOT NULL DEFAULT FALSE,
    manuals                 BOOLEAN     NOT NULL DEFAULT FALSE,
    others                  BOOLEAN     NOT NULL DEFAULT FALSE,
    others_text             TEXT,
    colleagues_learned      INTEGER     CONSTRAINT reply_colleagues_learned CHECK (colleagues_learned >= 0),
    lessons_used            TEXT,
    direct_effects          VARCHAR(3)  CONSTRAINT reply_direct_effects CHECK (direct_effects IN ('YES', 'NO')),
    direct_effects_text     TEXT,
    efficiency              VARCHAR(3)  CONSTRAINT reply_efficiency CHECK (efficiency IN ('YES', 'NO')),
    efficiency_text         TEXT,
    modernization           VARCHAR(3)  CONSTRAINT reply_modernization CHECK (modernization IN ('YES', 'NO')),
    modernization_text      TEXT,
    version                 BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT reply_submitted_has_date CHECK (status = 'DRAFT' OR submitted_on IS NOT NULL)
);

CREATE TABLE in_house_workshop (
    id                   BIGINT       PRIMARY KEY,
    administration_code  CHAR(3)      NOT NULL REFERENCES administration (code),
    regional_workshop_id BIGINT       NOT NULL REFERENCES workshop (id),
    held_on              DATE         NOT NULL,
    title                VARCHAR(300) NOT NULL,
    attendees            INTEGER      NOT NULL CONSTRAINT in_house_workshop_attendees CHECK (attendees >= 0),
    organiser            VARCHAR(200),
    materials            TEXT,
    version              BIGINT       NOT NULL DEFAULT 1
);
CREATE INDEX in_house_workshop_administration_idx ON in_house_workshop (administration_code, regional_workshop_id);

CREATE TABLE reply_in_house_workshop (
    reply_id             BIGINT NOT NULL REFERENCES reply (id) ON DELETE CASCADE,
    in_house_workshop_id BIGINT NOT NULL REFERENCES in_house_workshop (id),
    PRIMARY KEY (reply_id, in_house_workshop_id)
);

CREATE TABLE modernization_project (
    id                  BIGINT       PRIMARY KEY,
    administration_code CHAR(3)      NOT NULL REFERENCES administration (code),
    title               VARCHAR(300) NOT NULL,
    description         TEXT,
    category            VARCHAR(100),
    status              VARCHAR(12)  NOT NULL CONSTRAINT project_status
                                     CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED')),
    start_date          DATE,
    reply_id            BIGINT       REFERENCES reply (id),
    version             BIGINT       NOT NULL DEFAULT 1
);
CREATE INDEX modernization_project_administration_idx ON modernization_project (administration_code);

CREATE TABLE project_workshop (
    project_id  BIGINT NOT NULL REFERENCES modernization_project (id) ON DELETE CASCADE,
    workshop_id BIGINT NOT NULL REFERENCES workshop (id),
    PRIMARY KEY (project_id, workshop_id)
);

CREATE TABLE audit_entry (
    id                  BIGINT                   PRIMARY KEY,
    at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor               VARCHAR(100)             NOT NULL,
    administration_code CHAR(3),
    subject             VARCHAR(40)              NOT NULL,
    subject_id          BIGINT                   NOT NULL,
    action              VARCHAR(30)              NOT NULL,
    changes             TEXT                     NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject, subject_id);
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);
