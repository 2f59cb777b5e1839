-- Issue 19: the journal and the access log are the tables that grow without end. They become
-- partitioned by month (declarative range partitioning on recorded_at / at), so that old months
-- can be detached and archived (docs/audit.md, "Archiving old partitions"). The hash chain and its
-- verification are unchanged: every hashed column keeps its value, seq and id keep theirs.
--
-- A unique constraint of a partitioned table must include the partition key, so
-- UNIQUE (stream_type, stream_id, stream_version) could no longer refuse a fork whose two entries
-- fall into different months. The wall against a fork moves to journal_stream_head: one row per
-- stream with its latest version and hash, advanced by every append in the append's transaction
-- only from version N-1 to N. Each month's partition keeps its own unique stream version index
-- as a second wall inside the month.

-- Out of the way: the unpartitioned tables, their indexes and identity sequences keep their rows
-- until they are copied below, then go.
ALTER TABLE journal_entry RENAME TO journal_entry_unpartitioned;
ALTER INDEX journal_entry_pkey RENAME TO journal_entry_unpartitioned_pkey;
ALTER INDEX journal_entry_stream_version RENAME TO journal_entry_unpartitioned_stream_version;
ALTER INDEX journal_entry_patient RENAME TO journal_entry_unpartitioned_patient;
ALTER INDEX journal_entry_actor RENAME TO journal_entry_unpartitioned_actor;
ALTER INDEX journal_entry_occurred_at RENAME TO journal_entry_unpartitioned_occurred_at;
ALTER SEQUENCE journal_entry_seq_seq RENAME TO journal_entry_unpartitioned_seq_seq;
ALTER TABLE access_log RENAME TO access_log_unpartitioned;
ALTER INDEX access_log_pkey RENAME TO access_log_unpartitioned_pkey;
ALTER INDEX access_log_patient RENAME TO access_log_unpartitioned_patient;
ALTER INDEX access_log_actor RENAME TO access_log_unpartitioned_actor;
ALTER INDEX access_log_at RENAME TO access_log_unpartitioned_at;
ALTER SEQUENCE access_log_id_seq RENAME TO access_log_unpartitioned_id_seq;

-- The journal, as in V1, partitioned by the month of recorded_at (the application's clock at
-- append). The primary key must include the partition key.
CREATE TABLE journal_entry (
    seq            bigint      GENERATED ALWAYS AS IDENTITY,
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
    CONSTRAINT journal_entry_pkey PRIMARY KEY (seq, recorded_at)
) PARTITION BY RANGE (recorded_at);

-- The access log, as in V1 and V2, partitioned by the month of at.
CREATE TABLE access_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY,
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL
        CONSTRAINT access_log_action_check CHECK (action IN ('READ', 'EXPORT', 'UNMASK', 'PRINT')),
    resource_type  text        NOT NULL,
    resource_id    text,
    patient_id     text        NOT NULL,
    client_address text,
    CONSTRAINT access_log_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

-- The head of every stream: what an append reads (a primary key lookup) and advances in its own
-- transaction with one statement that only moves from version N-1 to N. Two writers of one stream
-- wait for each other on this row; the second finds the version taken and fails
-- (concurrent-change). It is not evidence: verification reads the journal itself.
CREATE TABLE journal_stream_head (
    stream_type    text     COLLATE "C" NOT NULL,
    stream_id      text     COLLATE "C" NOT NULL,
    stream_version bigint   NOT NULL CHECK (stream_version >= 1),
    hash           char(64) NOT NULL,
    CONSTRAINT journal_stream_head_pkey PRIMARY KEY (stream_type, stream_id)
);

-- Append-only, as in V1: the row triggers of a partitioned table are cloned to every partition,
-- present and future. TRUNCATE triggers are per table: the parent's refuses TRUNCATE of the whole
-- table, and create_month_partition puts one on each partition.
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

