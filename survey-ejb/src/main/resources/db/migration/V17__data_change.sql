-- A number that moves with every committed change to the records (shared.persistence.DataChanges), read
-- by every node of a cluster to tell whether the figures it computed are still current. A sequence
-- takes no lock, so writers never wait for one another on it; the previous version ignores it, so a
-- rolling upgrade may run both side by side.
CREATE SEQUENCE data_change;
