-- What the personal link's page sent, by the idempotency key it chose: the page sends again until it
-- hears back, and a send the server already took (its answer lost on the way) gets this receipt
-- instead of being saved twice. Written in the transaction that saves the reply.
CREATE TABLE reply_link_send (
    idempotency_key VARCHAR(64)              PRIMARY KEY,
    participant_id  BIGINT                   NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    reply_version   BIGINT                   NOT NULL,
    reply_status    VARCHAR(16)              NOT NULL,
    submitted_on    DATE,
    late            BOOLEAN                  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX reply_link_send_participant ON reply_link_send (participant_id);
