-- Closed-loop referrals (DOMAIN.md, Referrals). Patients, organisations and sources live in other
-- modules' schemas: they are referred to by id only, never by a foreign key.

CREATE SEQUENCE referral_number_seq;

CREATE TABLE referral (
    id                 uuid        PRIMARY KEY,
    referral_number    text        NOT NULL UNIQUE,
    patient_id         uuid        NOT NULL,
    -- the patient's place when the referral was requested: its data scope
    place_code         text        NOT NULL,
    county_code        text,
    -- place_code and every place above it, for lists by place at any level
    place_path         text[]      NOT NULL,
    source_kind        text        NOT NULL CHECK (source_kind IN ('SCREENING', 'ATTENDANCE', 'CASE')),
    source_id          text        NOT NULL,
    to_organisation_id text        NOT NULL,
    specialty          text        NOT NULL,
    urgency            text        NOT NULL CHECK (urgency IN ('ROUTINE', 'URGENT')),
    reason             text        NOT NULL,
    due_on             date        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'SCHEDULED',
                                                              'COMPLETED', 'DECLINED', 'CANCELLED')),
    appointment_at     timestamptz,
    outcome            text,
    findings           text,
    requested_at       timestamptz NOT NULL,
    requested_by       text        NOT NULL,
    completed_at       timestamptz,
    version            bigint      NOT NULL,
    CHECK (status <> 'COMPLETED' OR (outcome IS NOT NULL AND findings IS NOT NULL AND completed_at IS NOT NULL))
);

-- Work lists are ordered by (due_on, referral_number) and filtered by the caller's places.
CREATE INDEX referral_by_place_and_due ON referral (place_code, due_on, referral_number);
-- "my organisation's incoming referrals"
CREATE INDEX referral_by_organisation_and_due ON referral (to_organisation_id, due_on, referral_number);
-- "overdue referrals": open ones past their due date; closed referrals never are, so they stay out
CREATE INDEX referral_open_by_due ON referral (due_on, referral_number)
    WHERE status IN ('REQUESTED', 'ACCEPTED', 'SCHEDULED');
-- ?placeCode= at county or township level matches any element of the path
CREATE INDEX referral_by_place_path ON referral USING gin (place_path);
-- patient merges move a patient's referrals; completion flows back to the source
CREATE INDEX referral_by_patient ON referral (patient_id);
CREATE INDEX referral_by_source ON referral (source_kind, source_id);

-- Every transition of a referral, the request first: who, when, from which status to which, why.
CREATE TABLE referral_transition (
    referral_id uuid        NOT NULL REFERENCES referral (id),
    seq         integer     NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    at          timestamptz NOT NULL,
    by_actor    text        NOT NULL,
    reason      text,
    PRIMARY KEY (referral_id, seq)
);
