-- Reporting's read models (docs/reports.md, docs/adr/0003-reporting-read-models.md): facts copied
-- from the modules' events by the projector, in the transaction that raised each event, and
-- rebuilt from the audit journal on request. Each row is keyed by the identity of the thing the
-- events are about (patient, screening, referral, case, milestone, clinic, attendance), so that
-- applying an event twice leaves the row as once; later states are guarded by changed_at, so that
-- an old event applied again does not undo a newer one. Nothing here refers to another schema.
--
-- Places are stored with their county-level code (county_code) for the rows of the reports, and
-- with the place itself (place_code) for the caller's data scope: place_code = ANY(?).

-- Patients: where they live (their county for screenings) and when they were born (the program's
-- age limit). merged_into is set on a duplicate registration; its facts move to the survivor.
CREATE TABLE patient (
    patient_id  text PRIMARY KEY,
    birth_date  date,
    place_code  text,
    county_code text,
    merged_into text
);

-- Screenings: the current version's result; the patient's place and county when it was recorded.
CREATE TABLE screening (
    screening_id   text   PRIMARY KEY,
    patient_id     text   NOT NULL,
    kind           text   NOT NULL,
    clinic_id      text,
    performed_on   date   NOT NULL,  -- the day in China Standard Time
    place_code     text,
    county_code    text,
    result         text   NOT NULL CHECK (result IN ('PASS', 'REFER')),
    result_version bigint NOT NULL
);

-- the program report: screenings of the caller's places in the phase's period
CREATE INDEX screening_by_place_and_day ON screening (place_code, performed_on);
-- the alliance report: screenings at the alliance's clinics
CREATE INDEX screening_by_clinic ON screening (clinic_id) WHERE clinic_id IS NOT NULL;
-- merges move a patient's screenings
CREATE INDEX screening_by_patient ON screening (patient_id);

-- Referrals: source, dates and status; place and county as the referral's events carry them.
CREATE TABLE referral (
    referral_id  text        PRIMARY KEY,
    patient_id   text        NOT NULL,
    place_code   text,
    county_code  text,
    source_kind  text        NOT NULL,
    source_id    text        NOT NULL,
    requested_on date        NOT NULL,
    due_on       date        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'SCHEDULED',
                                                        'COMPLETED', 'DECLINED', 'CANCELLED')),
    completed_on date,
    changed_at   timestamptz NOT NULL
);

CREATE INDEX referral_by_place_and_day ON referral (place_code, requested_on);
-- the alliance report: referrals that started from a clinic's screenings or attendances
CREATE INDEX referral_by_source ON referral (source_kind, source_id);
CREATE INDEX referral_by_patient ON referral (patient_id);

-- Rehabilitation cases: program, phases, stage, outcome; the child's place and county at enrolment.
CREATE TABLE case_file (
    case_id         text        PRIMARY KEY,
    patient_id      text        NOT NULL,
    program_code    text        NOT NULL,
    enrolment_phase integer     NOT NULL,
    current_phase   integer     NOT NULL,
    place_code      text,
    county_code     text,
    enrolled_on     date        NOT NULL,
    stage           text        NOT NULL,
    outcome         text,
    closed_in_phase integer,
    changed_at      timestamptz NOT NULL
);

CREATE INDEX case_file_by_program_and_place ON case_file (program_code, place_code);
CREATE INDEX case_file_by_patient ON case_file (patient_id);

-- Every phase a case was active in: enrolled in, or carried into when the phase before closed.
CREATE TABLE case_phase (
    case_id text    NOT NULL,
    phase   integer NOT NULL,
    PRIMARY KEY (case_id, phase)
);

-- Milestones of cases: due date and status; the phase the case was in when one was achieved.
CREATE TABLE milestone (
    milestone_id      text        PRIMARY KEY,
    case_id           text        NOT NULL,
    kind              text        NOT NULL,
    due_on            date        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('PLANNED', 'ACHIEVED', 'SKIPPED')),
    achieved_on       date,
    achieved_in_phase integer,
    changed_at        timestamptz NOT NULL
);

CREATE INDEX milestone_by_case ON milestone (case_id);

-- Outreach clinics: the day they are held (local date), place, status.
CREATE TABLE clinic (
    clinic_id   text        PRIMARY KEY,
    place_code  text,
    county_code text,
    held_on     date        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('PLANNED', 'PUBLISHED', 'IN_PROGRESS',
                                                       'COMPLETED', 'CANCELLED')),
    changed_at  timestamptz NOT NULL
);

CREATE INDEX clinic_by_day ON clinic (held_on);

-- The alliances of a clinic: the host and those that join it.
CREATE TABLE clinic_alliance (
    clinic_id   text    NOT NULL,
    alliance_id text    NOT NULL,
    host        boolean NOT NULL,
    PRIMARY KEY (clinic_id, alliance_id)
);

CREATE INDEX clinic_alliance_by_alliance ON clinic_alliance (alliance_id, clinic_id);

-- Patients seen at clinics.
CREATE TABLE attendance (
    attendance_id text PRIMARY KEY,
    clinic_id     text NOT NULL,
    patient_id    text NOT NULL
);

CREATE INDEX attendance_by_clinic ON attendance (clinic_id);
CREATE INDEX attendance_by_patient ON attendance (patient_id);
