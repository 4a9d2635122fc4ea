-- What a signed-in user chose for themselves, kept across sessions and devices: for now the language
-- of the pages (en or fr). Keyed by the Keycloak user name, as the audit trail records it.
CREATE TABLE user_preference (
    username VARCHAR(255) PRIMARY KEY,
    language VARCHAR(8) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