-- One month's partition of journal_entry or access_log, named <table>_YYYY_MM, covering
-- [first of the month, first of the next month) in UTC; with, for the journal, its unique stream
-- version index (the second wall against a fork inside the month; also the index that the head
-- lookups of verification and checkpoints read), and its TRUNCATE trigger. The application reads
-- and writes through the parent only: the partition itself grants it nothing. Answers false when
-- the partition exists already, and also — with a warning — when the DEFAULT partition holds
-- rows of that month (then an owner must move them; see docs/audit.md). Never moves rows.
-- SECURITY DEFINER: runs as the schema's owner, the only role that may create tables in audit,
-- so that the application's scheduled job may call it.
CREATE FUNCTION create_month_partition(parent text, month date) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    -- do not queue appends behind a long verification's lock: give up, the next run tries again
    SET lock_timeout = '5s'
AS
$$
DECLARE
    first_day date := date_trunc('month', month)::date;
    next_day  date := (date_trunc('month', month) + interval '1 month')::date;
    partition text := parent || '_' || to_char(first_day, 'YYYY_MM');
BEGIN
    IF parent NOT IN ('journal_entry', 'access_log') THEN
        RAISE EXCEPTION 'audit.create_month_partition: % is not a partitioned audit table', parent
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF to_regclass(format('audit.%I', partition)) IS NOT NULL THEN
        RETURN false;
    END IF;
    BEGIN
        EXECUTE format(
            'CREATE TABLE audit.%I PARTITION OF audit.%I FOR VALUES FROM (%L) TO (%L)',
            partition, parent,
            to_char(first_day, 'YYYY-MM-DD') || ' 00:00:00+00',
            to_char(next_day, 'YYYY-MM-DD') || ' 00:00:00+00');
    EXCEPTION
        WHEN duplicate_table THEN
            RETURN false; -- created at the same moment by another node's run
        WHEN check_violation THEN
            RAISE WARNING 'audit.%: not created, the default partition holds rows of that month',
                partition;
            RETURN false;
    END;
    IF parent = 'journal_entry' THEN
        EXECUTE format(
            'CREATE UNIQUE INDEX %I ON audit.%I (stream_type, stream_id, stream_version)'
                ' INCLUDE (hash)',
            partition || '_stream_version', partition);
    END IF;
    EXECUTE format(
        'CREATE TRIGGER %I BEFORE TRUNCATE ON audit.%I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change_of_audit_record()',
        partition || '_no_truncate', partition);
    EXECUTE format('REVOKE ALL ON audit.%I FROM PUBLIC, alliancecare_app', partition);
    RETURN true;
END
$$;

