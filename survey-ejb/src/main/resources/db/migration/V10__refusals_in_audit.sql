-- A refused access is audited too; it names an operation, not always a record.
ALTER TABLE audit_entry ALTER COLUMN subject_id DROP NOT NULL;
