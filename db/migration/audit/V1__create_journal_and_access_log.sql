-- The audit module's tables (docs/audit.md): the hash-chained journal of every domain event and the
-- access log of every read of a patient's personal data. Both are append-only: the application's
-- role may INSERT and SELECT them and nothing else, and triggers refuse UPDATE, DELETE and TRUNCATE
-- for everyone, the owner included, as a second wall.

-- The role the application runs as (or that its login role is a member of), created when missing.
-- Roles belong to the whole server, so another database on it may have created it already.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alliancecare_app') THEN
        CREATE ROLE alliancecare_app NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- created at the same moment by a migration of another database on this server
END
$$;

-- One row per domain event. Text columns that identify a stream use the "C" collation so that
-- their order is the byte order of their UTF-8, the order in which verification and checkpoints
-- read streams and in which the application sorts them.
CREATE TABLE journal_entry (
    seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_type    text        COLLATE "C" NOT NULL,
    stream_id      text        COLLATE "C" NOT NULL,
    stream_version bigint      NOT NULL,
    patient_id     text,
    event_type     text        NOT NULL,
    payload        text        NOT NULL,  -- canonical JSON, exactly the text that was hashed
    actor          text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL,
    prev_hash      char(64)    NOT NULL,
    hash           char(64)    NOT NULL,
    -- One entry per version of a stream: two writers that read the same head cannot both append,
    -- the second fails instead of forking the chain. The index also serves the append's head
    -- lookup (the latest version of one stream) as an index-only scan, hence INCLUDE (hash), and
    -- verification, which reads stream by stream in version order.
    CONSTRAINT journal_entry_stream_version UNIQUE (stream_type, stream_id, stream_version)
        INCLUDE (hash)
);

-- A patient's timeline and the auditor's patientId filter, in journal order (keyset on seq).
CREATE INDEX journal_entry_patient ON journal_entry (patient_id, seq) WHERE patient_id IS NOT NULL;
-- The auditor's actor filter, in journal order.
CREATE INDEX journal_entry_actor ON journal_entry (actor, seq);
-- The auditor's from/to filter without a stream, patient or actor.
CREATE INDEX journal_entry_occurred_at ON journal_entry (occurred_at);

-- One row per patient whose personal data a response carried.
CREATE TABLE access_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('READ', 'EXPORT', 'UNMASK')),
    resource_type  text        NOT NULL,
    resource_id    text,
    patient_id     text        NOT NULL,
    client_address text
);

-- The auditor's patientId and actor filters, in log order (keyset on id).
CREATE INDEX access_log_patient ON access_log (patient_id, id);
CREATE INDEX access_log_actor ON access_log (actor, id);
-- The auditor's from/to filter alone.
CREATE INDEX access_log_at ON access_log (at);

-- First wall: privileges. The application may add and read, never change or remove.
REVOKE ALL ON journal_entry, access_log FROM PUBLIC;
GRANT USAGE ON SCHEMA audit TO alliancecare_app;
REVOKE UPDATE, DELETE, TRUNCATE ON journal_entry, access_log FROM alliancecare_app;
GRANT SELECT, INSERT ON journal_entry, access_log TO alliancecare_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA audit TO alliancecare_app;

-- Second wall: a trigger that refuses every change and removal, whoever asks.
CREATE FUNCTION refuse_change_of_audit_record() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER journal_entry_append_only
    BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_audit_record();
CREATE TRIGGER journal_entry_no_truncate
    BEFORE TRUNCATE ON journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_audit_record();
CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_audit_record();
CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_audit_record();
