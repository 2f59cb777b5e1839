-- The time of a consent's last change (given, withdrawn, moved to a merge's survivor), for FHIR's
-- meta.lastUpdated and its _lastUpdated search and the Bulk Data export's _since (issue 17).
-- Patients have had changed_at from the start.
ALTER TABLE consent ADD COLUMN changed_at timestamptz;
UPDATE consent SET changed_at = recorded_at;
ALTER TABLE consent ALTER COLUMN changed_at SET NOT NULL;
CREATE INDEX consent_changed_at ON consent (changed_at, id);
CREATE INDEX patient_changed_at ON patient (changed_at, id);
