-- A participant who moved on may hand the questionnaire over to a successor: a new invitation for the
-- same participant (so the reply is still theirs, counted once), sent to the successor, replacing the
-- original, whose link stops working. One invitation per participant is current.
ALTER TABLE invitation DROP CONSTRAINT invitation_one_per_participant;
ALTER TABLE invitation
    ADD COLUMN replaces_id        BIGINT CONSTRAINT invitation_replaced_once UNIQUE REFERENCES invitation (id),
    ADD COLUMN successor_name     VARCHAR(200),
    ADD COLUMN successor_email    VARCHAR(254),
    ADD COLUMN successor_language VARCHAR(8)
        CONSTRAINT invitation_successor_language CHECK (successor_language IN ('en', 'fr')),
    ADD COLUMN superseded_at      TIMESTAMP WITH TIME ZONE,
    ADD CONSTRAINT invitation_successor_named
        CHECK ((replaces_id IS NULL) = (successor_email IS NULL) AND (successor_email IS NULL) = (successor_name IS NULL));
CREATE UNIQUE INDEX invitation_current_per_participant ON invitation (participant_id) WHERE superseded_at IS NULL;
CREATE INDEX invitation_participant_idx ON invitation (participant_id);
