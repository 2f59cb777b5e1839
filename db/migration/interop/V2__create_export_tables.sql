-- Issue 17: the FHIR Bulk Data export's jobs (docs/fhir.md, Bulk Data export). A job belongs to
-- the account that started it (only it may poll, download or cancel); its NDJSON files live on
-- disk under the export folder, one folder per job, and are listed here once written. A job and
-- its files are deleted after the retention (alliancecare.export.retention-hours) by a timer.
CREATE TABLE export_job (
    id               uuid PRIMARY KEY,
    requester        text        NOT NULL,
    request_url      text        NOT NULL,
    level            text        NOT NULL CHECK (level IN ('SYSTEM', 'PATIENT', 'GROUP')),
    group_id         text,
    types            text[]      NOT NULL,
    since            timestamptz,
    client_address   text,
    status           text        NOT NULL
        CHECK (status IN ('ACCEPTED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    transaction_time timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    expires_at       timestamptz NOT NULL,
    exported         bigint      NOT NULL DEFAULT 0,
    current_type     text,
    failure          text,
    CHECK ((level = 'GROUP') = (group_id IS NOT NULL))
);

-- the housekeeping timer's question: which jobs have expired
CREATE INDEX export_job_expires_at ON export_job (expires_at);

CREATE TABLE export_file (
    job_id        uuid   NOT NULL REFERENCES export_job (id) ON DELETE CASCADE,
    position      int    NOT NULL,
    resource_type text   NOT NULL,
    file_name     text   NOT NULL,
    resources     bigint NOT NULL,
    bytes         bigint NOT NULL,
    PRIMARY KEY (job_id, position),
    UNIQUE (job_id, file_name)
);
