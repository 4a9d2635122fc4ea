-- Survey rounds that run themselves: a fiscal year's round with its calendar, each participant's
-- invitation with its own due date and personal reply link, and the outbox every mail goes through.

-- The language a participant reads their mail in.
ALTER TABLE participant ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en'
    CONSTRAINT participant_language CHECK (language IN ('en', 'fr'));

CREATE SEQUENCE survey_round_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE survey_round (
    id            BIGINT       PRIMARY KEY,
    fiscal_year   VARCHAR(7)   NOT NULL CONSTRAINT survey_round_one_per_year UNIQUE,
    opens_on      DATE         NOT NULL,
    closes_on     DATE         NOT NULL,
    delay_months  INTEGER      NOT NULL CONSTRAINT survey_round_delay CHECK (delay_months BETWEEN 0 AND 24),
    reply_days    INTEGER      NOT NULL CONSTRAINT survey_round_reply_days CHECK (reply_days BETWEEN 1 AND 365),
    -- Days before the due date on which reminders go, e.g. '7,1'.
    reminder_days VARCHAR(100) NOT NULL,
    state         VARCHAR(10)  NOT NULL CONSTRAINT survey_round_state CHECK (state IN ('PLANNED', 'OPEN', 'CLOSED')),
    mail_paused   BOOLEAN      NOT NULL DEFAULT FALSE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT survey_round_dates CHECK (closes_on >= opens_on)
);

CREATE TABLE invitation (
    id              BIGINT      PRIMARY KEY,
    round_id        BIGINT      NOT NULL REFERENCES survey_round (id),
    participant_id  BIGINT      NOT NULL REFERENCES participant (id)
                                CONSTRAINT invitation_one_per_participant UNIQUE,
    sent_on         DATE        NOT NULL,
    due_on          DATE        NOT NULL,
    -- The personal link's token is an HMAC of this nonce under the server's SURVEY_LINK_SECRET, so
    -- that reminders can carry the same link; the database keeps only the token's SHA-256, to find
    -- the invitation by it. A copy of the database without the secret opens no questionnaire.
    link_nonce      CHAR(43)    NOT NULL,
    token_sha256    CHAR(64)    NOT NULL CONSTRAINT invitation_token UNIQUE,
    link_expires_on DATE        NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(255),
    version         BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT invitation_due_after_sent CHECK (due_on >= sent_on)
);
CREATE INDEX invitation_round_idx ON invitation (round_id);

CREATE SEQUENCE outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id              BIGINT       PRIMARY KEY,
    -- What the message is for ('invitation:123', 'reminder:123:7', ...): the same event never
    -- writes a second message, however often a timer fires.
    event_key       VARCHAR(200) NOT NULL CONSTRAINT outbox_message_once UNIQUE,
    round_id        BIGINT       REFERENCES survey_round (id),
    workshop_id     BIGINT       REFERENCES workshop (id),
    kind            VARCHAR(20)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    state           VARCHAR(10)  NOT NULL CONSTRAINT outbox_message_state CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    version         BIGINT       NOT NULL DEFAULT 1
);
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX outbox_message_round_idx ON outbox_message (round_id, created_at);
