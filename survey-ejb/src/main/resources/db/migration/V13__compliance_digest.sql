-- Managers who asked for a weekly mail of their administration's compliance. Keyed by the Keycloak
-- user name; the administration is the one they managed when they asked, and the digest goes only
-- while Keycloak still says they manage it.
CREATE TABLE compliance_digest_subscription (
    username       VARCHAR(255)             PRIMARY KEY,
    administration CHAR(3)                  NOT NULL REFERENCES administration (code),
    subscribed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX compliance_digest_administration_idx ON compliance_digest_subscription (administration);
