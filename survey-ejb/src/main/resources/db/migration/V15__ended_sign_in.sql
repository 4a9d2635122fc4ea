-- Keycloak sessions that have ended (signed out elsewhere, ended by an administrator, expired), as
-- Keycloak reports them through back-channel logout. Every node of a cluster reads the same table, so
-- a session ended through one node ends on all. Rows older than a day are removed as new ones come.
CREATE TABLE ended_sign_in (
    session_id VARCHAR(255) PRIMARY KEY,
    ended_at TIMESTAMP WITH TIME ZONE NOT NULL
);
