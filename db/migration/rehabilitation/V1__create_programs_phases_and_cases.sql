-- Rehabilitation programs, their phases, and children's cases with milestones (DOMAIN.md,
-- Rehabilitation program, phases and cases). Patients, places, screenings and referrals live in
-- other modules' schemas: they are referred to by id or code only, never by a foreign key.

CREATE TABLE program (
    code              text        PRIMARY KEY,
    name_zh           text        NOT NULL,
    name_en           text        NOT NULL,
    -- eligibility: younger than this on the day of enrolment
    max_age_exclusive integer     NOT NULL CHECK (max_age_exclusive > 0),
    -- eligibility: these places and every place below them
    place_codes       text[]      NOT NULL,
    conditions        text[]      NOT NULL,
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    version           bigint      NOT NULL
);

-- The milestones every case of a condition gets, in order. A template with after_kind is due its
-- offset after the milestone of that kind (of the same condition), else after the enrolment day.
CREATE TABLE milestone_template (
    program_code     text    NOT NULL REFERENCES program (code),
    position         integer NOT NULL,
    condition        text    NOT NULL CHECK (condition IN ('VISION', 'HEARING', 'SPEECH')),
    kind             text    NOT NULL,
    title            text    NOT NULL,
    due_after_days   integer,
    due_after_months integer,
    after_kind       text,
    PRIMARY KEY (program_code, position),
    UNIQUE (program_code, condition, kind)
);

CREATE TABLE phase (
    program_code text        NOT NULL REFERENCES program (code),
    number       integer     NOT NULL CHECK (number > 0),
    starts_on    date        NOT NULL,
    ends_on      date        NOT NULL CHECK (ends_on >= starts_on),
    quota        integer     CHECK (quota > 0),
    status       text        NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED')),
    opened_at    timestamptz,
    closed_at    timestamptz,
    version      bigint      NOT NULL,
    PRIMARY KEY (program_code, number)
);

-- At most one OPEN phase per program, whatever the application does: a second opening that races
-- the first fails here.
CREATE UNIQUE INDEX phase_one_open_per_program ON phase (program_code) WHERE status = 'OPEN';

CREATE SEQUENCE case_number_seq;

CREATE TABLE case_file (
    id                  uuid        PRIMARY KEY,
    case_number         text        NOT NULL UNIQUE,
    patient_id          uuid        NOT NULL,
    program_code        text        NOT NULL REFERENCES program (code),
    conditions          text[]      NOT NULL,
    enrolment_phase     integer     NOT NULL,
    current_phase       integer     NOT NULL,
    -- every phase the case was active in (enrolled in or carried into), for lists by phase
    phases              integer[]   NOT NULL,
    enrolled_on         date        NOT NULL,
    -- the child's place at enrolment (its data scope), its county, and the place with every place
    -- above it (lists by place at any level)
    place_code          text        NOT NULL,
    county_code         text,
    place_path          text[]      NOT NULL,
    source_screening_id text,
    source_referral_id  text,
    stage               text        NOT NULL CHECK (stage IN ('ASSESSMENT', 'INTERVENTION',
                                                              'REHABILITATION', 'FOLLOW_UP', 'CLOSED')),
    outcome             text        CHECK (outcome IN ('REHABILITATED', 'IMPROVED', 'NO_CHANGE',
                                                       'TRANSFERRED', 'WITHDRAWN',
                                                       'LOST_TO_FOLLOW_UP', 'DECEASED')),
    closed_on           date,
    enrolled_at         timestamptz NOT NULL,
    enrolled_by         text        NOT NULL,
    version             bigint      NOT NULL,
    CHECK ((stage = 'CLOSED') = (outcome IS NOT NULL))
);

-- One open case per patient and program, also against concurrent enrolments and merges.
CREATE UNIQUE INDEX case_file_one_open_per_patient_and_program
    ON case_file (patient_id, program_code) WHERE stage <> 'CLOSED';
-- the quota: cases enrolled in a phase are counted while the phase row is locked
CREATE INDEX case_file_by_enrolment_phase ON case_file (program_code, enrolment_phase);
-- open cases of a phase, carried into the next when it closes
CREATE INDEX case_file_open_by_current_phase ON case_file (program_code, current_phase)
    WHERE stage <> 'CLOSED';
-- lists: scope by place, ordered by case number; ?phase= and ?placeCode= match array elements
CREATE INDEX case_file_by_place ON case_file (place_code, case_number);
CREATE INDEX case_file_by_phases ON case_file USING gin (phases);
CREATE INDEX case_file_by_place_path ON case_file USING gin (place_path);
-- completion of a referral reaches the cases it was the source of
CREATE INDEX case_file_by_source_referral ON case_file (source_referral_id)
    WHERE source_referral_id IS NOT NULL;

CREATE TABLE milestone (
    id               uuid    PRIMARY KEY,
    case_id          uuid    NOT NULL REFERENCES case_file (id),
    position         integer NOT NULL,
    condition        text    CHECK (condition IN ('VISION', 'HEARING', 'SPEECH')),
    kind             text    NOT NULL,
    title            text    NOT NULL,
    due_on           date    NOT NULL,
    status           text    NOT NULL CHECK (status IN ('PLANNED', 'ACHIEVED', 'SKIPPED')),
    achieved_on      date,
    evidence         text,
    skip_reason      text,
    custom           boolean NOT NULL,
    after_kind       text,
    due_after_months integer NOT NULL,
    due_after_days   integer NOT NULL,
    UNIQUE (case_id, position),
    CHECK ((status = 'ACHIEVED') = (achieved_on IS NOT NULL)),
    CHECK ((status = 'SKIPPED') = (skip_reason IS NOT NULL))
);

-- ?overdue= on cases: planned milestones past their due date
CREATE INDEX milestone_planned_by_due ON milestone (due_on, case_id) WHERE status = 'PLANNED';

CREATE TABLE case_phase_history (
    case_id    uuid        NOT NULL REFERENCES case_file (id),
    seq        integer     NOT NULL,
    from_phase integer,
    to_phase   integer     NOT NULL,
    on_date    date        NOT NULL,
    at         timestamptz NOT NULL,
    by_actor   text        NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE case_stage_history (
    case_id    uuid        NOT NULL REFERENCES case_file (id),
    seq        integer     NOT NULL,
    from_stage text        NOT NULL,
    to_stage   text        NOT NULL,
    at         timestamptz NOT NULL,
    by_actor   text        NOT NULL,
    note       text,
    outcome    text,
    PRIMARY KEY (case_id, seq)
);
