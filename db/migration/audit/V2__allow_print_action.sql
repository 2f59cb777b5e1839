-- Issue 16: printing a document (a screening's result slip, a referral's letter) is access-logged
-- as its own action, PRINT, beside READ, EXPORT and UNMASK.
ALTER TABLE access_log DROP CONSTRAINT access_log_action_check;
ALTER TABLE access_log
    ADD CONSTRAINT access_log_action_check CHECK (action IN ('READ', 'EXPORT', 'UNMASK', 'PRINT'));
