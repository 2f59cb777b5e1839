-- Bulk imports (issue 17, docs/import.md): the jobs, each row's outcome, and what makes importing
-- the same file (or the same school's list) twice create nothing the second time. Patients and
-- screenings themselves live in their modules' schemas; they are referenced here by id only.

CREATE TABLE import_job (
    id              text        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('PATIENTS', 'SCREENINGS')),
    status          text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    file_name       text,
    content_type    text        NOT NULL,
    -- the uploaded file in the import spool, deleted once the job ends
    spool_file      text        NOT NULL,
    file_hash       text        NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
    -- who started it, as the rows are imported on their behalf (also after a restart)
    started_by      text        NOT NULL,
    display_name    text        NOT NULL,
    roles           text[]      NOT NULL,
    jurisdiction    text[]      NOT NULL,
    practitioner_id text,
    total           bigint      NOT NULL DEFAULT 0 CHECK (total >= 0),
    processed       bigint      NOT NULL DEFAULT 0 CHECK (processed >= 0),
    created         bigint      NOT NULL DEFAULT 0 CHECK (created >= 0),
    duplicates      bigint      NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
    rejected        bigint      NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    queued_at       timestamptz NOT NULL,
    finished_at     timestamptz
);

CREATE INDEX import_job_started_by ON import_job (started_by, queued_at DESC, id DESC);
CREATE INDEX import_job_queued ON import_job (queued_at DESC, id DESC);
CREATE INDEX import_job_unfinished ON import_job (queued_at) WHERE status IN ('QUEUED', 'RUNNING');

-- One row per data row handled, written in the row's own transaction with what it created: a job
-- resumed after a crash skips the rows it finds here.
CREATE TABLE import_row (
    job_id     text    NOT NULL REFERENCES import_job (id),
    row_number bigint  NOT NULL CHECK (row_number >= 2),
    outcome    text    NOT NULL CHECK (outcome IN ('CREATED', 'DUPLICATE', 'REJECTED')),
    record_id  text,
    PRIMARY KEY (job_id, row_number)
);

-- The refusals and duplicates of a row, each by column, in the three languages of the product (a
-- rule's sentence may name what it found, so it is said when it happens).
CREATE TABLE import_error (
    job_id      text    NOT NULL REFERENCES import_job (id),
    row_number  bigint  NOT NULL,
    position    integer NOT NULL,
    column_name text,
    message_en  text    NOT NULL,
    message_zh  text    NOT NULL,
    message_ug  text    NOT NULL,
    PRIMARY KEY (job_id, row_number, position)
);

-- The rows of a file (by its SHA-256) that created a record: importing the same file again skips
-- them.
CREATE TABLE imported_row (
    kind       text    NOT NULL,
    file_hash  text    NOT NULL,
    row_number bigint  NOT NULL,
    record_id  text    NOT NULL,
    job_id     text    NOT NULL REFERENCES import_job (id),
    PRIMARY KEY (kind, file_hash, row_number)
);

-- A school's or a register's own number of a child (externalId), within the place the child was
-- registered at: the same list imported again (even re-saved or re-ordered) creates nothing, and
-- past screenings name the child by it.
CREATE TABLE external_patient (
    place_code  text NOT NULL,
    external_id text NOT NULL CHECK (external_id <> ''),
    patient_id  text NOT NULL,
    job_id      text NOT NULL REFERENCES import_job (id),
    PRIMARY KEY (place_code, external_id)
);

CREATE INDEX external_patient_by_external_id ON external_patient (external_id);

