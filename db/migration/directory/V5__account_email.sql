-- Issue 20: an account's e-mail address, where reminders for its holder go by mail (NULL: none;
-- the inbox still tells them). The directory checks the address before it gets here; the CHECK
-- keeps a row from being written without an @ by any other way.
ALTER TABLE account
    ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email LIKE '_%@_%'));

-- coordinatorsCovering and accountsOfPractitioner: who is told about a place or a practitioner.
CREATE INDEX account_practitioner ON account (practitioner_id) WHERE practitioner_id IS NOT NULL;
CREATE INDEX account_jurisdiction_place ON account_jurisdiction (place_code);