-- The partitions of this month and the next months_ahead months (UTC) of both tables, where they
-- are missing; answers how many it created. Idempotent. Called daily by the application
-- (audit's MonthPartitions) so that a month's partition exists long before its first row.
CREATE FUNCTION create_month_partitions(months_ahead int) RETURNS int
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS
$$
DECLARE
    this_month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
    created    int  := 0;
BEGIN
    FOR i IN 0 .. greatest(months_ahead, 0) LOOP
        IF audit.create_month_partition('journal_entry', (this_month + make_interval(months => i))::date) THEN
            created := created + 1;
        END IF;
        IF audit.create_month_partition('access_log', (this_month + make_interval(months => i))::date) THEN
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;

REVOKE ALL ON FUNCTION create_month_partition(text, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION create_month_partitions(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION create_month_partitions(int) TO alliancecare_app;

-- The months the existing rows fall into, then this month and three ahead.
DO $$
DECLARE
    first_month date;
BEGIN
    SELECT date_trunc('month', min(m) AT TIME ZONE 'UTC')::date INTO first_month
      FROM (SELECT min(recorded_at) AS m FROM audit.journal_entry_unpartitioned
            UNION ALL
            SELECT min(at) FROM audit.access_log_unpartitioned) AS firsts;
    WHILE first_month < date_trunc('month', now() AT TIME ZONE 'UTC')::date LOOP
        PERFORM audit.create_month_partition('journal_entry', first_month);
        PERFORM audit.create_month_partition('access_log', first_month);
        first_month := (first_month + interval '1 month')::date;
    END LOOP;
    PERFORM audit.create_month_partitions(3);
END
$$;

-- The safety net: a row whose month has no partition (a clock far off, a job that did not run)
-- is kept, not refused.
CREATE TABLE journal_entry_default PARTITION OF journal_entry DEFAULT;
CREATE UNIQUE INDEX journal_entry_default_stream_version
    ON journal_entry_default (stream_type, stream_id, stream_version) INCLUDE (hash);
CREATE TRIGGER journal_entry_default_no_truncate
    BEFORE TRUNCATE ON journal_entry_default
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_audit_record();
CREATE TABLE access_log_default PARTITION OF access_log DEFAULT;
CREATE TRIGGER access_log_default_no_truncate
    BEFORE TRUNCATE ON access_log_default
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_audit_record();

-- The rows, as they were: seq and id included; the identities continue after the largest.
INSERT INTO journal_entry (seq, stream_type, stream_id, stream_version, patient_id, event_type,
                           payload, actor, occurred_at, recorded_at, prev_hash, hash)
    OVERRIDING SYSTEM VALUE
SELECT seq, stream_type, stream_id, stream_version, patient_id, event_type,
       payload, actor, occurred_at, recorded_at, prev_hash, hash
  FROM journal_entry_unpartitioned;
INSERT INTO access_log (id, at, actor, action, resource_type, resource_id, patient_id,
                        client_address)
    OVERRIDING SYSTEM VALUE
SELECT id, at, actor, action, resource_type, resource_id, patient_id, client_address
  FROM access_log_unpartitioned;
DO $$
BEGIN
    PERFORM setval(pg_get_serial_sequence('audit.journal_entry', 'seq'),
                   greatest(s.last_value, (SELECT max(seq) FROM audit.journal_entry_unpartitioned)),
                   s.is_called OR EXISTS (SELECT 1 FROM audit.journal_entry_unpartitioned))
      FROM audit.journal_entry_unpartitioned_seq_seq AS s;
    PERFORM setval(pg_get_serial_sequence('audit.access_log', 'id'),
                   greatest(s.last_value, (SELECT max(id) FROM audit.access_log_unpartitioned)),
                   s.is_called OR EXISTS (SELECT 1 FROM audit.access_log_unpartitioned))
      FROM audit.access_log_unpartitioned_id_seq AS s;
END
$$;

-- Every stream's head, from the journal: its highest version.
INSERT INTO journal_stream_head (stream_type, stream_id, stream_version, hash)
SELECT DISTINCT ON (stream_type, stream_id) stream_type, stream_id, stream_version, hash
  FROM journal_entry_unpartitioned
 ORDER BY stream_type, stream_id, stream_version DESC;

DROP TABLE journal_entry_unpartitioned;
DROP TABLE access_log_unpartitioned;

-- The indexes of V1, now partitioned indexes (one index per partition, created with each new
-- partition), built after the copy.
-- A patient's timeline and the auditor's patientId filter, in journal order (keyset on seq).
CREATE INDEX journal_entry_patient ON journal_entry (patient_id, seq) WHERE patient_id IS NOT NULL;
-- The auditor's actor filter, in journal order.
CREATE INDEX journal_entry_actor ON journal_entry (actor, seq);
-- The auditor's from/to filter without a stream, patient or actor.
CREATE INDEX journal_entry_occurred_at ON journal_entry (occurred_at);
-- The auditor's patientId and actor filters, in log order (keyset on id).
CREATE INDEX access_log_patient ON access_log (patient_id, id);
CREATE INDEX access_log_actor ON access_log (actor, id);
-- The auditor's from/to filter alone.
CREATE INDEX access_log_at ON access_log (at);

-- Privileges, as in V1. The partitions grant nothing: the application goes through the parents.
REVOKE ALL ON journal_entry, access_log, journal_stream_head FROM PUBLIC;
REVOKE ALL ON journal_entry, access_log FROM alliancecare_app;
GRANT SELECT, INSERT ON journal_entry, access_log TO alliancecare_app;
REVOKE ALL ON journal_entry_default, access_log_default FROM PUBLIC, alliancecare_app;
-- The head advances (INSERT ... ON CONFLICT DO UPDATE); it is never removed.
REVOKE ALL ON journal_stream_head FROM alliancecare_app;
GRANT SELECT, INSERT, UPDATE ON journal_stream_head TO alliancecare_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA audit TO alliancecare_app;
