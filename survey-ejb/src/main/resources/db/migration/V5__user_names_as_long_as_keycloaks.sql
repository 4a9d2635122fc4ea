-- Keycloak accepts user names of up to 255 characters; the columns that record who did something
-- were narrower, so a long user name would have failed every change that user made.
ALTER TABLE audit_entry ALTER COLUMN actor TYPE VARCHAR(255);
ALTER TABLE mission_report ALTER COLUMN acknowledged_by TYPE VARCHAR(255);
ALTER TABLE published_round ALTER COLUMN recorded_by TYPE VARCHAR(255);
