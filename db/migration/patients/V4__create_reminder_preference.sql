-- Issue 20: how the family of a patient wants reminders: the language of their SMS (zh-CN or ug-CN)
-- and whether they opted out. A patient without a row has the default (PatientsFacade: ug-CN for a
-- Uyghur child, else zh-CN; not opted out) at version 0; the first change writes the row at
-- version 1. A merged-away patient answers its survivor's row, so rows are never moved.
CREATE TABLE reminder_preference (
    patient_id  text        PRIMARY KEY REFERENCES patient (id),
    opted_out   boolean     NOT NULL,
    language    text        NOT NULL CHECK (language IN ('zh-CN', 'ug-CN')),
    version     bigint      NOT NULL CHECK (version > 0),
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL
);
