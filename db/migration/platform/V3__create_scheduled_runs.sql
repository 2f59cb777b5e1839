-- Scheduled jobs run once in the cluster (kernel OnceInCluster): every node's timer fires, each
-- node inserts the occurrence's row with ON CONFLICT DO NOTHING, and only the node whose insert
-- made the row runs it. due_at is the occurrence (the firing time truncated to the job's granule),
-- not the time a node's timer fired. Rows older than the retention are deleted by the daily expiry
-- of idempotency keys (IdempotencyKeyExpiry).
CREATE TABLE scheduled_run (
    job         text        NOT NULL,
    due_at      timestamptz NOT NULL,
    node        text        NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    PRIMARY KEY (job, due_at)
);

-- The expiry deletes by age.
CREATE INDEX scheduled_run_started_at ON scheduled_run (started_at);
