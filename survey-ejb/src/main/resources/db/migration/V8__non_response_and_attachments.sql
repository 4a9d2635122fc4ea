-- Why a participant does not reply, as their focal point (or ROCB A/P staff) knows it: reminders stop,
-- and the round's reply rate is shown net of these participants as well as raw.
ALTER TABLE invitation
    ADD COLUMN non_response      VARCHAR(20)
        CONSTRAINT invitation_non_response CHECK (non_response IN ('TRANSFERRED', 'RETIRED', 'LEFT_CUSTOMS', 'UNREACHABLE')),
    ADD COLUMN non_response_note VARCHAR(1000),
    ADD COLUMN non_response_by   VARCHAR(255),
    ADD COLUMN non_response_at   TIMESTAMP WITH TIME ZONE;

-- A mail may carry one file: the feedback carries the round's Tables 1-5 as a spreadsheet (CSV).
ALTER TABLE outbox_message
    ADD COLUMN attachment_name VARCHAR(200),
    ADD COLUMN attachment_type VARCHAR(100),
    ADD COLUMN attachment      BYTEA;
